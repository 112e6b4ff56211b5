"""Extraction helpers shared by every spider: selectors, label tables and list splitting.

Everything here returns strings (or lists of strings) exactly as the page shows them, with whitespace collapsed;
cleaning belongs to ``normalizers``. Selectors are parsel (lxml) expressions. Text helpers live in
``crawlers.text``, structured data in ``crawlers.structured`` (re-exported here for the family spiders).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from parsel import Selector, SelectorList

from crawlers.errors import JsonLdError
from crawlers.text import _element_text, html_to_text, node_text, squash

__all__ = ["JsonLdError", "html_to_text", "node_text", "squash", "LIST_FIELDS", "select", "select_texts",
           "apply_selectors", "normalise_label", "label_rows", "label_table", "split_list", "text_lines",
           "jsonld_objects", "find_facility_jsonld", "jsonld_fields", "is_xpath"]

#: Raw fields that hold several values; every other field holds one string.
LIST_FIELDS = frozenset({"alt_names", "equipment", "programmes"})

def is_xpath(expr: str) -> bool:
    """Tell whether a selector expression is XPath (``xpath:`` prefix or starts with ``/``, ``./`` or ``(``)."""
    return expr.startswith(("xpath:", "/", "./", "(")) and not expr.startswith("css:")


def select(sel: Selector | SelectorList, expr: str) -> SelectorList:
    """Apply a CSS or XPath expression (see :func:`is_xpath`; ``css:``/``xpath:`` prefixes are allowed)."""
    if expr.startswith("xpath:"):
        return sel.xpath(expr[6:])
    if expr.startswith("css:"):
        return sel.css(expr[4:])
    return sel.xpath(expr) if is_xpath(expr) else sel.css(expr)


def select_texts(sel: Selector | SelectorList, expr: str) -> list[str]:
    """Return the non-empty texts of every node an expression selects."""
    out = []
    for node in select(sel, expr):
        text = node_text(node)
        if text:
            out.append(text)
    return out


def apply_selectors(sel: Selector | SelectorList, selectors: Mapping[str, str]) -> dict[str, Any]:
    """Read fields by selector: list fields keep every match, the others the first non-empty match joined.

    For a single-valued field whose expression matches several text nodes (``.addr::text`` over ``<br>``), the
    texts are joined with a space, so that an address split over lines stays one string.
    """
    fields: dict[str, Any] = {}
    for name, expr in selectors.items():
        texts = select_texts(sel, expr)
        if not texts:
            continue
        if name in LIST_FIELDS:
            fields[name] = texts
        else:
            fields[name] = texts[0] if len(texts) == 1 or not _selects_text(expr) else " ".join(texts)
    return fields


def _selects_text(expr: str) -> bool:
    return expr.endswith("::text") or expr.endswith("text()")


def normalise_label(label: str) -> str:
    """A table label without spaces or a trailing colon (``"운영 기관 :"`` → ``"운영기관"``)."""
    return re.sub(r"[\s:：]", "", label)


def _cell_children(el: Any) -> list[Any]:
    return [c for c in el if c.tag in ("td", "th")]


def label_rows(sel: Selector | SelectorList) -> dict[str, Selector]:
    """Map each label of a label → value table to its value node (first occurrence wins).

    A row is a ``<tr>`` with at least two cells, the first being the label and the second the value, or a
    ``<dt>`` and the ``<dd>`` after it. Labels are normalised with :func:`normalise_label`. Walks the lxml tree
    directly (no XPath per row): this runs for every facility page.
    """
    out: dict[str, Selector] = {}
    roots = sel if isinstance(sel, SelectorList) else [sel]
    for root_sel in roots:
        root = root_sel.root
        if isinstance(root, str):
            continue
        for row in root.iter("tr", "dt"):
            if row.tag == "dt":
                label_el = row
                value_el = row.getnext()
                while value_el is not None and value_el.tag != "dd":
                    value_el = value_el.getnext() if value_el.tag not in ("dt",) else None
            else:
                cells = _cell_children(row)
                if len(cells) < 2:
                    continue
                label_el, value_el = cells[0], cells[1]
            if value_el is None:
                continue
            label = normalise_label(_element_text(label_el))
            if label and label not in out:
                out[label] = Selector(root=value_el, type="html")
    return out


def label_table(sel: Selector | SelectorList, labels: Mapping[str, str]) -> dict[str, str]:
    """Read a label → value table (``<th>운영기관</th><td>…</td>`` or ``<dt>``/``<dd>``) into raw fields.

    ``labels`` maps a label as printed (compared after :func:`normalise_label`) to a field name; labels not
    listed are ignored. The first occurrence of a field wins.
    """
    norm = {normalise_label(k): v for k, v in labels.items()}
    fields: dict[str, str] = {}
    for label, value_node in label_rows(sel).items():
        field = norm.get(label)
        if not field or field in fields:
            continue
        value = node_text(value_node)
        if value:
            fields[field] = value
    return fields


def split_list(text: str, separators: str = ",，") -> list[str]:
    """Split a one-line list (``"3D프린터(2대), 레이저 커터(1대)"``) on separators outside brackets."""
    parts, depth, current = [], 0, []
    for ch in text:
        if ch in "([{（":
            depth += 1
        elif ch in ")]}）":
            depth = max(0, depth - 1)
        if ch in separators and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return [squash(p) for p in parts if squash(p)]


def text_lines(node: Selector) -> list[str]:
    """The non-empty text lines of a node (text nodes split at ``<br>`` and block elements)."""
    return [t for t in (squash(x) for x in node.xpath(".//text()").getall()) if t]


# --- schema.org JSON-LD ---------------------------------------------------------------------------------------

def jsonld_objects(sel: Selector | SelectorList) -> list[dict[str, Any]]:
    """Every JSON-LD object of a page in compact form (``@graph`` expanded, malformed blocks repaired).

    Raises :class:`JsonLdError` when a block cannot be read even after repair. (``crawlers.structured`` and
    extruct are imported here, not by this module: the family spiders that never read JSON-LD do not load them.)
    """
    from crawlers.structured import compact_objects, jsonld_blocks, parse_jsonld_text

    root = sel.root if isinstance(sel, Selector) else sel[0].root if len(sel) else None
    if root is None or isinstance(root, str):
        return []
    objects: list[dict[str, Any]] = []
    for text in jsonld_blocks(root):
        if text.strip():
            data, _ = parse_jsonld_text(text)
            objects.extend(compact_objects(data))
    return objects


def find_facility_jsonld(objects: Iterable[dict[str, Any]]) -> dict[str, Any] | None:
    """Return the first object that is a place (never an Organization, WebSite, ItemList…), else None."""
    from crawlers.structured import is_facility_object

    for obj in objects:
        if is_facility_object(obj):
            return obj
    return None


def jsonld_fields(obj: Mapping[str, Any], page_url: str | None = None) -> dict[str, Any]:
    """Map a schema.org place object to raw fields (see :func:`crawlers.schema_fields.place_fields`)."""
    from crawlers.schema_fields import place_fields

    return place_fields(obj, page_url)
