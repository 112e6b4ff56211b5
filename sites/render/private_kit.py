"""Pieces shared by the four hand-written private sites (``sites/data/private/<site>/site.json``).

Their pages are written for people, not for a crawler: facts appear once per page in the site's own layout, and
every page that is not a facility (lists, notices, about pages) is registered as a plain page. Only the
``robots`` fault changes them (``broken`` and ``redirect`` do nothing on these sites); the server applies
``ratelimit``, ``unavailable``, ``slow`` and ``down`` to them like to every site.
"""

from __future__ import annotations

from sites.paths import canonical, detail_path
from sites.render.common import Page, RenderOptions, SiteContent, encode_page, robots_txt, text_page


def add_page(out: SiteContent, target: str, html: str, updated: str, **encoding: str | None) -> Page:
    """Register a page that is not a facility at ``target`` (its query canonicalised)."""
    page = encode_page(html, updated, **encoding)  # type: ignore[arg-type]
    if "{BASE}" in html:
        page.templated = True
    out.pages[canonical(target)] = page
    return page


def add_facility(out: SiteContent, site: str, record: dict, html: str, **encoding: str | None) -> Page:
    """Register a facility's detail page at the site's detail path."""
    target = detail_path(site, record["key"])
    page = add_page(out, target, html, record["updated"], **encoding)
    out.detail_keys[canonical(target)] = record["key"]
    return page


def add_json(out: SiteContent, target: str, body: str, updated: str) -> None:
    """Register a JSON answer (UTF-8)."""
    out.pages[canonical(target)] = text_page(body, "application/json", updated)


def add_robots(out: SiteContent, opts: RenderOptions, disallow: list[str]) -> None:
    """robots.txt: ``disallow`` under the ``robots`` fault, nothing otherwise."""
    out.disallowed = list(disallow) if opts.robots else []
    out.pages["/robots.txt"] = text_page(robots_txt(out.disallowed), "text/plain")


def split_items(text: str) -> list[str]:
    """Items of a line that lists several (``"3D프린터 2대, 레이저커터 1대"`` → two items)."""
    return [part.strip() for part in text.split(", ") if part.strip()]


def join_address(parts: dict) -> str:
    """A structured address as the manifest writes it: region, locality and street joined by single spaces."""
    return " ".join(p for p in (parts.get("region"), parts.get("locality"), parts.get("street")) if p)
