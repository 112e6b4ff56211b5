"""Makers Map Korea: a bilingual directory whose pages carry schema.org microdata only (no JSON-LD).

Detail pages are ``itemscope`` ``LocalBusiness`` or ``Place`` items (one in ``http://schema.org``) with a nested
``PostalAddress`` and, on some, ``GeoCoordinates``; labels are English (Address/Location, Tel/Phone, Hours/Opening
hours …). Opening hours are a ``<meta itemprop="openingHours">`` on some pages and visible text only on others;
the website link's microdata value is its ``href``. Every page's footer is the directory's own ``Organization``
item; list pages carry an ``ItemList``, detail pages a ``BreadcrumbList``.

Paths: ``/`` (home, the two newest spaces), ``/spaces`` (the first 8), ``/spaces/more.json?page=N`` (the "더보기"
button's JSON, 4 items a page, ``next`` until the last), ``/space/{slug}`` (detail), ``/about``, ``/account/``
(disallowed under ``robots``, linked as "Sign in").
"""

from __future__ import annotations

import json

from sites.render.common import RenderOptions, SiteContent, bucket, e, latest
from sites.render.private_kit import add_facility, add_json, add_page, add_robots, join_address

SITE = "makersmap_microdata"
FIRST = 8
PER_JSON_PAGE = 4
SCHEMA = "https://schema.org/"
ORG = {
    "name": "Makers Map Korea (메이커스맵코리아)",
    "address": "서울특별시 마포구 성암로 189, 12층",
    "telephone": "02-6952-0410",
    "email": "hello@makersmap.kr",
}
LABEL_SETS = (
    {
        "address": "Address",
        "phone": "Tel",
        "hours": "Hours",
        "equipment": "Equipment",
        "programmes": "Programs",
        "operator": "Operator",
    },
    {
        "address": "Location",
        "phone": "Phone",
        "hours": "Opening hours",
        "equipment": "Tools",
        "programmes": "Classes",
        "operator": "Run by",
    },
)


def expected_fields(r: dict) -> dict:
    """The facts of a detail page: microdata values where the page has them, visible text for the rest."""
    fields: dict = {"name": r["name"], "alt_names": [r["alt"]], "kind_text": r["category"]}
    if r.get("description"):
        fields["description"] = r["description"]
    fields["address"] = join_address(r["address"])
    if r["address"].get("postal"):
        fields["postal_code"] = r["address"]["postal"]
    fields["phone"] = r["phone"]
    if r.get("email"):
        fields["email"] = r["email"]
    if r.get("homepage"):
        fields["homepage"] = r["homepage"]
    fields["hours"] = r["hours_meta"] or r["hours_text"]
    if r.get("operator"):
        fields["operator"] = r["operator"]
    fields["equipment"] = list(r["equipment"])
    if r.get("programmes"):
        fields["programmes"] = list(r["programmes"])
    if r.get("geo"):
        fields["lat"], fields["lon"] = r["geo"]
    return fields


def _labels(key: str) -> dict:
    return LABEL_SETS[bucket(SITE, key, "labels") % 2]


def _shell(title: str, body: str, opts: RenderOptions, canonical: str = "") -> str:
    sign_in = '<a href="/account/login">Sign in</a>' if opts.robots else ""
    link = f'<link rel="canonical" href="{{BASE}}{e(canonical)}">\n' if canonical else ""
    return (
        '<!DOCTYPE html>\n<html lang="ko">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{e(title)} | Makers Map Korea</title>\n{link}"
        '<link rel="stylesheet" href="/static/app.css">\n</head>\n<body>\n'
        '<header class="site-header"><a class="logo" href="/">Makers Map <span>Korea</span></a>\n'
        f'<nav class="gnb"><a href="/spaces">Spaces</a> <a href="/about">About</a> {sign_in}</nav></header>\n'
        f"<main>\n{body}\n</main>\n"
        f'<footer class="site-footer" itemscope itemtype="{SCHEMA}Organization">\n'
        f'<span itemprop="name">{e(ORG["name"])}</span> · <span itemprop="address">{e(ORG["address"])}</span> · '
        f'Tel <span itemprop="telephone">{e(ORG["telephone"])}</span> · '
        f'<a href="mailto:{ORG["email"]}"><span itemprop="email">{ORG["email"]}</span></a>\n'
        "<p>© 2025 Makers Map Korea. Listings are provided by each space.</p>\n</footer>\n</body>\n</html>\n"
    )


