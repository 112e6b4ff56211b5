"""The opendata family: files (CSV in CP949 or UTF-8, XLSX, JSON) and a data.go.kr-style OpenAPI served by a real
HTTP server on 127.0.0.1, read through ``python -m crawlers.run`` exactly as the hub runs it.

Expected values come from reading the sample files directly with the ``csv`` module, never from the crawler.
"""

from __future__ import annotations

import csv
import io
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from crawl_helpers import ROOT, run_crawl_process

from crawlers.opendata.readers import detect_encoding, read_rows
from crawlers.opendata.schema import validate_opendata

DATA = ROOT / "tests" / "data" / "opendata"
OLD, NEW = DATA / "library_2023_2024_sample.csv", DATA / "library_2026_sample.csv"

#: The OpenAPI's names of the 전국도서관표준데이터 columns (data.go.kr tn_pubr_public_lbrry_api), as the portal's
#: API documents them (its own spellings kept: weekdayOperColseHhmm, satOperOperOpenHhmm, holidayCloseOpenHhmm).
API_NAMES = {
    "도서관명": "lbrryNm", "시도명": "ctprvnNm", "시군구명": "signguNm", "도서관유형": "lbrrySe", "휴관일": "closeDay",
    "평일운영시작시각": "weekdayOperOpenHhmm", "평일운영종료시각": "weekdayOperColseHhmm",
    "토요일운영시작시각": "satOperOperOpenHhmm", "토요일운영종료시각": "satOperCloseHhmm",
    "공휴일운영시작시각": "holidayOperOpenHhmm", "공휴일운영종료시각": "holidayCloseOpenHhmm", "열람좌석수": "seatCo",
    "자료수(도서)": "bookCo", "자료수(연속간행물)": "pblictnCo", "자료수(비도서)": "noneBookCo",
    "대출가능권수": "lonCo",
    "대출가능일수": "lonDaycnt", "소재지도로명주소": "rdnmadr", "운영기관명": "operInstitutionNm",
    "도서관전화번호": "phoneNumber", "부지면적": "plotAr", "건물면적": "buldAr", "홈페이지주소": "homepageUrl",
    "위도": "latitude", "경도": "longitude", "데이터기준일자": "referenceDate", "제공기관코드": "insttCode",
    "제공기관명": "insttNm",
}


def squash(text: str) -> str:
    return " ".join(text.split())


def rows_of(path: Path, encoding: str) -> list[dict[str, str]]:
    with path.open(encoding=encoding, newline="") as fh:
        return list(csv.DictReader(fh))


def source(opendata: dict, sid: str = "libraries") -> dict:
    return {"id": sid, "family": "opendata", "kind": "other", "opendata": opendata}


def by_key(result) -> dict[str, dict]:
    return {r["key"]: r for r in result.of_type("facility")}


# --- files -------------------------------------------------------------------------------------------------------


def test_encodings_are_detected():
    assert detect_encoding(OLD.read_bytes()) == "cp949"
    assert detect_encoding(NEW.read_bytes()) == "utf-8"
    assert detect_encoding("\ufeff도서관명".encode()) == "utf-8-sig"
    rows, fmt, encoding = read_rows(OLD.read_bytes(), name="x.csv")
    assert (fmt, encoding, len(rows)) == ("csv", "cp949", len(rows_of(OLD, "cp949")))
    assert rows[0]["도서관명"] == rows_of(OLD, "cp949")[0]["도서관명"]


def test_csv_file_gives_one_record_per_row_with_mapped_fields(tmp_path):
    expected = rows_of(NEW, "utf-8")
    result = run_crawl_process(tmp_path, source({"file": str(NEW), "mapping": "library"}))
    assert result.returncode == 0, result.stderr
    records = by_key(result)
    assert len(records) == len(expected)
    assert result.stats["errors"] == {} and result.stats["complete"] is True
    assert result.stats["opendata"] == {"encoding/utf-8": 1, "format/csv": 1, "rows": len(expected)}
    for row in expected:
        record = records[f"{row['제공기관코드'].strip()}|{squash(row['도서관명'])}"]
        fields = record["fields"]
        assert fields["name"] == squash(row["도서관명"])
        assert fields.get("address", "") == squash(row["소재지도로명주소"])
        assert fields.get("phone", "") == squash(row["도서관전화번호"])
        hours = json.loads(fields["hours"])
        assert hours["평일운영시작시각"] == row["평일운영시작시각"].strip()
        assert hours.get("휴관일", "") == squash(row["휴관일"])
        assert set(record["provenance"].values()) == {"opendata"} and set(record["provenance"]) == set(fields)


