"""Cron schedules in Korean words, as APScheduler fires them, with their next runs in Asia/Seoul."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from hub.scheduler.describe import describe_cron, korean_time, next_runs

KST = ZoneInfo("Asia/Seoul")


@pytest.mark.parametrize(("expr", "words"), [
    ("40 2 * * 1", "매주 월요일 02:40"),
    ("0 3 * * *", "매일 03:00"),
    ("0 3 * * 0", "매주 일요일 03:00"),
    ("0 3 * * 7", "매주 일요일 03:00"),
    ("0 2 * * 1,3,5", "매주 월·수·금요일 02:00"),
    ("0 3 * * 1-5", "평일(월–금) 03:00"),
    ("0 3 * * 6,0", "주말(토·일) 03:00"),
    ("0 4 1 * *", "매월 1일 04:00"),
    ("0 4 1,15 * *", "매월 1·15일 04:00"),
    ("0 0 1 1,7 *", "매년 1·7월 1일 00:00"),
    ("0 3 1-7 * 1", "매월 1–7일 중 월요일 03:00"),
    ("0 0,12 * * *", "매일 00:00, 12:00"),
    ("15 * * * *", "매시 15분"),
    ("*/15 * * * *", "15분마다"),
    ("0 */6 * * *", "매일 00:00, 06:00, 12:00, 18:00"),
    ("0 */2 * * *", "2시간마다 정각"),
    ("not a cron", "not a cron"),
])
def test_words(expr: str, words: str) -> None:
    assert describe_cron(expr) == words


def test_another_time_zone_is_named() -> None:
    assert describe_cron("0 9 * * *", "UTC") == "매일 09:00 (UTC)"


def test_next_runs_are_in_seoul_time_on_the_right_weekday() -> None:
    now = datetime(2026, 12, 2, 12, 0, tzinfo=KST)  # a Wednesday
    runs = next_runs("40 2 * * 1", now=now)
    assert [korean_time(r) for r in runs] == ["2026-12-07 (월) 02:40", "2026-12-14 (월) 02:40", "2026-12-21 (월) 02:40"]
    assert all(r.utcoffset().total_seconds() == 9 * 3600 for r in runs)
    assert next_runs("bad", now=now) == []
