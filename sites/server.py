"""The replica server: every replica site on its own port of 127.0.0.1, pre-rendered, with switchable faults.

    from sites.server import ReplicaServer
    with ReplicaServer(version=1, faults=None) as srv:     # faults None = the defaults (robots, broken, redirect)
        srv.urls["makeall"]                                # "http://127.0.0.1:40123"
        srv.set_version(2); srv.set_faults({"ratelimit", "down:ccei"})

``python -m sites.server --port 8800 [--version 2] [--faults robots,slow]`` serves site *i* on port 8800+i.
"""

from __future__ import annotations

import argparse
import socket
import threading
import time
from collections import Counter
from collections.abc import Iterable
from email.utils import parsedate_to_datetime
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from sites.dataset import check_version
from sites.faults import parse_faults
from sites.paths import SITE_IDS, canonical
from sites.render.common import Page, RenderOptions, SiteContent, bucket
from sites.render.registry import build_site

RATELIMIT_PER_THOUSAND = 150
UNAVAILABLE_PER_THOUSAND = 60


class _SiteHTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128

    def __init__(self, address: tuple[str, int], site: _Site) -> None:
        self.site = site
        self.open_sockets: set[socket.socket] = set()
        self.sockets_lock = threading.Lock()
        super().__init__(address, _Handler)

    def process_request(self, request, client_address):  # type: ignore[no-untyped-def]
        with self.sockets_lock:
            self.open_sockets.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request):  # type: ignore[no-untyped-def]
        with self.sockets_lock:
            self.open_sockets.discard(request)
        super().shutdown_request(request)

    def close_connections(self) -> None:
        with self.sockets_lock:
            for sock in list(self.open_sockets):
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "ReplicaSite/1.0"
    timeout = 30
    disable_nagle_algorithm = True

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - signature of the base class
        """Quiet: the server counts requests instead of logging them."""

    def do_GET(self) -> None:  # noqa: N802 - http.server naming
        """Answer a GET."""
        self.server.site.respond(self, head=False)  # type: ignore[attr-defined]

    def do_HEAD(self) -> None:  # noqa: N802 - http.server naming
        """Answer a HEAD."""
        self.server.site.respond(self, head=True)  # type: ignore[attr-defined]

    def send_simple(
        self,
        status: int,
        body: bytes = b"",
        headers: Iterable[tuple[str, str]] = (),
        content_type: str = "text/plain; charset=utf-8",
        head: bool = False,
    ) -> None:
        """Send a complete response (status line, headers and body in one write)."""
        lines = [
            f"HTTP/1.1 {status} {_REASONS.get(status, '')}",
            f"Server: {self.server_version}",
            f"Date: {self.date_time_string()}",
        ]
        lines += [f"{name}: {value}" for name, value in headers]
        if status != 304:
            lines += [f"Content-Type: {content_type}", f"Content-Length: {len(body)}"]
        if self.close_connection:
            lines.append("Connection: close")
        payload = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
        if body and not head and status != 304:
            payload += body
        self.log_request(status)
        self.wfile.write(payload)


_REASONS = {s.value: s.phrase for s in HTTPStatus}


def _not_modified(handler: BaseHTTPRequestHandler, page: Page) -> bool:
    inm = handler.headers.get("If-None-Match")
    if inm is not None:
        tags = {t.strip() for t in inm.split(",")}
        return "*" in tags or page.etag in tags or f"W/{page.etag}" in tags
    ims = handler.headers.get("If-Modified-Since")
    if ims:
        try:
            return parsedate_to_datetime(ims) >= parsedate_to_datetime(page.last_modified)
        except (TypeError, ValueError):
            return False
    return False


