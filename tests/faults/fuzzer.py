"""A seeded, mutational HTTP fuzzer for the fault suite: hostile request targets for each public endpoint, sent
over one kept-alive loopback connection by a minimal raw HTTP/1.1 client (raw bytes, NULs, invalid UTF-8 and
malformed percent-escapes must reach the server as they are, which ordinary clients refuse to send)."""

from __future__ import annotations

import random
import socket
from urllib.parse import quote

NASTY = ["", "0", "-1", "1e309", "nan", "inf", "-0", "99999999999999999999", "1.5", "true", "null", "[]", "{}",
         "%00", "%ff", "%", "%zz", "%e2%82", "..", "../..", "%2e%2e%2f", "//", "\\", "'", '"', "<script>",
         "*:*", "a AND OR NOT", "((((", "\u0000", "\u202e", "\ufeff", "가" * 300, "3D프린터", "서울", "x" * 5000,
         "37.5,127", "91,181", "37.5,", ",", "37.5,127,1", "distance", "name", "relevance", "ㄱㄴㄷ", "🙂" * 50]


def _text(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.35:
        return rng.choice(NASTY)
    if kind < 0.6:
        return "".join(chr(rng.choice([rng.randint(0, 0x7F), rng.randint(0x80, 0xFFFF), rng.randint(0xAC00, 0xD7A3)]))
                       for _ in range(rng.randint(0, 40)))
    if kind < 0.8:
        return "".join(rng.choice("abc 가나다0123456789,.-:*\"'%&=?#/") for _ in range(rng.randint(0, 60)))
    return rng.choice(NASTY) + rng.choice(NASTY)


def _enc(rng: random.Random, text: str) -> str:
    """Percent-encoded, or (sometimes) raw with only the bytes a request line cannot carry escaped."""
    if rng.random() < 0.8:
        return quote(text, safe="", errors="surrogatepass")
    return "".join(c if 0x21 <= ord(c) <= 0x7E and c not in "#" else quote(c, safe="", errors="surrogatepass")
                   for c in text)


PARAMS = {
    "/api/search": ["q", "kind", "sido", "sigungu", "equipment", "programme", "open_evenings", "open_weekends",
                    "ministry", "near", "radius_km", "sort", "page", "size", "facets"],
    "/api/suggest": ["q", "size"],
    "/api/runs": ["source", "limit"],
    "/": ["q", "kind", "sido", "sigungu", "equipment", "near", "place", "radius", "sort", "page", "evening",
          "weekend", "programme"],
}


def targets(endpoint: str, count: int, seed: int, ids: list[str]) -> list[str]:
    """``count`` request targets for ``endpoint`` (``{id}`` in it is replaced by hostile or real ids)."""
    rng = random.Random(f"{seed}:{endpoint}")
    names = PARAMS.get(endpoint.split("{", 1)[0].rstrip("/") or "/", PARAMS["/"] if endpoint == "/" else [])
    out = []
    for _ in range(count):
        path = endpoint
        if "{id}" in path:
            value = rng.choice(ids) if ids and rng.random() < 0.2 else _text(rng)
            path = path.replace("{id}", _enc(rng, value) or "x")
        params = []
        for _ in range(rng.randint(0, 6)):
            name = rng.choice(names) if names and rng.random() < 0.85 else _text(rng)[:20]
            params.append(f"{_enc(rng, name)}={_enc(rng, _text(rng))}")
        if rng.random() < 0.05:
            params.append(rng.choice(["&&&", "=", "==", "a", "%", "q", ";"]))
        out.append(path + ("?" + "&".join(params) if params or rng.random() < 0.1 else ""))
    return out


class RawClient:
    """HTTP/1.1 over one kept-alive loopback connection, request targets sent byte for byte."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.sock: socket.socket | None = None
        self.buf = b""

    def _connect(self) -> socket.socket:
        if self.sock is None:
            self.sock = socket.create_connection(("127.0.0.1", self.port), timeout=60)
            self.buf = b""
        return self.sock

    def close(self) -> None:
        if self.sock is not None:
            self.sock.close()
            self.sock = None

    def _read_until(self, marker: bytes) -> bytes:
        while marker not in self.buf:
            data = self.sock.recv(65536)  # type: ignore[union-attr]
            if not data:
                raise ConnectionError("closed")
            self.buf += data
        head, _, self.buf = self.buf.partition(marker)
        return head

    def _read(self, n: int) -> bytes:
        while len(self.buf) < n:
            data = self.sock.recv(65536)  # type: ignore[union-attr]
            if not data:
                raise ConnectionError("closed")
            self.buf += data
        out, self.buf = self.buf[:n], self.buf[n:]
        return out

    def get(self, target: str, method: str = "GET") -> tuple[int, bytes]:
        """Send one request; returns the status and body (reconnects when the server closed)."""
        for attempt in range(2):
            sock = self._connect()
            try:
                sock.sendall(f"{method} ".encode() + target.encode("utf-8", "surrogatepass")
                             + b" HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: fh-fuzz\r\n\r\n")
                head = self._read_until(b"\r\n\r\n")
                status_line, *header_lines = head.split(b"\r\n")
                status = int(status_line.split()[1])
                headers = {k.strip().lower(): v.strip() for k, _, v in (h.partition(b":") for h in header_lines)}
                if b"content-length" in headers:
                    body = self._read(int(headers[b"content-length"]))
                elif headers.get(b"transfer-encoding", b"").lower() == b"chunked":
                    body = b""
                    while True:
                        size = int(self._read_until(b"\r\n").split(b";")[0], 16)
                        body += self._read(size)
                        self._read(2)
                        if size == 0:
                            break
                else:
                    body = b""
                if headers.get(b"connection", b"").lower() == b"close":
                    self.close()
                return status, body
            except (ConnectionError, OSError):
                self.close()
                if attempt:
                    raise
        raise AssertionError("unreachable")
