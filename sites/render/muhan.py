"""무한상상실 information site: an older JSP-style site with table layouts and legacy encodings.

Paths: ``/room/list.do?type=hub|small&pageIndex=N`` (list, EUC-KR with the charset only in the HTTP header),
``/room/detail.do?roomId=MH0001`` (detail), ``/sangsang/view.jsp?no=MH0001`` (old URL, 301 under ``redirect``),
``/search/`` (disallowed by robots.txt under ``robots``). Detail pages come in four encodings: UTF-8; CP949 with
the charset only in the header; CP949 with the charset only in ``<meta>``; and one page that declares UTF-8 (header
and meta) while its body is CP949.
"""

from __future__ import annotations

import math
from urllib.parse import urlencode

from sites.paths import canonical
from sites.render.common import (
    FACTS_END,
    Page,
    RenderOptions,
    SiteContent,
    add_detail,
    bucket,
    e,
    http_date,
    latest,
    link_for,
    robots_txt,
    text_page,
)

SITE = "muhan"
PER_PAGE = 15
TYPES = {"hub": "거점", "small": "소규모"}


def encoding_of(key: str, wrong_key: str) -> str:
    """How a detail page is encoded: ``utf-8``, ``cp949-header``, ``cp949-meta`` or ``cp949-wrong``."""
    if key == wrong_key:
        return "cp949-wrong"
    b = bucket(SITE, key, "encoding")
    return "cp949-header" if b < 350 else ("cp949-meta" if b < 600 else "utf-8")


def wrong_charset_key(records: list[dict]) -> str:
    """The one page whose declared charset is wrong: the UTF-8-class key with the lowest bucket."""
    utf8 = [r["key"] for r in records if bucket(SITE, r["key"], "encoding") >= 600]
    return min(utf8, key=lambda k: bucket(SITE, k, "wrong")) if utf8 else ""


def _layout(title: str, body: str, meta: str) -> str:
    return (
        f"<html>\n<head>\n{meta}<title>{e(title)} - 무한상상실</title>\n</head>\n"
        '<body bgcolor="#ffffff">\n<table width="960" align="center" border="0"><tr><td>\n'
        '<img src="/images/logo.gif" alt="무한상상실"> <a href="/room/list.do">무한상상실 찾기</a> | '
        '<a href="/search/room.do">통합검색</a>\n</td></tr><tr><td>\n'
        f'{body}\n</td></tr>\n<tr><td><font size="2">한국과학창의재단 | 과학기술정보통신부</font></td></tr>\n'
        "</table>\n</body>\n</html>\n"
    )


def _detail(r: dict, meta: str) -> str:
    rows = [
        ("무한상상실명", e(r["name"])),
        ("구분", f"{e(r['room_type'])}형 무한상상실"),
        ("운영기관", e(r["host"])),
        ("지역", e(r["region"])),
        ("주소", e(r["address"])),
        ("전화번호", e(r["phone"])),
        ("이용시간", e(r["hours"])),
        ("보유장비", e(r["equipment_line"]) or "-"),
        ("주요 프로그램", "<br>".join(e(p) for p in r["programmes"]) or "-"),
    ]
    if r["homepage"]:
        rows.append(("홈페이지", f'<a href="{e(r["homepage"])}">{e(r["homepage"])}</a>'))
    table = "\n".join(f'<tr><td class="tit" width="150">{k}</td><td class="con">{v}</td></tr>' for k, v in rows)
    body = (
        f'<h3 class="sub_tit">무한상상실 상세정보</h3>\n<table class="view_table" border="1" cellspacing="0" '
        f'summary="무한상상실 상세정보">\n{table}\n</table>\n{FACTS_END}\n'
        '<p><a href="/room/list.do">[목록으로]</a></p>'
    )
    return _layout(r["name"], body, meta)


def render(records: list[dict], opts: RenderOptions) -> SiteContent:
    """Every page of the 무한상상실 replica."""
    out = SiteContent()
    records = sorted(records, key=lambda r: r["key"])
    wrong = wrong_charset_key(records)
    utf8_meta = '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
    euc_meta = '<meta http-equiv="Content-Type" content="text/html; charset=euc-kr">\n'
    for r in records:
        old = f"/sangsang/view.jsp?no={r['key']}"
        enc = encoding_of(r["key"], wrong)
        if enc == "utf-8":
            add_detail(out, SITE, r, _detail(r, utf8_meta), opts, old)
        elif enc == "cp949-header":
            add_detail(out, SITE, r, _detail(r, ""), opts, old, encoding="cp949", header_charset="euc-kr")
        elif enc == "cp949-meta":
            add_detail(out, SITE, r, _detail(r, euc_meta), opts, old, encoding="cp949", header_charset=None)
        else:
            add_detail(out, SITE, r, _detail(r, utf8_meta), opts, old, encoding="cp949", header_charset="utf-8")
    for type_key in ["", *TYPES]:
        subset = [r for r in records if not type_key or r["room_type"] == TYPES[type_key]]
        pages = max(1, math.ceil(len(subset) / PER_PAGE))
        for page in range(1, pages + 1):
            items = subset[(page - 1) * PER_PAGE : page * PER_PAGE]
            rows = "\n".join(
                f'<tr><td>{e(r["region"])}</td><td>{e(r["room_type"])}</td><td class="left">'
                f'<a href="{e(link_for(SITE, r["key"], "/sangsang/view.jsp?no=" + r["key"], opts))}">{e(r["name"])}</a>'
                f"</td><td>{e(r['host'])}</td></tr>"
                for r in items
            )

            def href(n: int, t: str = type_key) -> str:
                return "/room/list.do?" + urlencode({k: v for k, v in {"type": t, "pageIndex": n}.items() if v})

            paging = " ".join(
                f'<a href="{e(href(n))}">[{n}]</a>' if n != page else f"<b>[{n}]</b>" for n in range(1, pages + 1)
            )
            tabs = " | ".join(
                f'<a href="/room/list.do{"?type=" + k if k else ""}">{v}</a>' for k, v in {"": "전체", **TYPES}.items()
            )
            body = (
                f'<h3 class="sub_tit">무한상상실 현황</h3>\n<p class="tab">{tabs}</p>\n'
                f'<p>전체 {len(subset)}개소</p>\n<table class="list_table" border="1">\n'
                "<tr><th>지역</th><th>구분</th><th>무한상상실명</th><th>운영기관</th></tr>\n"
                f'{rows}\n</table>\n<div class="paging">{paging}</div>'
            )
            html = _layout("무한상상실 현황", body, "")
            page_obj = Page(
                body=html.encode("cp949", errors="xmlcharrefreplace"),
                content_type="text/html; charset=euc-kr",
                last_modified=http_date(latest(items)),
            )
            out.pages[canonical(href(page))] = page_obj
            if page == 1:
                out.pages[canonical("/room/list.do" + (f"?type={type_key}" if type_key else ""))] = page_obj
    out.pages["/"] = out.pages["/room/list.do"]
    out.disallowed = ["/search/"] if opts.robots else []
    out.pages["/robots.txt"] = text_page(robots_txt(out.disallowed), "text/plain")
    return out
