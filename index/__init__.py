"""Search index: the ``SearchBackend`` protocol and its embedded (tantivy) and Elasticsearch implementations.

``get_backend("embedded", data_dir=...)`` needs nothing else; ``get_backend("elasticsearch", data_dir=...,
url="http://127.0.0.1:9200", alias="facilities")`` imports the Elasticsearch client only when asked for.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from index.errors import QueryError, SearchIndexError
from index.query import validate_query
from index.types import FacilityDocument, Hit, SearchBackend, SearchQuery, SearchResult, VersionInfo

BACKENDS = ("embedded", "elasticsearch")

__all__ = ["BACKENDS", "FacilityDocument", "Hit", "QueryError", "SearchBackend", "SearchIndexError",
           "SearchQuery", "SearchResult", "VersionInfo", "get_backend", "validate_query"]


def get_backend(name: str = "embedded", *, data_dir: Path, **options: Any) -> SearchBackend:
    """The backend called ``name`` (``embedded`` or ``elasticsearch``) with its options.

    Both take ``vocabulary`` (an ``index.query_vocabulary.QueryVocabulary``: query understanding and vocabulary
    suggestions; None searches every word as text) and ``clock`` (a function returning the aware datetime that
    "지금 영업 중" is answered for; None: now).
    embedded options: ``writer_heap_bytes``, ``writer_threads``, ``facet_cache_size``.
    elasticsearch options: ``url`` (default ``http://127.0.0.1:9200``), ``alias`` (default ``facilities``),
    ``client`` (a ready ``elasticsearch.Elasticsearch``), ``request_timeout``, ``bulk_chunk``,
    ``max_retries``.
    """
    if name == "embedded":
        from index.embedded import EmbeddedBackend

        return EmbeddedBackend(Path(data_dir), **options)
    if name == "elasticsearch":
        from index.elastic import ElasticBackend

        return ElasticBackend(**options)
    raise SearchIndexError(f"unknown search backend {name!r}; choose one of: {', '.join(BACKENDS)}")
