"""공방 guide whose detail pages are reachable only through ``sitemap.xml`` (a sitemap index).

Paths: ``/`` (no links to workshops), ``/sitemap.xml`` (index → ``/sitemaps/workshops-1.xml``,
``/sitemaps/workshops-2.xml``, ``/sitemaps/pages.xml``), ``/w/{slug}`` (detail), ``/workshop/{slug}.html`` (old URL,
301 under ``redirect``; the sitemap lists the old URL for those), ``/private/`` (disallowed under ``robots``; the
pages sitemap lists one such URL). robots.txt always names the sitemap.
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

SITE = "workshop_sitemap"
LIVE = "https://www.gongbang-map.kr"


def _detail(r: dict) -> str:
    facts = [("주소", r["address"]), ("연락처", r["phone"]), ("운영 시간", r["hours"]), ("운영", r["operator"])]
    dl = "\n".join(f"<dt>{k}</dt><dd>{e(v)}</dd>" for k, v in facts if v)
    equip = "\n".join(f"<li>{e(n)} <small>{e(c)}</small></li>" for n, c in r["equipment"])
    progs = "\n".join(f"<li>{e(p)}</li>" for p in r["programmes"])
    home = f'<p class="web"><a rel="external" href="{e(r["homepage"])}">웹사이트</a></p>\n' if r["homepage"] else ""
    return (
        '<!doctype html>\n<html lang="ko"><head><meta charset="utf-8">\n'
        f'<title>{e(r["name"])} - 공방지도</title><link rel="canonical" href="{LIVE}/w/{e(r["key"])}"></head>\n'
        f'<body>\n<div class="workshop">\n<h1 class="title">{e(r["name"])}</h1>\n<dl class="facts">\n{dl}\n</dl>\n'
        f'{home}<h2>장비</h2>\n<ul class="tools">\n{equip}\n</ul>\n'
        f'<h2>클래스</h2>\n<ul class="classes">\n{progs}\n</ul>\n'
        f"</div>\n{FACTS_END}\n<footer>공방지도</footer>\n</body></html>\n"
    )


def _urlset(urls: list[tuple[str, str]], base: str) -> str:
    body = "\n".join(f"<url><loc>{base}{e(path)}</loc><lastmod>{day}</lastmod></url>" for path, day in urls)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        f"{body}\n</urlset>\n"
    )


def render(records: list[dict], opts: RenderOptions) -> SiteContent:
    """Every page of the sitemap-only workshop replica (sitemap URLs are absolute: ``{BASE}`` is replaced by the
    server with ``http://`` and the request's Host header)."""
    out = SiteContent()
    records = sorted(records, key=lambda r: r["key"])
    urls = []
    for r in records:
        old = f"/workshop/{r['key']}.html"
        add_detail(out, SITE, r, _detail(r), opts, old)
        urls.append((link_for(SITE, r["key"], old, opts), r["updated"]))
    half = (len(urls) + 1) // 2
    base = "{BASE}"
    out.pages["/sitemaps/workshops-1.xml"] = text_page(
        _urlset(urls[:half], base), "application/xml", latest(records[:half])
    )
    out.pages["/sitemaps/workshops-2.xml"] = text_page(
        _urlset(urls[half:], base), "application/xml", latest(records[half:])
    )
    pages = [("/", "2024-01-01"), ("/about.html", "2024-01-01")] + (
        [("/private/members.html", "2024-01-01")] if opts.robots else []
    )
    out.pages["/sitemaps/pages.xml"] = text_page(_urlset(pages, base), "application/xml")
    index = "\n".join(
        f"<sitemap><loc>{base}/sitemaps/{n}</loc></sitemap>"
        for n in ("workshops-1.xml", "workshops-2.xml", "pages.xml")
    )
    out.pages["/sitemap.xml"] = text_page(
        '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns='
        f'"http://www.sitemaps.org/schemas/sitemap/0.9">\n{index}\n</sitemapindex>\n',
        "application/xml",
        latest(records),
    )
    out.pages["/"] = encode_page(
        '<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>공방지도</title>'
        "</head><body><h1>공방지도</h1><p>가까운 공방은 앱에서 찾아보세요.</p>"
        '<a href="/about.html">소개</a></body></html>\n',
        "2024-01-01",
    )
    out.pages["/about.html"] = encode_page(
        '<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>소개'
        "</title></head><body><p>전국 공방 안내 서비스</p></body></html>\n",
        "2024-01-01",
    )
    out.disallowed = ["/private/"] if opts.robots else []
    out.pages["/robots.txt"] = text_page(robots_txt(out.disallowed, sitemap="{BASE}/sitemap.xml"), "text/plain")
    return out
