"""Korean telephone numbers → E.164 and a display form, with extensions; several numbers in one field.

Candidates are found by one precompiled pattern and checked by ``phonenumbers``; fax numbers (after 팩스/FAX/F.)
are left out. A range such as ``02-389-7512~3`` gives both numbers.
"""

from __future__ import annotations

import functools
import re

import phonenumbers

from normalizers.records import Parsed, Phone
from normalizers.text import clean

_CANDIDATE = re.compile(
    r"(?<![\d])(?:\+\s?82[\s.\-]*\(?0?\)?[\s.\-]*|\(?0)"
    r"(?P<area>\d{1,3})\)?[\s.\-)]*(?P<mid>\d{3,4})[\s.\-]*(?P<last>\d{4})(?!\d)"
    r"|(?<![\d\-])(?P<svc>1[5-9]\d{2})[\s.\-]*(?P<svclast>\d{4})(?!\d)"
)
_RANGE = re.compile(r"^(?:\s*~\s*|/)(\d{1,4})(?![\d\-)])")
_EXTENSION = re.compile(r"^\s*[,(]?\s*(?:내선|교환|ext\.?|extension|x|#)\s*[:.]?\s*(\d{1,5})\)?", re.I)
_FAX_BEFORE = re.compile(r"(?:팩스|fax|F\s*[.:)]|전송)\s*[:.)]?\s*$", re.I)


@functools.lru_cache(maxsize=65536)
def _check(digits: str) -> tuple[str, str] | None:
    """(E.164, display) for a national number such as 0236771349, or None when not a valid number."""
    number = phonenumbers.PhoneNumber(country_code=82, national_number=int(digits.lstrip("0") or "0"))
    if not phonenumbers.is_valid_number_for_region(number, "KR"):
        return None
    return (
        phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164),
        phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL),
    )


def parse_phones(text: str) -> Parsed[list[Phone]]:
    """Read every telephone number in ``text`` (fax numbers excluded), in order, without repeats."""
    if not isinstance(text, str):
        return Parsed(None, f"expected text, got {type(text).__name__}")
    s = clean(text)
    if not s:
        return Parsed(None, "empty phone field")
    phones: list[Phone] = []
    seen: set[tuple[str, str | None]] = set()
    invalid = 0
    for m in _CANDIDATE.finditer(s):
        if _FAX_BEFORE.search(s[max(0, m.start() - 8) : m.start()]):
            continue
        if m.group("svc"):
            digits = m.group("svc") + m.group("svclast")
        else:
            digits = "0" + m.group("area") + m.group("mid") + m.group("last")
        after = s[m.end() :]
        ext_m = _EXTENSION.match(after)
        extension = ext_m.group(1) if ext_m else None
        numbers = [digits]
        range_m = _RANGE.match(after)
        if range_m and not ext_m:
            tail = range_m.group(1)
            numbers.append(digits[: len(digits) - len(tail)] + tail)
        for d in numbers:
            checked = _check(d)
            if checked is None:
                invalid += 1
                continue
            key = (checked[0], extension)
            if key not in seen:
                seen.add(key)
                phones.append(Phone(e164=checked[0], display=checked[1], extension=extension))
    if not phones:
        return Parsed(None, "no valid Korean telephone number" if invalid else "no telephone number found")
    return Parsed(phones)


def format_phones(phones: list[Phone]) -> str:
    """Print numbers as ``02-3677-1349 내선 12, 010-1234-5678``; parsing this gives the same list."""
    return ", ".join(p.display + (f" 내선 {p.extension}" if p.extension else "") for p in phones)


def phone_to_json(phone: Phone) -> dict[str, str | None]:
    """The keys the ``parse phone --json`` command prints."""
    return {"e164": phone.e164, "display": phone.display, "extension": phone.extension}
