"""Equipment lines → canonical name, category and count from the taxonomy in config/taxonomy.yaml.

A line is one item ("3D프린터 8대", "레이저커터(2)", "UV 평판 프린터 x2") or a table row with cells joined by
" | " ("3D프린터 | Ultimaker S5 | 2대"); a text may hold several items, split on ``,`` ``;`` ``/`` ``·`` ``、``
`` 및 ``, line breaks and bullets (outside brackets), each with its own count: "3D프린터 3대, 레이저 커터 1대 및
CNC 1대" is three items. Pieces that together spell one synonym ("VR/메타버스 장비") stay one item.

Names match synonyms with spaces and punctuation removed, the longest synonym found winning. An item the taxonomy
does not know gets its printed name folded (NFKC, brackets and spaces removed, Latin letters lower-cased:
"환경 시험 챔버 5대" → "환경시험챔버") under the category ``other``, so that spelling variants still meet.
"""

from __future__ import annotations

import functools
import re
import threading
import unicodedata

from normalizers.memo import Memo
from normalizers.records import Equipment, Parsed
from normalizers.tables import EquipmentItem, Tables, load_tables
from normalizers.text import clean

_UNIT = r"(?:대|개|ea|EA|Ea|set|SET|세트|식|units?|기|자루|벌|조)"
_COUNT_UNIT = re.compile(r"(?:(?<=\s)|(?<=^)|(?<=[(\[:,]))(\d{1,4})\s*" + _UNIT + r"(?![가-힣a-zA-Z])")
_COUNT_BRACKET = re.compile(r"[(\[]\s*(\d{1,4})\s*" + _UNIT + r"\s*[)\]]")
_BARE_BRACKET = re.compile(r"[(\[]\s*(\d{1,4})\s*[)\]]")
"""A number alone in brackets: the count (`3D프린터 (2)`) unless the line gives one with a unit (`CNC 라우터(1325)
1대`: there it is the model)."""
_COUNT_TIMES = re.compile(r"(?:^|\s)[x×X*]\s*(\d{1,4})(?!\d)|(?<=[가-힣a-zA-Z)\s])[x×X*]\s*(\d{1,4})\s*$")
_COUNT_COLON = re.compile(r":\s*(\d{1,4})\s*$")
_KINDS = re.compile(r"\d{1,4}\s*종")
_BARE_COUNT = re.compile(r"^\s*(\d{1,4})\s*" + _UNIT + r"?\s*$")
_BRACKETED = re.compile(r"\s*[(\[]([^()\[\]]*)[)\]]\s*")
_KEY_DROP = re.compile(r"[\s\-_.·,:;'\"`/()\[\]]+")
_SPLIT_TOP = re.compile(r"[,;、\n/·]|\s및\s")
_SEPARATOR = re.compile(r"\s*(?:[,;、\n/·]|\s및\s)\s*")
_BULLET = re.compile(r"^\s*(?:[-•●○◦▶▷►■□▪▫◆◇※*·]+|\d{1,2}[.)](?=\s)|[①-⑳])\s*")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_INLINE_BULLET = re.compile(r"\s+(?:[•●○◦▶▷►■□▪▫◆◇]+|[①-⑳])\s*|^\s*[①-⑳]\s*")
"""A bullet in the middle of a line starts another item ("① 3D프린터 4대 ② 3D스캐너 1대")."""
_EACH = re.compile(r"\s*각\s*(\d{1,4})\s*" + _UNIT + r"?\s*$")
"""``각 1대`` at the end of a list: each item has that count."""
_CONSUMABLE = re.compile(r"필라멘트|레진(?!\s*(?:3D|프린터))|소모품|재료|소재|잉크|토너|원단|노즐|베드|부품|교재")
"""Words that make a piece material or parts for a machine, not the machine."""
_NOT_EQUIPMENT = re.compile(r"준비\s*중|참고|문의|홈페이지|없음|예정|바랍니다|하세요|입니다|확인|추후|공지|미정")
_MANY = re.compile(r"(?<=\S)\s+(?:외\s*)?(?:다수|여러\s*대|수\s*대|다량)\s*$|(?<=\S)\s*외\s*(?:다수|다량)\s*$")
_HEADER = frozenset({"장비명", "장비", "모델명", "모델", "수량", "보유대수", "보유수량", "규격", "비고", "구분", "용도",
                     "equipment", "model", "count", "qty"})
