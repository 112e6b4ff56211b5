"""메이커플레이스: a modern directory whose pages carry schema.org JSON-LD next to a visible ``<dl>`` of facts.

Detail pages use one of three JSON-LD shapes: a single ``LocalBusiness`` (``dayOfWeek`` as schema.org URLs, on one
page ``http://`` URLs and a bare string for a single day), an ``@graph`` of ``WebSite``, ``BreadcrumbList``, the
operator's ``Organization`` (with its own head-office address and phone) and the space (``dayOfWeek`` as names,
``opens`` with seconds on one page), or an ``@graph`` whose space is an ``Organization`` with a nested
``location`` ``Place`` holding the address, coordinates and opening hours. One page's JSON-LD is malformed (a
missing comma); its visible ``<dl>`` has every fact. The visible address and phone are shorter forms of the
structured ones (one page's visible phone is newer than its JSON-LD). The home page's JSON-LD is the directory's
own ``Organization`` and ``WebSite``; list pages carry an ``ItemList``.

Paths: ``/`` (featured spaces, newest spaces, an "오픈 예정" draft), ``/spaces?page=N`` (6 a page),
``/spaces/{id}`` (detail), ``/spaces/draft/{id}`` (a draft, disallowed under ``robots`` and linked from the home
page only then), ``/notice``, ``/notice/{n}``, ``/about``.
"""

from __future__ import annotations

import json
import math

from sites.render.common import RenderOptions, SiteContent, e, latest
from sites.render.private_kit import add_facility, add_page, add_robots, join_address

SITE = "makerplace_graph"
PER_PAGE = 6
FEATURED = ("1003", "1041", "1026")
DAY_NAMES = {
    "mon": "Monday",
    "tue": "Tuesday",
    "wed": "Wednesday",
    "thu": "Thursday",
    "fri": "Friday",
    "sat": "Saturday",
    "sun": "Sunday",
}
DAY_PREFIX = {"url": "https://schema.org/", "http": "http://schema.org/", "name": ""}
DIRECTORY = {
    "@type": "Organization",
    "@id": "{BASE}/#organization",
    "name": "메이커플레이스",
    "legalName": "(주)메이커플레이스",
    "url": "{BASE}/",
    "logo": "{BASE}/static/logo.png",
    "telephone": "1661-7410",
    "email": "help@makerplace.kr",
    "address": {
        "@type": "PostalAddress",
        "addressCountry": "KR",
        "addressRegion": "서울특별시",
        "addressLocality": "강남구",
        "streetAddress": "선릉로 551 8층",
        "postalCode": "06149",
    },
    "sameAs": ["https://www.instagram.com/makerplace.kr", "https://blog.naver.com/makerplace"],
}
DRAFT = {
    "key": "1099",
    "name": "행궁동 메이커하우스",
    "address": "경기 수원시 팔달구 신풍로 44 2층",
    "phone": "031-256-0099",
    "hours": "오픈 준비중",
}
NOTICES = [
    ("2", "2026 설 연휴 공간별 운영 안내", "2026-01-20"),
    ("1", "메이커플레이스 서비스 오픈 안내", "2024-09-02"),
]


def ld_hours(r: dict) -> list[dict]:
    """``openingHoursSpecification`` objects of a space, as the page writes them."""
    prefix = DAY_PREFIX[r["days_style"]]
    out = []
    for s in r["hours_spec"]:
        days = [prefix + DAY_NAMES[d] for d in s["days"]]
        opens, closes = (s["opens"] + ":00", s["closes"] + ":00") if r.get("seconds") else (s["opens"], s["closes"])
        out.append(
            {
                "@type": "OpeningHoursSpecification",
                "dayOfWeek": days[0] if r.get("single_day_string") and len(days) == 1 else days,
                "opens": opens,
                "closes": closes,
            }
        )
    return out


