"""Validation of source definitions and of the generic family's ``extract`` schema.

A source (one entry of ``config/sources.yaml`` or the ``source`` of a job file)::

    id: fablab-example          # [a-z0-9][a-z0-9_-]*
    family: generic             # makeall | muhan | devicelab | ccei | sogongin | generic | opendata
    start_urls: [https://...]   # http(s) URLs; their hosts are the allowed domains (opendata: optional)
    kind: private
    extract: ...                # generic family only; see below
    opendata: ...               # opendata family only; see crawlers/opendata/schema.py
    settings: {DOWNLOAD_DELAY: 1.0}   # optional per-source Scrapy settings (UPPER_CASE names)

The generic family's ``extract`` is ``auto`` (alias ``jsonld``: every method, every same-site link walked) or a
mapping (see ``crawlers/README.md``)::

    structured: true|false|[jsonld, microdata, rdfa, opengraph]   # structured data read (default: all)
    jsonld: true|false          # legacy: false leaves JSON-LD out of ``structured``
    labels: true|false|{label: field}   # label-driven facts (config/labels.yaml, plus these labels)
    selectors: {field: expr}    # CSS or XPath per raw field (XPath when it starts with / ./ ( or xpath:)
    list: {links: expr, next: expr, follow: expr}   # listing pages: detail links, next page, other listings
    detail_url: regex           # URLs matching it are facility pages
    key: {url_pattern: regex} | {selector: expr}    # the site's own key (default: canonical URL's path+query)
    sitemap: true|false|URL     # discover pages from sitemap.xml (or the given sitemap URL)
    split: {field: ","}         # split a field's one-line list on these separators (outside brackets)
    max_depth: 10               # link-walking depth
    name_from: [labels]         # a page is a facility only when its name comes from these methods
    jsonld_repair: true         # repair malformed JSON-LD (false: a malformed block counts as absent)
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlparse

from parsel import Selector

FAMILIES = ("makeall", "muhan", "devicelab", "ccei", "sogongin", "generic", "opendata")
_ID = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
_SETTING = re.compile(r"^[A-Z][A-Z0-9_]*$")
EXTRACT_KEYS = ("structured", "jsonld", "labels", "selectors", "list", "detail_url", "key", "sitemap", "split",
                "max_depth", "name_from", "jsonld_repair")
METHODS = ("selectors", "jsonld", "microdata", "rdfa", "opengraph", "labels", "heading")
EXTRACT_SHORTHANDS = ("auto", "jsonld")
SYNTAXES = ("jsonld", "microdata", "rdfa", "opengraph")
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
    if extract in EXTRACT_SHORTHANDS:
        return []
    if isinstance(extract, str):
        return [f"{where}: unknown shorthand {extract!r} (allowed: {', '.join(EXTRACT_SHORTHANDS)} or a mapping)"]
    if not isinstance(extract, Mapping):
        return [f"{where}: must be 'auto' or a mapping with keys {', '.join(EXTRACT_KEYS)}"]
    problems = []
    for key in extract:
        if key not in EXTRACT_KEYS:
            problems.append(f"{where}: unknown key {key!r} (allowed: {', '.join(EXTRACT_KEYS)})")
    for flag in ("jsonld", "jsonld_repair"):
        if flag in extract and not isinstance(extract[flag], bool):
            problems.append(f"{where}.{flag}: must be true or false")
    structured = extract.get("structured")
    if structured is not None and not isinstance(structured, bool):
        if not isinstance(structured, list) or not all(s in SYNTAXES for s in structured):
            problems.append(f"{where}.structured: must be true, false or a list of {', '.join(SYNTAXES)}")
    labels = extract.get("labels")
    if labels is not None and not isinstance(labels, bool):
        if not isinstance(labels, Mapping) or not all(
                isinstance(k, str) and isinstance(v, str) and re.match(r"^[a-z][a-z0-9_]*$", v)
                for k, v in labels.items()):
            problems.append(f"{where}.labels: must be true, false or a mapping of label to lower_snake_case field")
    name_from = extract.get("name_from")
    if name_from is not None and (not isinstance(name_from, list) or not name_from
                                  or not all(m in METHODS for m in name_from)):
        problems.append(f"{where}.name_from: must be a list of {', '.join(METHODS)}")
    depth = extract.get("max_depth")
    if depth is not None and (not isinstance(depth, int) or isinstance(depth, bool) or not 0 <= depth <= 100):
        problems.append(f"{where}.max_depth: must be a whole number from 0 (unlimited) to 100")
    selectors = extract.get("selectors")
    if selectors is not None:
        if not isinstance(selectors, Mapping) or not selectors:
            problems.append(f"{where}.selectors: must be a mapping of field name to CSS/XPath")
        else:
            for field, expr in selectors.items():
                if not isinstance(field, str) or not re.match(r"^[a-z][a-z0-9_]*$", field):
                    problems.append(f"{where}.selectors: field name {field!r} must be lower_snake_case")
                msg = selector_problem(expr)
                if msg:
                    problems.append(f"{where}.selectors.{field}: {msg}")
    if (structured is False or extract.get("jsonld") is False and structured is None) and labels is False \
            and not (isinstance(selectors, Mapping) and "name" in selectors):
        problems.append(f"{where}: with structured data and labels off, selectors need a 'name'")
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
    if family == "opendata" and urls is None:
        pass  # the file or API address is the start
    elif not isinstance(urls, list) or not urls:
        problems.append(f"{label}: start_urls must be a non-empty list of http(s) URLs")
    else:
        for url in urls:
            if not _is_http_url(url) and not (family == "opendata" and str(url).startswith("file://")):
                problems.append(f"{label}: start_urls entry {url!r} is not an http(s) URL")
    kind = source.get("kind")
    if not isinstance(kind, str) or not kind:
        problems.append(f"{label}: kind must be a non-empty string")
    problems.extend(validate_family_config(source))
    return problems


def validate_family_config(source: Mapping[str, Any]) -> list[str]:
    """Problems with the family-specific parts of a source: ``extract`` (generic), ``opendata`` and ``settings``.

    The hub calls this next to its own checks of id, family, start URLs and kind, so that every problem of an
    entry is reported at once."""
    sid = source.get("id")
    label = f"source {sid!r}" if sid else "source"
    family = source.get("family")
    problems: list[str] = []
    extract = source.get("extract")
    if family == "generic":
        if extract is None:
            problems.append(f"{label}: the generic family needs extract ('auto' or a mapping)")
        else:
            problems.extend(f"{label}: {p}" for p in validate_extract(extract))
    elif extract is not None and family in FAMILIES:
        problems.append(f"{label}: extract is used by the generic family only (family is {family!r})")
    spec = source.get("opendata")
    if family == "opendata":
        from crawlers.opendata.mapping import ready_mappings
        from crawlers.opendata.schema import validate_opendata

        try:
            mappings: Mapping[str, Any] | None = ready_mappings()
        except (OSError, ValueError) as exc:
            problems.append(f"{label}: ready mappings cannot be read ({exc})")
            mappings = None
        if spec is None:
            problems.append(f"{label}: the opendata family needs an 'opendata' block (file or api, mapping, key)")
        else:
            problems.extend(f"{label}: {p}" for p in validate_opendata(spec, mappings=mappings))
    elif spec is not None and family in FAMILIES:
        problems.append(f"{label}: opendata is used by the opendata family only (family is {family!r})")
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
