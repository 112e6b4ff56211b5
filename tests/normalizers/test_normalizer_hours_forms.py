"""Opening hours in the structured forms (schema.org, public-data columns), closure rules, and "open on this
date" with Korean public holidays."""

from __future__ import annotations

import datetime as dt
import json
from zoneinfo import ZoneInfo

from normalizers.closures import read_closures
from normalizers.facility import normalize_facility
from normalizers.hours import hours_to_json, parse_hours
from normalizers.records import Closure, Hours

KST = ZoneInfo("Asia/Seoul")
NINE_SIX = [["09:00", "18:00"]]


def _json(value: object) -> dict:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    parsed = parse_hours(text)
    assert parsed.value is not None, parsed.reason
    return hours_to_json(parsed.value)


def test_opening_hours_strings_name_their_days_and_others_are_closed() -> None:
    got = _json("Mo-Th 13:00-21:00")
    assert [got["weekly"][d] for d in ("mon", "thu", "fri", "sun")] == [[["13:00", "21:00"]]] * 2 + [[], []]
    got = _json("Mo,We-Su 11:00-19:00")
    assert got["weekly"]["tue"] == [] and got["weekly"]["mon"] == got["weekly"]["sun"] == [["11:00", "19:00"]]
    got = _json(["Mo-Fr 09:00-12:00,13:00-18:00", "Sa 10:00-14:00"])
    assert got["weekly"]["fri"] == [["09:00", "12:00"], ["13:00", "18:00"]] and got["weekly"]["sun"] == []
    assert _json("Mo-Fr 09:00-19:00 Sa 10:00-17:00")["weekly"]["sat"] == [["10:00", "17:00"]]


def test_an_unknown_day_part_is_not_spread_over_every_day() -> None:
    parsed = parse_hours("Xx 10:00-12:00")
    assert parsed.value is None and parsed.reason and "Xx" in parsed.reason
    partly = parse_hours("Mo-Fr 09:00-18:00; PH off")
    assert partly.value is not None and partly.value.unparsed == ("PH off",)
    assert partly.value.weekly["sat"] == []


def test_opening_hours_specification_objects() -> None:
    spec = [{"@type": "OpeningHoursSpecification", "dayOfWeek": ["https://schema.org/Monday", "Tuesday"],
             "opens": "09:00:00", "closes": "18:00:00"},
            {"dayOfWeek": "http://schema.org/Saturday", "opens": "10:00", "closes": "23:59"},
            {"dayOfWeek": "Sunday", "opens": "00:00", "closes": "00:00"},
            {"dayOfWeek": "Wednesday", "opens": "12:00", "closes": "13:00", "validFrom": "2026-12-24",
             "validThrough": "2026-12-24"}]
    got = _json(spec)
    assert got["weekly"]["mon"] == NINE_SIX and got["weekly"]["sat"] == [["10:00", "24:00"]]
    assert got["weekly"]["sun"] == [] and got["weekly"]["wed"] == []  # the dated exception is not the week
    assert _json({"openingHoursSpecification": spec[0]})["weekly"]["tue"] == NINE_SIX
    holidays = _json([spec[0], {"dayOfWeek": "https://schema.org/PublicHolidays", "opens": "10:00",
                                "closes": "15:00"}])
    assert holidays["holiday_hours"] == [["10:00", "15:00"]]


def _row(closed: str, weekday: tuple[str, str] = ("09:00", "18:00"), saturday: tuple[str, str] = ("09:00", "17:00"),
         holiday: tuple[str, str] = ("00:00", "00:00")) -> dict[str, str]:
    return {"평일운영시작시각": weekday[0], "평일운영종료시각": weekday[1], "토요일운영시작시각": saturday[0],
            "토요일운영종료시각": saturday[1], "공휴일운영시작시각": holiday[0], "공휴일운영종료시각": holiday[1],
            "휴관일": closed}


def test_public_data_columns() -> None:
    got = _json(_row("월(1+3주째)+국가지정공휴일", holiday=("09:00", "17:00")))
    assert got["weekly"]["mon"] == NINE_SIX and got["weekly"]["sun"] == [["09:00", "17:00"]]  # Sunday: 공휴일 cols
    assert got["closures"] == [{"rule": "nth_weekday", "weekday": "mon", "weeks": [1, 3]}, {"rule": "public_holidays"}]
    assert "holiday_hours" not in got
    got = _json(_row("매주 일요일", weekday=("07:00", "23:59"), holiday=("09:00", "17:00")))
    assert got["weekly"]["sun"] == [] and got["weekly"]["tue"] == [["07:00", "24:00"]]
    assert got["holiday_hours"] == [["09:00", "17:00"]]
    closed = _json(_row("휴관중", weekday=("00:00", "00:00"), saturday=("00:00", "00:00")))
    assert closed["closures"] == [{"rule": "temporarily_closed"}] and not any(closed["weekly"].values())


