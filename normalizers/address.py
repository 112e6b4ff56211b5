"""Korean addresses: 시도/시군구 (today's names, by date), road name and building number, 지번, detail, postal code.

``parse_address("[03154] 서울 종로구 세종대로 209, 3층 (세종로)")`` gives sido 서울특별시, sigungu 종로구,
road 세종대로, building_no 209, detail 3층, note 세종로, postal_code 03154. :func:`format_address` prints an
Address back in the standard order, so that parsing its output gives the same parts.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from dataclasses import replace

from normalizers.address_en import ENGLISH, read_english
from normalizers.address_format import address_to_json, format_address
from normalizers.records import Address, Parsed
from normalizers.regions import RegionIndex, region_index
from normalizers.text import clean

__all__ = ["address_to_json", "format_address", "parse_address"]

_LABEL = re.compile(r"^(?:주\s*소|소재지|위\s*치|도로명\s*주소|도로명|지번\s*주소|지번|address)\s*[:：]?\s*", re.I)
_POSTAL_LABELLED = re.compile(r"[(\[]?(?:우편번호|\(우\)|우\)|우)\s*[:.]?\s*[)\]]?\s*(\d{3}-\d{3}|\d{5,6})[)\]]?")
_POSTAL_LEADING = re.compile(r"^[(\[]?(\d{3}-\d{3}|\d{5})[)\]]?\s+")
_POSTAL_BRACKETED = re.compile(r"\s*[(\[](\d{5})[)\]]\s*")
_BRACKETED_CODE = re.compile(r"[(\[]\d{5}[)\]]")
"""The core of :data:`_POSTAL_BRACKETED` without the spaces around: searched first, it skips (in C) the positions
where no code starts."""
_ROAD = re.compile(r"^(?:(?:[가-힣]|\d+·?\d*[가-힣])[가-힣A-Za-z0-9·.]*?(?:대로|로|길)|\d+·\d+(?:대로|로|길))"
                   r"(?:\d+(?:번)?[가-힣]?길)?$")
"""A road name: Hangul (and digits) ending in 로/대로/길, or a date's digits (대구 `2·28길`, 창원 `3·15대로`)."""
_ROAD_ENDS = frozenset("로길")
"""The last character of anything :data:`_ROAD` matches (words hold no line break for its ``$``)."""
_DONG_ENDS = frozenset("읍면동가리")
"""The last character of anything :data:`_DONG` matches."""
_ROAD_CONT = re.compile(r"^\d+(?:번)?[가-힣]?길$")
_ROAD_CONT_GLUED = re.compile(r"^(\d+(?:번)?[가-힣]?길)(\d{1,5}(?:-\d{1,5})?)(?:번지|번)?,?$")
"""A road's numbered part with the building number glued on: 12길19, 25번길9."""
_NUMBERED_ROAD = re.compile(r"^\d+(?:번)?[가-힣]?(?:로|길|대로)$")
_DONG_LOT = re.compile(r"^([가-힣][가-힣0-9·]*?(?:읍|면|동|가|리))(\d{1,5}(?:-\d{1,5})?)$")
"""A 읍면동/리 with the lot number glued on: 용평리478-3."""
_NUMBER = re.compile(r"^(\d{1,5}(?:-\d{1,5})?)(?:번지|번)?$")
_DONG = re.compile(r"^[가-힣][가-힣0-9·]*(?:읍|면|동|가|리)$")
_NOTE = re.compile(r"\s*\(([^()]*)\)\s*$")
_GLUE_SPACE = re.compile(r"\s*,(?!\d{3}(?:\D|$))\s*")
_PAREN_SPACE = re.compile(r"(?<=[^\s(])\(")
_LABEL_FIRST = frozenset("주소위도지aA")
"""A text can start with a label (:data:`_LABEL`) only when it starts with one of these."""
_SKIP = frozenset({"소재", "내", "일대", "일원"})
_AROUND = frozenset({"일대", "일원", "부근", "인근", "일대지", "일원지"})
"""A detail that only says "and around": not a detail."""
_FLOOR_ONLY = re.compile(r"^(?:지하\s*)?\d+(?:[~\-]\d+)?층(?:\s*\d+호)?$|^\d+호$|^[Bb]\d+층?$")
_POSTAL_FIRST = frozenset("([0123456789")
"""A text can hold a leading postal code only when it starts with one of these."""
_ROAD_GLUED = re.compile(r"^(.+?(?:대로|로|길))(\d{1,5}(?:-\d{1,5})?)(?:번지|번)?$")
"""A road name with its building number glued on: 세종대로209."""
_NUMBER_GLUED = re.compile(r"^(\d{1,5}(?:-\d{1,5})?)(?:번지|번)?,(.*\D.*)$")
"""A building number with the detail glued on after a comma: 209,301호 (not a number such as 1,234)."""
_PLACE = re.compile(r"^[가-힣]{2,8}$")
_NOT_PLACE = ("빌딩", "타워", "센터", "센타", "회관", "층", "호", "프라자", "플라자", "아파트", "상가", "단지",
              "캠퍼스")
