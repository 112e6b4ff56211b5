"""An HTTP/1.1 protocol for uvicorn that accepts raw UTF-8 in the request target.

People type ``curl 'http://127.0.0.1:8000/api/search?q=3D프린터'``; curl sends the Hangul as raw UTF-8 bytes, which
the HTTP grammar does not allow and h11 rejects ("Invalid HTTP request received"). Browsers percent-encode, curl
does not. This protocol percent-encodes bytes above 0x7F in the request line only (never in headers or bodies)
before h11 parses it, so such requests mean what the person typed.
"""

from __future__ import annotations

import re

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

_HIGH = re.compile(rb"[\x80-\xff]")


def percent_encode_high_bytes(line: bytes) -> bytes:
    """``b"GET /s?q=\\xed\\x94\\x84"`` → ``b"GET /s?q=%ED%94%84"``."""
    return _HIGH.sub(lambda m: b"%%%02X" % m.group()[0], line)


class Utf8TargetH11Protocol(H11Protocol):
    """uvicorn's h11 protocol with raw UTF-8 request targets percent-encoded."""

    _request_line_done = False

    def data_received(self, data: bytes) -> None:
        if self.conn.their_state is h11.IDLE and not self._request_line_done:
            end = data.find(b"\r\n")
            head, rest = (data, b"") if end < 0 else (data[:end], data[end:])
            if _HIGH.search(head):
                data = percent_encode_high_bytes(head) + rest
            self._request_line_done = end >= 0
        super().data_received(data)
        if self.conn.their_state is not h11.IDLE:
            self._request_line_done = False
