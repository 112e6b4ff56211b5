"""Korean telephone numbers → E.164 and a display form, with extensions; several numbers in one field.

Candidates are found by one precompiled pattern and checked against the Korean numbering plan of
``phonenumbers`` (its metadata, compiled once: see :class:`_KoreanPlan`); fax numbers (after 팩스/FAX/F.) are
left out. A range such as ``02-389-7512~3`` gives both numbers.
"""

from __future__ import annotations

import re

import phonenumbers

from normalizers.records import Parsed, Phone
from normalizers.text import clean

_CANDIDATE = re.compile(
    r"(?<![\d])(?:\+\s?82[\s.\-]*\(?0?\)?[\s.\-]*|\(?0)"
    r"(?P<area>\d{1,3})\)?[\s.\-)]*(?P<mid>\d{3,4})[\s.\-]*(?P<last>\d{4})(?!\d)"
    r"|(?<![\d\-])(?P<svc>1[5-9]\d{2})[\s.\-]*(?P<svclast>\d{4})(?!\d)"
)
# _RANGE and _EXTENSION are matched at the end of a candidate (``pattern.match(s, end)``).
_RANGE = re.compile(r"(?:\s*~\s*|/|\s*,\s*(?=\d{4}(?![\d\-])))(\d{1,4})(?![\d\-)])")
"""A range or a sibling number given by its last digits: ``~3`` (to …3), ``/3``, ``, 5690``."""
_FAX_AFTER = re.compile(r"\s*[(\[]?\s*(?:팩스|fax|F)\s*[)\]]", re.I)
_EXTENSION = re.compile(r"\s*[,(]?\s*(?:내선(?:번호)?|교환|ext\.?|extension|x|#)\s*[:.]?\s*(\d{1,5})\)?", re.I)
_FAX_BEFORE = re.compile(
    r"(?:(?:팩스|fax|전송)\s*(?:번호|no\.?|number)?|F\s*[.:)]|(?<![A-Za-z])F\s)\s*[:.)]?\s*$", re.I)
"""A fax label right before a number (``팩스번호: 02-…``, ``FAX No. 02-…``, ``F. 02-…``), looked for in the
:data:`_FAX_WINDOW` characters before it."""
_FAX_WINDOW = 12
_PLAIN = re.compile(r"0\d{1,2}-\d{3,4}-\d{4}", re.ASCII)
"""A whole field that is one number in the usual form: :data:`_CANDIDATE` finds exactly it, with no fax label,
extension or range around it, and its digits are those of the text."""
_FAX_ANYWHERE = re.compile(r"팩스|fax|F\s*[.:)]|(?<![A-Za-z])F\s|전송", re.I)
"""Text without this has no fax label, so no candidate needs the look back."""


class _KoreanPlan:
    """The Korean numbering plan of ``phonenumbers``' own metadata, compiled once.

    ``valid`` answers as ``phonenumbers.is_valid_number_for_region(number, "KR")`` (the number matches the
    general description and one number type, by length and pattern), ``national`` as ``format_number(number,
    NATIONAL)`` (the first format whose leading digits and pattern fit, with the national prefix rule); both
    without the library's per-call pattern lookups. ``tests/normalizers`` checks them against the library."""

    def __init__(self) -> None:
        meta = phonenumbers.PhoneMetadata.metadata_for_region("KR")
        assert meta is not None
        types = (meta.premium_rate, meta.toll_free, meta.shared_cost, meta.voip, meta.personal_number, meta.pager,
                 meta.uan, meta.voicemail, meta.fixed_line, meta.mobile)
        self._general = self._desc(meta.general_desc)
        self._types = [d for d in map(self._desc, types) if d is not None]
        self._by_length: dict[int, tuple[re.Pattern[str], re.Pattern[str]] | None] = {}
        self._formats: list[tuple[re.Pattern[str] | None, re.Pattern[str], str]] = []
        for nf in meta.number_format:
            leading = re.compile(nf.leading_digits_pattern[-1]) if nf.leading_digits_pattern else None
            rule = nf.format
            if nf.national_prefix_formatting_rule:
                rule = _FIRST_GROUP.sub(nf.national_prefix_formatting_rule, rule, count=1)
            escaped = rule.replace("{", "{{").replace("}", "}}")
            template = _GROUP_REF.sub(lambda m: f"{{{int(m.group(1)) - 1}}}", escaped)
            self._formats.append((leading, re.compile(nf.pattern), template))
        self._widths = [None if leading is None else _prefix_width([leading.pattern])
                        for leading, _, _ in self._formats]
        self._by_prefix: dict[str, list[tuple[re.Pattern[str] | None, re.Pattern[str], str]]] = {}

    @staticmethod
    def _desc(desc: phonenumbers.PhoneNumberDesc | None) -> tuple[frozenset[int], str] | None:
        if desc is None or not desc.national_number_pattern:
            return None
        return frozenset(desc.possible_length or ()), desc.national_number_pattern

    def _for_length(self, length: int) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
        """(general pattern, any-type pattern) for numbers of this length; None when none can be valid."""
        if length not in self._by_length:
            entry = None
            fitting = [pattern for lengths, pattern in self._types if not lengths or length in lengths]
            if self._general is not None and fitting and (not self._general[0] or length in self._general[0]):
                entry = re.compile(self._general[1]), re.compile("|".join(f"(?:{p})" for p in fitting))
            self._by_length[length] = entry
        return self._by_length[length]

    def valid(self, nsn: str) -> bool:
        """Whether the national significant number is a valid Korean number."""
        entry = self._for_length(len(nsn))
        return entry is not None and entry[0].fullmatch(nsn) is not None and entry[1].fullmatch(nsn) is not None

    def national(self, nsn: str) -> str:
        """The national display form, e.g. 02-3677-1349."""
        for leading, pattern, template in self._candidates(nsn):
            if leading is None or leading.match(nsn):
                m = pattern.fullmatch(nsn)
                if m:
                    return template.format(*m.groups())
        return nsn

    def _candidates(self, nsn: str) -> list[tuple[re.Pattern[str] | None, re.Pattern[str], str]]:
        """The formats, in order, whose leading digits may fit ``nsn``: cached by its first
        :data:`_PREFIX_LENGTH` digits. A leading-digits pattern that never looks further (see
        :func:`_prefix_width`) is decided by them and comes without it (fits) or not at all; any other comes
        with its pattern, to try on the whole number."""
        head = nsn[:_PREFIX_LENGTH]
        found = self._by_prefix.get(head)
        if found is None:
            found = []
            for (leading, pattern, template), width in zip(self._formats, self._widths, strict=True):
                if leading is None or (width is not None and width <= _PREFIX_LENGTH and leading.match(head)):
                    found.append((None, pattern, template))
                elif width is None or width > _PREFIX_LENGTH:
                    found.append((leading, pattern, template))
            if len(self._by_prefix) >= 4096:
                self._by_prefix.clear()
            self._by_prefix[head] = found
        return found


