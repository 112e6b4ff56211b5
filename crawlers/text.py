"""Text of HTML as people read it: whitespace collapsed, cells joined, description HTML turned into lines.

Everything returns strings exactly as the page shows them, with whitespace collapsed; cleaning belongs to
``normalizers``. Node text walks lxml elements directly (no XPath per node): it runs for every field of every page.
"""

from __future__ import annotations

from typing import Any

from bs4 import BeautifulSoup
from parsel import Selector


def squash(text: str | None) -> str:
    """Collapse runs of whitespace (including non-breaking spaces) to one space and strip the ends."""
    if not text:
        return ""
    return " ".join(text.split())  # str.split() splits on every Unicode space (U+00A0 too); faster than a regex


def _element_text(el: Any) -> str:
    if el.tag in ("script", "style") or not isinstance(el.tag, str):
        return ""
    if next(el.iterdescendants("script", "style"), None) is None:
        return squash(" ".join(el.itertext()))
    parts = [el.text or ""]
    for child in el:
        parts.append(_element_text(child))
        parts.append(child.tail or "")
    return squash(" ".join(parts))


def node_text(node: Selector) -> str:
    """Return a node's visible text; a table row becomes its cells joined with ``" | "``.

    Text nodes and attribute values (from ``::text``, ``::attr()``, ``/@href``) are returned as they are.
    Uses lxml directly (no XPath per node): this runs for every field of every page.
    """
    root = node.root
    if isinstance(root, str):
        return squash(root)
    if root.tag == "tr":
        cells = [_element_text(c) for c in root if c.tag in ("td", "th")]
        return " | ".join(c for c in cells if c)
    return _element_text(root)


_BLOCK_TAGS = ["p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "section",
               "article", "blockquote", "dd", "dt", "pre"]


def html_to_text(html: str | None) -> str:
    """Turn a description's HTML into text: block elements become line breaks, whitespace is tidied."""
    if not html:
        return ""
    soup = BeautifulSoup(html, "lxml")
    for tag in soup(["script", "style"]):
        tag.decompose()
    for br in soup.find_all("br"):
        br.replace_with("\n")
    for block in soup.find_all(_BLOCK_TAGS):
        block.insert_before("\n")
        block.insert_after("\n")
    text = soup.get_text("")
    lines = [squash(line) for line in text.splitlines()]
    return "\n".join(line for line in lines if line)
