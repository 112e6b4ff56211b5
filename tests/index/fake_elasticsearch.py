"""A small stand-in for an Elasticsearch node on 127.0.0.1 that records every request it receives.

It answers the handful of APIs the backend uses the way Elasticsearch 9 does (status codes, the
``X-Elastic-Product`` header, response shapes) and keeps just enough state (indexes, aliases, documents) for a
build → activate → search flow. It does not evaluate queries: ``_search`` returns the documents of the target in
insertion order (or those named by an ``ids`` query) and counts facets over all of them. Its purpose is to let the
real ``elasticsearch.Elasticsearch`` client send real bytes, which the golden tests pin.
"""

from __future__ import annotations

import json
import re
import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit


@dataclass
class Recorded:
    """One request as received."""

    method: str
    path: str
    params: dict[str, str]
    body: Any


@dataclass
class FakeState:
    """What the fake node holds."""

    plugins: list[str] = field(default_factory=lambda: ["analysis-nori"])
    indices: dict[str, dict[str, Any]] = field(default_factory=dict)
    reject_ids: set[str] = field(default_factory=set)
    throttle_once: set[str] = field(default_factory=set)
    requests: list[Recorded] = field(default_factory=list)
    synonyms: dict[str, Any] = field(default_factory=dict)
    """Synonyms sets by id (``PUT _synonyms/<id>``)."""
    empty_searches: int = 0
    """Answer this many searches with no hits (to see the widened and relaxed requests that follow)."""


def _match(pattern: str, name: str) -> bool:
    return re.fullmatch(re.escape(pattern).replace(r"\*", ".*"), name) is not None


