"""Matching forms of names, addresses, phones and homepages.

These are keys for comparison only (never shown): lower case, NFKC, no spacing or punctuation, legal forms
removed, Korean spelling variants folded (센타→센터), 시도 short forms folded to one code. They use the parts that
normalizers already split out when present and fall back to reading the printed text, so the same functions work
for Korean records, records without Korean normalisation (e.g. US addresses) and the standalone CSV mode.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from normalizers.numbering import AREA_CODES
from normalizers.records import Address

_LEGAL = re.compile(
    r"\((?:주|재|사|유|합|복|의)\)|주식회사|유한회사|유한책임회사|합자회사|재단법인|사단법인|사회복지법인|학교법인|의료법인"
    r"|\b(?:inc|incorporated|llc|ltd|limited|corp|corporation|co|company|nfp|pc)\b\.?"
)
_FOLDS = (("센타", "센터"), ("프린팅", "프린터"), ("센터", "센터"), ("centre", "center"),
          ("&", " and "), ("@", " at "))
_NON_WORD = re.compile(r"[^0-9a-z가-힣]+")
_WORD_FOLDS = {"ctr": "center", "comm": "community", "acad": "academy", "dev": "development", "inst": "institute",
               "svcs": "services", "svc": "service", "assn": "association", "univ": "university", "mt": "mount"}
"""Common English abbreviations in facility names, folded word by word (as 센타→센터 above)."""
_TAIL = re.compile(r"(?:본점|본원)$")
def _nfkc_lower(text: str) -> str:
    return _nfkc(text).lower()


def _nfkc(text: str) -> str:
    """NFKC form (most names and addresses are already NFKC: a fast check skips the conversion)."""
    return text if unicodedata.is_normalized("NFKC", text) else unicodedata.normalize("NFKC", text)


def name_tokens_uncached(name: str | None) -> str:
    """:func:`name_tokens` without the cache (for callers that already work on distinct names)."""
    if not name:
        return ""
    s = _nfkc(name).lower().replace("'", "").replace("?s ", "s ")
    s = _LEGAL.sub(" ", s)
    for a, b in _FOLDS:
        s = s.replace(a, b)
    return " ".join([_WORD_FOLDS.get(w, w) for w in _NON_WORD.split(s) if w])


name_tokens = lru_cache(maxsize=1 << 18)(name_tokens_uncached)
name_tokens.__doc__ = """Name as lower-case words separated by single spaces, legal forms removed ("" when empty)."""


def key_of_tokens(tokens: str) -> str:
    """The name key of :func:`name_tokens` output: no spaces, no 본점 tail."""
    return _TAIL.sub("", tokens.replace(" ", ""))


@lru_cache(maxsize=1 << 18)
def name_key(name: str | None) -> str:
    """Matching key of a name: :func:`name_tokens` without spaces and without a 본점 tail."""
    return key_of_tokens(name_tokens(name))


# ---------------------------------------------------------------- regions
_SIDO_FORMS = {
    "서울": ("서울특별시", "서울시", "서울"), "부산": ("부산광역시", "부산시", "부산"),
    "대구": ("대구광역시", "대구시", "대구"), "인천": ("인천광역시", "인천시", "인천"),
    "광주": ("광주광역시", "광주시", "광주"), "대전": ("대전광역시", "대전시", "대전"),
    "울산": ("울산광역시", "울산시", "울산"), "세종": ("세종특별자치시", "세종시", "세종"), "경기": ("경기도", "경기"),
    "강원": ("강원특별자치도", "강원도", "강원"), "충북": ("충청북도", "충북"), "충남": ("충청남도", "충남"),
    "전북": ("전북특별자치도", "전라북도", "전북"), "전남": ("전라남도", "전남"), "경북": ("경상북도", "경북"),
    "경남": ("경상남도", "경남"), "제주": ("제주특별자치도", "제주도", "제주"),
}
SIDO_CODE: dict[str, str] = {form: code for code, forms in _SIDO_FORMS.items() for form in forms}
"""Every printed form of a 시도 → its two-syllable code."""

_ROAD = re.compile(r"([0-9a-z가-힣]+?(?:대로|로|길)(?:\s*\d+(?:번)?(?:가|안)?길)?)\s*(\d+(?:-\d+)?)(?![0-9가-힣])")
_RANGE = re.compile(r"\b(\d+)-\d+\b")
"""A building-number range ("3450-54 West 79th Street"): the first number is the building's."""
_SIGUNGU = re.compile(r"^[가-힣]+(?:시|군|구)$")
_EMD = re.compile(r"^[가-힣0-9]+(?:동|읍|면|가)$")
_DIRECTIONS = {"north": "n", "south": "s", "east": "e", "west": "w", "n": "n", "s": "s", "e": "e", "w": "w"}
_DIRECTION_CODES = frozenset("nsew")
_STREET_TYPES = {"st", "street", "ave", "av", "avenue", "rd", "road", "blvd", "boulevard", "dr", "drive", "pl", "place",
                 "pkwy", "parkway", "ct", "court", "ln", "lane", "hwy", "highway", "ter", "terrace", "way", "sq"}