def expected_fields(r: dict) -> dict:
    """The facts of a detail page: JSON-LD values where it states them (they win over the visible text), the
    visible ``<dl>`` for the rest; the one malformed block is read once its missing comma is restored."""
    fields: dict = {"name": r["name"]}
    if r["alt_names"]:
        fields["alt_names"] = list(r["alt_names"])
    if r.get("operator"):
        fields["operator"] = r["operator"]
    # the malformed block (a missing comma) is repaired and read like any other (issue 14)
    fields["address"] = join_address(r["address"])
    if r["address"].get("postal"):
        fields["postal_code"] = r["address"]["postal"]
    fields["phone"] = r["telephone"]
    fields["hours"] = [dict(s) for s in r["hours_spec"]]
    if r.get("geo"):
        fields["lat"], fields["lon"] = r["geo"]
    if r.get("email"):
        fields["email"] = r["email"]
    fields["equipment"] = list(r["equipment"])
    fields["programmes"] = list(r["programmes"])
    if r.get("homepage"):
        fields["homepage"] = r["homepage"]
    if r.get("reservation_url"):
        fields["reservation_url"] = r["reservation_url"]
    fields["description"] = r["description"]
    fields["kind_text"] = r["kind_text"]
    return fields


def _postal(a: dict) -> dict:
    out = {"@type": "PostalAddress", "addressCountry": "KR", "addressRegion": a["region"]}
    if a.get("locality"):
        out["addressLocality"] = a["locality"]
    out["streetAddress"] = a["street"]
    if a.get("postal"):
        out["postalCode"] = a["postal"]
    return out


def _geo(r: dict) -> dict:
    lat, lon = r["geo"]
    return {"@type": "GeoCoordinates", "latitude": float(lat), "longitude": float(lon)}


def _breadcrumbs(r: dict) -> dict:
    items = [("홈", "{BASE}/"), ("공간 찾기", "{BASE}/spaces"), (r["name"], f"{{BASE}}/spaces/{r['key']}")]
    return {
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": i, "name": name, "item": url} for i, (name, url) in enumerate(items, 1)
        ],
    }


def _space_node(r: dict) -> dict:
    node: dict = {"@type": r["ld_type"], "@id": f"{{BASE}}/spaces/{r['key']}#space", "name": r["name"]}
    if r["alt_names"]:
        node["alternateName"] = r["alt_names"][0] if len(r["alt_names"]) == 1 else r["alt_names"]
    node["description"] = r["description"]
    if r.get("homepage"):
        node["url"] = r["homepage"]
    node["telephone"] = r["telephone"]
    if r.get("email"):
        node["email"] = r["email"]
    place = {"address": _postal(r["address"])}
    if r.get("geo"):
        place["geo"] = _geo(r)
    place["openingHoursSpecification"] = ld_hours(r)
    if r["variant"] == "nested":
        node["location"] = {"@type": "Place", "name": r["place_name"], **place}
    else:
        node.update(place)
    return node


def json_ld_blocks(r: dict) -> list[str]:
    """The ``application/ld+json`` texts of a detail page (the malformed one lacks a comma)."""
    if r["variant"] in ("lb", "broken"):
        space = {"@context": "https://schema.org", **_space_node(r)}
        blocks = [json.dumps(space, ensure_ascii=False, indent=2)]
        blocks.append(json.dumps({"@context": "https://schema.org", **_breadcrumbs(r)}, ensure_ascii=False, indent=2))
        if r["variant"] == "broken":
            line = f'  "telephone": "{r["telephone"]}",\n'
            blocks[0] = blocks[0].replace(line, line.replace('",', '"'), 1)
        return blocks
    graph: list[dict] = []
    if r["variant"] == "graph":
        graph.append({"@type": "WebSite", "@id": "{BASE}/#website", "name": "메이커플레이스", "url": "{BASE}/"})
    graph.append(_breadcrumbs(r))
    space = _space_node(r)
    if r.get("operator_node"):
        op = r["operator_node"]
        org: dict = {"@type": "Organization", "@id": f"{{BASE}}/spaces/{r['key']}#operator", "name": op["name"]}
        if op.get("address"):
            org["address"] = _postal(op["address"])
        if op.get("telephone"):
            org["telephone"] = op["telephone"]
        graph.append(org)
        space["parentOrganization"] = {"@id": org["@id"]}
    graph.append(space)
    return [json.dumps({"@context": "https://schema.org", "@graph": graph}, ensure_ascii=False, indent=2)]