_NOISE = re.compile(r"^(?:등|기타|외|및|-|—|\.|…)+$")


def _key(text: str) -> str:
    return _KEY_DROP.sub("", text.lower())


_seen: dict[int, Tables] = {}


@functools.lru_cache(maxsize=4)
def _matcher(tables_id: int) -> tuple[re.Pattern[str], dict[str, EquipmentItem]]:
    tables = _seen[tables_id]
    by_key: dict[str, EquipmentItem] = {}
    for item in tables.equipment.values():
        for syn in (item.canonical, item.label, *item.synonyms):
            k = _key(clean(syn))
            if k:
                by_key.setdefault(k, item)
    alternatives = sorted(by_key, key=len, reverse=True)
    return re.compile("|".join(re.escape(a) for a in alternatives)), by_key


def _lookup(name: str) -> EquipmentItem | None:
    tables = load_tables()
    _seen[id(tables)] = tables
    pattern, by_key = _matcher(id(tables))
    best = ""
    for m in pattern.finditer(_key(name)):
        if len(m.group(0)) > len(best):
            best = m.group(0)
    return by_key.get(best) if best else None


def _closed_brackets(text: str) -> set[int]:
    """Positions of the brackets that have a partner: an unclosed `(` (`(0,A`) protects no separator."""
    stack: list[int] = []
    out: set[int] = set()
    for i, ch in enumerate(text):
        if ch in "([":
            stack.append(i)
        elif ch in ")]" and stack:
            out.update((stack.pop(), i))
    return out


def _split_items(text: str) -> list[str]:
    """Split at the list separators that are not inside brackets; pieces that together spell one synonym
    ("VR/메타버스 장비") are joined again."""
    if _SPLIT_TOP.search(text) is None:
        return [text.strip()] if text.strip() else []
    parts: list[str] = []
    seps: list[str] = []
    closed = _closed_brackets(text)
    depth, start, i = 0, 0, 0
    while i < len(text):
        ch = text[i]
        if ch in "([" and i in closed:
            depth += 1
        elif ch in ")]" and i in closed:
            depth = max(0, depth - 1)
        elif depth == 0:
            m = _SEPARATOR.match(text, i) if (ch in ",;、\n/·" or text.startswith(" 및 ", i)) else None
            if m and (ch != " " or m.group(0).strip() == "및"):
                parts.append(text[start:i])
                seps.append(text[i : m.end()])
                start = i = m.end()
                continue
        i += 1
    parts.append(text[start:])
    joined: list[str] = [parts[0]]
    for sep, part in zip(seps, parts[1:], strict=True):
        candidate = joined[-1] + sep + part
        mark = sep.strip()
        left, right = _lookup(clean(_take_count(joined[-1])[0])), _lookup(clean(_take_count(part)[0]))
        if mark in ("/", "·") and (
            (_is_synonym(candidate) and not (left is not None and right is not None and left is not right))
            or not (left is not None or right is not None or _take_count(joined[-1])[1] is not None)
        ):
            # "A·B" or "A/B" is a list only when one side is a known machine or A has its own count:
            # "섬유 제조·시험분석 공동 장비 30대" is one item, and so is the synonym "VR/메타버스 장비".
            joined[-1] = candidate
        else:
            joined.append(part)
    return [p.strip() for p in joined if p.strip()]


def _is_item(text: str) -> bool:
    """Whether a piece names a known machine or carries a count of its own."""
    name, count = _take_count(text)
    return count is not None or _lookup(clean(name)) is not None