_UNIT = {"rm", "room", "suite", "ste", "unit", "fl", "floor", "apt", "bldg", "building"}


def sido_code(text: str | None) -> str:
    """Two-syllable 시도 code for any printed form ("" when unknown)."""
    return SIDO_CODE.get((text or "").strip(), "")


def parse_printed(text: str) -> tuple[str, str, str, str]:
    """(sido, sigungu, road, building_no) read from a printed address; "" for parts not found."""
    s = _nfkc_lower(text)
    if _HANGUL.search(s):
        tokens = s.replace(",", " ").split()
        sido = sido_code(tokens[0]) if tokens else ""
        rest = tokens[1:] if sido else tokens
        sigungu = ""
        for tok in rest[:3]:
            # `내포신도시`, `혁신도시` name a new town, not a 시
            if _SIGUNGU.match(tok) and not tok.endswith(("로", "길", "도시")):
                sigungu = tok  # keep the innermost (일반구 of a 시)
            elif not _EMD.match(tok):
                break
        m = _ROAD.search(" ".join(rest))
        road, number = (m.group(1).replace(" ", ""), m.group(2)) if m else ("", "")
        return sido, sigungu, road, number
    words = [w for w in _NON_WORD.split(_RANGE.sub(r"\1", s.replace("'", ""))) if w]
    number, road_words = "", []
    for i, w in enumerate(words):
        if w.isdigit() and not number:
            number = w
            for w2 in words[i + 1:]:
                if w2 in _UNIT or w2 in _STREET_TYPES:
                    break
                road_words.append(_DIRECTIONS.get(w2, w2))
                if road_words[-1] not in _DIRECTION_CODES or len(road_words) >= 2:
                    break
            break
    if all(w in _DIRECTION_CODES for w in road_words):
        road_words = []  # `4910 S Dr. Martin Luther King Dr`: a direction alone names no street (the title was read as
        # the street type); no road rather than a road called `s` that every other listing of it contradicts
    return "", "", " ".join(road_words), number


_parse_printed = lru_cache(maxsize=65536)(parse_printed)


def address_parts(address: Address | None) -> tuple[str, str, str, str, str, str]:
    """(sido code, sigungu, road key, building number, floor, postal code) of an address; "" for missing parts.

    ``sigungu`` is the 시군구 as the normalisers give it, with its 일반구 (``수원시 영통구``). Parts split out by
    normalizers win; the printed text fills in what they left empty.
    """
    if address is None:
        return "", "", "", "", "", ""
    sido = sido_code(address.sido)
    sigungu = " ".join((address.sigungu or "").split())
    road = (address.road or "").replace(" ", "").lower()
    number = address.building_no or ""
    if address.original and not (road and number and (sido or sigungu)):
        p_sido, p_sgg, p_road, p_no = _parse_printed(address.original)
        sido, sigungu = sido or p_sido, sigungu or p_sgg
        if not (road and number):
            road, number = p_road, p_no
    postal = _NOT_DIGIT.sub("", address.postal_code or "")
    floor = floor_of(address.detail or "") if address.detail else (
        floor_of(address.original) if address.original and not address.road else "")
    return sido, sigungu, road, number, floor, postal if len(postal) >= 5 else ""


_DONG_NUMBER = re.compile(r"(?:[\d.·,]+가?[\d.·,]*|(?<=[가-힣])본)(?=동$)")
"""The numbered parts of a 동's name: `시흥2동`, `성수1가1동`, `종로1.2.3.4가동`, `면목본동`."""
_GA = re.compile(r"(?<=[가-힣])동?[\d.·,]+가$")
"""A legal 동 of numbered 가: `성수동1가`, `을지로3가` (its administrative 동 is `성수1가1동`, `을지로동`)."""


def dong_of(address: Address | None) -> str:
    """The 동/읍/면 an address gives, as one key for its legal and administrative forms (`시흥2동` and `시흥동`,
    `성수1가1동` and `성수동1가` → `성수동`, `을지로3가` and `을지로동`); "" when none."""
    dong = (address.eupmyeondong or "").replace(" ", "") if address is not None else ""
    if _GA.search(dong):
        return _GA.sub("", dong) + "동"
    return _DONG_NUMBER.sub("", dong)