_PREFIX_LENGTH = 3
"""Leading digits the format candidates are cached by (1,000 entries for ASCII digits)."""


def _prefix_width(patterns: list[str]) -> int | None:
    """A number of characters that alone decide whether each of these patterns matches at the start of a text,
    when each is made only of digits, digit classes, alternatives and plain, non-capturing or optional groups:
    such a pattern consumes at most :func:`_width` characters and looks at nothing beyond them. None when a
    pattern has anything else (an anchor, look-around or repeat)."""
    if any(not _SIMPLE_PATTERN.fullmatch(p) for p in patterns):
        return None
    return max((_width(_TOKEN.findall(p), 0)[0] for p in patterns), default=0)


def _width(tokens: list[str], i: int) -> tuple[int, int]:
    """(most characters the alternatives starting at ``tokens[i]`` consume, index after them)."""
    widest = length = 0
    while i < len(tokens):
        token = tokens[i]
        if token == "|":
            widest, length = max(widest, length), 0
        elif token.startswith("("):
            inner, i = _width(tokens, i + 1)
            length += inner
        elif token.startswith(")"):
            break
        else:
            length += 1
        i += 1
    return max(widest, length), i


_SIMPLE_PATTERN = re.compile(r"(?:[0-9|]|\[[0-9\-]+\]|\((?:\?:)?|\)\??)*")
_TOKEN = re.compile(r"\[[0-9\-]+\]|[0-9|]|\((?:\?:)?|\)\??")
_FIRST_GROUP = re.compile(r"(\\\d)")
_GROUP_REF = re.compile(r"\\(\d)")
_PLAN = _KoreanPlan()


def _check(digits: str) -> tuple[str, str] | None:
    """(E.164, display) for a national number such as 0236771349, or None when not a valid number (not cached:
    numbers rarely repeat, and the check costs about as much as a cache miss)."""
    nsn = digits.lstrip("0") or "0"
    if not _PLAN.valid(nsn):
        return None
    if len(nsn) == 11 and nsn.startswith("50"):
        # 050X personal (safe) numbers are written 0507-1234-5678, not as the library's 050-71234-5678.
        return "+82" + nsn, f"0{nsn[:3]}-{nsn[3:7]}-{nsn[7:]}"
    return "+82" + nsn, _PLAN.national(nsn)


def parse_phones(text: str) -> Parsed[list[Phone]]:
    """Read every telephone number in ``text`` (fax numbers excluded), in order, without repeats."""
    if not isinstance(text, str):
        return Parsed(None, f"expected text, got {type(text).__name__}")
    s = clean(text)
    if not s:
        return Parsed(None, "empty phone field")
    if _PLAIN.fullmatch(s):  # the usual "031-123-4567": one candidate, nothing around it
        checked = _check(s.replace("-", ""))
        if checked is None:
            return Parsed(None, "no valid Korean telephone number")
        return Parsed([Phone(e164=checked[0], display=checked[1])])
    phones: list[Phone] = []
    seen: set[tuple[str, str | None]] = set()
    invalid = 0
    # The letters a fax label needs, tested in C before the pattern with its look-behind runs.
    fax_labels = ("F" in s or "f" in s or "팩" in s or "전송" in s) and _FAX_ANYWHERE.search(s) is not None
    for m in _CANDIDATE.finditer(s):
        start, end = m.span()
        if fax_labels and (_FAX_BEFORE.search(s[max(0, start - _FAX_WINDOW) : start]) or _FAX_AFTER.match(s, end)):
            continue
        area, mid, last, svc, svclast = m.groups()
        digits = svc + svclast if svc else "0" + area + mid + last
        ext_m = _EXTENSION.match(s, end) if end < len(s) else None
        extension = ext_m.group(1) if ext_m else None
        range_m = _RANGE.match(s, end) if end < len(s) and not ext_m else None
        numbers = [digits]
        while range_m:
            tail = range_m.group(1)
            last_number = digits[: len(digits) - len(tail)] + tail
            if "~" in range_m.group(0) and 1 < int(last_number) - int(digits) <= 20:
                width = len(digits)
                numbers.extend(f"{n:0{width}d}" for n in range(int(digits) + 1, int(last_number) + 1))
                break
            numbers.append(last_number)
            # siblings listed on: `02-1234-5678, 5679, 5680`
            range_m = _RANGE.match(s, range_m.end()) if "~" not in range_m.group(0) else None
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