def _address(a: dict, order: str) -> str:
    region = f'<span itemprop="addressRegion">{e(a["region"])}</span>'
    locality = f'<span itemprop="addressLocality">{e(a["locality"])}</span>' if a["locality"] else ""
    street = f'<span itemprop="streetAddress">{e(a["street"])}</span>'
    postal = f'<span itemprop="postalCode">{e(a["postal"])}</span>' if a.get("postal") else ""
    if order == "ko":
        text = " ".join(p for p in (region, locality, street) if p) + (f" ({postal})" if postal else "")
    else:
        text = ", ".join(p for p in (street, locality, region) if p) + (f" {postal}" if postal else "")
    return f'<span itemprop="address" itemscope itemtype="{SCHEMA}PostalAddress">{text}</span>'


def _crumbs(r: dict) -> str:
    items = [("Home", "/"), ("Spaces", "/spaces"), (r["name"], f"/space/{r['key']}")]
    lis = "".join(
        f'<li itemprop="itemListElement" itemscope itemtype="{SCHEMA}ListItem">'
        f'<a itemprop="item" href="{e(href)}"><span itemprop="name">{e(name)}</span></a>'
        f'<meta itemprop="position" content="{i}"></li>'
        for i, (name, href) in enumerate(items, 1)
    )
    return f'<nav class="crumbs"><ol itemscope itemtype="{SCHEMA}BreadcrumbList">{lis}</ol></nav>'


def _detail(r: dict, opts: RenderOptions) -> str:
    lab = _labels(r["key"])
    facts = [f'<li><span class="k">{lab["address"]}</span> {_address(r["address"], r["order"])}</li>']
    facts.append(
        f'<li><span class="k">{lab["phone"]}</span> <a href="tel:{e(r["tel_href"])}">'
        f'<span itemprop="telephone">{e(r["phone"])}</span></a></li>'
    )
    if r.get("email"):
        facts.append(
            f'<li><span class="k">Email</span> <a href="mailto:{e(r["email"])}">'
            f'<span itemprop="email">{e(r["email"])}</span></a></li>'
        )
    meta = f'<meta itemprop="openingHours" content="{e(r["hours_meta"])}">' if r["hours_meta"] else ""
    facts.append(f'<li><span class="k">{lab["hours"]}</span> {meta}{e(r["hours_text"])}</li>')
    if r.get("homepage"):
        facts.append(
            f'<li><span class="k">Website</span> <a itemprop="url" href="{e(r["homepage"])}" rel="nofollow">'
            f"{e(r.get('homepage_text') or r['homepage'])}</a></li>"
        )
    if r.get("operator"):
        facts.append(f'<li><span class="k">{lab["operator"]}</span> {e(r["operator"])}</li>')
    equipment = "".join(f"<li>{e(x)}</li>" for x in r["equipment"])
    programmes = "".join(f"<li>{e(x)}</li>" for x in r.get("programmes", []))
    geo = (
        f'<div itemprop="geo" itemscope itemtype="{SCHEMA}GeoCoordinates">'
        f'<meta itemprop="latitude" content="{r["geo"][0]}"><meta itemprop="longitude" content="{r["geo"][1]}">'
        "</div>\n"
        if r.get("geo")
        else ""
    )
    desc = f'<p class="desc" itemprop="description">{e(r["description"])}</p>\n' if r.get("description") else ""
    body = (
        f"{_crumbs(r)}\n"
        f'<article class="space" itemscope itemtype="{r["itemtype"]}">\n'
        f'<h1 itemprop="name">{e(r["name"])}</h1>\n<p class="alt" itemprop="alternateName">{e(r["alt"])}</p>\n'
        f'<p class="cat"><span class="k">Category</span> {e(r["category"])}</p>\n{desc}'
        '<ul class="facts">\n' + "\n".join(facts) + "\n</ul>\n"
        f'<h2>{lab["equipment"]}</h2>\n<ul class="equip">{equipment}</ul>\n'
        + (f'<h2>{lab["programmes"]}</h2>\n<ul class="prog">{programmes}</ul>\n' if programmes else "")
        + geo
        + '<p class="note">Information is provided by the space. Please call before visiting.</p>\n</article>'
    )
    return _shell(f"{r['name']} {r['alt']}", body, opts, f"/space/{r['key']}")


