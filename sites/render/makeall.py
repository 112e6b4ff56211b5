"""makeall-style ministry maker-space portal: filterable, paginated list pages and ``info.php`` detail pages.

Paths: ``/`` (home), ``/space/list.php?area=서울&lab=전문랩&page=2`` (list; every filter optional),
``/space/info.php?space_no=N`` (detail), ``/space/view.php?idx=N`` (old detail URL, 301 when ``redirect`` is on),
``/space/print.php?space_no=N`` (print view, disallowed by robots.txt when ``robots`` is on).
"""

from __future__ import annotations

import math
from urllib.parse import urlencode

from sites.paths import canonical
from sites.render.common import (
    FACTS_END,
    RenderOptions,
    SiteContent,
    add_detail,
    e,
    encode_page,
    latest,
    link_for,
    robots_txt,
    text_page,
)

SITE = "makeall"
PER_PAGE = 10
REGIONS = [
    "서울",
    "부산",
    "대구",
    "인천",
    "광주",
    "대전",
    "울산",
    "세종",
    "경기",
    "강원",
    "충북",
    "충남",
    "전북",
    "전남",
    "경북",
    "경남",
    "제주",
]
LABS = ["전문랩", "일반랩"]


def _layout(title: str, body: str) -> str:
    return (
        f'<!DOCTYPE html>\n<html lang="ko">\n<head>\n<meta charset="utf-8">\n<title>{e(title)} | 메이크올</title>\n'
        '<link rel="stylesheet" href="/css/common.css">\n</head>\n<body>\n<div id="wrap">\n'
        '<header id="header"><h1 class="logo"><a href="/">MAKEALL 메이크올</a></h1>\n'
        '<nav class="gnb"><a href="/space/list.php">메이커 스페이스 찾기</a> <a href="/notice/list.php">공지사항</a>'
        "</nav></header>\n"
        f'<div id="container">\n{body}\n</div>\n'
        '<footer id="footer"><p>중소벤처기업부 · 창업진흥원 | 메이커 스페이스 통합 플랫폼</p></footer>\n'
        "</div>\n</body>\n</html>\n"
    )


def _detail_html(r: dict) -> str:
    rows = [
        ("운영기관", e(r["operator"])),
        ("지역", e(r["region"])),
        ("주소", e(r["address"])),
        ("연락처", e(r["phone"])),
        ("운영시간", e(r["hours"])),
    ]
    if r["homepage"]:
        rows.append(("홈페이지", f'<a href="{e(r["homepage"])}" target="_blank">{e(r["homepage"])}</a>'))
    info = "\n".join(f'<tr><th scope="row">{k}</th><td>{v}</td></tr>' for k, v in rows)
    equip = (
        "\n".join(
            f'<tr><td class="eq-name">{e(n)}</td><td class="eq-count">{e(c)}</td></tr>' for n, c in r["equipment"]
        )
        or '<tr><td colspan="2">등록된 장비가 없습니다.</td></tr>'
    )
    edu = "\n".join(f"<li>{e(p)}</li>" for p in r["programmes"]) or "<li>진행 중인 프로그램이 없습니다.</li>"
    geo = f'<div id="map" class="map" data-lat="{r["lat"]}" data-lon="{r["lon"]}"></div>\n' if "lat" in r else ""
    body = (
        f'<div class="space-view" data-space-no="{e(r["key"])}">\n<div class="view-head">'
        f'<span class="badge lab-type">{e(r["lab_type"])}</span>\n<h2 class="space-name">{e(r["name"])}</h2></div>\n'
        f'<table class="tbl-info"><caption>기본정보</caption><tbody>\n{info}\n</tbody></table>\n{geo}'
        '<h3 class="tit">보유장비</h3>\n<table class="tbl-equip"><thead><tr><th>장비명</th><th>보유수량</th></tr>'
        f'</thead><tbody>\n{equip}\n</tbody></table>\n<h3 class="tit">교육 프로그램</h3>\n'
        f'<ul class="edu-list">\n{edu}\n</ul>\n'
        f'<p class="btn-area"><a class="btn-reserve" href="https://booking.makeall.com/reserve?space_no={e(r["key"])}">'
        f"장비·공간 예약하기</a></p>\n</div>\n{FACTS_END}\n"
        '<p class="back"><a href="/space/list.php">목록</a></p>'
    )
    return _layout(r["name"], body)