"""A word before a lot number is read as a place name (a 리 or 동 printed without its suffix) unless it ends so."""


def parse_address(text: str, *, on_date: dt.date | None = None) -> Parsed[Address]:
    """Read an address; names of 시도/시군구 are those in force on ``on_date`` (default today).

    Returns ``Parsed(None, reason)`` when no 시도 or 시군구 can be read (a road alone anchors nothing). English
    addresses (``110 Sanghabeol-ro, Gwacheon-si, Gyeonggi-do``) are read through :mod:`normalizers.address_en`.
    """
    if not isinstance(text, str):
        return Parsed(None, f"expected text, got {type(text).__name__}")
    day = on_date or _today()
    s = clean(text)
    if not s:
        return Parsed(None, "empty address")
    if s[0] in _LABEL_FIRST:
        s = _LABEL.sub("", s)
    if s.isascii() and ENGLISH.search(s):
        return _parse_english(text, s, day)
    s, postal, legacy = _take_postal(s)
    if "," in s and (s.count(",") != s.count(", ") or " ," in s or ",  " in s):
        # A comma with no space before and one space after is already as the pattern leaves it (the only
        # whitespace in cleaned text is the space).
        s = _GLUE_SPACE.sub(", ", s)
    if "(" in s and s.count("(") != s.count(" (") + (s[0] == "("):
        s = _PAREN_SPACE.sub(" (", s)  # (a bracket already after a space, or first, is kept)
    s = s.strip(" ,")
    if "?" in s:  # a character the publisher's encoding lost
        s = " ".join(s.replace("?", " ").split())
    index = region_index()
    words = _split_glued(s.split(" ") if s else [], index)
    first, context_free = index.read_checked(words, day)
    consumed = first.consumed
    if consumed and consumed < len(words) and (words[consumed] in words[:consumed]
                                               or words[consumed] in index.sido_alias):
        words = _skip_repeated_region(words, consumed, index)
    rest_dongs, road, building_no, jibun, detail, note = _read_rest(words[first.consumed :])
    region = first
    if not context_free and (rest_dongs or road or note):
        dongs = list(rest_dongs)
        if note:
            dongs.extend(p.strip() for p in note.split(","))
        region = index.read(words, day, dongs, road) if dongs or road else first
    if region.sido is None and region.sigungu is None:
        reason = "no 시도 or 시군구 found" if road or jibun else "no 시도, 시군구, road name or lot number found"
        return Parsed(None, reason)
    emd = rest_dongs[0] if rest_dongs else None
    if emd is None and note:
        head = note.split(",")[0].strip()
        emd = head if _DONG.match(head) else None
    return Parsed(
        Address(
            original=text,
            sido=region.sido,
            sigungu=region.sigungu,
            eupmyeondong=emd,
            road=road,
            building_no=building_no,
            detail=detail,
            note=note,
            jibun=jibun,
            postal_code=postal,
            postal_code_legacy=legacy,
        )
    )


