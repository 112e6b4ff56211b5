"""Finding the pages of a site: links of an HTML page or a JSON listing, only http(s), never ``tel:``/``mailto:``.

A link is any ``<a href>``/``<area href>``, a ``<link rel="next">``, or a ``data-*`` attribute holding an address
(``<button data-url="/api/spaces?page=2">더보기</button>``: "load more" buttons). A JSON listing (a "더보기"
endpoint) gives the addresses among its values (keys such as ``url``, ``href``, ``link``, ``next``), links inside
HTML fragments it carries, and its next page: a ``next`` address, or a next page *number* put into the request's
own paging parameter (``page``, ``pageNo``, ``offset``…).

``tel:`` and ``mailto:`` links are facts (a phone, an e-mail), never requests; ``javascript:``, ``data:``,
fragments and files that are no pages (images, documents, archives, styles, scripts) are not followed either.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

NOT_PAGES = re.compile(
    r"\.(?:jpe?g|png|gif|webp|svg|ico|bmp|tiff?|pdf|hwp|hwpx|docx?|xlsx?|pptx?|zip|rar|7z|gz|tar|mp[34]|avi|mov|"
    r"wmv|webm|css|js|woff2?|ttf|eot|apk|exe|dmg)$", re.I)
_URLISH = re.compile(r"^(?:https?://|/|\./|\.\./|\?)[^\s<>\"']*$")
_LINK_KEYS = re.compile(r"(?:^|_)(?:url|href|link|path|uri|permalink|detail|next|more|page_url)s?$|Url$|Href$|Link$")
_NEXT_KEYS = ("next", "next_page", "nextPage", "next_page_no", "nextPageNo", "nextCursor", "next_cursor", "cursor")
_PAGE_PARAMS = ("page", "pageNo", "pageIndex", "page_no", "p", "pg", "pageNum", "currentPage", "cursor", "offset",
                "start")
_DATA_ATTRS = ("data-url", "data-href", "data-link", "data-next", "data-more", "data-src-url", "data-api",
               "data-endpoint", "data-load", "data-load-url", "data-next-url", "data-more-url")


def follow_url(base: str, href: str | None) -> str | None:
    """The absolute http(s) address of a link, or None for ``tel:``, ``mailto:``, ``javascript:``, fragments and
    non-page files."""
    if not href:
        return None
    href = href.strip()
    if not href or href.startswith("#"):
        return None
    scheme = href.split(":", 1)[0].lower() if ":" in href[:12] else ""
    if scheme and scheme not in ("http", "https"):
        return None
    url = urljoin(base, href)
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    if NOT_PAGES.search(parts.path):
        return None
    return urlunsplit((parts.scheme, parts.netloc, parts.path or "/", parts.query, ""))


_LINK_XPATH = ("//a/@href | //area/@href | //link[contains(concat(' ', normalize-space(@rel), ' '), ' next ') "
               "or contains(concat(' ', normalize-space(@rel), ' '), ' prev ')]/@href | "
               "//@*[starts-with(name(), 'data-')]")


def html_links(root: Any, base_url: str) -> list[str]:
    """Every followable address of an HTML page, without repeats: ``<a>``/``<area>`` links, ``<link rel="next">``
    and ``data-url``-like attributes holding an address (one XPath over the tree, then a filter)."""
    found: dict[str, None] = {}
    for value in root.xpath(_LINK_XPATH):
        name = value.attrname
        if name.startswith("data-"):
            if name not in _DATA_ATTRS or not _URLISH.match(value.strip()):
                continue
        url = follow_url(base_url, value)
        if url:
            found.setdefault(url, None)
    return list(found)


def mail_and_phone_links(root: Any) -> tuple[list[str], list[str]]:
    """``(phones, emails)`` written as ``tel:``/``mailto:`` links."""
    phones, emails = [], []
    for a in root.iter("a"):
        href = (a.get("href") or "").strip()
        low = href.lower()
        if low.startswith("tel:"):
            phones.append(href[4:].strip())
        elif low.startswith("mailto:"):
            emails.append(href[7:].split("?")[0].strip())
    return phones, emails


def is_json_response(content_type: str, body: bytes) -> bool:
    """A JSON document (by its media type, or a body that starts like one)."""
    if "json" in content_type.lower():
        return True
    head = body[:64].lstrip()
    return head[:1] in (b"{", b"[") and not head.startswith(b"<")


def load_json(body: bytes, encoding: str = "utf-8") -> Any:
    """The JSON value of a response body (a BOM tolerated); raises ``ValueError`` when it is no JSON."""
    text = body.decode(encoding or "utf-8", errors="replace").lstrip("\ufeff")
    return json.loads(text)


def _walk(value: Any, key: str = "") -> Iterator[tuple[str, Any]]:
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _walk(v, str(k))
    elif isinstance(value, list):
        for v in value:
            yield from _walk(v, key)
    else:
        yield key, value


def with_param(url: str, name: str, value: Any) -> str:
    """The URL with one query parameter set."""
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != name]
    query.append((name, str(value)))
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query), ""))


def json_links(data: Any, base_url: str) -> list[str]:
    """Addresses a JSON listing gives: link-like values and links in HTML fragments (its next page too, when
    written as an address; see :func:`next_page_url`)."""
    from lxml import html as lxml_html

    found: dict[str, None] = {}
    for key, value in _walk(data):
        if not isinstance(value, str):
            continue
        text = value.strip()
        if "<a " in text or "<a\n" in text:
            try:
                fragment = lxml_html.fragment_fromstring(text, create_parent="div")
            except Exception:  # noqa: BLE001 - a fragment lxml cannot read gives no links
                continue
            for url in html_links(fragment, base_url):
                found.setdefault(url, None)
        elif _URLISH.match(text) and (_LINK_KEYS.search(key) or text.startswith(("http://", "https://", "/"))):
            url = follow_url(base_url, text)
            if url:
                found.setdefault(url, None)
    return list(found)


def next_page_url(data: Any, request_url: str) -> str | None:
    """The next page of a JSON listing: a next address, or a next number/cursor in the request's paging
    parameter; None when the listing says there is no more (``has_more: false``, ``next: null``)."""
    if not isinstance(data, dict):
        return None
    containers = [data] + [v for v in data.values() if isinstance(v, dict)]
    for obj in containers:
        if any(obj.get(k) is False for k in ("has_more", "hasMore", "more", "has_next", "hasNext")):
            return None
        for key in _NEXT_KEYS:
            value = obj.get(key)
            if value in (None, "", False):
                continue
            if isinstance(value, str) and _URLISH.match(value.strip()):
                return follow_url(request_url, value)
            if isinstance(value, (int, str)) and not isinstance(value, bool):
                params = dict(parse_qsl(urlsplit(request_url).query))
                name = "cursor" if "cursor" in key.lower() and "cursor" in params else \
                    next((p for p in _PAGE_PARAMS if p in params), None)
                if name:
                    return with_param(request_url, name, value)
    return None