class _Handler(BaseHTTPRequestHandler):
    state: FakeState
    lock: threading.Lock

    def log_message(self, *args: Any) -> None:  # keep test output quiet
        pass

    def _send(self, status: int, body: Any) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/vnd.elasticsearch+json;compatible-with=9")
        self.send_header("X-Elastic-Product", "Elasticsearch")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    def _body(self) -> Any:
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length).decode() if length else ""
        if not raw:
            return None
        if self.path.split("?")[0].endswith("_bulk"):
            return [json.loads(line) for line in raw.splitlines() if line.strip()]
        return json.loads(raw)

    def _handle(self) -> None:
        url = urlsplit(self.path)
        path = unquote(url.path)
        params = dict(parse_qsl(url.query))
        body = self._body()
        with self.lock:
            self.state.requests.append(Recorded(self.command, path, params, body))
            status, answer = self._route(self.command, [p for p in path.split("/") if p], params, body)
        self._send(status, answer)

    do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = _handle

    # -- routing ---------------------------------------------------------------------------------------------
    def _resolve(self, target: str) -> list[str]:
        names = []
        for part in target.split(","):
            for name, idx in self.state.indices.items():
                if _match(part, name) or part in idx["aliases"]:
                    names.append(name)
        return sorted(set(names))

    def _route(self, method: str, parts: list[str], params: dict[str, str], body: Any) -> tuple[int, Any]:
        st = self.state
        missing = (404, {"error": {"type": "index_not_found_exception", "reason": "no such index"}, "status": 404})
        if parts[:1] == ["_nodes"]:
            return 200, {"_nodes": {"total": 1, "successful": 1, "failed": 0}, "cluster_name": "fake",
                         "nodes": {"n1": {"name": "fake-node", "version": "9.1.0",
                                          "plugins": [{"name": p, "version": "9.1.0"} for p in st.plugins]}}}
        if parts == ["_bulk"]:
            return 200, self._bulk(body)
        if parts[:1] == ["_synonyms"] and method == "PUT" and len(parts) == 2:
            created = parts[1] not in st.synonyms
            st.synonyms[parts[1]] = body["synonyms_set"]
            return 200, {"result": "created" if created else "updated",
                         "reload_analyzers_details": {"_shards": {"total": 0, "successful": 0, "failed": 0},
                                                      "reload_details": []}}
        if parts == ["_aliases"]:
            for action in body["actions"]:
                (kind, spec), = action.items()
                for name in self._resolve(spec["index"]):
                    if kind == "add":
                        st.indices[name]["aliases"].add(spec["alias"])
                    else:
                        st.indices[name]["aliases"].discard(spec["alias"])
            return 200, {"acknowledged": True, "errors": False}
        if parts[:1] == ["_alias"]:
            found = {n: {"aliases": {parts[1]: {}}} for n, i in st.indices.items() if parts[1] in i["aliases"]}
            if not found:
                return 404, {"error": f"alias [{parts[1]}] missing", "status": 404}
            return 200, found
        target, rest = parts[0], parts[1:]
        if method == "PUT" and not rest:
            if target in st.indices:
                return 400, {"error": {"type": "resource_already_exists_exception"}, "status": 400}
            st.indices[target] = {"settings": body.get("settings", {}), "mappings": body.get("mappings", {}),
                                  "aliases": set(), "docs": {}}
            return 200, {"acknowledged": True, "shards_acknowledged": True, "index": target}
        names = self._resolve(target)
        if method == "DELETE" and not rest:
            if not names and params.get("ignore_unavailable") != "true":
                return missing
            for name in names:
                del st.indices[name]
            return 200, {"acknowledged": True}
        if method == "GET" and not rest:
            if not names and "*" not in target:
                return missing
            return 200, {n: {"aliases": {a: {} for a in st.indices[n]["aliases"]},
                             "mappings": st.indices[n]["mappings"], "settings": {"index": {}}} for n in names}
        if not names:
            return missing
        if rest == ["_refresh"]:
            return 200, {"_shards": {"total": 1, "successful": 1, "failed": 0}}
        if rest == ["_mapping"]:
            for name in names:
                st.indices[name]["mappings"]["_meta"] = body.get("_meta", {})
            return 200, {"acknowledged": True}
        if rest[:1] == ["_stats"]:
            return 200, {"indices": {n: {"total": {"store": {"size_in_bytes": 1000 * len(st.indices[n]["docs"])}}}
                                     for n in names}}
        if rest == ["_count"]:
            return 200, {"count": sum(len(st.indices[n]["docs"]) for n in names),
                         "_shards": {"total": 1, "successful": 1, "skipped": 0, "failed": 0}}
        if rest == ["_search"]:
            return 200, self._search(names, body or {})
        return 400, {"error": {"type": "fake_unsupported", "reason": f"{method} /{'/'.join(parts)}"}, "status": 400}

    def _bulk(self, lines: list[dict[str, Any]]) -> dict[str, Any]:
        items = []
        errors = False
        for action, source in zip(lines[::2], lines[1::2], strict=True):
            (op, meta), = action.items()
            _id = meta["_id"]
            if _id in self.state.reject_ids:
                errors = True
                items.append({op: {"_index": meta["_index"], "_id": _id, "status": 400, "error": {
                    "type": "document_parsing_exception", "reason": "[1:2] failed to parse field [location]"}}})
            elif _id in self.state.throttle_once:
                self.state.throttle_once.discard(_id)
                errors = True
                items.append({op: {"_index": meta["_index"], "_id": _id, "status": 429, "error": {
                    "type": "es_rejected_execution_exception", "reason": "rejected execution"}}})
            else:
                self.state.indices[meta["_index"]]["docs"][_id] = source
                items.append({op: {"_index": meta["_index"], "_id": _id, "_version": 1, "result": "created",
                                   "status": 201}})
        return {"took": 1, "errors": errors, "items": items}

    def _search(self, names: list[str], body: dict[str, Any]) -> dict[str, Any]:
        docs = [(n, i, s) for n in names for i, s in self.state.indices[n]["docs"].items()]
        if self.state.empty_searches > 0:
            self.state.empty_searches -= 1
            docs = []
        ids = body.get("query", {}).get("ids", {}).get("values")
        if ids is not None:
            docs = [d for d in docs if d[1] in ids]
        start, size = body.get("from", 0), body.get("size", 10)
        out: dict[str, Any] = {
            "took": 1, "timed_out": False, "_shards": {"total": 1, "successful": 1, "skipped": 0, "failed": 0},
            "hits": {"total": {"value": len(docs), "relation": "eq"}, "max_score": 1.0,
                     "hits": [{"_index": n, "_id": i, "_score": 1.0, "_source": s}
                              for n, i, s in docs[start:start + size]]},
        }
        if "aggs" in body:
            out["aggregations"] = {}
            for name, spec in body["aggs"].items():
                fname = spec["terms"]["field"]
                counts: Counter[str] = Counter()
                for _, _, s in docs:
                    values = s.get(fname)
                    for v in values if isinstance(values, list) else [values]:
                        if v is not None:
                            counts[v] += 1
                out["aggregations"][name] = {"doc_count_error_upper_bound": 0, "sum_other_doc_count": 0,
                                             "buckets": [{"key": k, "doc_count": c}
                                                         for k, c in counts.most_common(spec["terms"]["size"])]}
        return out


@contextmanager
def fake_elasticsearch(state: FakeState | None = None) -> Iterator[tuple[str, FakeState]]:
    """Run the fake node on a free loopback port; yield its URL and state; stop it afterwards."""
    state = state or FakeState()
    handler = type("Handler", (_Handler,), {"state": state, "lock": threading.Lock()})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", state
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
