"""Label-driven facts: read a facility's facts from visible HTML with no selectors, by the labels sites print.

The label dictionary is data (``config/labels.yaml``). Four layouts are read, walking the lxml tree once:

- ``<dl>``: a ``<dt>`` label and the ``<dd>`` after it;
- ``<table>`` rows whose first cell is a ``<th>`` (or a ``<td>`` holding a known label) and whose next cell is
  the value;
- ``label: value`` lines in paragraphs, list items and blocks (lines split at ``<br>``), and lines that start
  with an emphasised label (``<b>주소</b> 서울 …``, ``<span class="label">전화</span> 02-…``);
- a heading (or a lone emphasised line) that is a label, over a list, table or paragraphs (``<h3>보유 장비</h3>
  <ul><li>…</li></ul>``).

Parts of the page that describe the site rather than the facility are skipped: ``<header>``, ``<footer>``,
``<nav>``, ``<aside>``, ``<form>`` and elements whose class or id names boilerplate (``config/labels.yaml``).
When the page has a ``<main>``/``<article>``/``role="main"`` element, only that is read.

Values are text as a person reads it, whitespace collapsed (cleaning belongs to normalizers). List fields keep
one string per ``<li>``, line or table row (cells joined with a space), or split a one-line list at commas. A
website is the text shown; a booking link gives its address.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from crawlers.label_dictionary import LabelDictionary, load_labels, normalise_label
from crawlers.text import _element_text, squash

__all__ = ["LabelDictionary", "LabelFacts", "content_root", "iter_labelled", "list_items", "load_labels",
           "normalise_label", "read_labels"]

BLOCK_TAGS = frozenset({"p", "div", "li", "section", "article", "main", "blockquote", "dd", "td", "th", "body",
                        "figure", "figcaption", "address", "center", "font", "span"} | {f"h{i}" for i in range(1, 7)})
"""Elements whose own lines are read (a ``span`` only when it holds ``<br>`` lines of its own)."""
_CONTAINERS = frozenset({"ul", "ol", "table", "tbody", "thead", "tr", "dl", "dt", "html", "head", "select",
                         "script", "style", "noscript", "template", "svg"})
_SKIP_TAGS = frozenset({"header", "footer", "nav", "aside", "form", "script", "style", "noscript", "template",
                        "svg", "button", "select", "head"})
_EMPHASIS = frozenset({"b", "strong", "em", "label", "dfn", "span", "i", "u", "th", "dt", "mark", "small", "abbr"})
_HEADINGS = frozenset({f"h{i}" for i in range(1, 7)})
_HEADING_LIKE = _HEADINGS | {"p", "div", "strong", "b", "img"}
LINK_FIELDS = frozenset({"reservation_url"})
"""Fields whose value is a link's address rather than its text (a website's value is the text shown)."""
_LINE_LABEL = re.compile(r"^\s*([^:：\n]{1,24}?)(?:\s*[:：]|\s+[-–—]\s)\s*(.*)$", re.S)
"""``label: value``, ``label : value``, ``label：value`` or ``label - value`` (a dash only with spaces around)."""
"""Everything but letters and digits: spaces, colons, bullets, emoji (``📍 주소``), dashes."""
_SPLIT = re.compile(r"\s*[,，;；]\s*")


# --- reading a page ---------------------------------------------------------------------------------------------


@dataclass
class LabelFacts:
    """Facts read by label: the first value of each field, how often each field's label appeared, and the
    ``tel:``/``mailto:`` links of the read part of the page."""

    fields: dict[str, Any] = field(default_factory=dict)
    counts: Counter[str] = field(default_factory=Counter)
    phones: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)


class _Reader:
    def __init__(self, dictionary: LabelDictionary) -> None:
        self.d = dictionary
        self.facts = LabelFacts()
        self.boilerplate = _boilerplate_re(dictionary.boilerplate)

    # -- values

    def put(self, name: str, value: Any) -> None:
        if isinstance(value, list):
            value = [v for v in (squash(x) for x in value) if v]
        else:
            value = squash(value)
        if not value:
            return
        self.facts.counts[name] += 1
        if name not in self.facts.fields:
            self.facts.fields[name] = value

    def value_of(self, name: str, el: Any) -> Any:
        """A value element's text, as a list for list fields, a link's address for a homepage."""
        if name in self.d.list_fields:
            return list_items(el)
        text = _element_text(el)
        if name in LINK_FIELDS or not text:
            # a link whose address is the fact (a booking link reads "네이버 예약"), or a value that is only a link
            for a in el.iter("a"):
                href = (a.get("href") or "").strip()
                if href.startswith(("http://", "https://")):
                    return href
        return text

    def text_value(self, name: str, text: str) -> Any:
        if name in self.d.list_fields:
            return [p for p in _SPLIT.split(text) if p.strip()]
        return text

    # -- walking

    def skip(self, el: Any) -> bool:
        if el.tag in _SKIP_TAGS:
            return True
        get = el.get
        cls, ident, role = get("class"), get("id"), get("role")
        if role in ("navigation", "contentinfo", "banner", "search"):
            return True
        if not cls and not ident:
            return False
        return bool(self.boilerplate.search(f"{cls or ''} {ident or ''}".lower()))

    def walk(self, el: Any) -> None:
        tag = el.tag
        if not isinstance(tag, str) or self.skip(el):
            return
        if tag == "a":
            href = (el.get("href") or "").strip()
            if href.lower().startswith("tel:"):
                self.facts.phones.append(squash(href[4:]))
            elif href.lower().startswith("mailto:"):
                self.facts.emails.append(squash(href[7:].split("?")[0]))
        if tag == "dl":
            self.read_dl(el)
        elif tag == "tr":
            if self.read_row(el):
                return
        elif tag in BLOCK_TAGS and (tag != "span" or el.find("br") is not None):
            self.read_lines(el)
        elif tag == "table":
            caption = el.find("caption")
            name = self.d.field_for(_element_text(caption)) if caption is not None else None
            if name:
                self.put(name, list_items(el) if name in self.d.list_fields else _element_text(el))
                return
        children = list(el)
        i = 0
        while i < len(children):
            child = children[i]
            if isinstance(child.tag, str) and child.tag in _HEADING_LIKE:
                used = self.read_heading(child, children[i + 1:])
                if used:
                    i += 1 + used
                    continue
            self.walk(child)
            i += 1

    def read_dl(self, dl: Any) -> None:
        label = None
        for child in dl:
            if child.tag == "dt":
                label = self.d.field_for(_element_text(child))
            elif child.tag == "dd" and label:
                self.put(label, self.value_of(label, child))
                label = None
            elif child.tag == "div":  # <dl><div><dt/><dd/></div></dl> (HTML 5.2)
                self.read_dl(child)

    def read_row(self, tr: Any) -> bool:
        cells = [c for c in tr if c.tag in ("td", "th")]
        if len(cells) < 2:
            return False
        if any(c.tag == "th" for c in cells[1:]) and (cells[0].tag != "th" or all(c.tag == "th" for c in cells)):
            return False  # a header row of column names
        name = self.d.field_for(_element_text(cells[0]))
        if not name:
            return False
        if name in self.d.list_fields and len(cells) > 2:
            self.put(name, [_element_text(c) for c in cells[1:]])
        else:
            self.put(name, self.value_of(name, cells[1]))
        # a second label/value pair on the same row (<th>주소</th><td/><th>전화</th><td/>)
        for j in range(2, len(cells) - 1, 2):
            extra = self.d.field_for(_element_text(cells[j]))
            if extra:
                self.put(extra, self.value_of(extra, cells[j + 1]))
        return True

    def read_heading(self, el: Any, following: list[Any]) -> int:
        """A heading that is a label, over the list, table or paragraphs after it (up to the next heading).

        Returns how many of the following siblings it read (0: not a labelled heading)."""
        if el.tag == "img":
            text = el.get("alt") or ""  # a title drawn as an image (old sites): its alt text is the label
        elif el.tag not in _HEADINGS and not _emphasised_only(el):
            return 0
        else:
            text = _element_text(el)
        name = self.d.field_for(text)
        if not name:
            return 0
        values: list[str] = []
        used = 0
        for sibling in following:
            if not isinstance(sibling.tag, str) or sibling.tag in ("br", "hr"):
                used += 1
                continue
            if sibling.tag in _HEADINGS or self.starts_label(sibling):
                break
            if sibling.tag in ("ul", "ol", "table", "dl"):
                values.extend(list_items(sibling))
                used += 1
                break
            if sibling.tag not in ("p", "div", "span", "address"):
                break
            values.extend(_lines_text(sibling))
            used += 1
            if values and name not in self.d.list_fields:
                break
        if not values:
            return 0
        self.put(name, values if name in self.d.list_fields else " ".join(values))
        return used

    def starts_label(self, el: Any) -> bool:
        """Whether an element opens a labelled fact of its own (a label heading or caption, a label line)."""
        if el.tag == "img":
            return bool(self.d.field_for(el.get("alt") or ""))
        if el.tag in _HEADING_LIKE and _emphasised_only(el) and self.d.field_for(_element_text(el)):
            return True
        if el.tag == "table":
            caption = el.find("caption")
            return caption is not None and bool(self.d.field_for(_element_text(caption)))
        if el.tag in ("p", "div", "span", "address"):
            for segments in _inline_lines(el)[:1]:
                text = squash("".join(t for t, _ in segments))
                match = _LINE_LABEL.match(text)
                if match and self.d.field_for(match.group(1)):
                    return True
                if segments and segments[0][1] and self.d.field_for(segments[0][0]):
                    return True
        return False

    def read_lines(self, el: Any) -> None:
        if not any(isinstance(c.tag, str) and c.tag in _EMPHASIS for c in el):
            text = "".join(el.itertext())
            if ":" not in text and "：" not in text:
                return  # no label line can be in it (a quick test: this runs for every block of every page)
        for line in _inline_segments(el):
            while line and not line[0][0].strip():
                line = line[1:]
            if not line:
                continue
            segments = [(t, e) for t, e, _ in line]
            text = squash("".join(t for t, _ in segments))
            if not text:
                continue
            name, rest = None, ""
            first_text, emphasised = segments[0]
            if emphasised and len(segments) > 1:
                name = self.d.field_for(first_text)
                rest = squash("".join(t for t, _ in segments[1:])).lstrip(":：-–— ").strip()
            if not name or not rest:
                match = _LINE_LABEL.match(text)
                name = self.d.field_for(match.group(1)) if match else None
                rest = match.group(2).strip() if match else ""
            if not name or not rest:
                continue
            if name in LINK_FIELDS:
                links = [a.get("href", "").strip() for _, _, src in line if src is not None
                         for a in src.iter("a")]
                rest = next((h for h in links if h.startswith(("http://", "https://"))), rest)
            self.put(name, self.text_value(name, rest))


@functools.lru_cache(maxsize=8)
def _boilerplate_re(words: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for class/id values naming boilerplate: a word alone or before ``-``/``_``."""
    alternatives = "|".join(re.escape(w) for w in words) or "(?!)"
    return re.compile(rf"(?:^|[\s_])(?:{alternatives})(?:$|[\s_-])")