def _shell(title: str, body: str, blocks: list[str], head: str = "") -> str:
    scripts = "".join(f'<script type="application/ld+json">\n{b}\n</script>\n' for b in blocks)
    return (
        '<!DOCTYPE html>\n<html lang="ko">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{e(title)} | 메이커플레이스</title>\n{head}{scripts}"
        '<link rel="stylesheet" href="/_next/static/css/app.css">\n</head>\n<body>\n<div id="__next">\n'
        '<header class="gnb"><a class="brand" href="/">메이커플레이스</a>\n'
        '<nav><a href="/spaces">공간 찾기</a> <a href="/notice">공지사항</a> <a href="/about">서비스 소개</a></nav>'
        f"</header>\n{body}\n"
        '<footer class="footer"><p>(주)메이커플레이스 · 고객센터 1661-7410 · help@makerplace.kr</p>'
        "<p>메이커플레이스는 공간 정보 중개자이며, 공간의 운영 책임은 각 운영자에게 있습니다.</p></footer>\n"
        "</div>\n</body>\n</html>\n"
    )


def _dl(pairs: list[tuple[str, str]]) -> str:
    return '<dl class="info">\n' + "\n".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in pairs) + "\n</dl>"


def _detail(r: dict) -> str:
    v, lab = r["visible"], r["labels"]
    digits = "".join(ch for ch in v["phone"] if ch.isdigit())
    pairs = [("분류", e(r["kind_text"])), (lab["address"], e(v["address"]))]
    pairs.append((lab["phone"], f'<a href="tel:{digits}">{e(v["phone"])}</a>'))
    if r.get("email"):
        pairs.append(("이메일", f'<a href="mailto:{e(r["email"])}">{e(r["email"])}</a>'))
    pairs.append((lab["hours"], e(v["hours"])))
    pairs.append((lab["equipment"], "<ul>" + "".join(f"<li>{e(x)}</li>" for x in r["equipment"]) + "</ul>"))
    pairs.append((lab["programmes"], "<ul>" + "".join(f"<li>{e(x)}</li>" for x in r["programmes"]) + "</ul>"))
    if r.get("operator"):
        pairs.append((lab["operator"], e(r["operator"])))
    if r.get("homepage"):
        pairs.append(
            ("홈페이지", f'<a href="{e(r["homepage"])}" target="_blank" rel="noopener">{e(r["homepage"])}</a>')
        )
    if r.get("reservation_url"):
        pairs.append(("예약", f'<a href="{e(r["reservation_url"])}" target="_blank" rel="noopener">네이버 예약</a>'))
    alt = "".join(f'<p class="name-en">{e(a)}</p>' for a in r["alt_names"])
    body = (
        '<nav class="breadcrumb"><a href="/">홈</a> › <a href="/spaces">공간 찾기</a> › '
        f'<span>{e(r["name"])}</span></nav>\n'
        f'<main class="space-detail">\n<div class="hero"><h1>{e(r["name"])}</h1>{alt}'
        f'<p class="lead">{e(r["description"])}</p></div>\n'
        f'<section class="space-info"><h2>공간 정보</h2>\n{_dl(pairs)}\n</section>\n'
        '<section class="notice-box"><p>방문 전 운영시간을 꼭 확인해 주세요.</p></section>\n</main>'
    )
    canonical = f'<link rel="canonical" href="{{BASE}}/spaces/{r["key"]}">\n'
    return _shell(r["name"], body, json_ld_blocks(r), canonical)