class _Site:
    """One site's state inside a ReplicaServer: current content, request counts, first-request memory."""

    def __init__(self, site_id: str, owner: ReplicaServer) -> None:
        self.id = site_id
        self.owner = owner
        self.content = SiteContent()
        self.faults: frozenset[str] = frozenset()
        self.slow_target = ""
        self.lock = threading.Lock()
        self.hits: Counter[str] = Counter()
        self.seen: dict[str, set[str]] = {"ratelimit": set(), "unavailable": set()}
        self.httpd: _SiteHTTPServer | None = None
        self.thread: threading.Thread | None = None

    def install(self, content: SiteContent, faults: frozenset[str]) -> None:
        details = sorted(content.detail_keys)
        slow = min(details, key=lambda t: bucket(self.id, t, "slow")) if details else ""
        with self.lock:
            self.content, self.faults, self.slow_target = content, faults, slow
            self.seen = {"ratelimit": set(), "unavailable": set()}

    def _first_time(self, fault: str, target: str, per_thousand: int) -> bool:
        if fault not in self.faults or target == "/robots.txt" or bucket(self.id, target, fault) >= per_thousand:
            return False
        with self.lock:
            if target in self.seen[fault]:
                return False
            self.seen[fault].add(target)
        self.owner.count_event(self.id, fault)
        return True

    def respond(self, h: _Handler, head: bool) -> None:
        target = canonical(h.path)
        content, faults = self.content, self.faults
        with self.lock:
            self.hits[target] += 1
        if "down" in faults:
            self.owner.count_event(self.id, "down")
            return h.send_simple(500, b"Internal Server Error\n", head=head)
        if "slow" in faults and target == self.slow_target:
            self.owner.count_event(self.id, "slow")
            time.sleep(self.owner.slow_seconds)
        if self._first_time("ratelimit", target, RATELIMIT_PER_THOUSAND):
            return h.send_simple(429, b"Too Many Requests\n", [("Retry-After", "1")], head=head)
        if self._first_time("unavailable", target, UNAVAILABLE_PER_THOUSAND):
            return h.send_simple(503, b"Service Temporarily Unavailable\n", head=head)
        if target in content.redirects:
            self.owner.count_event(self.id, "redirect")
            return h.send_simple(301, b"Moved Permanently\n", [("Location", content.redirects[target])], head=head)
        if target in content.gone:
            status = content.gone[target]
            return h.send_simple(status, b"Gone\n" if status == 410 else b"Not Found\n", head=head)
        page = content.pages.get(target)
        if page is None:
            return h.send_simple(404, "페이지를 찾을 수 없습니다.\n".encode(), head=head)
        validators = [("ETag", page.etag), ("Last-Modified", page.last_modified)]
        if _not_modified(h, page):
            return h.send_simple(304, headers=validators, head=head)
        body = page.body
        if page.templated:
            host = h.headers.get("Host") or "{}:{}".format(*h.server.server_address[:2])
            body = body.replace(b"{BASE}", f"http://{host}".encode())
        h.send_simple(page.status, body, validators, page.content_type, head=head)


