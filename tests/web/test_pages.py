"""The public pages render real data without JavaScript; bad input gets a clear error page."""

from __future__ import annotations

import re
import time

from hub import sessions
from hub.web.charts import Bar, bar_chart
from hub.web.labels import hours_today
from hub.web.provenance import hours_lines


def test_search_page_has_results_facets_chart_and_shareable_pagination(client) -> None:
    resp = client.get("/")
    assert resp.status_code == 200
    html = resp.text
    assert html.count('class="card"') == 10, "first page of 10"
    assert 'id="facet-sido"' in html and 'id="facet-kind"' in html and 'id="facet-equipment"' in html
    assert "<svg" in html and "시도별 시설 수" in html
    assert 'href="/?page=2"' in html
    page2 = client.get("/?page=2").text
    assert 0 < page2.count('class="card"') <= 10


def test_filters_and_place_give_distances_in_order(client) -> None:
    html = client.get("/", params={"place": "seoul-station", "radius": "20", "sido": "서울특별시"}).text
    distances = [float(x) for x in re.findall(r'class="distance">([\d.]+) km', html)]
    assert distances and distances == sorted(distances) and max(distances) <= 20
    assert 'value="서울특별시" checked' in html


def test_evening_filter(client) -> None:
    html = client.get("/", params={"evening": "1"}).text
    assert html.count('class="card"') >= 1
    assert 'name="evening" value="1" checked' in html


def test_bad_search_input_gets_a_clear_error(client) -> None:
    resp = client.get("/", params={"near": "north pole"})
    assert resp.status_code == 422 and "near must be" in resp.text
    assert client.get("/", params={"place": "atlantis"}).status_code == 422
    assert client.get("/", params={"page": "x"}).status_code == 422


def test_facility_page_shows_provenance_and_sources(client) -> None:
    html = client.get("/", params={"q": "서울창업허브"}).text
    entity = re.search(r'href="/facilities/([^"]+)"', html).group(1)
    page = client.get(f"/facilities/{entity}").text
    assert 'class="provenance"' in page
    assert page.count('class="source-link"') == 2
    assert "다른 출처의 값" in page and 'id="field-phones"' in page


def test_unknown_facility_is_404(client) -> None:
    resp = client.get("/facilities/ent-nope")
    assert resp.status_code == 404 and "찾을 수 없습니다" in resp.text


def test_static_files_and_no_path_traversal(client) -> None:
    assert client.get("/static/app.css").headers["content-type"].startswith("text/css")
    assert client.get("/static/app.js").status_code == 200
    assert client.get("/static/..%2Fcommon.py").status_code == 404


def test_protected_pages_redirect_to_login(client) -> None:
    for path, role in (("/review", "steward"), ("/review/log", "steward"), ("/ops", "operator")):
        resp = client.get(path, follow_redirects=False)
        assert resp.status_code == 303 and f"role={role}" in resp.headers["location"]


def test_session_cookie_round_trip_and_expiry() -> None:
    key = b"k" * 32
    s = sessions.Session(csrf="abc", roles=["steward"], actor="김관리")
    value = sessions.encode(s, key)
    back = sessions.decode(value, key)
    assert back is not None and back.roles == ["steward"] and back.actor == "김관리" and back.csrf == "abc"
    assert sessions.decode(value, b"x" * 32) is None
    assert sessions.decode(value[:-2] + "AA", key) is None
    assert sessions.decode("garbage", key) is None
    old = sessions.decode(value, key, now=time.time() + sessions.MAX_AGE_SECONDS + 10)
    assert old is not None and old.roles == []


def test_hours_and_chart_helpers() -> None:
    from datetime import datetime

    from hub.web.labels import KST

    hours = {d: [["09:00", "18:00"]] for d in ("mon", "tue", "wed", "thu", "fri")}
    assert hours_today(hours, datetime(2026, 11, 23, 10, tzinfo=KST)) == "09:00–18:00"  # a Monday
    assert hours_today(hours, datetime(2026, 11, 22, 10, tzinfo=KST)) == "휴무"
    assert hours_lines({"weekly": hours}) == ["월–금 09:00–18:00", "토–일 휴무"]
    svg = str(bar_chart([Bar("서울", 5, href="/?sido=서울특별시"), Bar("<b>", 0)], title="t"))
    assert svg.startswith("<svg") and 'href="/?sido=서울특별시"' in svg and "&lt;b&gt;" in svg


def test_search_page_shows_what_was_understood_with_a_way_out(client) -> None:
    import html as htmllib

    page = client.get("/", params={"q": "강원도 무한상상실"}).text
    assert "<strong>강원특별자치도</strong>에서 찾은 결과" in page
    way_out = htmllib.unescape(re.search(r'href="([^"]+)" id="all-regions"', page).group(1))
    everywhere = client.get(way_out).text
    assert "전체 지역에서 찾기" not in everywhere and 'class="card"' in everywhere
    assert "강원특별자치도</strong>에서" not in everywhere
    literal = htmllib.unescape(re.search(r'href="([^"]+)" id="literal"', page).group(1))
    assert "understand=0" in literal
    assert 'id="understood"' not in client.get(literal).text


def test_search_page_says_when_the_hour_asked_for_was_dropped(client) -> None:
    # 광주's 무한상상실 opens on weekdays only: it is shown, and the page says Sunday was not met
    page = client.get("/", params={"q": "광주광역시 일요일 무한상상실"}).text
    assert "광주 무한상상실" in page
    assert "여는 시설이 없어, 영업 시간 조건 없이 찾았습니다" in page
    assert "조건에 많이 맞는 순서로" not in page