def _card(r: dict) -> str:
    a = r["visible"]["address"].split()
    return (
        f'<li class="card"><a href="/spaces/{r["key"]}"><strong>{e(r["name"])}</strong>'
        f"<span>{e(' '.join(a[:2]))} · {e(r['kind_text'])}</span></a></li>"
    )


def _list_pages(out: SiteContent, records: list[dict]) -> None:
    pages = max(1, math.ceil(len(records) / PER_PAGE))
    for page in range(1, pages + 1):
        chunk = records[(page - 1) * PER_PAGE : page * PER_PAGE]
        item_list = {
            "@context": "https://schema.org",
            "@type": "ItemList",
            "name": "공간 찾기",
            "itemListElement": [
                {
                    "@type": "ListItem",
                    "position": (page - 1) * PER_PAGE + i,
                    "url": f"{{BASE}}/spaces/{r['key']}",
                    "name": r["name"],
                }
                for i, r in enumerate(chunk, 1)
            ],
        }
        nav = " ".join(
            f'<span aria-current="page">{n}</span>' if n == page else f'<a href="/spaces?page={n}">{n}</a>'
            for n in range(1, pages + 1)
        )
        body = (
            '<main class="space-list"><h1>공간 찾기</h1>\n<ul class="cards">\n'
            + "\n".join(_card(r) for r in chunk)
            + f'\n</ul>\n<nav class="pagination">{nav}</nav></main>'
        )
        html = _shell("공간 찾기", body, [json.dumps(item_list, ensure_ascii=False, indent=2)])
        add_page(out, f"/spaces?page={page}", html, latest(chunk))
        if page == 1:
            add_page(out, "/spaces", html, latest(chunk))


def _home(records: list[dict], opts: RenderOptions) -> str:
    by_key = {r["key"]: r for r in records}
    featured = "\n".join(_card(by_key[k]) for k in FEATURED if k in by_key)
    newest = "\n".join(_card(r) for r in records[:3])
    draft = (
        '<section class="coming"><h2>오픈 예정</h2><ul class="cards"><li class="card">'
        f'<a href="/spaces/draft/{DRAFT["key"]}"><strong>{e(DRAFT["name"])}</strong><span>경기 수원시 · 준비중</span>'
        "</a></li></ul></section>\n"
        if opts.robots
        else ""
    )
    body = (
        '<main class="home">\n<section class="hero"><h1>만들고 싶은 게 있다면, 메이커플레이스</h1>'
        '<p>전국의 메이커스페이스·공방을 찾고 예약하세요.</p><a class="btn" href="/spaces">공간 찾기</a></section>\n'
        f'<section class="featured"><h2>이번 주 추천 공간</h2><ul class="cards">\n{featured}\n</ul></section>\n'
        f'<section class="new"><h2>새로 등록된 공간</h2><ul class="cards">\n{newest}\n</ul></section>\n{draft}</main>'
    )
    website = {
        "@type": "WebSite",
        "@id": "{BASE}/#website",
        "name": "메이커플레이스",
        "url": "{BASE}/",
        "publisher": {"@id": "{BASE}/#organization"},
        "potentialAction": {
            "@type": "SearchAction",
            "target": "{BASE}/spaces?q={search_term_string}",
            "query-input": "required name=search_term_string",
        },
    }
    graph = {"@context": "https://schema.org", "@graph": [DIRECTORY, website]}
    return _shell("전국 메이커 공간 찾기", body, [json.dumps(graph, ensure_ascii=False, indent=2)])


