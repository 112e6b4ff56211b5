"""Family name → spider class, and validation of source definitions for the hub's config loader."""

from __future__ import annotations

import importlib
from typing import Any

from crawlers.errors import SourceConfigError
from crawlers.source_schema import FAMILIES, validate_extract, validate_family_config
from crawlers.source_schema import validate_source as _validate_source

__all__ = ["FAMILIES", "spider_class", "validate_source", "validate_extract", "validate_family_config",
           "check_source"]

_SPIDERS: dict[str, str] = {
    "makeall": "crawlers.spiders.makeall:MakeallSpider",
    "muhan": "crawlers.spiders.muhan:MuhanSpider",
    "devicelab": "crawlers.spiders.devicelab:DevicelabSpider",
    "ccei": "crawlers.spiders.ccei:CceiSpider",
    "sogongin": "crawlers.spiders.sogongin:SogonginSpider",
    "generic": "crawlers.spiders.generic:GenericSpider",
    "opendata": "crawlers.spiders.opendata:OpendataSpider",
}


def spider_class(family: str) -> type[Any]:
    """Return the spider class of a family; raises ``SourceConfigError`` for an unknown family."""
    target = _SPIDERS.get(family)
    if target is None:
        raise SourceConfigError(str(family), [f"unknown family {family!r} (allowed: {', '.join(FAMILIES)})"])
    module, _, attr = target.partition(":")
    return getattr(importlib.import_module(module), attr)


def validate_source(source: dict[str, Any]) -> list[str]:
    """Return every problem with a source definition: unknown family, missing start_urls, bad extract schema."""
    return _validate_source(source)


def check_source(source: dict[str, Any]) -> None:
    """Raise ``SourceConfigError`` listing every problem when a source definition is invalid."""
    problems = validate_source(source)
    if problems:
        sid = source.get("id", "?") if isinstance(source, dict) else "?"
        raise SourceConfigError(str(sid), problems)