def test_one_weekend_pair_gives_saturday_and_sunday() -> None:
    """Standards with 주말운영시작/종료시각 instead of 토요일/공휴일 columns (e.g. 공공시설 개방): both weekend days."""
    row = {"평일운영시작시각": "09:00", "평일운영종료시각": "18:00",
           "주말운영시작시각": "10:00", "주말운영종료시각": "17:00"}
    got = _json(row)
    assert got["weekly"]["fri"] == NINE_SIX
    assert got["weekly"]["sat"] == got["weekly"]["sun"] == [["10:00", "17:00"]]
    assert "holiday_hours" not in got  # the pair says nothing of public holidays
    got = _json({**row, "휴관일": "매주 일요일"})
    assert got["weekly"]["sat"] == [["10:00", "17:00"]] and got["weekly"]["sun"] == []


def test_closure_texts() -> None:
    # "(대체공휴일 포함)" after 설·추석 says their substitute days are included: not every public holiday.
    read = read_closures("매월 둘째·넷째 월요일, 1월 1일, 설날·추석 연휴(대체공휴일 포함), 선거일, 국가지정공휴일")
    assert read.rules == [Closure("nth_weekday", weekday="mon", weeks=(2, 4)), Closure("date", month=1, day=1),
                          Closure("lunar_holiday", name="seollal"), Closure("lunar_holiday", name="chuseok"),
                          Closure("election_days"), Closure("public_holidays")]
    assert read_closures("토+일+법정공휴일").closed_days == {5, 6}
    assert read_closures("월(단, 둘째, 넷째 월요일 제외)").rules == [Closure("nth_weekday", weekday="mon",
                                                                           weeks=(1, 3, 5))]
    assert read_closures("매월 마지막주 월요일").rules == [Closure("nth_weekday", weekday="mon", weeks=(-1,))]
    unread = read_closures("월+정기청소일+관장이 필요하다고 인정하는 날")
    assert unread.closed_days == {0} and unread.unread == ["정기청소일"]  # the discretionary clause is no rule
    assert read_closures("연중무휴").open_all_year and not read_closures("연중무휴").rules


def _hours(text: str) -> Hours:
    parsed = parse_hours(text)
    assert parsed.value is not None, parsed.reason
    return parsed.value


def test_open_on_a_date_uses_korean_public_holidays_and_the_rules() -> None:
    h = _hours("화~일 10:00-18:00 / 월요일, 공휴일 휴관")
    assert h.is_open_at(dt.datetime(2026, 12, 1, 11, 0))  # a Tuesday
    assert not h.is_open_at(dt.datetime(2026, 12, 1, 18, 0))  # closing time
    assert not h.is_open_at(dt.datetime(2026, 11, 30, 11, 0))  # Monday
    assert not h.is_open_at(dt.datetime(2026, 2, 17, 11, 0))  # 설날
    assert not h.is_open_at(dt.datetime(2026, 8, 17, 11, 0))  # 대체공휴일 for 광복절 (a Monday anyway)
    assert not h.is_open_at(dt.datetime(2026, 10, 5, 11, 0))  # 대체공휴일 for 개천절
    assert h.is_open_at(dt.datetime(2026, 12, 1, 2, 0, tzinfo=dt.UTC))  # 11:00 in Seoul
    nth = _hours("매일 09:00-18:00 (매월 둘째·넷째 월요일 휴관)")
    assert nth.intervals_on(dt.date(2026, 12, 14)) == []  # second Monday of December 2026
    assert nth.intervals_on(dt.date(2026, 12, 7)) == [("09:00", "18:00")]
    holiday_open = _hours("평일 09:00-18:00 / 공휴일 10:00-15:00")
    assert holiday_open.intervals_on(dt.date(2026, 12, 25)) == [("10:00", "15:00")]  # 기독탄신일, a Friday
    lunar = _hours("매일 09:00-18:00 (설날·추석 연휴 휴관)")
    assert lunar.intervals_on(dt.date(2026, 9, 24)) == [] and lunar.intervals_on(dt.date(2026, 5, 5)) != []


def test_a_facility_record_reads_structured_hours() -> None:
    fields = {"name": "도서관", "hours": ["Mo-Fr 09:00-18:00", "Sa 10:00-14:00"]}
    f = normalize_facility(fields, source_id="s", key="1", url="u")
    assert f.hours is not None and f.hours.weekly["sat"] == [("10:00", "14:00")] and f.hours.weekly["sun"] == []
    fields = {"name": "도서관", "hours": json.dumps(_row("월+법정공휴일"), ensure_ascii=False)}
    f = normalize_facility(fields, source_id="s", key="2", url="u")
    assert f.hours is not None and f.hours.weekly["mon"] == [] and f.hours.closures == (Closure("public_holidays"),)
    again = type(f).from_dict(f.to_dict())
    assert again.hours == f.hours