def _emphasised_only(el: Any) -> bool:
    """A block whose whole text is one emphasised element (``<p><strong>보유 장비</strong></p>``)."""
    if el.tag in ("strong", "b"):
        return True
    children = [c for c in el if isinstance(c.tag, str)]
    return (len(children) == 1 and children[0].tag in ("strong", "b", "em", "span", "label")
            and not (el.text or "").strip() and not (children[0].tail or "").strip())


def _inline_lines(el: Any) -> list[list[tuple[str, bool]]]:
    """The element's own lines (split at ``<br>`` and at block children, whose text is read on its own):
    each line a list of ``(text, emphasised)`` segments."""
    return [[(t, e) for t, e, _ in line] for line in _inline_segments(el)]


def _inline_segments(el: Any) -> list[list[tuple[str, bool, Any]]]:
    """Like :func:`_inline_lines`, each segment with the child element it came from (or None)."""
    lines: list[list[tuple[str, bool, Any]]] = [[]]

    def add(text: str | None, emphasised: bool = False, source: Any = None) -> None:
        if text and text.strip():
            lines[-1].append((text, emphasised, source))
        elif text:
            lines[-1].append((" ", False, None))

    add(el.text)
    for child in el:
        tag = child.tag
        if not isinstance(tag, str):
            add(child.tail)
            continue
        if tag == "br":
            lines.append([])
        elif tag in BLOCK_TAGS and tag != "span" or tag in _CONTAINERS or tag in _SKIP_TAGS:
            lines.append([])  # a block child is read on its own by the walk
        elif tag == "span" and child.find("br") is not None:
            lines.append([])
        else:
            add(_element_text(child), tag in _EMPHASIS or "label" in (child.get("class") or ""), child)
        add(child.tail)
    return [line for line in lines if any(t.strip() for t, _, _ in line)]


