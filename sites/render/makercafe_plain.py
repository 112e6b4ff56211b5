"""Maker café listing in plain HTML: no classes, ids or structured data; relative links.

Paths: ``/branches.html`` (all cafés), ``/branch_view.html?id=N`` (detail), ``/branch.php?no=N`` (old URL, 301
under ``redirect``), ``/cgi-bin/`` (disallowed under ``robots``).
"""

from __future__ import annotations

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

SITE = "makercafe_plain"


def _detail(r: dict) -> str:
    lines = [
        ("주소", r["address"]),
        ("전화", r["phone"]),
        ("영업시간", r["hours"]),
        ("보유 장비", r["equipment_line"]),
        ("프로그램", ", ".join(r["programmes"])),
    ]
    paras = "\n".join(f"<p><b>{k}</b> : {e(v)}</p>" for k, v in lines if v)
    home = f'<p><b>홈페이지</b> : <a href="{e(r["homepage"])}">{e(r["homepage"])}</a></p>\n' if r["homepage"] else ""
    return (
        f'<html><head><meta charset="utf-8"><title>{e(r["name"])}</title></head>\n<body>\n'
        f'<a href="branches.html">&lt; 목록</a>\n<h2>{e(r["name"])}</h2>\n<hr>\n{paras}\n{home}{FACTS_END}\n'
        "<hr>\n<p>메이커카페 모음 · 문의는 각 매장으로</p>\n</body></html>\n"
    )


def render(records: list[dict], opts: RenderOptions) -> SiteContent:
    """Every page of the plain-HTML café replica."""
    out = SiteContent()
    records = sorted(records, key=lambda r: int(r["key"]))
    items = []
    for r in records:
        old = f"/branch.php?no={r['key']}"
        add_detail(out, SITE, r, _detail(r), opts, old)
        items.append(f'<li><a href="{e(link_for(SITE, r["key"], old, opts).lstrip("/"))}">{e(r["name"])}</a></li>')
    html = (
        '<html><head><meta charset="utf-8"><title>메이커카페 모음</title></head>\n<body>\n<h1>메이커카페 모음</h1>\n'
        "<ul>\n" + "\n".join(items) + '\n</ul>\n<p><a href="/cgi-bin/board.cgi">게시판</a></p>\n</body></html>\n'
    )
    out.pages["/branches.html"] = encode_page(html, latest(records))
    out.pages["/"] = out.pages["/branches.html"]
    out.disallowed = ["/cgi-bin/"] if opts.robots else []
    out.pages["/robots.txt"] = text_page(robots_txt(out.disallowed), "text/plain")
    return out