def _today() -> dt.date:
    """``date.today()``, read again only after the next local midnight (every address asks; ``time.time`` is
    several times cheaper than building the date)."""
    now = time.time()
    if now < _TODAY[1]:
        return _TODAY[0]  # type: ignore[return-value]
    today = dt.date.today()
    _TODAY[:] = [today, dt.datetime.combine(today + dt.timedelta(days=1), dt.time()).timestamp()]
    return today


_TODAY: list = [None, 0.0]


def _parse_english(text: str, s: str, day: dt.date) -> Parsed[Address]:
    """An English address, read through its Korean form (see :mod:`normalizers.address_en`)."""
    english = read_english(s)
    if english is None:
        return Parsed(None, "English address without a 시도 or 시군구 that can be read")
    parsed = parse_address(english.korean, on_date=day) if english.korean else Parsed(None, "empty")
    if parsed.value is None:
        return Parsed(None, parsed.reason or "English address not read")
    return Parsed(replace(parsed.value, original=text, postal_code=english.postal_code or parsed.value.postal_code))


def _take_postal(s: str) -> tuple[str, str | None, str | None]:
    m = None
    if "우" in s:
        m = _POSTAL_LABELLED.search(s)
    if m is None and s[:1] in _POSTAL_FIRST:
        m = _POSTAL_LEADING.search(s)
    if m is None and ("(" in s or "[" in s) and _BRACKETED_CODE.search(s):
        m = _POSTAL_BRACKETED.search(s)
    if m is None:
        return s, None, None
    code = m.group(1)
    s = (s[: m.start()] + " " + s[m.end() :]).strip()
    if len(code) == 5:
        return s, code, None
    return s, None, code if "-" in code else f"{code[:3]}-{code[3:]}"


def _skip_repeated_region(words: list[str], consumed: int, index: RegionIndex) -> list[str]:
    """Drop region words printed again right after the region ("도봉구 도봉구", "세종특별자치시 세종시")."""
    if consumed == 0 or consumed >= len(words):
        return words
    nxt = words[consumed]
    if nxt not in words[:consumed] and nxt not in index.sido_alias:
        return words
    region_words = set(words[:consumed])
    sido = index.sido_alias.get(words[0])
    j = consumed
    while j < len(words) and (words[j] in region_words or (sido is not None and not sido.sigungu
                                                            and index.sido_alias.get(words[j]) is sido)):
        j += 1
    return words[:consumed] + words[j:] if j > consumed else words


def _split_glued(words: list[str], index: RegionIndex) -> list[str]:
    """Split the region words printed without spaces: 서울특별시종로구, 수원시영통구, 남구고동골로 23,
    서울특별시종로구세종대로209 (a 시도 or 시군구 at the start of one of the first words, followed by a 시군구, 구,
    road or 읍면동)."""
    n = len(words)
    if not n:
        return words
    alias, units = index.sido_alias, index.units
    # The usual case, as cheap as it can be: a 시도, then a 시군구 (and perhaps a 구), then a word that does not
    # start like a 시도 or 시군구 name.
    k = 1 if words[0] in alias else 0
    while k < n and k < 3 and units.get(words[k]):
        k += 1
    if k >= 3 or k >= n or words[k][:2] not in _heads(index):
        return words
    out: list[str] = []
    for k in range(n):
        word = words[k]
        if k >= 3 or not word:
            out.extend(words[k:])
            break
        out.extend(_unglue(word, index, allow_sido=k == 0))
    return out