def test_xlsx_and_json_files_give_the_same_records_as_the_csv(tmp_path):
    from openpyxl import Workbook

    rows = rows_of(NEW, "utf-8")[:40]
    book = Workbook()
    sheet = book.active
    sheet.append(list(rows[0]))
    for row in rows:
        sheet.append(list(row.values()))
    xlsx = tmp_path / "libraries.xlsx"
    book.save(xlsx)
    (tmp_path / "libraries.json").write_text(json.dumps({"fields": list(rows[0]), "records": rows},
                                                        ensure_ascii=False), "utf-8")
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    (tmp_path / "libraries.csv").write_text(buf.getvalue(), "utf-8")
    results = {}
    for name in ("libraries.csv", "libraries.xlsx", "libraries.json"):
        result = run_crawl_process(tmp_path / name.replace(".", "_"),
                                   source({"file": str(tmp_path / name), "mapping": "library"}))
        assert result.returncode == 0 and result.stats["errors"] == {}, result.stderr
        results[name] = {k: r["fields"] for k, r in by_key(result).items()}
    assert len(results["libraries.csv"]) == 40
    assert results["libraries.xlsx"] == results["libraries.csv"] == results["libraries.json"]


def test_rows_without_a_key_are_skipped_and_counted(tmp_path):
    path = tmp_path / "few.csv"
    path.write_text("시설,주소,코드\n메이커랩,서울 중구 세종대로 110,A1\n,서울 중구 명동길 1,A2\n이름만,,\n", "utf-8")
    spec = {"file": str(path), "fields": {"name": "시설", "address": "주소", "code": "코드"}, "key": ["code"]}
    result = run_crawl_process(tmp_path, source(spec))
    assert result.keys() == {"A1"}
    assert result.stats["skipped"] == {"no_key": 1, "no_name": 1}
    assert result.stats["errors"] == {}


def test_a_file_that_is_no_table_is_an_error_and_incomplete(tmp_path):
    path = tmp_path / "error.csv"
    path.write_text("<html><body>점검 중</body></html>", "utf-8")
    result = run_crawl_process(tmp_path, source({"file": str(path), "mapping": "library"}))
    assert result.returncode == 0
    assert result.records == [] and result.stats["errors"] == {"parse_error": 1}
    assert result.stats["complete"] is False


def test_opendata_config_problems_are_reported_together():
    problems = validate_opendata({"file": "x.csv", "api": {"url": "ftp://x"}, "format": "tsv", "encoding": "klingon",
                                  "mapping": "nope", "fields": {"Name": []}, "key": "도서관명", "bogus": 1},
                                 mappings={"library": {}, "public_facility": {}})
    text = "\n".join(problems)
    for fragment in ("unknown key 'bogus'", "exactly one of 'file'", "api.url", "format: 'tsv'", "unknown encoding",
                     "'nope' is not a ready mapping (allowed: library, public_facility)", "lower_snake_case",
                     "fields.Name", "key: must be a list"):
        assert fragment in text, fragment


# --- a data.go.kr-style OpenAPI on 127.0.0.1 ----------------------------------------------------------------------


