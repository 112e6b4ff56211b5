"""Peer deduplication methods for ``bench/dedupe_peers.py``: what a competent engineer would write in an
afternoon (an exact-name rule, blocking + rapidfuzz with Korean rules) and Splink 5, each reading the project's
standalone CSV format (``id,name,address,phone,…``) and writing ``id,cluster``.

They may use :mod:`normalizers` (the project's public address and phone parsers) but never :mod:`dedupe`, so
they stay peers of the matcher rather than copies of it.
"""
