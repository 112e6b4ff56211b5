"""data.go.kr-style OpenAPI pages: request URLs (``serviceKey``, ``pageNo``, ``numOfRows``, ``type=json``) and
responses (JSON or XML) → rows, the total count and the result code.

A response looks like ``{"response": {"header": {"resultCode": "00", "resultMsg": "NORMAL SERVICE."},
"body": {"items": [...], "totalCount": 3555, "numOfRows": 100, "pageNo": 1}}}`` (``items`` may be
``{"item": [...]}``, or one object when the page has one row; XML mirrors it). Result code ``00`` is normal and
``03`` means no data; a gateway error (``<OpenAPI_ServiceResponse>`` with ``SERVICE_KEY_IS_NOT_REGISTERED_ERROR``
and the like) names its reason.

The service key comes from the environment variable the source names (``service_key_env``), never from config.
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

DEFAULTS = {"page_param": "pageNo", "size_param": "numOfRows", "key_param": "serviceKey", "page_size": 100,
            "first_page": 1}


@dataclass
class ApiPage:
    """One OpenAPI response read."""

    rows: list[dict[str, Any]] = field(default_factory=list)
    total: int | None = None
    """``totalCount`` (None when the response does not say)."""
    code: str = "00"
    message: str = ""

    @property
    def ok(self) -> bool:
        """Normal service or no data."""
        return self.code in ("00", "0", "03", "INFO-000")


def api_settings(api: Mapping[str, Any]) -> dict[str, Any]:
    """The ``api`` block with defaults filled in."""
    return {**DEFAULTS, **dict(api)}


def service_key(api: Mapping[str, Any]) -> str | None:
    """The service key from the environment variable named by ``service_key_env`` (None when unset)."""
    name = api.get("service_key_env")
    return os.environ.get(str(name)) if name else None


def page_url(api: Mapping[str, Any], page: int, key: str | None) -> str:
    """The URL of one page; the key (if any) is added as given (data.go.kr issues keys already %-encoded, so an
    encoded key is not encoded twice)."""
    cfg = api_settings(api)
    parts = urlsplit(str(cfg["url"]))
    query = dict(parse_qsl(parts.query, keep_blank_values=True))
    query.update({str(k): str(v) for k, v in (cfg.get("params") or {}).items()})
    query[cfg["page_param"]] = str(page)
    query[cfg["size_param"]] = str(cfg["page_size"])
    text = urlencode(query)
    if key:
        encoded = key if "%" in key else urlencode({"k": key})[2:]
        text = f"{cfg['key_param']}={encoded}&{text}"
    return urlunsplit((parts.scheme, parts.netloc, parts.path, text, ""))


def public_url(url: str, api: Mapping[str, Any]) -> str:
    """A request URL without the service key (what records and logs may show)."""
    cfg = api_settings(api)
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != cfg["key_param"]]
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query), ""))


def page_count(total: int | None, api: Mapping[str, Any]) -> int:
    """How many pages hold ``total`` rows."""
    size = int(api_settings(api)["page_size"])
    return max(1, math.ceil((total or 0) / size))


def _items(value: Any) -> list[dict[str, Any]]:
    if isinstance(value, dict):
        if "item" in value:
            return _items(value["item"])
        return [value] if value else []
    if isinstance(value, list):
        return [v for v in value if isinstance(v, dict)]
    return []


def _int(value: Any) -> int | None:
    try:
        return int(str(value).strip())
    except (TypeError, ValueError):
        return None


def parse_json_page(data: Any) -> ApiPage:
    """An OpenAPI page from its JSON value."""
    root = data.get("response", data) if isinstance(data, dict) else {}
    header = root.get("header") or {}
    body = root.get("body") or {}
    page = ApiPage(code=str(header.get("resultCode", "00")), message=str(header.get("resultMsg", "")))
    if isinstance(body, dict):
        page.rows = _items(body.get("items"))
        page.total = _int(body.get("totalCount"))
    return page


def parse_xml_page(data: bytes) -> ApiPage:
    """An OpenAPI page from its XML (including the gateway's ``OpenAPI_ServiceResponse`` errors)."""
    from lxml import etree

    try:
        root = etree.fromstring(data, parser=etree.XMLParser(recover=True, resolve_entities=False))
    except etree.XMLSyntaxError as exc:
        return ApiPage(code="parse", message=f"unreadable XML ({exc})")
    if root is None:
        return ApiPage(code="parse", message="empty response")
    if root.tag == "OpenAPI_ServiceResponse":
        reason = root.findtext(".//returnAuthMsg") or root.findtext(".//errMsg") or "service error"
        return ApiPage(code=root.findtext(".//returnReasonCode") or "99", message=reason)
    page = ApiPage(code=root.findtext(".//resultCode") or "00", message=root.findtext(".//resultMsg") or "")
    page.rows = [{child.tag: (child.text or "") for child in item} for item in root.iter("item")]
    page.total = _int(root.findtext(".//totalCount"))
    return page


def parse_page(body: bytes) -> ApiPage:
    """An OpenAPI page from a response body, JSON or XML."""
    text = body.lstrip(b"\xef\xbb\xbf \t\r\n")
    if text[:1] in (b"{", b"["):
        try:
            return parse_json_page(json.loads(text.decode("utf-8", errors="replace")))
        except json.JSONDecodeError as exc:
            return ApiPage(code="parse", message=f"unreadable JSON ({exc})")
    return parse_xml_page(text)
