"""Deduplication: blocking, pair comparison, scoring, clustering, survivorship and the review queue."""