def _link(r: dict, opts: RenderOptions) -> str:
    return link_for(SITE, r["key"], f"/space/view.php?idx={r['key']}", opts)


def _list_html(items: list[dict], total: int, area: str, lab: str, page: int, pages: int, opts: RenderOptions) -> str:
    def q(**kw: object) -> str:
        params = {"area": area, "lab": lab, "page": page, **kw}
        query = urlencode({k: v for k, v in params.items() if v not in ("", None, 1)})
        return "/space/list.php" + (f"?{query}" if query else "")

    regions = " ".join(f'<a href="{e(q(area=a, page=1))}">{a or "전체"}</a>' for a in ["", *REGIONS])
    labs = " ".join(f'<a href="{e(q(lab=x, page=1))}">{x or "전체"}</a>' for x in ["", *LABS])
    rows = []
    for r in items:
        extra = f' <a class="print" href="/space/print.php?space_no={e(r["key"])}">인쇄</a>' if opts.robots else ""
        rows.append(
            f'<li class="space-item"><span class="region">[{e(r["region"])}]</span> '
            f'<span class="lab">{e(r["lab_type"])}</span> <a class="name" href="{e(_link(r, opts))}">'
            f'{e(r["name"])}</a> <span class="tel">{e(r["phone"])}</span>{extra}</li>'
        )
    paging = []
    if page > 1:
        paging.append(f'<a class="prev" href="{e(q(page=page - 1))}">이전</a>')
    paging += [
        f'<a href="{e(q(page=n))}">{n}</a>' if n != page else f"<strong>{n}</strong>" for n in range(1, pages + 1)
    ]
    if page < pages:
        paging.append(f'<a class="next" href="{e(q(page=page + 1))}">다음</a>')
    body = (
        f'<h2>메이커 스페이스 찾기</h2>\n<div class="filter region-filter">{regions}'
        f'</div>\n<div class="filter lab-filter">{labs}</div>\n'
        f'<p class="total">총 <em>{total}</em>건 (페이지 {page}/{max(pages, 1)})</p>\n'
        f'<ul class="space-list">\n'
        + ("\n".join(rows) or '<li class="empty">검색 결과가 없습니다.</li>')
        + '\n</ul>\n<div class="paging">'
        + " ".join(paging)
        + "</div>"
    )
    return _layout("메이커 스페이스 찾기", body)


def render(records: list[dict], opts: RenderOptions) -> SiteContent:
    """Every page of the makeall replica for these records."""
    out = SiteContent()
    records = sorted(records, key=lambda r: int(r["key"]), reverse=True)
    for r in records:
        html = _detail_html(r)
        add_detail(out, SITE, r, html, opts, f"/space/view.php?idx={r['key']}")
        if opts.robots:
            out.pages[canonical(f"/space/print.php?space_no={r['key']}")] = encode_page(
                html.replace('class="space-view"', 'class="space-view print"'), r["updated"]
            )
    for area in ["", *REGIONS]:
        for lab in ["", *LABS]:
            subset = [r for r in records if (not area or r["region"] == area) and (not lab or r["lab_type"] == lab)]
            pages = max(1, math.ceil(len(subset) / PER_PAGE))
            for page in range(1, pages + 1):
                items = subset[(page - 1) * PER_PAGE : page * PER_PAGE]
                html = _list_html(items, len(subset), area, lab, page, pages, opts)
                params = {"area": area, "lab": lab, "page": str(page)}
                target = canonical("/space/list.php?" + urlencode(params))
                out.pages[target] = encode_page(html, latest(items))
                if page == 1:
                    out.pages[canonical("/space/list.php?" + urlencode({"area": area, "lab": lab}))] = out.pages[target]
    home = _layout(
        "메이크올",
        '<h2>메이커 스페이스</h2>\n<p><a class="more" href="/space/list.php">전국 메이커 스페이스 '
        f"{len(records)}곳 보기</a></p>",
    )
    out.pages["/"] = encode_page(home, latest(records))
    out.disallowed = ["/space/print.php"] if opts.robots else []
    out.pages["/robots.txt"] = text_page(robots_txt(out.disallowed), "text/plain")
    return out