def _is_synonym(text: str) -> bool:
    """Whether a text is exactly one synonym of the taxonomy (spaces and punctuation aside)."""
    tables = load_tables()
    _seen[id(tables)] = tables
    return _key(clean(_take_count(text)[0])) in _matcher(id(tables))[1]


def _take_count(text: str) -> tuple[str, int | None]:
    text = _MANY.sub("", _KINDS.sub(" ", text))
    for pattern in (_COUNT_BRACKET, _COUNT_UNIT, _COUNT_TIMES, _COUNT_COLON, _BARE_BRACKET):
        m = pattern.search(text)
        if m:
            value = next(g for g in m.groups() if g is not None)
            return (text[: m.start()] + " " + text[m.end() :]).strip(" :-,"), int(value)
    return text, None


@functools.lru_cache(maxsize=65536)
def _parse_line(line: str) -> Equipment | None:
    cells = [c.strip() for c in line.split("|")] if "|" in line else [line]
    cells = [c for c in cells if c and c.lower() not in _HEADER]
    if not cells:
        return None
    count: int | None = None
    name_cell: str | None = None
    item: EquipmentItem | None = None
    rest: list[str] = []
    for cell in cells:
        bare = _BARE_COUNT.match(cell)
        if bare and count is None and len(cells) > 1:
            count = int(bare.group(1))
            continue
        if name_cell is None:
            text, c = _take_count(cell)
            if c is not None and count is None:
                count = c
            found = _lookup(text)
            if found is not None or len(cells) == 1 or not rest:
                name_cell, item = text, found
                continue
        rest.append(cell)
    if name_cell is None:
        return None
    if item is not None and _CONSUMABLE.search(name_cell):
        item = None
    if item is None and _NOT_EQUIPMENT.search(name_cell):
        return None
    model_parts = list(rest)
    name = name_cell
    if item is not None:
        m = _BRACKETED.search(name)
        if m and _lookup(_BRACKETED.sub(" ", name)) is item and not _lookup(m.group(1)):
            model_parts.insert(0, m.group(1).strip())
    name = " ".join(name.split()).strip(" :-,")
    while (bare := _BULLET.sub("", name).strip(" :-,")) != name:  # `:*A`: a bullet behind a colon
        name = bare
    if not name or _NOISE.match(name) or (item is None and not any(ch.isalpha() for ch in name)):
        return None
    model = " ".join(" ".join(model_parts).split()) or None
    if item is None:
        folded = fold_unknown(name)
        if not any(ch.isalpha() for ch in folded):  # only a number was left outside a note (`0[A)`)
            return None
        settled = _settled(folded)
        if settled is None:
            return None
        return Equipment(canonical=settled.canonical, category=settled.category, count=count, original=line,
                         model=model)
    return Equipment(canonical=item.canonical, category=item.category, count=count, original=line, model=model)


_Items = tuple[tuple[tuple, Equipment], ...]
"""(key, item): the key is (canonical, count, model), with the written text added for a second machine of one
line that reads as the same canonical name."""
_RAW_ITEMS: Memo[str, _Items] = Memo(65536)
"""Answers of :func:`_parse_raw` by raw line: sites list the same machines again and again."""


_SETTLING = threading.local()


def _settled(folded: str) -> Equipment | None:
    """The item the folded name of an unknown machine reads as when it is written out and read again, repeated
    until it reads as itself: the stored form must read back as the same item (``format_equipment``). Odd
    leftovers of marks (`A:0-`, `:*A`) settle in a step or two; a name that no longer reads as one item is none."""
    if getattr(_SETTLING, "on", False):
        return Equipment(canonical=folded, category="other", count=None, original=folded, model=None)
    _SETTLING.on = True
    try:
        current = Equipment(canonical=folded, category="other", count=None, original=folded, model=None)
        for _ in range(4):
            items = _parse_raw(current.canonical)
            if len(items) != 1 or items[0][1].count is not None or items[0][1].model is not None:
                return None
            again = items[0][1]
            if again.canonical == current.canonical and again.category == current.category:
                return current
            current = again
        return current
    finally:
        _SETTLING.on = False


