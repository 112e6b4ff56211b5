"""The life cycle through the real stages: a facility whose pages are all gone stays an entity, the index says
possibly closed, search filters by it and the page shows the badge with the evidence; a move shows its old
address; the map and cluster pages render for what the search found."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest
import webdata

from hub.store.schema import CrawlRun, EntityMember, FacilityRow, RawRecord


@pytest.fixture(scope="module")
def gone(tmp_path_factory: pytest.TempPathFactory):
    """A data set where 제주 메이커 카페 (makeall:ms-330) answered 404 forty days ago and the dedupe and index
    stages ran since."""
    from hub.pipeline.dedupe_stage import run_dedupe
    from hub.sources import load_sources
    from hub.store import open_store

    data = webdata.build_dataset(tmp_path_factory.mktemp("gone"))
    store = open_store(data.settings.database_url)
    with store.session() as s:
        before = s.get(EntityMember, "makeall:ms-330").entity_id
        at = datetime.now(UTC) - timedelta(days=40)
        s.add(CrawlRun(id="crawl-makeall-gone", source_id="makeall", state="succeeded", started_at=at,
                       finished_at=at + timedelta(minutes=3), records=1, stats={}))
        raw = s.query(RawRecord).filter_by(source_id="makeall", key="ms-330").one()
        raw.gone_run_id, raw.gone_reason = "crawl-makeall-gone", "http_404"
        s.get(FacilityRow, "makeall:ms-330").active = False
    if data.dedupe == "real":
        stats = run_dedupe(store, load_sources(data.settings.config_dir))
        assert stats["kept_gone_entities"] == 1
    webdata.reindex(data.settings)
    yield data, store, before
    store.dispose()


@pytest.fixture
def client(gone):
    from fastapi.testclient import TestClient

    from hub.app import create_app

    data, store, _ = gone
    with TestClient(create_app(data.settings, store), base_url="http://testserver") as c:
        yield c


def test_the_entity_stays_and_is_possibly_closed(gone, client) -> None:
    _, store, before = gone
    with store.session() as s:
        assert s.get(EntityMember, "makeall:ms-330").entity_id == before, "kept, under the same id"
    found = client.get("/api/search", params={"lifecycle": "possibly_closed"}).json()
    assert [h["id"] for h in found["hits"]] == [before]
    assert found["hits"][0]["lifecycle_since"]
    everything = client.get("/api/search", params={"size": 100}).json()
    assert everything["facets"]["lifecycle"]["possibly_closed"] == 1
    life = client.get(f"/api/entities/{before}/lifecycle").json()
    assert life["state"] == "possibly_closed"
    assert life["evidence"][0]["reason"] == "http_404" and life["evidence"][0]["source_id"] == "makeall"


def test_the_page_shows_the_badge_and_the_evidence(gone, client) -> None:
    _, _, eid = gone
    html = client.get(f"/facilities/{eid}").text
    assert 'id="lifecycle-badge"' in html and "폐관 의심" in html
    assert "페이지 없음 (HTTP 404)" in html and "crawl-makeall-gone" in html
    card = client.get("/?q=제주").text
    assert "lc-possibly_closed" in card
    assert "폐관 의심" in client.get("/").text, "the 운영 상태 facet offers it"


def test_a_second_dedupe_run_keeps_it_and_changes_nothing(gone) -> None:
    data, store, eid = gone
    if data.dedupe != "real":
        pytest.skip(f"dedupe stage: {data.dedupe}")
    from hub.pipeline.dedupe_stage import run_dedupe
    from hub.sources import load_sources

    stats = run_dedupe(store, load_sources(data.settings.config_dir))
    assert stats["kept_gone_entities"] == 1 and stats["removed_entities"] == 0
    with store.session() as s:
        assert s.get(EntityMember, "makeall:ms-330").entity_id == eid


def test_the_map_filters_and_zooms(client) -> None:
    page = client.get("/").text
    regions = re.findall(r'<a href="([^"]+)"><path class="region[^"]*" d="[^"]+" fill="[^"]+" data-count="(\d+)" '
                         r'data-name="([^"]+)"', page)
    assert len(regions) == 17
    seoul = next(href for href, _, name in regions if name == "서울특별시")
    assert "sido=%EC%84%9C%EC%9A%B8" in seoul.replace("&amp;", "&")
    facet = client.get("/api/search").json()["facets"]["sido"]
    assert {name: int(c) for _, c, name in regions if int(c)} == facet, "the choropleth counts are the facet's"
    assert "경계: 통계청 SGIS (2018)" in page
    drilled = client.get(seoul.replace("&amp;", "&")).text
    assert 'data-kind="sigungu"' in drilled and 'data-name="마포구"' in drilled
    zoom = re.search(r'id="map-zoom-in"', drilled) and re.search(r'href="([^"]+)" class="button small" data-map-zoom '
                                                                 r'id="map-zoom-in"', drilled).group(1)
    fragment = client.get("/search-map" + zoom.replace("&amp;", "&")[1:])
    assert fragment.status_code == 200 and fragment.text.startswith('<div id="map-box"')


def test_tiles_are_drawn_when_a_tile_server_is_configured(gone) -> None:
    import dataclasses

    from fastapi.testclient import TestClient

    from hub.app import create_app

    data, store, _ = gone
    settings = dataclasses.replace(data.settings, map_tile_url="https://tiles.example.org/{z}/{x}/{y}.png",
                                   map_tile_attribution="© 예시 타일")
    with TestClient(create_app(settings, store)) as c:
        page = c.get("/").text
    tiles = re.findall(r'<image class="tile" href="https://tiles.example.org/(\d+)/(\d+)/(\d+).png"', page)
    assert tiles and all(int(z) == int(tiles[0][0]) for z, _, _ in tiles)
    assert "배경 지도: © 예시 타일" in page


def test_the_cluster_view_shows_agreement_and_quality(gone, client) -> None:
    data, store, _ = gone
    webdata.login(client, "steward")
    with store.session() as s:
        counts: dict[str, int] = {}
        for m in s.query(EntityMember):
            counts[m.entity_id] = counts.get(m.entity_id, 0) + 1
    eid = max(counts, key=lambda e: counts[e])
    assert counts[eid] >= 2
    html = client.get(f"/review/entities/{eid}").text
    assert html.count('class="member-col"') == counts[eid]
    assert re.search(r'<tr class="(agree|partial|differ)" id="agree-name"', html)
    assert 'id="split-1"' in html
    blind = client.get("/review/blind?on=1&next=/review", follow_redirects=True)
    assert 'id="blind-note"' in blind.text or "검토할 쌍이 없습니다" in blind.text
    assert 'class="prob"' not in blind.text