def _unglue(word: str, index: RegionIndex, *, allow_sido: bool) -> list[str]:
    if word in index.sido_alias or index.units.get(word) or word[:2] not in _heads(index) or len(word) < 4:
        return [word]
    for cut in range(len(word) - 1, 1, -1):
        head, tail = word[:cut], word[cut:]
        is_sido = allow_sido and head in index.sido_alias
        is_unit = head[-1] in "시군구" and bool(index.units.get(head))
        if not (is_sido or is_unit):
            continue
        starts_region = bool(index.units.get(tail)) or tail in index.sido_alias or any(
            tail.startswith(u) and len(u) >= 2 and u[-1] in "시군구" and index.units.get(u)
            for u in (tail[:n] for n in range(len(tail), 1, -1)))
        if is_sido and len(head) < 3 and not starts_region:
            continue  # "세종대로209" is a road, not 세종 + 대로
        if starts_region or _place_word(tail):
            return [head, *_unglue(tail, index, allow_sido=False)]
    return [word]


def _heads(index: RegionIndex) -> frozenset[str]:
    """The first two characters of every 시도 alias and 시군구 name (a glued word must start with one)."""
    last = _HEADS_LAST
    if last[0] is index:
        return last[1]
    found = _HEADS.get(id(index))
    if found is None:
        found = frozenset(w[:2] for w in (*index.sido_alias, *index.units) if len(w) >= 2 and not w.startswith("~"))
        _HEADS.clear()
        _HEADS[id(index)] = found
    _HEADS_LAST[:] = [index, found]
    return found


_HEADS: dict[int, frozenset[str]] = {}
_HEADS_LAST: list = [None, frozenset()]


def _place_word(text: str) -> bool:
    """A road (with its number glued on or not) or a 읍면동 of at least three characters."""
    glued = _ROAD_GLUED.match(text)
    road = glued.group(1) if glued else text
    return (len(road) >= 3 and road[-1] in _ROAD_ENDS and _ROAD.match(road) is not None) or (
        len(text) >= 2 and text[-1] in _DONG_ENDS and _DONG.match(text) is not None)


