"""A real APScheduler on the project's database, with a small real runner instead of crawls."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

from sched_helpers import RecordingRunner, make_source, wait_until
from sqlalchemy import select

from hub import ops
from hub.scheduler.service import SchedulerOptions, SchedulerService, job_id
from hub.store.schema import CrawlRun


def _service(settings, store, sources, runner, **options) -> SchedulerService:
    opts = SchedulerOptions(**{"sync_seconds": 3600, "lease_ttl": 30, **options})
    return SchedulerService(settings, store, sources=sources, runner=runner, options=opts)


def _runs(store, source_id: str) -> list[CrawlRun]:
    with store.session() as session:
        return list(session.scalars(select(CrawlRun).where(CrawlRun.source_id == source_id)))


def test_schedules_from_config_appear_and_are_reconciled(settings, sqlite_store) -> None:
    sources = [make_source("a", "0 3 * * *"), make_source("d", "0 5 * * 1"), make_source("off", enabled=False)]
    svc = _service(settings, sqlite_store, sources, RecordingRunner()).start()
    try:
        jobs = {j["source_id"]: j for j in svc.jobs()}
        assert set(jobs) == {"a", "d"}
        assert jobs["a"]["timezone"] == "Asia/Seoul"
        nxt = jobs["a"]["next_run"].astimezone(jobs["a"]["next_run"].tzinfo)
        assert (nxt.hour, nxt.minute) == (3, 0) and nxt > datetime.now(UTC)
    finally:
        svc.shutdown()
    health = {h["id"]: h for h in ops.source_health(sqlite_store, sources)}
    assert health["a"]["next_run"] is not None and health["a"]["scheduled"]
    assert not health["off"]["scheduled"]
    changed = [make_source("a", "30 4 * * *"), make_source("c", "0 6 * * *")]
    svc = _service(settings, sqlite_store, changed, RecordingRunner()).start()
    try:
        jobs = {j["source_id"]: j for j in svc.jobs()}
        assert set(jobs) == {"a", "c"}
        assert (jobs["a"]["next_run"].hour, jobs["a"]["next_run"].minute) == (4, 30)
    finally:
        svc.shutdown()


def test_paused_job_stays_paused_across_restart(settings, sqlite_store) -> None:
    sources = [make_source("a")]
    runner = RecordingRunner()
    svc = _service(settings, sqlite_store, sources, runner).start()
    ops.set_paused(sqlite_store, "a", True, "tester", sources=sources)
    svc.sync_paused()
    assert svc.jobs()[0]["next_run"] is None
    svc.shutdown()
    svc = _service(settings, sqlite_store, sources, runner).start()
    try:
        assert svc.jobs()[0]["next_run"] is None
        assert ops.source_health(sqlite_store, sources)[0]["paused"]
        svc.fire_now("a")  # a due fire of a paused source is skipped, not run
        wait_until(lambda: svc.results, what="the paused fire to finish")
        assert svc.results[0]["state"] == "skipped" and runner.calls == []
        ops.set_paused(sqlite_store, "a", False, "tester")
        svc.sync_paused()
        assert svc.jobs()[0]["next_run"] is not None
    finally:
        svc.shutdown()


def test_long_running_crawl_is_not_started_twice(settings, sqlite_store) -> None:
    gate = threading.Event()
    runner = RecordingRunner(gates={"a": gate})
    sources = [make_source("a")]
    svc = _service(settings, sqlite_store, sources, runner).start()
    try:
        svc.fire_now("a")
        wait_until(lambda: [r for r in _runs(sqlite_store, "a") if r.state == "running"], what="the first run")
        svc.fire_now("a")
        wait_until(lambda: svc.skipped, what="the second fire to be skipped")
        again = ops.request_run_now(settings, "a", store=sqlite_store, sources=sources, runner=runner)
        assert again["state"] == "already_running"
        assert again["run_id"] == _runs(sqlite_store, "a")[0].id
        assert len(_runs(sqlite_store, "a")) == 1
        gate.set()
        wait_until(lambda: svc.results, what="the first run to finish")
        svc.fire_now("a")
        wait_until(lambda: len(svc.results) == 2, what="the next run")
        assert [r.state for r in _runs(sqlite_store, "a")] == ["succeeded", "succeeded"]
    finally:
        gate.set()
        svc.shutdown()


def test_missed_run_fires_once_after_downtime(settings, sqlite_store) -> None:
    sources = [make_source("a", "0 3 * * *")]
    runner = RecordingRunner()
    grace = {"misfire_grace_seconds": 2 * 86400}
    svc = _service(settings, sqlite_store, sources, runner, **grace).start(paused=True)
    svc.scheduler.modify_job(job_id("a"), next_run_time=datetime.now(UTC) - timedelta(days=4))
    svc.shutdown()  # down for four days: four fires missed
    svc = _service(settings, sqlite_store, sources, runner, **grace).start()
    try:
        wait_until(lambda: svc.results, what="the coalesced missed run")
        wait_until(lambda: svc.jobs()[0]["next_run"] > datetime.now(UTC), what="the next fire to be in the future")
    finally:
        svc.shutdown(wait=True)
    assert runner.calls == ["a"]
    assert len(_runs(sqlite_store, "a")) == 1


def test_missed_run_older_than_grace_is_not_run(settings, sqlite_store) -> None:
    sources = [make_source("a", "0 3 1 1 *")]  # once a year
    runner = RecordingRunner()
    svc = _service(settings, sqlite_store, sources, runner, misfire_grace_seconds=60).start(paused=True)
    svc.scheduler.modify_job(job_id("a"), next_run_time=datetime.now(UTC) - timedelta(days=400))
    svc.shutdown()
    svc = _service(settings, sqlite_store, sources, runner, misfire_grace_seconds=60).start()
    try:
        wait_until(lambda: svc.jobs()[0]["next_run"] > datetime.now(UTC), what="the missed fire to be passed over")
    finally:
        svc.shutdown(wait=True)
    assert runner.calls == []


def test_failing_source_does_not_block_another(settings, sqlite_store) -> None:
    sources = [make_source("bad"), make_source("good")]
    runner = RecordingRunner(fail={"bad"})
    svc = _service(settings, sqlite_store, sources, runner).start()
    try:
        svc.scheduler.pause()
        now = datetime.now(UTC)
        for sid in ("bad", "good"):
            svc.scheduler.modify_job(job_id(sid), next_run_time=now)
        svc.scheduler.resume()
        wait_until(lambda: len(svc.results) == 2, what="both runs")
        states = {r["source_id"]: r["state"] for r in svc.results}
        assert states == {"bad": "failed", "good": "succeeded"}
        bad = _runs(sqlite_store, "bad")[0]
        assert bad.state == "failed" and "site bad is down" in bad.error
        svc.fire_now("good")  # the failure left nothing stuck
        wait_until(lambda: len(svc.results) == 3, what="another run of the good source")
        health = {h["id"]: h for h in ops.source_health(sqlite_store, sources)}
        assert health["bad"]["last_error"] and health["good"]["last_records"] == 3
    finally:
        svc.shutdown()
