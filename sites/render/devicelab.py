"""ICT 디바이스랩 site: a JSON list API with cursor paging and HTML detail pages.

Paths: ``/`` (a script-driven shell with no links to labs), ``/api/labs?limit=N&cursor=TOKEN`` (JSON:
``{"items": [{"labId", "name", "region", "detailUrl"}], "next_cursor": str | null, "total": n}``; ``limit`` 1–20,
default 5; an unknown cursor answers 404), ``/lab/detail.html?labId=LAB001`` (detail), ``/lab/view.do?id=LAB001``
(old URL, 301 under ``redirect``), ``/api/internal/`` (disallowed under ``robots``).
"""

from __future__ import annotations

import base64
import json

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

SITE = "devicelab"
DEFAULT_LIMIT, MAX_LIMIT = 5, 20


def cursor_token(offset: int) -> str:
    """The opaque paging token for an offset."""
    return base64.urlsafe_b64encode(f"o:{offset}".encode()).decode().rstrip("=")


def _detail(r: dict) -> str:
    rows = [
        ("운영기관", r["operator"]),
        ("지역", r["region"]),
        ("주소", r["address"]),
        ("문의", r["phone"]),
        ("운영시간", r["hours"]),
    ]
    info = "\n".join(
        f'<dt>{k}</dt><dd class="{c}">{e(v)}</dd>'
        for (k, v), c in zip(rows, ["operator", "region", "address", "tel", "hours"], strict=True)
    )
    equip = "\n".join(f'<tr><td>{e(n)}</td><td class="num">{e(c)}</td></tr>' for n, c in r["equipment"])
    progs = "\n".join(f"<li>{e(p)}</li>" for p in r["programmes"])
    home = f'<p class="homepage"><a href="{e(r["homepage"])}">{e(r["homepage"])}</a></p>\n' if r["homepage"] else ""
    return (
        '<!doctype html>\n<html lang="ko"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width"><title>{e(r["name"])} | ICT 디바이스랩</title></head>\n'
        f'<body><main class="lab-detail" data-lab-id="{e(r["key"])}">\n<h1 class="lab-name">{e(r["name"])}</h1>\n'
        f'<dl class="lab-info">\n{info}\n</dl>\n{home}'
        f'<div class="lab-map" data-lat="{r["lat"]}" data-lng="{r["lon"]}"></div>\n'
        f'<section class="equipment"><h2>지원 장비</h2><table><thead><tr><th>장비</th><th>수량</th></tr></thead>'
        f"<tbody>\n{equip}\n</tbody></table></section>\n"
        f'<section class="programs"><h2>지원 프로그램</h2><ul>\n{progs}\n</ul></section>\n</main>\n{FACTS_END}\n'
        "<footer>과학기술정보통신부 · 정보통신산업진흥원</footer></body></html>\n"
    )


def render(records: list[dict], opts: RenderOptions) -> SiteContent:
    """Every page of the 디바이스랩 replica."""
    out = SiteContent()
    records = sorted(records, key=lambda r: r["key"])
    items = []
    for r in records:
        old = f"/lab/view.do?id={r['key']}"
        add_detail(out, SITE, r, _detail(r), opts, old)
        items.append(
            {
                "labId": r["key"],
                "name": r["name"],
                "region": r["region"],
                "detailUrl": link_for(SITE, r["key"], old, opts),
                "updatedAt": r["updated"],
            }
        )
    for limit in range(1, MAX_LIMIT + 1):
        for offset in range(0, max(len(items), 1), limit):
            nxt = offset + limit
            body = {
                "items": items[offset:nxt],
                "next_cursor": cursor_token(nxt) if nxt < len(items) else None,
                "total": len(items),
            }
            page = text_page(json.dumps(body, ensure_ascii=False), "application/json", latest(records[offset:nxt]))
            params = [f"limit={limit}"] + ([f"cursor={cursor_token(offset)}"] if offset else [])
            out.pages[canonical("/api/labs?" + "&".join(params))] = page
            if limit == DEFAULT_LIMIT:
                out.pages[canonical("/api/labs" + (f"?cursor={cursor_token(offset)}" if offset else ""))] = page
    shell = (
        '<!doctype html>\n<html lang="ko"><head><meta charset="utf-8"><title>ICT 디바이스랩</title></head>\n'
        '<body><div id="app"></div><noscript>JavaScript가 필요합니다.</noscript>'
        '<a href="/api/internal/stats" hidden>stats</a>\n<script src="/static/app.js"></script></body></html>\n'
    )
    out.pages["/"] = encode_page(shell, latest(records))
    out.disallowed = ["/api/internal/"] if opts.robots else []
    out.pages["/robots.txt"] = text_page(robots_txt(out.disallowed), "text/plain")
    return out
