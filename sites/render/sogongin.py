"""소상공인시장진흥공단 press releases about 소공인 복합지원센터: facts in a table inside a press release.

Paths: ``/sup/news/pressList.do?pageIndex=N`` (10 per page, newest first), ``/sup/news/pressView.do?nttId=N``
(a press release; only releases with a ``센터 개요`` table are facility pages — a few are notices),
``/bbs/pressView.do?seq=N`` (old URL, 301 under ``redirect``), ``/sup/news/download.do`` (attachments, disallowed
under ``robots``).
"""

from __future__ import annotations

import math

from sites.paths import canonical, detail_path
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

SITE = "sogongin"
PER_PAGE = 10
NOTICES = [
    ("10232", "2024-02-13", "2024년 소공인 특화지원사업 참여기업 모집 공고"),
    ("10262", "2024-07-01", "소공인 스마트공방 기술보급사업 설명회 개최 안내"),
    ("10290", "2025-01-20", "소공인 판로개척 지원사업 선정 결과 안내"),
    ("10311", "2025-04-07", "소공인 클린제조환경 조성사업 신청 기간 연장"),
    ("10345", "2025-09-15", "소공인 복합지원센터 공모 접수 마감 안내"),
]


def _layout(title: str, body: str) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="ko"><head><meta charset="utf-8">\n'
        f"<title>{e(title)} | 보도자료 | 소상공인시장진흥공단</title></head>\n<body>\n"
        '<div id="gnb"><a href="/">소상공인시장진흥공단</a> &gt; <a href="/sup/news/pressList.do">보도자료</a></div>\n'
        f'<div id="contents">\n{body}\n</div>\n<div id="footer">소상공인시장진흥공단</div>\n</body></html>\n'
    )


def _title(r: dict) -> str:
    return f"{r['sigungu']} {r['industry']} 집적지에 「{r['name']}」 문 연다"


def _article(key: str, date: str, title: str, paragraphs: list[str], table: str) -> str:
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return _layout(
        title,
        f'<div class="board-view" data-ntt-id="{e(key)}">\n<h3 class="view-title">{e(title)}</h3>\n'
        f'<div class="view-info"><span>등록일 {e(date)}</span> <span>담당부서 소공인지원실</span></div>\n'
        f'<div class="view-content">\n{body}\n{table}</div>\n{FACTS_END}\n'
        f'<p class="file"><a href="/sup/news/download.do?nttId={e(key)}&amp;fileSn=1">보도자료.hwp</a></p>\n'
        "</div>",
    )


def _detail(r: dict) -> str:
    facts = [
        ("센터명", r["name"]),
        ("소재지", r["address"]),
        ("집적지 업종", r["industry"]),
        ("연면적", r["area"]),
        ("운영기관", r["operator"]),
        ("주요 장비", r["equipment_line"]),
        ("운영시간", r["hours"]),
        ("문의", r["phone"]),
    ]
    rows = "\n".join(f'<tr><th scope="row">{k}</th><td>{e(v)}</td></tr>' for k, v in facts if v)
    table = (
        f'<table class="tbl-summary" summary="센터 개요"><caption>센터 개요</caption>\n'
        f'<colgroup><col width="20%"><col></colgroup>\n<tbody>\n{rows}\n</tbody></table>\n'
    )
    paragraphs = [
        f"중소벤처기업부와 소상공인시장진흥공단은 {e(r['sigungu'])} 지역 {e(r['industry'])} 소공인의 "
        f"공동 생산·판로를 지원하기 위해 「{e(r['name'])}」을 운영한다고 밝혔다.",
        "센터는 공용장비실, 공동작업장, 교육장 등을 갖추고 있으며 주요 프로그램은 다음과 같다: "
        + ", ".join(e(p) for p in r["programmes"])
        + ".",
    ]
    return _article(r["key"], r["updated"], _title(r), paragraphs, table)


def render(records: list[dict], opts: RenderOptions) -> SiteContent:
    """Every page of the 소공인 press-release replica."""
    out = SiteContent()
    entries = []
    for r in records:
        old = f"/bbs/pressView.do?seq={r['key']}"
        add_detail(out, SITE, r, _detail(r), opts, old)
        entries.append((int(r["key"]), r["updated"], _title(r), link_for(SITE, r["key"], old, opts)))
    for key, date, title in NOTICES:
        html = _article(key, date, title, [f"{e(title)}에 관한 자세한 내용은 첨부파일을 참고하시기 바랍니다."], "")
        out.pages[detail_path(SITE, key)] = encode_page(html, date)
        entries.append((int(key), date, title, detail_path(SITE, key)))
    entries.sort(reverse=True)
    pages = max(1, math.ceil(len(entries) / PER_PAGE))
    for page in range(1, pages + 1):
        chunk = entries[(page - 1) * PER_PAGE : page * PER_PAGE]
        rows = "\n".join(
            f'<tr><td class="num">{k}</td><td class="subject"><a href="{e(link)}">{e(t)}</a></td>'
            f'<td class="date">{d}</td></tr>'
            for k, d, t, link in chunk
        )
        paging = " ".join(
            f'<a href="/sup/news/pressList.do?pageIndex={n}">{n}</a>' if n != page else f"<strong>{n}</strong>"
            for n in range(1, pages + 1)
        )
        html = _layout(
            "보도자료",
            f'<h2>보도자료</h2>\n<table class="board-list">\n<thead><tr><th>번호</th><th>제목</th>'
            f"<th>등록일</th></tr></thead>\n<tbody>\n{rows}\n</tbody></table>\n"
            f'<div class="pagination">{paging}</div>',
        )
        page_obj = encode_page(html, max(d for _, d, _, _ in chunk))
        out.pages[canonical(f"/sup/news/pressList.do?pageIndex={page}")] = page_obj
        if page == 1:
            out.pages["/sup/news/pressList.do"] = page_obj
    out.pages["/"] = encode_page(
        _layout("소상공인시장진흥공단", '<a href="/sup/news/pressList.do">보도자료</a>'), latest(records)
    )
    out.disallowed = ["/sup/news/download.do"] if opts.robots else []
    out.pages["/robots.txt"] = text_page(robots_txt(out.disallowed), "text/plain")
    return out
