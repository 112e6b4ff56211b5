"""JSON-LD blocks of a page: found, unwrapped and parsed leniently (``crawlers.structured`` reads their objects)."""

from __future__ import annotations

import html
import json
import re
from typing import Any

from crawlers.errors import JsonLdError

_ENTITY = re.compile(r"&(?:[a-zA-Z]+|#\d+|#x[0-9a-fA-F]+);")


def parse_jsonld_text(text: str, repair: bool = True) -> tuple[Any, bool]:
    """Parse one ``<script type="application/ld+json">`` body; return ``(data, repaired)``.

    Tried in order: plain JSON (control characters such as raw newlines allowed inside strings); the text with
    HTML entities unescaped (``&quot;``); then ``json_repair`` (comments, trailing and missing commas, unclosed
    brackets). With ``repair`` off only strict JSON is read. Raises :class:`JsonLdError` when nothing usable
    comes out.
    """
    text = text.strip()
    for wrapper in (("<!--", "-->"), ("<![CDATA[", "]]>"), ("/*<![CDATA[*/", "/*]]>*/")):
        if text.startswith(wrapper[0]) and text.endswith(wrapper[1]):
            text = text[len(wrapper[0]):-len(wrapper[1])].strip()
    text = text.rstrip(";").strip()
    if not text:
        raise JsonLdError("empty JSON-LD block")
    try:
        return json.loads(text, strict=not repair), False
    except json.JSONDecodeError as first:
        if not repair:
            raise JsonLdError(f"invalid JSON-LD ({first})") from None
        error = first
    if _ENTITY.search(text):
        text = html.unescape(text)
        try:
            return json.loads(text, strict=False), True
        except json.JSONDecodeError:
            pass
    import json_repair  # imported lazily: only malformed pages need it

    try:
        data = json_repair.repair_json(text, return_objects=True)
    except Exception as exc:  # json_repair raises assorted errors on hopeless input
        raise JsonLdError(f"invalid JSON-LD ({error}); repair failed ({exc})") from None
    if not isinstance(data, (dict, list)) or not data:
        raise JsonLdError(f"invalid JSON-LD ({error}); nothing could be repaired")
    return data, True


def jsonld_blocks(root: Any) -> list[str]:
    """The text of every JSON-LD script element under an lxml root."""
    return [el.text or "" for el in root.iter("script")
            if (el.get("type") or "").strip().lower() == "application/ld+json"]
