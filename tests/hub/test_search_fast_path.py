"""The fast path of ``/api/search`` answers exactly as the endpoint does, and leaves everything unusual to it."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlencode

import pytest
from fastapi.testclient import TestClient

from hub.api import search_fast_path
from hub.settings import Settings

QUERIES = [
    {}, {"q": "3D프린터"}, {"q": "강원도 무한상상실"}, {"q": "부산 주말 레이저 커터", "size": "5"},
    {"q": "메이커", "sido": ["서울특별시", "경기도"], "kind": "makerspace_general", "page": "2"},
    {"q": "과천", "sort": "name", "facets": "false"},
    {"near": "37.5665,126.9780", "radius_km": "15", "sort": "distance"},
    {"q": "레이저", "open_weekends": "true", "open_evenings": "0"}, {"q": "인천 남구", "understand": "false"},
    {"equipment": "laser cutter", "size": "100"}, {"q": "  팹랩  ", "programme": "", "ministry": ""},
]
REFUSED = [{"page": "0"}, {"size": "1000"}, {"sort": "random"}, {"near": "37.5,abc"}, {"open_weekends": "maybe"},
           {"q": "가" * 300}, {"radius_km": "5"}, {"sort": "distance"}, {"page": "x"}, {"radius_km": "nan"}]
ODD = [{"unknown": "1"}, {"q": ["a", "b"]}, {"page": "+2"}]


@pytest.fixture(scope="module")
def client(replica_run: dict, tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    data_dir = tmp_path_factory.mktemp("fast") / "var"
    shutil.copytree(replica_run["data_dir"], data_dir)
    from hub.app import create_app

    settings = Settings.from_env().with_overrides(data_dir=Path(data_dir), search_cache_mb=0)
    with TestClient(create_app(settings)) as c:
        yield c


def _get(client: TestClient, params: dict):
    return client.get("/api/search?" + urlencode(params, doseq=True))


@pytest.mark.parametrize("params", QUERIES + REFUSED + ODD)
def test_fast_path_answers_like_the_endpoint(client: TestClient, params: dict, monkeypatch) -> None:
    fast = _get(client, params)
    monkeypatch.setattr(search_fast_path, "fast_search_query", lambda qs: None)
    slow = _get(client, params)
    assert fast.status_code == slow.status_code
    assert fast.content == slow.content


def test_fast_path_takes_plain_queries_and_leaves_the_rest(client: TestClient) -> None:
    for params in QUERIES:
        assert search_fast_path.fast_search_query(urlencode(params, doseq=True).encode()) is not None, params
    for params in REFUSED + ODD:
        assert search_fast_path.fast_search_query(urlencode(params, doseq=True).encode()) is None, params
