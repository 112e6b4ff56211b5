"""창조경제혁신센터 portal: one national page listing the regional centres, one page per centre.

Paths: ``/`` (portal with the centre list), ``/{region}/center/info.do`` (a centre: 전담기업, 특화산업, address,
its maker space and equipment), ``/{region}/`` (the old centre URL, 301 under ``redirect``), ``/member/``
(disallowed under ``robots``).
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

SITE = "ccei"


def _layout(title: str, body: str) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="ko">\n<head>\n<meta charset="UTF-8">\n'
        f'<title>{e(title)}</title>\n</head>\n<body>\n<header class="ccei-header"><a href="/">창조경제혁신센터</a>'
        ' <a href="/member/login.do">로그인</a></header>\n'
        f'<div class="content">\n{body}\n</div>\n<footer>창조경제혁신센터 | 중소벤처기업부</footer>\n</body>\n</html>\n'
    )


def _detail(r: dict) -> str:
    facts = [
        ("센터명", r["name"]),
        ("운영기관", r["operator"]),
        ("전담기업", r["partner"]),
        ("특화산업", r["industry"]),
        ("주소", r["address"]),
        ("대표전화", r["phone"]),
        ("운영시간", r["hours"]),
        ("면적", r["area"]),
    ]
    rows = "\n".join(
        f'<li><strong class="label">{k}</strong> <span class="value">{e(v)}</span></li>' for k, v in facts if v
    )
    equip = "\n".join(f'<li class="equip">{e(n)} <span class="cnt">{e(c)}</span></li>' for n, c in r["equipment"])
    progs = "\n".join(f"<li>{e(p)}</li>" for p in r["programmes"])
    alt = f'<p class="alias">({e(", ".join(r["alt_names"]))})</p>\n' if r["alt_names"] else ""
    body = (
        f'<section class="center-intro" data-region="{e(r["key"])}">\n<h2 class="center-name">{e(r["name"])}</h2>\n'
        f'{alt}<ul class="center-facts">\n{rows}\n</ul>\n'
        f'<h3>메이커스페이스</h3>\n<ul class="maker-equipment">\n{equip or "<li>장비 정보 준비 중</li>"}\n</ul>\n'
        f'<h3>주요 사업</h3>\n<ul class="programs">\n{progs}\n</ul>\n</section>\n{FACTS_END}'
    )
    return _layout(r["name"], body)


def render(records: list[dict], opts: RenderOptions) -> SiteContent:
    """Every page of the 창조경제혁신센터 replica."""
    out = SiteContent()
    records = sorted(records, key=lambda r: r["key"])
    links = []
    for r in records:
        old = f"/{r['key']}/"
        add_detail(out, SITE, r, _detail(r), opts, old)
        links.append(f'<li><a href="{e(link_for(SITE, r["key"], old, opts))}">{e(r["region"])}</a></li>')
    portal = _layout(
        "전국 창조경제혁신센터",
        f'<h2>전국 창조경제혁신센터 ({len(records)}개)</h2>\n<ul class="center-list">\n' + "\n".join(links) + "\n</ul>",
    )
    out.pages["/"] = encode_page(portal, latest(records))
    out.disallowed = ["/member/"] if opts.robots else []
    out.pages["/robots.txt"] = text_page(robots_txt(out.disallowed), "text/plain")
    return out
