"""HTTP/1.1 protocols for uvicorn that accept raw UTF-8 in the request target.

People type ``curl 'http://127.0.0.1:8000/api/search?q=3D프린터'``; curl sends the Hangul as raw UTF-8 bytes, which
the HTTP grammar does not allow and both of uvicorn's parsers reject ("Invalid HTTP request received"). Browsers
percent-encode, curl does not. These protocols percent-encode bytes above 0x7F in the request line only (never in
headers or bodies) before the parser sees it, so such requests mean what the person typed.

``Utf8TargetHttpToolsProtocol`` (httptools, the C parser) is what ``serve`` uses; ``Utf8TargetH11Protocol`` (the
pure-Python h11) is the fallback where httptools is not installed.
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

    def data_received(self, data: bytes) -> None:
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

        def data_received(self, data: bytes) -> None:
            if self._in_request_line or (self._between_messages and _REQUEST_LINE.match(data)):
                data, done = _encode_request_line(data)
                self._in_request_line = not done
                self._between_messages = False
            super().data_received(data)

        def on_message_complete(self) -> None:
            super().on_message_complete()
            self._between_messages = True


def protocol_class() -> type:
    """The protocol ``serve`` runs: httptools when installed, else h11."""
    if HttpToolsProtocol is not None:
        return Utf8TargetHttpToolsProtocol
    return Utf8TargetH11Protocol
