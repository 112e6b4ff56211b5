"""Correct decoding of Korean pages whose declared charset is missing or wrong.

Scrapy picks the encoding from the Content-Type header, a BOM, the ``<meta>`` declaration, then by guessing.
Korean sites still serve EUC-KR/CP949, and some declare one charset while sending the other. The check here is
cheap (a strict UTF-8 decode of the body, microseconds for a typical page) and only re-decodes when the declared
charset demonstrably does not fit the bytes:

- declared UTF-8 (or nothing) but the body is not valid UTF-8 and is valid CP949 → CP949;
- declared a legacy charset but the body has non-ASCII bytes and is valid UTF-8 → UTF-8 (legacy Korean text is
  practically never valid UTF-8).

EUC-KR is always read as CP949, its superset (w3lib already maps it so).
"""

from __future__ import annotations

import codecs

from scrapy.http import Request, Response, TextResponse


def _codec_name(encoding: str) -> str:
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        return encoding.lower()


def _valid(body: bytes, encoding: str) -> bool:
    try:
        body.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return False
    return True


def detect_misdeclared_encoding(body: bytes, declared: str) -> str | None:
    """Return the encoding to use instead of ``declared`` when it does not fit ``body``, else None."""
    if body.isascii():
        return None
    name = _codec_name(declared)
    if name == "utf-8":
        if _valid(body, "utf-8"):
            return None
        return "cp949" if _valid(body, "cp949") else None
    if _valid(body, "utf-8"):
        return "utf-8"
    return None


class EncodingFallbackMiddleware:
    """Replace a text response's encoding when its declared charset does not decode its body."""

    def __init__(self, stats: object | None = None) -> None:
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: object) -> EncodingFallbackMiddleware:
        """Build the middleware with the crawler's stats collector."""
        return cls(getattr(crawler, "stats", None))

    def process_response(self, request: Request, response: Response) -> Response:
        """Return the response, re-decoded with the right charset when the declared one is wrong."""
        if not isinstance(response, TextResponse) or not response.body:
            return response
        better = detect_misdeclared_encoding(response.body, response.encoding)
        if better is None:
            return response
        if self.stats is not None:
            self.stats.inc_value(f"encoding/fallback/{_codec_name(response.encoding)}->{better}")
        return response.replace(encoding=better)