def _lines_text(el: Any) -> list[str]:
    out = []
    for segments in _inline_lines(el):
        text = squash("".join(t for t, _ in segments))
        if text:
            out.append(text)
    for child in el:
        if isinstance(child.tag, str) and child.tag in ("p", "div", "li"):
            out.extend(_lines_text(child))
    return out


def list_items(el: Any) -> list[str]:
    """Items of a value: ``<li>`` texts, table rows (cells joined with a space, as read: ``3D프린터 6대``; header
    rows skipped), ``<dd>``
    texts, ``<br>`` lines, else one line split at commas."""
    items = [_element_text(li) for li in el.iterdescendants("li")]
    if items:
        return [i for i in items if i]
    rows = []
    for tr in el.iterdescendants("tr"):
        cells = [c for c in tr if c.tag in ("td", "th")]
        if cells and all(c.tag == "th" for c in cells):
            continue
        text = " ".join(t for t in (_element_text(c) for c in cells) if t)
        if text:
            rows.append(text)
    if rows:
        return rows
    dds = [_element_text(dd) for dd in el.iterdescendants("dd")]
    if dds:
        return [d for d in dds if d]
    lines = _lines_text(el)
    if len(lines) > 1:
        return lines
    text = lines[0] if lines else _element_text(el)
    return [p for p in _SPLIT.split(text) if p.strip()]


_CONTENT_PATHS = ((b"<main", ".//main"), (b"main", ".//*[@role='main']"), (b"<article", ".//article"))


def content_root(root: Any, body: bytes | None = None) -> Any:
    """The part of a page holding its content: the first ``<main>``, ``role="main"`` or ``<article>``, else
    ``<body>`` (else the root). ``body``, the page's lower-cased source, spares the searches it cannot answer."""
    for marker, path in _CONTENT_PATHS:
        if body is not None and marker not in body:
            continue
        found = root.find(path)
        if found is not None:
            return found
    body = root.find("body") if root.tag == "html" else None
    return body if body is not None else root


def read_labels(root: Any, dictionary: LabelDictionary, body: bytes | None = None) -> LabelFacts:
    """Every labelled fact of a page's content (see the module docstring)."""
    reader = _Reader(dictionary)
    reader.walk(content_root(root, body))
    return reader.facts


def iter_labelled(root: Any, dictionary: LabelDictionary) -> Iterator[tuple[str, Any]]:
    """``(field, value)`` of each field read from a page (first occurrence)."""
    yield from read_labels(root, dictionary).fields.items()