class ReplicaServer:
    """Every replica site served over real HTTP on ``host``, one port per site."""

    def __init__(
        self,
        version: int = 1,
        faults: Iterable[str] | None = None,
        host: str = "127.0.0.1",
        base_port: int = 0,
        sites: Iterable[str] | None = None,
        slow_seconds: float = 2.0,
    ) -> None:
        self.host, self.base_port, self.slow_seconds = host, base_port, slow_seconds
        self.site_ids = list(sites) if sites is not None else list(SITE_IDS)
        unknown = [s for s in self.site_ids if s not in SITE_IDS]
        if unknown:
            raise KeyError(f"unknown site(s) {unknown}; known: {', '.join(SITE_IDS)}")
        self._version = check_version(version)
        self._fault_spec = parse_faults(faults)
        self._raw_faults = frozenset(faults) if faults is not None else None
        self._cache: dict[tuple[str, RenderOptions], SiteContent] = {}
        self._sites = {s: _Site(s, self) for s in self.site_ids}
        self._events: Counter[tuple[str, str]] = Counter()
        self._events_lock = threading.Lock()
        self.urls: dict[str, str] = {}
        self._install_all()

    # -- configuration -------------------------------------------------------------------------------------
    @property
    def version(self) -> int:
        """The version being served."""
        return self._version

    @property
    def faults(self) -> dict[str, frozenset[str]]:
        """Per site, the faults currently on."""
        return {s: self._fault_spec[s] for s in self.site_ids}

    def _content(self, site: str, opts: RenderOptions) -> SiteContent:
        key = (site, opts)
        if key not in self._cache:
            self._cache[key] = build_site(site, opts)
        return self._cache[key]

    def _install_all(self) -> None:
        for s, state in self._sites.items():
            f = self._fault_spec[s]
            opts = RenderOptions(
                version=self._version, robots="robots" in f, redirect="redirect" in f, broken="broken" in f
            )
            state.install(self._content(s, opts), f)

    def set_version(self, version: int) -> None:
        """Serve ``version`` (1 or 2) from now on; first-request faults start afresh."""
        self._version = check_version(version)
        self._install_all()

    def set_faults(self, faults: Iterable[str] | None) -> None:
        """Replace the fault set (``None`` = defaults); first-request faults start afresh."""
        self._fault_spec = parse_faults(faults)
        self._install_all()

    # -- observation ---------------------------------------------------------------------------------------
    def count_event(self, site: str, fault: str) -> None:
        """Record that a fault fired (used by the handlers)."""
        with self._events_lock:
            self._events[(site, fault)] += 1

    @property
    def fault_events(self) -> Counter[tuple[str, str]]:
        """How often each (site, fault) fired since start or the last ``reset_counters``."""
        with self._events_lock:
            return Counter(self._events)

    def hits(self, site: str) -> Counter[str]:
        """Requests received per canonical target on ``site``."""
        state = self._sites[site]
        with state.lock:
            return Counter(state.hits)

    def reset_counters(self) -> None:
        """Forget request counts and fault events."""
        with self._events_lock:
            self._events.clear()
        for state in self._sites.values():
            with state.lock:
                state.hits.clear()

    def disallowed(self, site: str) -> list[str]:
        """Path prefixes the site's robots.txt currently disallows."""
        return list(self._sites[site].content.disallowed)

    # -- lifecycle -----------------------------------------------------------------------------------------
    def start(self) -> ReplicaServer:
        """Bind every site and serve in background threads."""
        for i, (s, state) in enumerate(self._sites.items()):
            port = 0 if self.base_port == 0 else self.base_port + i
            state.httpd = _SiteHTTPServer((self.host, port), state)
            state.thread = threading.Thread(
                target=state.httpd.serve_forever, kwargs={"poll_interval": 0.2}, name=f"replica-{s}", daemon=True
            )
            state.thread.start()
            self.urls[s] = f"http://{self.host}:{state.httpd.server_address[1]}"
        return self

    def stop(self) -> None:
        """Stop serving and close every connection."""
        for state in self._sites.values():
            if state.httpd is not None:
                state.httpd.shutdown()
                state.httpd.close_connections()
                state.httpd.server_close()
                state.httpd = None
        self.urls = {}

    def __enter__(self) -> ReplicaServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def serve_forever(port: int, version: int = 1, faults: Iterable[str] | None = None, host: str = "127.0.0.1") -> None:
    """Serve every site (site *i* on ``port + i``), print a table, block until interrupted."""
    srv = ReplicaServer(version=version, faults=faults, host=host, base_port=port).start()
    on = sorted({f for fs in srv.faults.values() for f in fs})
    print(f"replica sites, version {version}, faults: {', '.join(on) or 'none'}")
    for site, url in srv.urls.items():
        print(f"  {site:18} {url}")
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        srv.stop()


def main(argv: list[str] | None = None) -> None:
    """``python -m sites.server --port N [--version V] [--faults a,b]``."""
    parser = argparse.ArgumentParser(description="Serve the offline replica sites.")
    parser.add_argument("--port", type=int, required=True, help="port of the first site; site i gets port+i")
    parser.add_argument("--version", type=int, default=1, choices=(1, 2))
    parser.add_argument("--faults", default=None, help="comma-separated fault names (default: the defaults)")
    parser.add_argument("--host", default="127.0.0.1")
    args = parser.parse_args(argv)
    faults = None if args.faults is None else [f for f in args.faults.split(",") if f]
    try:
        serve_forever(args.port, args.version, faults, args.host)
    except (ValueError, KeyError, OSError) as exc:
        parser.exit(2, f"error: {exc}\n")


if __name__ == "__main__":
    main()