def test_each_line_of_a_table_pasted_as_text_is_a_rule_of_its_own() -> None:
    weekly = _json("월 정기휴무\n화 10:00 - 19:00\n토 11:00 - 18:00")["weekly"]
    assert weekly["mon"] == [] and weekly["tue"] == [["10:00", "19:00"]] and weekly["sat"] == [["11:00", "18:00"]]
    assert weekly["wed"] == []  # a day no line names is not open
    assert _json("매일 10:00 - 22:00\nlast order 21:30")["weekly"]["sun"] == [["10:00", "22:00"]]


def test_english_pages_write_meridiems_with_dots_and_day_ranges_with_to() -> None:
    weekly = _json("Mon to Fri 9:00 a.m. – 6:00 p.m.")["weekly"]
    assert weekly["fri"] == NINE_SIX and weekly["sat"] == []
    daily = _json("Open daily 10 a.m.–8 p.m., closed on Seollal and Chuseok")
    assert daily["weekly"]["sun"] == [["10:00", "20:00"]]
    assert daily["closures"] == [{"rule": "lunar_holiday", "name": "seollal"},
                                 {"rule": "lunar_holiday", "name": "chuseok"}]


def test_open_all_year_beside_a_holiday_closure_closes_only_the_holiday() -> None:
    hours = _json("오전 10시 ~ 오후 10시 (연중무휴, 단 설·추석 당일 휴무)")
    assert all(hours["weekly"][d] == [["10:00", "22:00"]] for d in hours["weekly"])
    assert {c["name"] for c in hours["closures"]} == {"seollal", "chuseok"}


def test_a_day_given_only_its_closing_time_opens_as_the_rule_before_it() -> None:
    weekly = _json("평일 오전 10시부터 오후 8시까지이며, 토요일은 오후 5시까지 운영한다. 일요일은 휴관한다.")["weekly"]
    assert weekly["sat"] == [["10:00", "17:00"]] and weekly["sun"] == []
    # a day closed by an earlier rule stays closed
    assert _json("평일 10:00~18:00, 토요일 휴관, 토요일은 17:00까지")["weekly"]["sat"] == []


def _week(text: str) -> dict[str, list[list[str]]]:
    parsed = parse_hours(text)
    assert parsed.value is not None, (text, parsed.reason)
    return hours_to_json(parsed.value)["weekly"]  # type: ignore[return-value]


def test_open_and_close_labels_give_one_range() -> None:
    week = _week("OPEN 11:00 / CLOSE 19:00 (화요일 휴무)")
    assert week["tue"] == [] and week["mon"] == week["sun"] == [["11:00", "19:00"]]


def test_a_bare_hour_range_whose_end_is_smaller_ends_in_the_evening() -> None:
    assert _week("평일 9-6시")["mon"] == [["09:00", "18:00"]]
    assert _week("평일 10-17시")["mon"] == [["10:00", "17:00"]]


def test_a_spaced_middle_dot_after_a_time_ends_a_rule() -> None:
    week = _week("평일 13:00~21:00 · 토 10:00~17:00 · 일/공휴일 휴관")
    assert week["sat"] == [["10:00", "17:00"]] and week["sun"] == []
    assert _week("월·수·금 10:00-18:00")["tue"] == []


def test_hours_after_a_closure_are_those_of_the_other_days() -> None:
    week = _week("주 6일 운영 (일요일 휴무) 10:00~19:00")
    assert week["sun"] == [] and week["sat"] == [["10:00", "19:00"]]


def test_a_dated_day_in_brackets_is_a_date_closure() -> None:
    h = parse_hours("평일 09:00 ~ 17:30 ※ 근로자의 날(5.1.) 및 공휴일 휴무").value
    assert h is not None
    assert Closure("date", month=5, day=1) in h.closures and Closure("public_holidays") in h.closures


def test_english_days_in_a_form_schema_org_does_not_write_are_read_as_text() -> None:
    week = _week("mon-fri 10:00-19:00 / sat 11:00-17:00")
    assert week["fri"] == [["10:00", "19:00"]] and week["sat"] == [["11:00", "17:00"]] and week["sun"] == []
    assert _week("Daily 10:00–22:00 (last entry 21:00)")["sun"] == [["10:00", "22:00"]]
    assert parse_hours("Lu-Vi 10:00-18:00").value is None  # unknown day words: never every day