def fold_unknown(name: str) -> str:
    """The canonical form of a machine the taxonomy does not know: NFKC, bracketed notes and every space
    removed, Latin letters lower-cased."""
    return unicodedata.normalize("NFKC", "".join(_BRACKETED.sub(" ", clean(name)).split()).lower())


def _parse_raw(raw: str) -> _Items:
    """The items of one raw line or text, in order, each with the key that tells repeats (stored in
    :data:`_RAW_ITEMS`)."""
    # control characters out first: one before a bullet (`\x1b·A`) must not hide the bullet
    lines = [_BULLET.sub("", _CONTROL.sub("", line)) for line in (raw.splitlines() if "\n" in raw else [raw])]
    if "|" in raw:
        pieces = [clean(line) for line in lines if line.strip()]
    else:
        pieces = []
        for line in lines:
            for part in _INLINE_BULLET.split(line):
                pieces.extend(_split_items(clean(part)))
    each = _EACH.search(pieces[-1]) if len(pieces) > 1 else None
    if each:
        pieces[-1] = pieces[-1][: each.start()]
        pieces = [p if _take_count(p)[1] is not None else f"{p} {each.group(1)}대" for p in pieces]
    items = tuple(((eq.canonical, eq.count, eq.model), eq) for eq in map(_parse_line, pieces) if eq is not None)
    if len(items) > 1 and len({key for key, _ in items}) < len(items):
        # two differently written items of one line are two machines even where they read as one canonical name
        # (`함수발생기 4대 / 전원공급기 4대`); the same text twice is one
        seen: dict[tuple, str] = {}
        kept = []
        for key, eq in items:
            first = seen.setdefault(key, eq.original)
            kept.append(((*key, eq.original) if first != eq.original else key, eq))
        items = tuple(kept)
    if getattr(_SETTLING, "on", False):
        return items  # an answer made while settling another name (unknown names not yet settled): not kept
    return _RAW_ITEMS.put(raw, items)


def parse_equipment(lines: str | list[str]) -> Parsed[list[Equipment]]:
    """Read equipment from one text or a list of lines (table rows with " | " cells)."""
    if isinstance(lines, str):
        raw_lines = [lines]
    elif isinstance(lines, (list, tuple)):
        raw_lines = [x for x in lines if isinstance(x, str)]
    else:
        return Parsed(None, f"expected text or a list of lines, got {type(lines).__name__}")
    result = read_lines(raw_lines)
    if not result:
        return Parsed(None, "no equipment found")
    return Parsed(result)


def read_lines(lines: list[str]) -> list[Equipment]:
    """The items of these lines (text only), in order, without repeats; [] when none is found.

    A repeat is an item another line already gave (a page's table and its summary list one machine twice); within
    one line, differently written items are kept apart by their keys (:func:`_parse_raw`)."""
    result: list[Equipment] = []
    seen: set[tuple] = set()
    cached = _RAW_ITEMS.get
    for raw in lines:
        items = cached(raw)
        for key, eq in items if items is not None else _parse_raw(raw):
            if key not in seen:
                seen.add(key)
                result.append(eq)
    return result


def format_equipment(items: list[Equipment]) -> list[str]:
    """One line per item, ``canonical | model | N대``; parsing these lines gives the same items."""
    lines = []
    for e in items:
        cells = [e.canonical]
        if e.model:
            cells.append(e.model)
        if e.count is not None:
            cells.append(f"{e.count}대")
        lines.append(" | ".join(cells))
    return lines


def equipment_to_json(item: Equipment) -> dict[str, object]:
    """The keys the ``parse equipment --json`` command prints."""
    return {"canonical": item.canonical, "category": item.category, "count": item.count}
