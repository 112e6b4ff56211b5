"""The map, reports, cluster review and the life cycle as people use them, in a real headless Chromium against a
real ``facility-hub serve`` (runs after test_pages_browser.py: these tests change the data set)."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser


def _store(hub):
    from hub.store import open_store

    return open_store(f"sqlite:///{Path(hub.env['FACILITY_HUB_DATA_DIR']) / 'facility-hub.db'}")


def _login(page, role: str, token: str) -> None:
    page.goto(f"/login?role={role}")
    page.fill("input[name=token]", token)
    page.fill("input[name=actor]", "테스트 " + role)
    page.click("#login-form button[type=submit]")


def test_the_map_draws_offline_and_a_click_on_a_sido_filters(page, hub, screenshot) -> None:
    requested: list[str] = []
    page.on("request", lambda r: requested.append(r.url))
    page.goto("/")
    regions = page.locator("svg#search-map path.region")
    assert regions.count() == 17, "one outline per 시도"
    assert page.locator("svg#search-map g.cluster").count() >= 5
    assert "통계청 SGIS" in page.locator("svg#search-map text.credit").text_content()
    shaded = [regions.nth(i).get_attribute("fill") for i in range(regions.count())]
    assert len(set(shaded)) >= 3, "a choropleth: counts shade the 시도 differently"
    screenshot(page, "map-offline")
    assert all(url.startswith(hub.url) for url in requested), "nothing fetched from outside (no tiles by default)"

    # Seoul is small on the country map: its cluster covers it, and leads to the same filter
    page.locator("svg#search-map path.region[data-name='서울특별시']").click(force=True)
    page.wait_for_url(re.compile(r"sido=%EC%84%9C%EC%9A%B8"))
    assert page.locator("#map-box").get_attribute("data-kind") == "sigungu"
    cards = page.locator("li.card")
    addresses = [cards.nth(i).locator("dl.facts dd").first.inner_text() for i in range(cards.count())]
    assert addresses and all("서울특별시" in a for a in addresses), addresses
    assert page.locator("#facet-sido input[value='서울특별시']").is_checked()
    screenshot(page, "map-seoul")

    names = page.locator(".card h2").all_inner_texts()
    page.click("#map-zoom-in")  # redrawn in place by the script; the results stay
    page.wait_for_url(re.compile(r"map=3[67]\."))
    page.locator("svg#search-map").wait_for()
    assert page.locator(".card h2").all_inner_texts() == names
    assert page.locator("svg#search-map path.region").count() >= 5


def test_the_map_works_without_javascript(page_nojs, screenshot) -> None:
    page = page_nojs
    page.goto("/")
    page.locator("svg#search-map path.region[data-name='경기도']").click(force=True)
    page.wait_for_url(re.compile(r"sido=%EA%B2%BD%EA%B8%B0"))
    page.click("#map-zoom-in")
    page.wait_for_url(re.compile(r"map="))
    assert page.locator("svg#search-map").count() == 1
    screenshot(page, "map-no-javascript")


def test_an_anonymous_report_reaches_the_stewards_and_leaves_after_the_decision(browser, hub, screenshot) -> None:
    import webdata

    visitor = browser.new_context(base_url=hub.url, locale="ko-KR")
    page = visitor.new_page()
    page.goto("/?q=울산 메이커랩")
    page.locator(".card h2 a").first.click()
    page.wait_for_url(re.compile(r"/facilities/"))
    entity = page.url.rsplit("/", 1)[1]
    page.click("#report summary")
    page.check("#report-kind-closed")
    page.fill("#report-note", "지난달 문을 닫았다는 안내문이 붙어 있었습니다")
    screenshot(page, "report-form")
    page.click("#report-submit")
    page.wait_for_url(re.compile(r"msg="))
    assert "접수" in page.locator(".notice").inner_text()
    visitor.close()

    steward = browser.new_context(base_url=hub.url, locale="ko-KR")
    page = steward.new_page()
    _login(page, "steward", webdata.STEWARD_TOKEN)
    page.wait_for_url(re.compile(r"/review"))
    assert int(page.locator("#report-count").inner_text()) >= 1
    page.click("#reports-link")
    item = page.locator(".report-item", has=page.locator(f"a[href='/facilities/{entity}']"))
    assert item.count() == 1 and "지난달 문을 닫았다는" in item.inner_text()
    report_id = item.get_attribute("id").removeprefix("report-")
    screenshot(page, "report-queue")
    page.click(f"#report-{report_id}-confirm_closed")
    page.wait_for_url(re.compile(r"msg="))
    assert page.locator(f"#report-{report_id}").count() == 0, "decided: out of the queue"
    assert page.locator("tr.closed-report").count() >= 1
    page.goto(f"/facilities/{entity}")
    assert page.locator("#lifecycle-badge").inner_text() == "폐관"
    steward.close()


def test_a_cluster_split_survives_dedupe_runs(browser, hub, screenshot) -> None:
    import webdata

    from hub.entities import entity_of_facility
    from hub.store.schema import EntityMember

    store = _store(hub)
    try:
        with store.session() as s:
            members: dict[str, list[str]] = {}
            for m in s.query(EntityMember):
                members.setdefault(m.entity_id, []).append(m.facility_id)
        entity, ids = next((e, sorted(f)) for e, f in sorted(members.items()) if len(f) >= 2)
        context = browser.new_context(base_url=hub.url, locale="ko-KR")
        page = context.new_page()
        _login(page, "steward", webdata.STEWARD_TOKEN)
        page.goto(f"/review/entities/{entity}")
        assert page.locator("th.member-col").count() == len(ids)
        assert page.locator("table.cluster-table tbody tr[id^=agree-]").count() >= 3
        screenshot(page, "cluster-review")
        taken = page.locator("th.member-col").nth(len(ids) - 1).get_attribute("data-member")
        page.keyboard.press(str(len(ids)))  # shortcut: split the last member
        page.wait_for_url(re.compile(r"msg="))
        assert "분리" in page.locator(".notice").inner_text()
        for _ in range(2):  # the next dedupe run applies it, and a later one keeps it
            proc = hub.cli("dedupe", "--json")
            if proc.returncode != 0:
                pytest.skip(f"the real dedupe stage cannot run here: {proc.stderr.strip()[-200:]}")
            assert entity_of_facility(store, taken) != entity_of_facility(store, ids[0])
        page.goto(f"/review/entities/{entity_of_facility(store, ids[0])}")
        assert taken not in [page.locator("th.member-col").nth(i).get_attribute("data-member")
                             for i in range(page.locator("th.member-col").count())]
        context.close()
    finally:
        store.dispose()


def test_a_possibly_closed_facility_shows_its_badge_and_evidence(page, hub, screenshot) -> None:
    from hub.store.schema import CrawlRun, FacilityRow, RawRecord

    store = _store(hub)
    try:
        with store.session() as s:  # what a healthy crawl 40 days ago recorded: the page answered 404
            at = datetime.now(UTC) - timedelta(days=40)
            s.add(CrawlRun(id="crawl-makeall-e2e-gone", source_id="makeall", state="succeeded", started_at=at,
                           finished_at=at + timedelta(minutes=2), records=1, stats={}))
            raw = s.query(RawRecord).filter_by(source_id="makeall", key="ms-330").one()
            raw.gone_run_id, raw.gone_reason = "crawl-makeall-e2e-gone", "http_404"
            s.get(FacilityRow, "makeall:ms-330").active = False
    finally:
        store.dispose()
    for command in (("dedupe", "--json"), ("index", "--json")):
        proc = hub.cli(*command)
        assert proc.returncode == 0, proc.stderr[-500:]
    page.goto("/?q=제주 메이커 카페")
    badge = page.locator(".card h2 .tag.lc")
    assert badge.first.inner_text() == "폐관 의심"
    page.locator(".card h2 a").first.click()
    page.wait_for_url(re.compile(r"/facilities/"))
    assert page.locator("#lifecycle-badge").inner_text() == "폐관 의심"
    evidence = page.locator("#lifecycle-evidence li.evidence-gone")
    assert evidence.count() == 1 and "HTTP 404" in evidence.inner_text()
    assert "crawl-makeall-e2e-gone" in evidence.inner_text()
    assert page.locator("svg#facility-map .marker").count() == 1
    screenshot(page, "possibly-closed")
    page.goto("/?lifecycle=possibly_closed")
    assert page.locator(".card").count() == 1