def _draft() -> str:
    ld = {
        "@context": "https://schema.org",
        "@type": "LocalBusiness",
        "name": DRAFT["name"],
        "telephone": DRAFT["phone"],
        "address": {
            "@type": "PostalAddress",
            "addressRegion": "경기도",
            "addressLocality": "수원시 팔달구",
            "streetAddress": "신풍로 44 2층",
        },
    }
    pairs = [("주소", e(DRAFT["address"])), ("전화", e(DRAFT["phone"])), ("운영시간", e(DRAFT["hours"]))]
    body = (
        f'<main class="space-detail draft"><p class="badge">임시저장 · 오픈 준비중</p><h1>{e(DRAFT["name"])}</h1>\n'
        f'<section class="space-info">{_dl(pairs)}</section></main>'
    )
    head = '<meta name="robots" content="noindex, nofollow">\n'
    return _shell(DRAFT["name"], body, [json.dumps(ld, ensure_ascii=False, indent=2)], head)


def _about() -> str:
    pairs = [
        ("회사명", "(주)메이커플레이스"),
        ("주소", "서울특별시 강남구 선릉로 551 8층"),
        ("대표전화", '<a href="tel:16617410">1661-7410</a>'),
        ("이메일", '<a href="mailto:help@makerplace.kr">help@makerplace.kr</a>'),
        ("운영시간", "평일 10:00~18:00 (점심 12:30~13:30)"),
    ]
    body = (
        '<main class="about"><h1>서비스 소개</h1><p>메이커플레이스는 전국의 메이커스페이스와 공방을 한곳에서 찾고 '
        "예약할 수 있는 서비스입니다. 공간 정보는 각 운영자가 직접 등록합니다.</p>\n"
        f'<section class="space-info"><h2>회사 정보</h2>{_dl(pairs)}</section></main>'
    )
    ld = {"@context": "https://schema.org", "@type": "AboutPage", "name": "서비스 소개", "about": DIRECTORY}
    return _shell("서비스 소개", body, [json.dumps(ld, ensure_ascii=False, indent=2)])


def _notices(out: SiteContent) -> None:
    items = "\n".join(f'<li><a href="/notice/{n}">{e(t)}</a> <time>{d}</time></li>' for n, t, d in NOTICES)
    add_page(
        out,
        "/notice",
        _shell("공지사항", f'<main><h1>공지사항</h1><ul class="notices">{items}</ul></main>', []),
        NOTICES[0][2],
    )
    texts = {
        "2": "<p>설 연휴(2월 16일~18일)에는 공간마다 운영시간이 다릅니다. 방문 전 각 공간에 확인해 주세요.</p>"
        "<table><tr><th>공간</th><th>연휴 운영</th></tr>"
        '<tr><td><a href="/spaces/1010">메이커스페이스 틈</a></td><td>휴무</td></tr>'
        '<tr><td><a href="/spaces/1026">동성로 메이커스튜디오</a></td><td>12:00~18:00</td></tr></table>',
        "1": "<p>메이커플레이스가 문을 열었습니다. 공간 운영자는 공간 등록 메뉴에서 정보를 올려 주세요.</p>",
    }
    for n, title, day in NOTICES:
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": title,
            "datePublished": day,
            "publisher": {"@id": "{BASE}/#organization"},
        }
        body = (
            f'<main class="notice"><h1>{e(title)}</h1><time>{day}</time>\n{texts[n]}\n<a href="/notice">목록</a></main>'
        )
        add_page(out, f"/notice/{n}", _shell(title, body, [json.dumps(ld, ensure_ascii=False, indent=2)]), day)


def render(records: list[dict], opts: RenderOptions) -> SiteContent:
    """Every page of the JSON-LD directory."""
    out = SiteContent()
    records = sorted(records, key=lambda r: -int(r["key"]))
    for r in records:
        add_facility(out, SITE, r, _detail(r))
    _list_pages(out, records)
    add_page(out, "/", _home(records, opts), latest(records))
    add_page(out, f"/spaces/draft/{DRAFT['key']}", _draft(), "2026-01-05")
    add_page(out, "/about", _about(), "2024-09-02")
    _notices(out)
    add_robots(out, opts, ["/spaces/draft/"])
    return out
