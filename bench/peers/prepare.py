"""What every peer reads from a listing: a normalised name, phone digits and an address key.

Names are normalised the way Korean listings need and nothing more: NFKC, lower case, legal forms ((주), (재),
주식회사, 재단법인 … and Inc./LLC/Ltd.) removed, 센타 → 센터, a 시도 written in full folded to its short form
(``서울특별시`` → ``서울``), punctuation and spacing removed for the key. Addresses and phones are read by the
project's public normalisers (:func:`normalizers.address.parse_address`, :func:`normalizers.phone.parse_phones`);
what they cannot read (a US street address, a 7-digit local number) falls back to plain text rules.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from normalizers.address import parse_address
from normalizers.phone import parse_phones

_BRACKETED_LEGAL = re.compile(r"\((?:주|재|사|유|합|학|의|복|협|사협|특|공|株)\)")
_WORD_LEGAL = re.compile("|".join(sorted(
    ("주식회사", "유한회사", "유한책임회사", "합자회사", "합명회사", "재단법인", "사단법인", "학교법인", "의료법인",
     "사회복지법인", "사회적협동조합", "협동조합", "특수법인"), key=len, reverse=True)))
_LATIN_LEGAL = frozenset(("inc", "incorporated", "llc", "ltd", "limited", "corp", "corporation", "co"))
_SPLIT = re.compile(r"[\W_]+")
_SIDO_SHORT = {
    "서울특별시": "서울", "부산광역시": "부산", "대구광역시": "대구", "인천광역시": "인천", "광주광역시": "광주",
    "대전광역시": "대전", "울산광역시": "울산", "세종특별자치시": "세종", "경기도": "경기", "강원도": "강원",
    "강원특별자치도": "강원", "충청북도": "충북", "충청남도": "충남", "전라북도": "전북", "전북특별자치도": "전북",
    "전라남도": "전남", "경상북도": "경북", "경상남도": "경남", "제주도": "제주", "제주특별자치도": "제주",
}
"""Whole words only: ``경기도서관`` is 경기 + 도서관, not 경기도 + 서관."""
_NOT_DIGIT = re.compile(r"\D")
_LATIN_WORD = re.compile(r"[a-z0-9]+")
_DIRECTIONS = frozenset(("n", "s", "e", "w", "north", "south", "east", "west"))
_HANGUL = re.compile(r"[가-힣]")
_KOREAN_ROAD = re.compile(r"([가-힣0-9]*[가-힣](?:로|길))\s*(\d+(?:-\d+)?)(?!\d)")
_KOREAN_WORD_NUMBER = re.compile(r"([가-힣0-9]*[가-힣])\s*(\d+(?:-\d+)?)(?!\d)")


def name_tokens(name: str) -> list[str]:
    """The words of a name after normalisation (see the module docstring)."""
    s = unicodedata.normalize("NFKC", name).lower()
    s = _BRACKETED_LEGAL.sub(" ", s)
    s = _WORD_LEGAL.sub(" ", s)
    s = s.replace("센타", "센터")
    words = (_SIDO_SHORT.get(w, w) for w in _SPLIT.split(s) if w)
    return [w for w in words if w not in _LATIN_LEGAL]


def name_key(name: str) -> str:
    """The name without spacing and punctuation: equal keys are the exact-name baseline's one rule."""
    return "".join(name_tokens(name))


def name_prefix(key: str) -> str:
    """Blocking prefix: 3 characters of a Hangul name, 6 of any other (a syllable carries about two letters)."""
    if not key:
        return ""
    return key[:3] if "\uac00" <= key[0] <= "\ud7a3" else key[:6]


def phone_keys(text: str) -> tuple[str, ...]:
    """Every telephone number in ``text`` as E.164 digits; a number the parser rejects (a 7-digit local number)
    as its plain digits when there are at least 7."""
    if not text:
        return ()
    parsed = parse_phones(text).value
    if parsed:
        return tuple(dict.fromkeys(p.e164 for p in parsed))
    digits = _NOT_DIGIT.sub("", text)
    return (digits,) if len(digits) >= 7 else ()


def address_keys(text: str) -> tuple[str, str, str]:
    """(시도, 시군구, road key) of an address; empty strings where a part cannot be read.

    The 시도 and 시군구 come from the normaliser: current names (``전라북도`` and
    ``전북특별자치도`` agree), the 시군구 with its 시도 (``대전광역시 서구``).
    The road key is ``road|number``, from the normaliser; where it cannot place the
    address (``서구 코카주로 792``: which 서구?) or finds no road, from the text:
    a Korean road name (a word ending in 로 or 길) and the number after it, else any
    Hangul word and the number after it (a misspelt road, a 리 and its lot number);
    in text without Hangul, the first number and the word after it, directions
    skipped (``221 E. 51st St.`` → ``51st|221``)."""
    if not text:
        return "", "", ""
    address = parse_address(text).value
    sido = sigungu = road = ""
    if address is not None:
        sido = address.sido or ""
        sigungu = f"{sido} {address.sigungu}" if address.sigungu else ""
        if address.road and address.building_no:
            road = f"{address.road}|{address.building_no}"
    if not road:
        road = _road_from_text(unicodedata.normalize("NFKC", text))
    return sido, sigungu, road


def _road_from_text(text: str) -> str:
    if _HANGUL.search(text):
        m = _KOREAN_ROAD.search(text) or _KOREAN_WORD_NUMBER.search(text)
        return f"{m.group(1)}|{m.group(2)}" if m else ""
    words = _LATIN_WORD.findall(text.lower())
    for i, word in enumerate(words):
        if word.isdigit():
            street = next((w for w in words[i + 1:] if w not in _DIRECTIONS), "")
            return f"{street}|{word}" if street else ""
    return ""


@dataclass(frozen=True, slots=True)
class Listing:
    """One input row as the peers see it."""

    id: str
    name: str
    tokens: str
    """Normalised words joined by single spaces (for ``token_set_ratio``)."""
    key: str
    """Normalised name without spaces."""
    phones: tuple[str, ...]
    sido: str
    sigungu: str
    """With its 시도: ``대전광역시 서구``."""
    road: str
    """``road|number``."""


def read_listings(path: Path) -> list[Listing]:
    """Listings of a standalone-format CSV (``id,name`` required; ``address``, ``phone`` used when present);
    every distinct name, address and phone is read once."""
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    names: dict[str, tuple[str, str]] = {}
    phones: dict[str, tuple[str, ...]] = {}
    addresses: dict[str, tuple[str, str, str]] = {}
    out = []
    for row in rows:
        name = (row.get("name") or "").strip()
        forms = names.get(name)
        if forms is None:
            words = name_tokens(name)
            forms = names[name] = (" ".join(words), "".join(words))
        phone = (row.get("phone") or "").strip()
        found = phones.get(phone)
        if found is None:
            found = phones[phone] = phone_keys(phone)
        address = (row.get("address") or "").strip()
        place = addresses.get(address)
        if place is None:
            place = addresses[address] = address_keys(address)
        out.append(Listing(row["id"], name, forms[0], forms[1], found, *place))
    return out


def write_clusters(path: Path, ids: list[str], labels: list[int]) -> None:
    """Write ``id,cluster`` with each cluster named by the id of its first listing in input order."""
    first: dict[int, str] = {}
    with open(path, "w", encoding="utf-8", newline="") as out:
        w = csv.writer(out)
        w.writerow(["id", "cluster"])
        for rid, label in zip(ids, labels, strict=True):
            w.writerow([rid, first.setdefault(label, rid)])
