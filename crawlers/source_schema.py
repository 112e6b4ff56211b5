"""Validation of source definitions and of the generic family's ``extract`` schema.

A source (one entry of ``config/sources.yaml`` or the ``source`` of a job file)::

    id: fablab-example          # [a-z0-9][a-z0-9_-]*
    family: generic             # makeall | muhan | devicelab | ccei | sogongin | generic
    start_urls: [https://...]   # http(s) URLs; their hosts are the allowed domains
    kind: private_makerspace
    extract: ...                # generic family only; see below
    settings: {DOWNLOAD_DELAY: 1.0}   # optional per-source Scrapy settings (UPPER_CASE names)

The generic family's ``extract`` is either the string ``jsonld`` or a mapping (see ``crawlers/README.md``)::

    jsonld: true|false          # read schema.org JSON-LD first (selectors add to / override it)
    selectors: {field: expr}    # CSS or XPath per raw field (XPath when it starts with / ./ ( or xpath:)
    list: {links: expr, next: expr, follow: expr}   # listing pages: detail links, next page, other listings
    detail_url: regex           # URLs matching it are facility pages
    key: {url_pattern: regex} | {selector: expr}    # the site's own key (default: the URL's path and query)
    sitemap: true|false|URL     # discover pages from sitemap.xml (or the given sitemap URL)
    split: {field: ","}         # split a field's one-line list on these separators (outside brackets)
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlparse

from parsel import Selector

FAMILIES = ("makeall", "muhan", "devicelab", "ccei", "sogongin", "generic")
_ID = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
_SETTING = re.compile(r"^[A-Z][A-Z0-9_]*$")
EXTRACT_KEYS = ("jsonld", "selectors", "list", "detail_url", "key", "sitemap", "split")
LIST_KEYS = ("links", "next", "follow")
_PROBE = Selector(text="<html><body></body></html>")


def selector_problem(expr: Any) -> str | None:
    """Return why a CSS/XPath expression is unusable, or None when it compiles."""
    from crawlers.extract import select

    if not isinstance(expr, str) or not expr.strip():
        return "must be a non-empty CSS or XPath string"
    try:
        select(_PROBE, expr)
    except Exception as exc:  # parsel raises several types for bad CSS and XPath
        return f"does not compile ({type(exc).__name__}: {exc})"
    return None


def regex_problem(pattern: Any, groups: int | None = None) -> str | None:
    """Return why a regular expression is unusable, or None."""
    if not isinstance(pattern, str) or not pattern:
        return "must be a non-empty regular expression"
    try:
        compiled = re.compile(pattern)
    except re.error as exc:
        return f"is not a valid regular expression ({exc})"
    if groups is not None and compiled.groups < groups:
        return f"needs {groups} capturing group(s)"
    return None


def validate_extract(extract: Any, where: str = "extract") -> list[str]:
    """Return every problem with a generic ``extract`` definition (empty when it is valid)."""
    if extract == "jsonld":
        return []
    if isinstance(extract, str):
        return [f"{where}: unknown shorthand {extract!r} (allowed: 'jsonld' or a mapping)"]
    if not isinstance(extract, Mapping):
        return [f"{where}: must be 'jsonld' or a mapping with keys {', '.join(EXTRACT_KEYS)}"]
    problems = []
    for key in extract:
        if key not in EXTRACT_KEYS:
            problems.append(f"{where}: unknown key {key!r} (allowed: {', '.join(EXTRACT_KEYS)})")
    if "jsonld" in extract and not isinstance(extract["jsonld"], bool):
        problems.append(f"{where}.jsonld: must be true or false")
    selectors = extract.get("selectors")
    if selectors is None:
        if not extract.get("jsonld"):
            problems.append(f"{where}: needs selectors (with at least 'name') or jsonld: true")
    elif not isinstance(selectors, Mapping) or not selectors:
        problems.append(f"{where}.selectors: must be a mapping of field name to CSS/XPath")
    else:
        if "name" not in selectors and not extract.get("jsonld"):
            problems.append(f"{where}.selectors: needs a 'name' selector")
        for field, expr in selectors.items():
            if not isinstance(field, str) or not re.match(r"^[a-z][a-z0-9_]*$", field):
                problems.append(f"{where}.selectors: field name {field!r} must be lower_snake_case")
            msg = selector_problem(expr)
            if msg:
                problems.append(f"{where}.selectors.{field}: {msg}")
    lst = extract.get("list")
    if lst is not None:
        if not isinstance(lst, Mapping):
            problems.append(f"{where}.list: must be a mapping with keys {', '.join(LIST_KEYS)}")
        else:
            for key, expr in lst.items():
                if key not in LIST_KEYS:
                    problems.append(f"{where}.list: unknown key {key!r} (allowed: {', '.join(LIST_KEYS)})")
                    continue
                msg = selector_problem(expr)
                if msg:
                    problems.append(f"{where}.list.{key}: {msg}")
    if "detail_url" in extract:
        msg = regex_problem(extract["detail_url"])
        if msg:
            problems.append(f"{where}.detail_url: {msg}")
    key = extract.get("key")
    if key is not None:
        if not isinstance(key, Mapping) or len(key) != 1 or next(iter(key)) not in ("url_pattern", "selector"):
            problems.append(f"{where}.key: must be {{url_pattern: regex}} or {{selector: expr}}")
        elif "url_pattern" in key:
            msg = regex_problem(key["url_pattern"], groups=1)
            if msg:
                problems.append(f"{where}.key.url_pattern: {msg}")
        else:
            msg = selector_problem(key["selector"])
            if msg:
                problems.append(f"{where}.key.selector: {msg}")
    sitemap = extract.get("sitemap")
    if sitemap is not None and not isinstance(sitemap, bool) and not _is_http_url(sitemap):
        problems.append(f"{where}.sitemap: must be true, false or an http(s) URL")
    split = extract.get("split")
    if split is not None and (not isinstance(split, Mapping)
                              or not all(isinstance(v, str) and v for v in split.values())):
        problems.append(f"{where}.split: must map field names to separator characters, e.g. {{equipment: ','}}")
    return problems


def _is_http_url(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    parsed = urlparse(value)
    return parsed.scheme in ("http", "https") and bool(parsed.hostname)


def validate_source(source: Any) -> list[str]:
    """Return every problem with a source definition (empty list when the crawler can run it)."""
    if not isinstance(source, Mapping):
        return ["source: must be a mapping with id, family, start_urls, kind"]
    sid = source.get("id")
    label = f"source {sid!r}" if sid else "source"
    problems = []
    if not isinstance(sid, str) or not _ID.match(sid):
        problems.append(f"{label}: id must match [a-z0-9][a-z0-9_-]* (got {sid!r})")
    family = source.get("family")
    if family not in FAMILIES:
        problems.append(f"{label}: unknown family {family!r} (allowed: {', '.join(FAMILIES)})")
    urls = source.get("start_urls")
    if not isinstance(urls, list) or not urls:
        problems.append(f"{label}: start_urls must be a non-empty list of http(s) URLs")
    else:
        for url in urls:
            if not _is_http_url(url):
                problems.append(f"{label}: start_urls entry {url!r} is not an http(s) URL")
    kind = source.get("kind")
    if not isinstance(kind, str) or not kind:
        problems.append(f"{label}: kind must be a non-empty string")
    extract = source.get("extract")
    if family == "generic":
        if extract is None:
            problems.append(f"{label}: the generic family needs extract ('jsonld' or a mapping)")
        else:
            problems.extend(f"{label}: {p}" for p in validate_extract(extract))
    elif extract is not None and family in FAMILIES:
        problems.append(f"{label}: extract is used by the generic family only (family is {family!r})")
    settings = source.get("settings")
    if settings is not None:
        if not isinstance(settings, Mapping):
            problems.append(f"{label}: settings must be a mapping of Scrapy setting names to values")
        else:
            problems.extend(
                f"{label}: settings key {k!r} is not a Scrapy setting name (UPPER_CASE)"
                for k in settings if not isinstance(k, str) or not _SETTING.match(k)
            )
    return problems
