"""A small misbehaving facility site on 127.0.0.1 for the fault suite: a listing of facility pages with
schema.org JSON-LD, where any page can be told to fail in a chosen way between two crawls.

Behaviours of a page (``site.behaviour[key]``): ``ok`` (default), ``500`` (always), ``404``, ``410``, ``slow``
(answers after ``slow_seconds``), ``broken`` (a page without a facility), ``bomb`` (a gzip body that inflates past
the crawl's maximum size), ``oversize`` (a plain body past it), ``loop`` (redirects back to itself through a
second URL), ``unlisted`` (answers 200 but the listing no longer shows it).
"""

from __future__ import annotations

import gzip
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

BOMB_BYTES = 8 * 1024 * 1024
"""What the bomb inflates to (the fault suite crawls with DOWNLOAD_MAXSIZE of 1 MiB)."""


def facility_page(key: str) -> bytes:
    """A facility page with its facts in JSON-LD."""
    data = {"@context": "https://schema.org", "@type": "LocalBusiness", "name": f"시험 메이커스페이스 {key}",
            "telephone": f"02-555-{1000 + sum(map(ord, key)) % 9000:04d}",
            "address": {"@type": "PostalAddress", "streetAddress": f"서울특별시 마포구 월드컵로 {len(key) * 7}"}}
    return (f"<!doctype html><html><head><meta charset='utf-8'><title>{key}</title>"
            f"<script type='application/ld+json'>{json.dumps(data, ensure_ascii=False)}</script></head>"
            f"<body><h1>{data['name']}</h1></body></html>").encode()


class HostileSite:
    """The site and its switches; ``start()`` serves it on a free loopback port."""

    def __init__(self, keys: list[str], slow_seconds: float = 4.0) -> None:
        self.keys = list(keys)
        self.behaviour: dict[str, str] = {}
        self.slow_seconds = slow_seconds
        self.hits: dict[str, int] = {}
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None
        self._bomb = gzip.compress(b"\0" * BOMB_BYTES, compresslevel=9)

    @property
    def url(self) -> str:
        """The listing's URL."""
        assert self._server is not None
        return f"http://127.0.0.1:{self._server.server_address[1]}/labs/"

    def source_entry(self, source_id: str = "hostile") -> dict[str, Any]:
        """A generic-family source for this site, with settings that make faults quick to show."""
        return {
            "id": source_id, "name": "시험 사이트", "family": "generic", "start_urls": [self.url],
            "kind": "private", "schedule": "0 4 * * 1", "priority": 1, "enabled": True,
            "extract": {"jsonld": True, "list": {"links": "ul.labs a"}, "key": {"url_pattern": "/labs/([^/?#]+)/"}},
            "settings": {"DOWNLOAD_TIMEOUT": 1, "DOWNLOAD_MAXSIZE": 1024 * 1024, "DOWNLOAD_WARNSIZE": 0,
                         "RETRY_TIMES": 1, "DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False,
                         "CONCURRENT_REQUESTS_PER_DOMAIN": 16},
        }

    def start(self) -> HostileSite:
        """Serve in a daemon thread."""
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def send(self, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
                self.send_response(status)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                for name, value in (headers or {}).items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self) -> None:  # noqa: N802 - http.server's name
                path = self.path.split("?", 1)[0]
                with site._lock:
                    site.hits[path] = site.hits.get(path, 0) + 1
                if path == "/robots.txt":
                    return self.send(200, b"User-agent: *\nAllow: /\n", {"Content-Type": "text/plain"})
                if path == "/labs/":
                    links = "".join(f"<li><a href='/labs/{k}/'>{k}</a></li>" for k in site.keys
                                    if site.behaviour.get(k) != "unlisted")
                    return self.send(200, f"<html><body><ul class='labs'>{links}</ul></body></html>".encode())
                if path.startswith("/loop/"):
                    key = path.split("/")[2]
                    return self.send(302, b"", {"Location": f"/labs/{key}/"})
                if not path.startswith("/labs/") or path.count("/") != 3:
                    return self.send(404, b"not here")
                key = path.split("/")[2]
                if key not in site.keys:
                    return self.send(404, b"no such lab")
                how = site.behaviour.get(key, "ok")
                if how in ("500", "404", "410"):
                    return self.send(int(how), b"error")
                if how == "slow":
                    time.sleep(site.slow_seconds)
                if how == "broken":
                    return self.send(200, b"<html><body><p>Under maintenance</p></body></html>")
                if how == "bomb":
                    return self.send(200, site._bomb, {"Content-Encoding": "gzip"})
                if how == "oversize":
                    return self.send(200, b"<html>" + b"x" * (2 * 1024 * 1024) + b"</html>")
                if how == "loop":
                    return self.send(302, b"", {"Location": f"/loop/{key}/"})
                return self.send(200, facility_page(key))

        class Server(ThreadingHTTPServer):
            def handle_error(self, request: Any, client_address: Any) -> None:
                pass  # crawlers hang up on bombs and oversize bodies on purpose

        self._server = Server(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        """Stop serving."""
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
