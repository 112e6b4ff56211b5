"""The Elasticsearch ``SearchBackend``: physical indexes ``<alias>-<version>`` behind one alias.

A version is complete once its ``_meta.complete`` is true (set after every document was accepted and the index
refreshed); incomplete indexes are never listed, activated or served. The alias moves in one ``_aliases``
request, so readers switch atomically.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime
from typing import Any

from index.elastic import requests as rq
from index.elastic.analysis import synonym_rules, synonyms_set_name, user_dictionary
from index.errors import (
    BackendUnavailableError,
    NoActiveVersionError,
    SearchIndexError,
    VerificationError,
    VersionNotFoundError,
)
from index.geo import MAP_LEVELS, haversine_km, valid_coordinates
from index.query import validate_bbox, validate_query, validate_suggest
from index.query_vocabulary import QueryVocabulary
from index.suggest_forms import suggest_forms
from index.types import FacilityDocument, Hit, MapCluster, Progress, SearchQuery, SearchResult, VersionInfo
from index.understanding import understand

KEEP_OLDER = 2
MAX_REPORTED_REJECTIONS = 20


def _client_module() -> Any:
    try:
        import elasticsearch
        import elasticsearch.helpers
    except ImportError as exc:  # pragma: no cover - the package is a dependency
        raise BackendUnavailableError(
            "the Elasticsearch backend needs the `elasticsearch` package (9.x): pip install 'elasticsearch>=9,<10'"
        ) from exc
    return elasticsearch


class ElasticBackend:
    """Versions as physical indexes behind an alias, loaded with ``streaming_bulk``."""

    def __init__(self, *, url: str = "http://127.0.0.1:9200", alias: str = "facilities", client: Any = None,
                 request_timeout: float = 30.0, bulk_chunk: int = 500, max_retries: int = 3,
                 retry_backoff: float = 1.0, vocabulary: QueryVocabulary | None = None,
                 clock: Callable[[], dt.datetime] | None = None) -> None:
        es = _client_module()
        if not alias or alias != alias.lower() or any(c in alias for c in ' "*\\<|,>/?#:'):
            raise SearchIndexError(f"alias {alias!r} is not a valid Elasticsearch index name")
        self.alias = alias
        """The alias the API reads; physical indexes are named ``<alias>-<version>``."""
        self.bulk_chunk = bulk_chunk
        """Documents per bulk request."""
        self.max_retries = max_retries
        """Retries of documents rejected with 429 (too many requests)."""
        self.retry_backoff = retry_backoff
        """Seconds before the first retry; doubled on each further retry."""
        self.vocabulary = vocabulary
        """The words query understanding reads, and the source of the synonyms set and user dictionary."""
        self.clock = clock
        """The time "지금 영업 중" is answered for (None: now)."""
        self._es_module = es
        self.client = client or es.Elasticsearch(url, request_timeout=request_timeout)

    # -- plumbing --------------------------------------------------------------------------------------------
    def _call(self, what: str, fn: Any, *args: Any, **kwargs: Any) -> Any:
        es = self._es_module
        try:
            return fn(*args, **kwargs)
        except es.NotFoundError:
            raise
        except es.ConnectionError as exc:
            raise BackendUnavailableError(f"Elasticsearch is unreachable while trying to {what}: {exc}") from exc
        except es.ApiError as exc:
            raise SearchIndexError(f"Elasticsearch refused to {what}: {exc}") from exc

    def _index_name(self, version: str) -> str:
        return f"{self.alias}-{version}"

    def _version_of(self, index: str) -> str:
        return index[len(self.alias) + 1:]

    def korean_analyzer(self) -> str:
        """``nori`` when every node has the analysis-nori plugin, else ``cjk``."""
        info = self._call("list plugins", self.client.nodes.info, metric="plugins")
        nodes = info.get("nodes", {})
        has = bool(nodes) and all(
            any(p.get("name") == "analysis-nori" for p in node.get("plugins", [])) for node in nodes.values())
        return "nori" if has else "cjk"

    def _indexes(self) -> dict[str, Any]:
        es = self._es_module
        try:
            return dict(self._call("list versions", self.client.indices.get, index=f"{self.alias}-v*",
                                   expand_wildcards="open"))
        except es.NotFoundError:
            return {}

    def _complete(self) -> dict[str, dict[str, Any]]:
        """``{version: _meta}`` of complete versions."""
        out = {}
        for name, body in self._indexes().items():
            meta = body.get("mappings", {}).get("_meta", {})
            if meta.get("complete"):
                out[self._version_of(name)] = {**meta, "_aliases": body.get("aliases", {})}
        return out

    # -- building --------------------------------------------------------------------------------------------
    def _actions(self, documents: Iterable[FacilityDocument], index: str, counter: list[int],
                 progress: Progress | None) -> Iterator[dict[str, Any]]:
        for doc in documents:
            if not isinstance(doc, FacilityDocument) or not doc.id or not doc.name:
                raise SearchIndexError(f"document #{counter[0] + 1} has no id or name ({doc!r:.120})")
            counter[0] += 1
            if progress is not None and counter[0] % 1000 == 0:
                progress(counter[0])
            yield {"_op_type": "index", "_index": index, "_id": doc.id, "_source": rq.source(doc)}

    def build(self, documents: Iterable[FacilityDocument], *, expected: int | None = None,
              progress: Progress | None = None) -> str:
        """Create ``<alias>-<version>``, bulk-load it, refresh it and mark it complete (not yet served)."""
        now = time.time()
        version = f"v{time.strftime('%Y%m%d-%H%M%S', time.gmtime(now))}-{int(now * 1_000_000) % 1_000_000:06d}"
        index = self._index_name(version)
        analyzer = self.korean_analyzer()
        created = datetime.now(UTC).isoformat(timespec="seconds")
        meta = {"version": version, "created_at": created, "analyzer": analyzer, "complete": False}
        rules: list[str] = []
        synonyms_set = None
        if self.vocabulary is not None:
            synonyms_set = synonyms_set_name(self.alias)
            self._call("store the synonyms set", self.client.synonyms.put_synonym, id=synonyms_set,
                       synonyms_set=synonym_rules(self.vocabulary))
            rules = user_dictionary(self.vocabulary, dict(self.vocabulary.compounds))
            meta["vocabulary"] = self.vocabulary.version
        self._call("create an index", self.client.indices.create, index=index,
                   **rq.index_body(analyzer, meta, user_dictionary=rules, synonyms_set=synonyms_set))
        helpers = self._es_module.helpers
        counter = [0]
        rejected: list[tuple[str, str]] = []
        accepted = 0
        try:
            for ok, item in helpers.streaming_bulk(
                    self.client, self._actions(documents, index, counter, progress),
                    chunk_size=self.bulk_chunk, max_retries=self.max_retries, initial_backoff=self.retry_backoff,
                    raise_on_error=False, raise_on_exception=False):
                if ok:
                    accepted += 1
                else:
                    op = next(iter(item.values()))
                    rejected.append((str(op.get("_id")), _reason(op)))
            if rejected:
                shown = "; ".join(f"{i}: {r}" for i, r in rejected[:MAX_REPORTED_REJECTIONS])
                raise SearchIndexError(f"Elasticsearch rejected {len(rejected)} of {counter[0]} documents "
                                       f"(version {version} discarded): {shown}")
            if expected is not None and counter[0] != expected:
                raise VerificationError(f"build received {counter[0]} documents but {expected} were expected")
            self._call("refresh the new index", self.client.indices.refresh, index=index)
            meta.update(documents=accepted, complete=True)
            self._call("record the version", self.client.indices.put_mapping, index=index, meta=meta)
        except BaseException:
            self._delete_index(index)
            raise
        if progress is not None:
            progress(counter[0])
        return version

    def _delete_index(self, index: str) -> None:
        try:
            self.client.indices.delete(index=index, ignore_unavailable=True)
        except Exception:  # noqa: BLE001 - best effort while already failing
            pass

    def verify(self, version: str, *, expected: int) -> None:
        """Check the count, the recorded count and that a probe query finds a document by id."""
        meta = self._complete().get(version)
        if meta is None:
            raise VersionNotFoundError(f"no complete index version {version!r} behind alias {self.alias}")
        index = self._index_name(version)
        count = self._call("count documents", self.client.count, index=index)["count"]
        if count != expected or meta.get("documents") != expected:
            raise VerificationError(f"version {version} holds {count} documents, expected {expected}")
        if expected:
            probe = self._call("run the probe query", self.client.search, index=index, size=1,
                               query={"match_all": {}}, source=["id"])
            hits = probe["hits"]["hits"]
            if not hits:
                raise VerificationError(f"version {version}: the probe query found no document")

    def _switch(self, version: str, complete: dict[str, dict[str, Any]]) -> None:
        actions: list[dict[str, Any]] = [{"remove": {"index": self._index_name(v), "alias": self.alias}}
                                         for v, m in sorted(complete.items()) if self.alias in m["_aliases"]]
        actions.append({"add": {"index": self._index_name(version), "alias": self.alias}})
        self._call("switch the alias", self.client.indices.update_aliases, actions=actions)

    def activate(self, version: str) -> None:
        """Point the alias at the version in one request; drop complete versions beyond the rollback window."""
        complete = self._complete()
        if version not in complete:
            raise VersionNotFoundError(f"no complete index version {version!r} behind alias {self.alias}")
        self._switch(version, complete)
        for old in sorted((v for v in complete if v < version), reverse=True)[KEEP_OLDER:]:
            self._delete_index(self._index_name(old))

    def rollback(self) -> str:
        """Activate the newest version older than the active one."""
        complete = self._complete()
        active = next((v for v, m in complete.items() if self.alias in m["_aliases"]), None)
        older = sorted((v for v in complete if active is None or v < active), reverse=True)
        if not older:
            raise SearchIndexError("no older index version to roll back to; see `facility-hub index versions`")
        self._switch(older[0], complete)
        return older[0]

    def drop(self, version: str) -> None:
        """Delete an inactive version."""
        indexes = self._indexes()
        body = indexes.get(self._index_name(version))
        if body is None:
            raise VersionNotFoundError(f"no index version {version!r} behind alias {self.alias}")
        if self.alias in body.get("aliases", {}):
            raise SearchIndexError(f"version {version} is active; activate or roll back to another first")
        self._call("delete a version", self.client.indices.delete, index=self._index_name(version))

    def active_version(self) -> str | None:
        """The version the alias points at, or None."""
        es = self._es_module
        try:
            found = self._call("read the alias", self.client.indices.get_alias, name=self.alias)
        except es.NotFoundError:
            return None
        names = sorted(found.keys())
        return self._version_of(names[-1]) if names else None

    def serving_version(self) -> str | None:
        """Always None: which index the alias points at is only known by asking the cluster, so answers are not
        cached by version in the API (Elasticsearch keeps its own request cache)."""
        return None

    def list_versions(self) -> list[VersionInfo]:
        """Complete versions, newest first, with document counts and store sizes."""
        complete = self._complete()
        if not complete:
            return []
        stats = self._call("read index stats", self.client.indices.stats, index=f"{self.alias}-v*",
                           metric="store")
        sizes = {self._version_of(k): v.get("total", {}).get("store", {}).get("size_in_bytes", 0)
                 for k, v in stats.get("indices", {}).items()}
        return [VersionInfo(version=v, documents=int(m.get("documents", 0)), created_at=m.get("created_at", ""),
                            active=self.alias in m["_aliases"], size_bytes=int(sizes.get(v, 0)))
                for v, m in sorted(complete.items(), reverse=True)]

    def delete_everything(self) -> None:
        """Delete every version and the alias (tests and `facility-hub index reset`)."""
        for name in self._indexes():
            self._delete_index(name)

    # -- reading ---------------------------------------------------------------------------------------------
    def _search(self, body: dict[str, Any]) -> dict[str, Any]:
        es = self._es_module
        try:
            return self._call("search", self.client.search, index=self.alias, **body)
        except es.NotFoundError as exc:
            raise NoActiveVersionError("no index version is active; run `facility-hub index --force`") from exc

    def search(self, query: SearchQuery) -> SearchResult:
        """Validate, understand and run a query through the alias; when the understood filters find nothing, an
        일반구 is widened to its city, the hour dropped, then the filters become boosts (``Understood.fallbacks``,
        one more request each)."""
        q = validate_query(query)
        understood = understand(q, self.vocabulary, self.clock() if self.clock else None)
        resp = self._search(rq.search_body(q, understood))
        if understood is not None and understood.filters and not resp["hits"]["total"]["value"]:
            for reading in understood.fallbacks():
                understood = reading
                resp = self._search(rq.search_body(q, reading))
                if resp["hits"]["total"]["value"]:
                    break
        hits = []
        for h in resp["hits"]["hits"]:
            doc = _document(h["_source"]["doc"])
            distance = None
            if q.near is not None and valid_coordinates(doc.lat, doc.lon):
                distance = haversine_km(q.near[0], q.near[1], doc.lat, doc.lon)  # type: ignore[arg-type]
            hits.append(Hit(document=doc, score=float(h.get("_score") or 0.0), distance_km=distance))
        facets = {name: {b["key"]: int(b["doc_count"]) for b in agg.get("buckets", [])}
                  for name, agg in resp.get("aggregations", {}).items()}
        index = resp["hits"]["hits"][0]["_index"] if resp["hits"]["hits"] else None
        version = self._version_of(index) if index else (self.active_version() or "")
        return SearchResult(total=int(resp["hits"]["total"]["value"]), hits=hits, facets=facets, version=version,
                            understood=understood)

    def suggest(self, prefix: str, size: int = 10) -> list[dict[str, Any]]:
        """Autocomplete on names."""
        prefix, size = validate_suggest(prefix, size)
        forms = suggest_forms(prefix)
        if forms is None:
            return []
        out = [{k: h["_source"]["doc"].get(k) for k in ("id", "name", "sido", "sigungu")}
               for h in self._search(rq.suggest_body(forms, size))["hits"]["hits"]]
        if len(out) < size and forms.fuzzy_distance:
            seen = {s["id"] for s in out}
            for h in self._search(rq.suggest_typo_body(forms, size, forms.fuzzy_distance))["hits"]["hits"]:
                doc = h["_source"]["doc"]
                if doc.get("id") not in seen and len(out) < size:
                    seen.add(doc.get("id"))
                    out.append({k: doc.get(k) for k in ("id", "name", "sido", "sigungu")})
        return out

    def get(self, entity_id: str) -> FacilityDocument | None:
        """One document by id from the active version."""
        if not isinstance(entity_id, str) or not entity_id or len(entity_id) > 500:
            return None
        resp = self._search({"query": {"ids": {"values": [entity_id]}}, "size": 1, "_source": ["doc"]})
        hits = resp["hits"]["hits"]
        return _document(hits[0]["_source"]["doc"]) if hits else None

    def map_clusters(self, query: SearchQuery, level: int,
                     bbox: tuple[float, float, float, float] | None = None) -> list[MapCluster]:
        """Matches with coordinates per ``geotile_grid`` tile of the level's precision."""
        if not 0 <= level < len(MAP_LEVELS):
            raise ValueError(f"map level {level} is not between 0 and {len(MAP_LEVELS) - 1}")
        q = validate_query(query)
        understood = understand(q, self.vocabulary, self.clock() if self.clock else None)
        resp = self._search(rq.clusters_body(q, level, validate_bbox(bbox), understood))
        return [_cluster(b) for b in resp.get("aggregations", {}).get("clusters", {}).get("buckets", [])]


def _cluster(bucket: dict[str, Any]) -> MapCluster:
    centre = bucket.get("centre", {}).get("location") or {}
    hits = bucket.get("one", {}).get("hits", {}).get("hits") or [{}]
    doc = (hits[0].get("_source") or {}).get("doc") or {}
    return MapCluster(lat=float(centre.get("lat", 0.0)), lon=float(centre.get("lon", 0.0)),
                      count=int(bucket["doc_count"]), id=doc.get("id"), name=doc.get("name"))


def _reason(op: dict[str, Any]) -> str:
    error = op.get("error")
    if isinstance(error, dict):
        return f"{error.get('type')}: {error.get('reason')}"
    return str(error or f"status {op.get('status')}")


def _document(raw: dict[str, Any]) -> FacilityDocument:
    known = FacilityDocument.__dataclass_fields__
    return FacilityDocument(**{k: v for k, v in raw.items() if k in known})