def _card(r: dict, position: int) -> str:
    a = r["address"]
    return (
        f'<li class="card" itemprop="itemListElement" itemscope itemtype="{SCHEMA}ListItem">'
        f'<meta itemprop="position" content="{position}">'
        f'<a itemprop="url" href="/space/{e(r["key"])}"><span itemprop="name">{e(r["name"])}</span></a> '
        f'<span class="en">{e(r["alt"])}</span> <span class="region">{e(a["region"])} {e(a["locality"])}</span></li>'
    )


def render(records: list[dict], opts: RenderOptions) -> SiteContent:
    """Every page of the microdata directory."""
    out = SiteContent()
    records = sorted(records, key=lambda r: (r["listed"], r["key"]), reverse=True)
    for r in records:
        add_facility(out, SITE, r, _detail(r, opts))
    first, rest = records[:FIRST], records[FIRST:]
    cards = "\n".join(_card(r, i) for i, r in enumerate(first, 1))
    more = (
        '<button type="button" class="btn-more" data-next="/spaces/more.json?page=2">더보기 (Load more)</button>\n'
        if rest
        else ""
    )
    body = (
        f'<h1>Spaces <small>전국 메이커 공간</small></h1>\n<ul class="cards" itemscope itemtype="{SCHEMA}ItemList">\n'
        f"{cards}\n</ul>\n{more}"
        "<script>\ndocument.querySelector('.btn-more').addEventListener('click', function () {\n"
        "  var btn = this;\n  fetch(btn.dataset.next).then(function (r) { return r.json(); }).then(function (d) {\n"
        "    d.items.forEach(function (it) { appendCard(it); });\n"
        "    if (d.next) { btn.dataset.next = d.next; } else { btn.remove(); }\n  });\n});\n</script>"
    )
    add_page(out, "/spaces", _shell("Spaces", body, opts, "/spaces"), latest(first))
    pages = [rest[i : i + PER_JSON_PAGE] for i in range(0, len(rest), PER_JSON_PAGE)]
    for n, chunk in enumerate(pages, 2):
        doc = {
            "page": n,
            "items": [
                {
                    "slug": r["key"],
                    "name": r["name"],
                    "name_en": r["alt"],
                    "region": f"{r['address']['region']} {r['address']['locality']}".strip(),
                    "url": f"/space/{r['key']}",
                }
                for r in chunk
            ],
            "next": f"/spaces/more.json?page={n + 1}" if n - 1 < len(pages) else None,
        }
        add_json(out, f"/spaces/more.json?page={n}", json.dumps(doc, ensure_ascii=False, indent=1), latest(chunk))
    newest = "\n".join(
        f'<li><a href="/space/{e(r["key"])}">{e(r["name"])}</a> — {e(r["alt"])}</li>' for r in records[:2]
    )
    home = (
        '<section class="hero"><h1>Find a place to make things</h1><p>전국 메이커 공간 지도</p>'
        '<a class="btn" href="/spaces">Browse spaces</a></section>\n'
        f'<section class="new"><h2>New on Makers Map</h2><ul>\n{newest}\n</ul></section>'
    )
    add_page(out, "/", _shell("Home", home, opts, "/"), latest(records))
    about = (
        "<h1>About Makers Map Korea</h1>\n<p>We list maker spaces, fab labs and community workshops across Korea, "
        "in Korean and English. Spaces send us their details; we check them once a year.</p>\n"
        '<ul class="facts">\n'
        f'<li><span class="k">Address</span> {e(ORG["address"])}</li>\n'
        f'<li><span class="k">Tel</span> <a href="tel:0269520410">{e(ORG["telephone"])}</a></li>\n'
        f'<li><span class="k">Email</span> <a href="mailto:{ORG["email"]}">{ORG["email"]}</a></li>\n'
        '<li><span class="k">Hours</span> Mon–Fri 10:00–18:00</li>\n</ul>'
    )
    add_page(out, "/about", _shell("About", about, opts, "/about"), "2025-01-02")
    add_page(out, "/account/login", _shell("Sign in", "<form><input name='email'></form>", opts), "2025-01-02")
    add_robots(out, opts, ["/account/"])
    return out
