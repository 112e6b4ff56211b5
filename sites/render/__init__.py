"""Renderers: each replica site turns its records into pre-rendered pages (``SiteContent``)."""
