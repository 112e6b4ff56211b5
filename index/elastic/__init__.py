"""The Elasticsearch search backend (official client 9.x, imported only when this backend is chosen)."""

from index.elastic.backend import ElasticBackend

__all__ = ["ElasticBackend"]