_BASEMENT = re.compile(r"(?:지하|b)\s*(\d{1,2})\s*(?:층|f\b)?", re.I)
_FLOOR = re.compile(r"(?<![\d-])(\d{1,2})\s*(?:~\s*\d{1,2}\s*)?(?:층|f\b|floor)", re.I)
_ROOM = re.compile(r"(?<![\d-])(\d{1,2})(\d{2})\s*호")


def floor_of(detail: str) -> str:
    """The floor a detail names: ``3층`` → ``3``, ``지하1층``/``B1`` → ``b1``, ``301호`` → ``3`` ("" when none)."""
    if not detail:
        return ""
    if (m := _BASEMENT.search(detail)) is not None:
        return "b" + str(int(m.group(1)))
    if (m := _FLOOR.search(detail)) is not None:
        return str(int(m.group(1)))
    if (m := _ROOM.search(detail)) is not None:
        return str(int(m.group(1)))
    return ""


_URL_TAIL = re.compile(r"/(?:index|default|main)\.(?:html?|php|do|jsp|asp)$|/+$")


def url_key(url: str | None) -> str:
    """A homepage as host + path: lower-case host without scheme, ``www.``/``m.`` and port; path without a
    trailing slash or index page; query kept (a portal's page of one facility is told apart by it)."""
    if not url:
        return ""
    s = url.strip()
    s = re.sub(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", "", s)
    s = s.split("#", 1)[0]
    host, _, rest = s.partition("/")
    host = host.lower().split(":", 1)[0].removeprefix("www.").removeprefix("m.")
    if "." not in host:
        return ""
    path = _URL_TAIL.sub("", "/" + rest) if rest else ""
    return host + path


_ROAD_SUFFIX = re.compile(r"(?:\d+(?:번)?(?:가|안)?길|대로|로|길)$")


def road_latin(road: str) -> str:
    """A Latin key of a road name's stem, to compare a Hangul road with an English address's (``달구벌대로`` ~
    ``Dalgubeol-daero``, both ``dangubeon``)."""
    from dedupe.romanize import latin_key

    if not road:
        return ""
    stem = road
    if _HANGUL.search(road):
        for _ in range(2):  # 계양산로134번길 → 계양산로 → 계양산
            stem = _ROAD_SUFFIX.sub("", stem) or stem
    return latin_key(stem)  # printed English roads arrive as their stem already (`Dalgubeol-daero` → dalgubeol)


_NOT_DIGIT = re.compile(r"\D")
_PHONE_SPLIT = re.compile(r"[,;/]|\s{2,}|\bor\b|\n")
_HANGUL = re.compile(r"[가-힣]")


def phone_digits(text: str | None) -> str:
    """National digits of a phone number: +82-2-123-4567 → 021234567 ("" when fewer than 7 digits)."""
    digits = _NOT_DIGIT.sub("", text or "")
    if digits.startswith("82") and len(digits) >= 10 and (text or "").lstrip().startswith("+"):
        digits = "0" + digits[2:]
    elif digits.startswith("82") and len(digits) in (11, 12) and not digits.startswith("820"):
        digits = "0" + digits[2:]
    elif len(digits) == 11 and digits.startswith("1"):
        digits = digits[1:]
    return digits if len(digits) >= 7 else ""


_SIDO_AREA_CODE = {sido_code(name): code for code, name in AREA_CODES.items()}
"""The area code of each 시도 (by :func:`sido_code`), from the numbering plan."""


def local_number(digits: str) -> bool:
    """Whether phone digits are a Korean local number without its area code: seven or eight digits, 2–9 first."""
    return 7 <= len(digits) <= 8 and digits[0] in "23456789"


def with_area_code(digits: str, sido: str) -> str:
    """A local number printed without its area code (`390-3082`, as a press line or a card within one region
    prints it) completed with the area code of the listing's 시도; other numbers unchanged."""
    if sido in _SIDO_AREA_CODE and local_number(digits):
        return _SIDO_AREA_CODE[sido] + digits
    return digits


def split_phones(text: str | None) -> list[str]:
    """All phone numbers in a free-text field, as :func:`phone_digits`."""
    if not text:
        return []
    if len(text) <= 16:  # one number
        d = phone_digits(text)
        return [d] if d else []
    parts = _PHONE_SPLIT.split(text)
    out = [d for p in parts if (d := phone_digits(p))]
    return list(dict.fromkeys(out))


def domain_of(url: str | None) -> str:  # kept for callers outside matching
    """Registrable-ish host of a homepage: lower case, no scheme, no ``www.``, no port ("" when none)."""
    if not url:
        return ""
    s = url.strip().lower()
    s = re.sub(r"^[a-z][a-z0-9+.-]*://", "", s)
    host = re.split(r"[/?#:]", s, maxsplit=1)[0]
    host = host.removeprefix("www.").removeprefix("m.")
    return host if "." in host else ""
