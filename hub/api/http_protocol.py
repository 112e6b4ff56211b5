"""HTTP/1.1 protocols for uvicorn that accept raw UTF-8 in the request target.

People type ``curl 'http://127.0.0.1:8000/api/search?q=3D프린터'``; curl sends the Hangul as raw UTF-8 bytes, which
the HTTP grammar does not allow and both of uvicorn's parsers reject ("Invalid HTTP request received"). Browsers
percent-encode, curl does not. These protocols percent-encode bytes above 0x7F in the request line only (never in
headers or bodies) before the parser sees it, so such requests mean what the person typed.

``Utf8TargetHttpToolsProtocol`` (httptools, the C parser) is what ``serve`` uses; ``Utf8TargetH11Protocol`` (the
pure-Python h11) is the fallback where httptools is not installed.

Both also limit the request head before anything is buffered: a request line longer than ``MAX_REQUEST_LINE``
bytes is answered ``414 URI Too Long`` and a head (request line and headers) longer than ``MAX_HEAD`` bytes
``431 Request Header Fields Too Large``, and the connection is closed. uvicorn's httptools protocol keeps
appending a request target it has not finished reading (a 200 MB request line grew the server by 240 MB), and
httptools buffers an unfinished header the same way; these counters stop both at a few kilobytes. Counting is
per message; on a kept-alive connection it starts again after each response.
"""

from __future__ import annotations

import re

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

_HIGH = re.compile(rb"[\x80-\xff]")
_REQUEST_LINE = re.compile(rb"[A-Z]{3,7} ")
"""How a request line starts (a method and a space); a header line never does."""


def percent_encode_high_bytes(line: bytes) -> bytes:
    """``b"GET /s?q=\\xed\\x94\\x84"`` → ``b"GET /s?q=%ED%94%84"``."""
    return _HIGH.sub(lambda m: b"%%%02X" % m.group()[0], line)


MAX_REQUEST_LINE = 8 * 1024
"""Longest request line accepted (method, target, version), as nginx's default ``large_client_header_buffers``."""
MAX_HEAD = 64 * 1024
"""Longest request head accepted (request line and every header)."""

_REFUSALS = {414: b"URI Too Long", 431: b"Request Header Fields Too Large"}


def refusal(status: int) -> bytes:
    """A complete HTTP/1.1 response refusing the request, with a JSON body, closing the connection."""
    reason = _REFUSALS[status]
    body = b'{"detail":"%s: at most %d bytes of request line, %d of request head"}' % (
        reason.lower(), MAX_REQUEST_LINE, MAX_HEAD)
    return (b"HTTP/1.1 %d %s\r\ncontent-type: application/json\r\ncontent-length: %d\r\nconnection: close\r\n\r\n"
            % (status, reason, len(body))) + body


class HeadLimit:
    """Counts the bytes of one request's head as they arrive; says when a limit is crossed."""

    __slots__ = ("line", "head", "line_done", "head_done", "tail")

    def __init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        """Start counting the next message."""
        self.line = self.head = 0
        self.line_done = self.head_done = False
        self.tail = b""

    def feed(self, data: bytes) -> int:
        """Count a chunk; 0 while within the limits, else the status to refuse with (414 or 431)."""
        if self.head_done:
            return 0
        buf = self.tail + data
        skip = len(self.tail)
        if not self.line_done:
            end = buf.find(b"\r\n")
            if end < 0:
                self.line += len(data)
            else:
                self.line += max(0, end - skip)
                self.line_done = True
            if self.line > MAX_REQUEST_LINE:
                return 414
        end = buf.find(b"\r\n\r\n")
        if end >= 0:
            self.head += max(0, end + 4 - skip)
            self.head_done = True
        else:
            self.head += len(data)
            self.tail = buf[-3:]
        if self.head > MAX_HEAD:
            return 431 if self.line_done else 414
        return 0


def _refuse(transport: object, status: int) -> None:
    transport.write(refusal(status))  # type: ignore[attr-defined]
    transport.close()  # type: ignore[attr-defined]


def _encode_request_line(data: bytes) -> tuple[bytes, bool]:
    """``data`` with its first line percent-encoded when it holds high bytes; and whether that line ended."""
    end = data.find(b"\r\n")
    head, rest = (data, b"") if end < 0 else (data[:end], data[end:])
    if _HIGH.search(head):
        data = percent_encode_high_bytes(head) + rest
    return data, end >= 0


class Utf8TargetH11Protocol(H11Protocol):
    """uvicorn's h11 protocol with raw UTF-8 request targets percent-encoded."""

    _request_line_done = False
    _limit: HeadLimit | None = None
    _refused = False

    def data_received(self, data: bytes) -> None:
        if self._refused:
            return
        if self._limit is None:
            self._limit = HeadLimit()
        if self.conn.their_state is h11.IDLE:
            status = self._limit.feed(data)
            if status:
                self._refused = True
                _refuse(self.transport, status)
                return
        else:
            self._limit.reset()
        if self.conn.their_state is h11.IDLE and not self._request_line_done:
            data, self._request_line_done = _encode_request_line(data)
        super().data_received(data)
        if self.conn.their_state is not h11.IDLE:
            self._request_line_done = False


try:
    from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol
except ImportError:  # httptools is not installed
    HttpToolsProtocol = None  # type: ignore[assignment,misc]

if HttpToolsProtocol is not None:

    class Utf8TargetHttpToolsProtocol(HttpToolsProtocol):  # type: ignore[valid-type,misc]
        """uvicorn's httptools protocol with raw UTF-8 request targets percent-encoded.

        A chunk is taken as the start of a request only between messages and only when it begins with a method
        (``_REQUEST_LINE``), so a header line can never be rewritten.
        """

        _in_request_line = False
        _between_messages = True
        _limit: HeadLimit | None = None
        _refused = False

        def data_received(self, data: bytes) -> None:
            if self._refused:
                return
            if self._limit is None:
                self._limit = HeadLimit()
            status = self._limit.feed(data)
            if status:
                self._refused = True
                _refuse(self.transport, status)
                return
            if self._in_request_line or (self._between_messages and _REQUEST_LINE.match(data)):
                data, done = _encode_request_line(data)
                self._in_request_line = not done
                self._between_messages = False
            super().data_received(data)

        def on_message_complete(self) -> None:
            super().on_message_complete()
            self._between_messages = True
            if self._limit is not None:
                self._limit.reset()


def protocol_class() -> type:
    """The protocol ``serve`` runs: httptools when installed, else h11."""
    if HttpToolsProtocol is not None:
        return Utf8TargetHttpToolsProtocol
    return Utf8TargetH11Protocol
