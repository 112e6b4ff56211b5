"""The next due time of a source, from its cron schedule in its own time zone (shown before any scheduler runs)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from hub.ops import next_due
from hub.sources import Source

SOURCE = Source(
    id="s",
    family="makeall",
    start_urls=("https://x.org/",),
    kind="makerspace",
    schedule="0 3 * * *",
    priority=1,
    enabled=True,
)


def test_next_due_is_in_seoul_time() -> None:
    due = next_due(SOURCE, now=datetime(2026, 11, 22, 0, 0, tzinfo=UTC))  # 09:00 in Seoul
    assert due.isoformat() == "2026-11-23T03:00:00+09:00"
    assert due.astimezone(UTC).isoformat() == "2026-11-22T18:00:00+00:00"


def test_weekly_and_disabled() -> None:
    weekly = replace(SOURCE, schedule="40 2 * * 1")  # Mondays 02:40
    assert next_due(weekly, now=datetime(2026, 11, 22, 0, 0, tzinfo=UTC)).isoformat() == "2026-11-23T02:40:00+09:00"
    assert next_due(replace(SOURCE, enabled=False)) is None


def test_cron_weekday_numbers_mean_what_cron_means() -> None:
    from hub.sources import cron_trigger

    now = datetime(2026, 11, 22, 0, 0, tzinfo=UTC)  # a Sunday, 09:00 in Seoul
    fire = {
        expr: cron_trigger(expr, "Asia/Seoul").get_next_fire_time(None, now).strftime("%a %d")
        for expr in ("0 3 * * 0", "0 3 * * 7", "0 3 * * 1", "0 3 * * 1-5", "0 3 * * 6,0", "0 3 * * sat")
    }
    assert fire == {
        "0 3 * * 0": "Sun 29",
        "0 3 * * 7": "Sun 29",
        "0 3 * * 1": "Mon 23",
        "0 3 * * 1-5": "Mon 23",
        "0 3 * * 6,0": "Sat 28",
        "0 3 * * sat": "Sat 28",
    }