class FakePortal(BaseHTTPRequestHandler):
    """Serves ``/openapi/tn_pubr_public_lbrry_api`` as data.go.kr does: JSON pages, a gateway error in XML."""

    rows: list[dict[str, str]] = []
    key = "k%2Bey=="
    requests: list[dict[str, list[str]]] = []
    fail_page: int | None = None

    def log_message(self, *args: object) -> None:  # quiet
        pass

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        parts = urlsplit(self.path)
        query = parse_qs(parts.query)
        type(self).requests.append(query)
        if parts.path == "/robots.txt":
            return self._send(404, b"", "text/plain")
        raw_key = next((p.split("=", 1)[1] for p in parts.query.split("&") if p.startswith("serviceKey=")), None)
        if raw_key != self.key:
            body = ("<OpenAPI_ServiceResponse><cmmMsgHeader><errMsg>SERVICE ERROR</errMsg><returnAuthMsg>"
                    "SERVICE_KEY_IS_NOT_REGISTERED_ERROR</returnAuthMsg><returnReasonCode>30</returnReasonCode>"
                    "</cmmMsgHeader></OpenAPI_ServiceResponse>")
            return self._send(200, body.encode(), "text/xml")
        page, size = int(query["pageNo"][0]), int(query["numOfRows"][0])
        if page == self.fail_page:
            return self._send(500, b"oops", "text/plain")
        items = [{API_NAMES[k]: v for k, v in row.items()} for row in self.rows[(page - 1) * size: page * size]]
        body = {"response": {"header": {"resultCode": "00", "resultMsg": "NORMAL SERVICE."},
                             "body": {"items": items, "totalCount": len(self.rows), "numOfRows": size,
                                      "pageNo": page}}}
        self._send(200, json.dumps(body, ensure_ascii=False).encode(), "application/json;charset=UTF-8")

    def _send(self, status: int, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def portal() -> Iterator[str]:
    FakePortal.rows = rows_of(NEW, "utf-8")
    FakePortal.requests = []
    FakePortal.fail_page = None
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakePortal)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/openapi/tn_pubr_public_lbrry_api"
    finally:
        server.shutdown()
        server.server_close()


def api_source(url: str) -> dict:
    return source({"api": {"url": url, "service_key_env": "TEST_PORTAL_KEY", "params": {"type": "json"},
                           "page_size": 100}, "mapping": "library"})


def test_openapi_pages_give_the_same_records_as_the_file(portal, tmp_path, monkeypatch):
    monkeypatch.setenv("TEST_PORTAL_KEY", FakePortal.key)
    api = run_crawl_process(tmp_path / "api", api_source(portal))
    csv_read = run_crawl_process(tmp_path / "csv", source({"file": str(NEW), "mapping": "library"}))
    assert api.returncode == 0, api.stderr
    assert api.stats["errors"] == {} and api.stats["complete"] is True
    assert api.stats["opendata"]["api_pages"] == 4  # 335 rows, 100 a page
    pages = sorted(int(q["pageNo"][0]) for q in FakePortal.requests if "pageNo" in q)
    assert pages == [1, 2, 3, 4]
    assert {k: r["fields"] for k, r in by_key(api).items()} == {k: r["fields"] for k, r in by_key(csv_read).items()}
    assert all("serviceKey" not in r["url"] and FakePortal.key not in r["url"] for r in api.of_type("facility"))


def test_openapi_gateway_error_is_counted_and_incomplete(portal, tmp_path, monkeypatch):
    monkeypatch.setenv("TEST_PORTAL_KEY", "wrong")
    result = run_crawl_process(tmp_path, api_source(portal))
    assert result.records == []
    assert result.stats["errors"] == {"api_30": 1} and result.stats["complete"] is False


def test_openapi_failed_page_makes_the_read_incomplete(portal, tmp_path, monkeypatch):
    monkeypatch.setenv("TEST_PORTAL_KEY", FakePortal.key)
    FakePortal.fail_page = 3
    result = run_crawl_process(tmp_path, api_source(portal), settings={"RETRY_TIMES": 0})
    assert len(result.of_type("facility")) == 235
    assert result.stats["complete"] is False
    assert result.stats["errors"] == {"http_500": 1}


def test_openapi_without_its_key_in_the_environment(portal, tmp_path, monkeypatch):
    monkeypatch.delenv("TEST_PORTAL_KEY", raising=False)
    result = run_crawl_process(tmp_path, api_source(portal))
    assert result.records == [] and result.stats["errors"] == {"missing_service_key": 1}
    assert FakePortal.requests == []
