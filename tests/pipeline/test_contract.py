"""The stage contract (issue 17): one ``run_stages`` under the post-crawl and writer leases, retrying only errors
marked transient; a new stage is one class."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from hub.errors import FacilityHubError
from hub.pipeline.contract import StageContext, post_crawl_stages, run_stages
from hub.resources import Resources
from hub.scheduler.leases import POST_CRAWL_LEASE, LeaseManager
from hub.settings import Settings
from hub.writer_lease import writer_lease


class Flaky(FacilityHubError):
    transient = True


class Broken(FacilityHubError):
    transient = False


class Recording:
    """A stage that fails ``fails`` times with ``error`` first, and notes which leases were held."""

    def __init__(self, name: str, fails: int = 0, error: type[Exception] = Flaky) -> None:
        self.name, self.fails, self.error, self.calls = name, fails, error, 0
        self.seen: dict[str, Any] = {}

    def run(self, ctx: StageContext) -> dict[str, Any]:
        self.calls += 1
        info = LeaseManager(ctx.store.engine).get(POST_CRAWL_LEASE)
        self.seen = {"post_crawl": info is not None and info.holder is not None, "writer": writer_lease(ctx.store).held}
        ctx.progress(self.name, self.calls, None, "")
        if self.calls <= self.fails:
            raise self.error(f"{self.name} failed")
        return {"calls": self.calls}


@pytest.fixture
def ctx(tmp_path: Path) -> StageContext:
    from hub.store import open_store

    settings = Settings(data_dir=tmp_path / "var", db_url=f"sqlite:///{tmp_path / 'store.db'}")
    store = open_store(settings.database_url)
    yield StageContext(store=store, settings=settings, resources=Resources.from_settings(settings), run_id="run-t")
    store.dispose()


def test_stages_run_in_order_under_both_leases(ctx: StageContext) -> None:
    seen: list[str] = []
    ctx.progress = lambda stage, done, total, step: seen.append(stage)
    first, second = Recording("first"), Recording("second")
    reports = run_stages(ctx, [first, second])
    assert [r.name for r in reports] == ["first", "second"] and seen == ["first", "second"]
    assert first.seen == second.seen == {"post_crawl": True, "writer": True}
    info = LeaseManager(ctx.store.engine).get(POST_CRAWL_LEASE)
    assert info is None or info.holder is None  # released at the end
    assert not writer_lease(ctx.store).held


def test_only_transient_errors_are_retried(ctx: StageContext) -> None:
    flaky = Recording("flaky", fails=1)
    [report] = run_stages(ctx, [flaky], backoff=0.01)
    assert (report.attempts, report.stats, flaky.calls) == (2, {"calls": 2}, 2)
    broken, after = Recording("broken", fails=1, error=Broken), Recording("after")
    with pytest.raises(Broken):
        run_stages(ctx, [broken, after], backoff=0.01)
    assert (broken.calls, after.calls) == (1, 0)
    always = Recording("always", fails=5)
    with pytest.raises(Flaky):
        run_stages(ctx, [always], attempts=3, backoff=0.01)
    assert always.calls == 3


def test_the_post_crawl_stages_are_three_classes() -> None:
    assert [s.name for s in post_crawl_stages()] == ["normalize", "dedupe", "index"]
