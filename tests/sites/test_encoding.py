"""The 무한상상실 site's legacy encodings are real: CP949 bytes, charset in header only / meta only / wrong."""

from __future__ import annotations

import re

import httpx
import pytest

from sites.dataset import load_site_data, records_for_version
from sites.render.muhan import encoding_of, wrong_charset_key
from sites.server import ReplicaServer

META = re.compile(rb"<meta[^>]+charset=([\w-]+)", re.I)


@pytest.fixture(scope="module")
def pages(replicas: ReplicaServer) -> dict[str, tuple[dict, httpx.Response]]:
    records = records_for_version(load_site_data("muhan"), 1)
    wrong = wrong_charset_key(records)
    with httpx.Client() as c:
        return {
            encoding_of(r["key"], wrong) + "|" + r["key"]: (
                r,
                c.get(replicas.urls["muhan"] + f"/room/detail.do?roomId={r['key']}"),
            )
            for r in records
        }


def _of(pages: dict, kind: str) -> list[tuple[dict, httpx.Response]]:
    return [v for k, v in pages.items() if k.startswith(kind + "|")]


def test_every_encoding_class_is_present(pages: dict) -> None:
    for kind in ("utf-8", "cp949-header", "cp949-meta"):
        assert len(_of(pages, kind)) >= 5, kind
    assert len(_of(pages, "cp949-wrong")) == 1


def test_charset_only_in_header(pages: dict) -> None:
    for record, r in _of(pages, "cp949-header"):
        assert r.headers["content-type"].lower().endswith("charset=euc-kr")
        assert META.search(r.content) is None
        assert record["name"] in r.content.decode("cp949")
        with pytest.raises(UnicodeDecodeError):
            r.content.decode("utf-8")


def test_charset_only_in_meta(pages: dict) -> None:
    for record, r in _of(pages, "cp949-meta"):
        assert "charset" not in r.headers["content-type"].lower()
        assert META.search(r.content).group(1).lower() == b"euc-kr"
        assert record["name"] in r.content.decode("cp949")


def test_one_page_declares_utf8_but_is_cp949(pages: dict) -> None:
    [(record, r)] = _of(pages, "cp949-wrong")
    assert r.headers["content-type"].lower().endswith("charset=utf-8")
    assert META.search(r.content).group(1).lower() == b"utf-8"
    with pytest.raises(UnicodeDecodeError):
        r.content.decode("utf-8")
    assert record["name"] in r.content.decode("cp949")


def test_list_pages_are_euc_kr(replicas: ReplicaServer) -> None:
    r = httpx.get(replicas.urls["muhan"] + "/room/list.do")
    assert r.headers["content-type"].endswith("charset=euc-kr")
    assert "무한상상실 현황" in r.content.decode("cp949")