def _read_rest(
    words: list[str],
) -> tuple[list[str], str | None, str | None, str | None, str | None, str | None]:
    """Read (읍면동, road, building number, lot number, detail, note) from the words after the region.

    A road name (ending in 로 or 길) is never a 읍면동 (ending in 읍, 면, 동, 가 or 리), so a word that reads as
    a road is not tried as a 읍면동."""
    dongs: list[str] = []
    road = building_no = jibun = None
    underground = False
    j, n = 0, len(words)
    while j < n:
        w = words[j].rstrip(",")
        if w[-1:].isdigit() and (glued := _ROAD_GLUED.match(w)) and _ROAD.match(glued.group(1)) \
                and not (w[-1] in _ROAD_ENDS and _ROAD.match(w)):
            words = [*words[:j], glued.group(1), glued.group(2) + words[j][len(w):], *words[j + 1 :]]
            n += 1
            w = glued.group(1)
        if w[-1:] in _ROAD_ENDS and _ROAD.match(w):
            road = w
            j += 1
            if j < n and words[j].rstrip(",").endswith("길") and _ROAD_CONT.match(words[j].rstrip(",")):
                road += words[j].rstrip(",")
                j += 1
            elif j < n and words[j][:1].isdigit() and "길" in words[j] and (cont := _ROAD_CONT_GLUED.match(words[j])):
                road += cont.group(1)
                words = [*words[:j], cont.group(1), cont.group(2), *words[j + 1 :]]
                n += 1
                j += 1
            elif j + 1 < n and words[j].isdigit() and words[j + 1].rstrip(",").endswith("길") \
                    and _ROAD_CONT.match(words[j] + words[j + 1].rstrip(",")):
                road += words[j] + words[j + 1].rstrip(",")
                j += 2
            if j < n and words[j] == "지하":
                underground = True
                j += 1
            elif j < n and words[j].startswith("지하") and _NUMBER.match(words[j][2:].rstrip(",.")):
                underground = True
                words = [*words[:j], words[j][2:], *words[j + 1 :]]
            if j < n and "," in words[j][:-1] and (glued_detail := _NUMBER_GLUED.match(words[j])):
                words = [*words[:j], glued_detail.group(1), glued_detail.group(2), *words[j + 1 :]]
                n += 1
            m = _NUMBER.match(words[j].rstrip(",.")) if j < n else None
            if m:
                building_no = m.group(1)
                j += 1
            elif underground:
                underground = False
                j -= 1
            break
        if w[-1:] in _DONG_ENDS and _DONG.match(w) and not (
                j + 1 < n and words[j + 1][:1].isdigit()
                and (_ROAD_CONT.match(words[j + 1].rstrip(",")) or _ROAD_CONT_GLUED.match(words[j + 1]))):
            dongs.append(w)
            j += 1
            continue
        if w[-1:].isdigit() and (glued_lot := _DONG_LOT.match(w)) and _DONG.match(glued_lot.group(1)):
            words = [*words[:j], glued_lot.group(1), glued_lot.group(2), *words[j + 1 :]]
            n += 1
            continue
        if j + 1 < n and words[j + 1][:1].isdigit() and _PLACE.match(w) and not w.endswith(_NOT_PLACE) and (
                _ROAD_CONT.match(words[j + 1].rstrip(",")) or _ROAD_CONT_GLUED.match(words[j + 1])
                or _NUMBERED_ROAD.match(words[j + 1].rstrip(","))):
            # "외포 4길 12", "밀레니엄 2로 21": the road name printed with a space before its number
            words = [*words[:j], w + words[j + 1], *words[j + 2 :]]
            n -= 1
            continue
        if dongs and w.startswith("산") and len(w) > 1 and _NUMBER.match(w[1:]):
            jibun = " ".join([*dongs, "산" + _NUMBER.match(w[1:]).group(1)])  # type: ignore[union-attr]
            j += 1
            break
        if dongs and (w == "산" or _NUMBER.match(w)):
            lot = w
            if w == "산" and j + 1 < n and _NUMBER.match(words[j + 1].rstrip(",")):
                j += 1
                lot = "산" + _NUMBER.match(words[j].rstrip(",")).group(1)  # type: ignore[union-attr]
            elif w != "산":
                lot = _NUMBER.match(w).group(1)  # type: ignore[union-attr]
            else:
                break
            jibun = " ".join([*dongs, lot])
            j += 1
            if j < n and words[j].rstrip(",") in ("번지", "번"):  # `300-1 번지`: the lot's own word, spaced
                j += 1
            break
        if w in _SKIP:
            j += 1
            continue
        if not dongs and j + 1 < n and _PLACE.match(w) and w != "산" and not w.endswith(_NOT_PLACE):
            lot, used = words[j + 1].rstrip(","), 2
            if lot == "산" and j + 2 < n:
                lot, used = "산" + words[j + 2].rstrip(","), 3
            m = _NUMBER.match(lot[1:] if lot.startswith("산") else lot)
            if m:
                jibun = f"{w} {'산' if lot.startswith('산') else ''}{m.group(1)}"
                j += used
        break
    tail = " ".join(words[j:]).strip(" ,")
    note = None
    if tail.startswith("("):
        # A bracket right after the number: a floor is detail ("30(4층)"); anything else is the 동/building
        # note, and what follows it is the detail ("345 (대연동, 대연힐스테이트) 주민카페2층"); it may be unclosed.
        close = tail.find(")")
        inner, after = (tail[1:close], tail[close + 1 :]) if close >= 0 else (tail[1:], "")
        after = after.strip(" ,")
        if _FLOOR_ONLY.match(inner.strip()):
            tail = f"{inner.strip()} {after}".strip()
        else:
            note = clean(inner).strip(" ,") or None
            tail = after
    m = _NOTE.search(tail) if tail.endswith(")") else None
    if m and (road or jibun or dongs or m.start() > 0 or tail.startswith("(")):
        note = clean(m.group(1)).strip(" ,") or None
        tail = tail[: m.start()].strip(" ,")
    if underground:
        tail = ("지하 " + tail).strip()
    if tail in _AROUND:
        tail = ""
    return dongs, road, building_no, jibun, tail or None, note
