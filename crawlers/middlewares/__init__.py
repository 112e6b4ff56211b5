"""Downloader middlewares: Retry-After aware retries, charset fallback, error accounting."""
