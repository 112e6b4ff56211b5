"""Shared rendering pieces: the pre-rendered ``Page``, a site's ``SiteContent``, fault selection, HTML helpers."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from email.utils import format_datetime
from html import escape

from sites.paths import canonical, detail_path

FACTS_END = "<!-- /facts -->"


@dataclass(frozen=True)
class RenderOptions:
    """What a rendering depends on besides the records."""

    version: int = 1
    """Site version (1 or 2)."""
    robots: bool = True
    """Serve a robots.txt that disallows a path (and link to that path from list pages)."""
    redirect: bool = True
    """Link some detail pages through old URLs that answer 301."""
    broken: bool = True
    """Serve some detail pages truncated or with broken HTML."""


@dataclass
class Page:
    """One pre-rendered response."""

    body: bytes
    content_type: str
    last_modified: str
    etag: str = ""
    status: int = 200
    templated: bool = False
    """The body holds ``{BASE}`` placeholders that the server replaces with ``http://<Host header>``."""

    def __post_init__(self) -> None:
        if not self.etag:
            self.etag = '"' + hashlib.sha1(self.body).hexdigest()[:20] + '"'


@dataclass
class SiteContent:
    """Everything one site serves for one (version, options)."""

    pages: dict[str, Page] = field(default_factory=dict)
    """Canonical request target → page."""
    redirects: dict[str, str] = field(default_factory=dict)
    """Old canonical target → new path (answered with 301)."""
    gone: dict[str, int] = field(default_factory=dict)
    """Removed facility pages → 404 or 410."""
    detail_keys: dict[str, str] = field(default_factory=dict)
    """Canonical detail target → facility key."""
    disallowed: list[str] = field(default_factory=list)
    """Path prefixes robots.txt disallows."""


def bucket(*parts: str) -> int:
    """A stable number in [0, 1000) for a tuple of strings (deterministic fault selection)."""
    return int.from_bytes(hashlib.sha1("|".join(parts).encode()).digest()[:4], "big") % 1000


def selected(site: str, key: str, fault: str, per_thousand: int) -> bool:
    """Whether a fault applies to a facility key (about ``per_thousand`` in 1000 keys)."""
    return bucket(site, key, fault) < per_thousand


def http_date(day: str) -> str:
    """``"2025-06-01"`` → an HTTP date (midnight UTC)."""
    d = date.fromisoformat(day)
    return format_datetime(datetime(d.year, d.month, d.day, tzinfo=UTC), usegmt=True)


def e(value: object) -> str:
    """HTML-escape a value (``None`` → empty)."""
    return escape("" if value is None else str(value))


def break_html(html: str, site: str, key: str) -> str:
    """A broken variant of a page that a tolerant parser still reads: truncated after the facts block, or with
    unclosed cells and list items, stray end tags and a raw ampersand."""
    if bucket(site, key, "broken-variant") < 500 and FACTS_END in html:
        cut = html.index(FACTS_END) + len(FACTS_END)
        return html[:cut] + '\n<div class="footer"><p>Copyright &copy; 20'
    for tag in ("</td>", "</li>", "</tr>", "</dd>"):
        html = html.replace(tag, "")
    return html.replace(FACTS_END, "</span></div></div>" + FACTS_END).replace("</h1>", " R&D</h1>", 1)


def encode_page(
    html: str,
    updated: str,
    *,
    encoding: str = "utf-8",
    header_charset: str | None = "utf-8",
    content_type: str = "text/html",
) -> Page:
    """Encode an HTML page; ``header_charset`` is what the Content-Type header declares (``None`` = nothing)."""
    ctype = f"{content_type}; charset={header_charset}" if header_charset else content_type
    return Page(
        body=html.encode(encoding, errors="xmlcharrefreplace"), content_type=ctype, last_modified=http_date(updated)
    )


def latest(records: list[dict], default: str = "2024-01-01") -> str:
    """The latest ``updated`` date of some records."""
    return max((r["updated"] for r in records), default=default)


def robots_txt(disallow: list[str], sitemap: str = "") -> str:
    """A robots.txt body disallowing some prefixes for every agent (an empty list allows all)."""
    lines = ["User-agent: *"] + ([f"Disallow: {p}" for p in disallow] or ["Disallow:"])
    if sitemap:
        lines += ["", f"Sitemap: {sitemap}"]
    return "\n".join(lines) + "\n"


def text_page(text: str, content_type: str, updated: str = "2024-01-01") -> Page:
    """A UTF-8 non-HTML page (robots.txt, JSON, XML)."""
    return Page(
        body=text.encode("utf-8"),
        content_type=f"{content_type}; charset=utf-8",
        last_modified=http_date(updated),
        templated="{BASE}" in text,
    )


def redirected(site: str, key: str, opts: RenderOptions) -> bool:
    """Whether a facility's links go through its old URL (about one in five when ``redirect`` is on)."""
    return opts.redirect and selected(site, key, "redirect", 200)


def link_for(site: str, key: str, old_target: str, opts: RenderOptions) -> str:
    """The link a site prints for a facility: its old URL when redirected, else its detail path."""
    return old_target if redirected(site, key, opts) else detail_path(site, key)


def add_detail(
    out: SiteContent,
    site: str,
    record: dict,
    html: str,
    opts: RenderOptions,
    old_target: str = "",
    **encoding: str | None,
) -> Page:
    """Register a facility's detail page (broken when selected), and its old URL as a redirect when selected."""
    key = record["key"]
    if opts.broken and selected(site, key, "broken", 110):
        html = break_html(html, site, key)
    target = detail_path(site, key)
    page = encode_page(html, record["updated"], **encoding)  # type: ignore[arg-type]
    out.pages[target] = page
    out.detail_keys[target] = key
    if old_target and redirected(site, key, opts):
        out.redirects[canonical(old_target)] = target
    return page
