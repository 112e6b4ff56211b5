"""팹랩 network site: every lab page carries schema.org JSON-LD (``LocalBusiness`` or ``Place``).

Paths: ``/labs/`` and ``/labs/?page=N`` (12 per page), ``/labs/{slug}/`` (detail), ``/lab.php?slug={slug}``
(old URL, 301 under ``redirect``), ``/members/`` (disallowed under ``robots``).
"""

from __future__ import annotations

import json
import math

from sites.paths import canonical
from sites.render.common import (
    FACTS_END,
    RenderOptions,
    SiteContent,
    add_detail,
    bucket,
    e,
    encode_page,
    latest,
    link_for,
    robots_txt,
    text_page,
)

SITE = "fablab_jsonld"
PER_PAGE = 12


def json_ld(r: dict) -> dict:
    """The schema.org object a lab page embeds."""
    obj: dict = {
        "@context": "https://schema.org",
        "@type": "LocalBusiness" if "팹랩" in r["name"] or "fab" in r["key"] else "Place",
        "name": r["name"],
        "identifier": r["key"],
        "address": {
            "@type": "PostalAddress",
            "addressCountry": "KR",
            "addressRegion": r["region"],
            "addressLocality": r["locality"],
            "streetAddress": r["street"],
            "postalCode": r["postal"],
        },
        "telephone": r["phone"],
        "geo": {"@type": "GeoCoordinates", "latitude": r["lat"], "longitude": r["lon"]},
        "amenityFeature": [{"@type": "LocationFeatureSpecification", "name": n, "value": c} for n, c in r["equipment"]],
    }
    if r["alt_names"]:
        obj["alternateName"] = r["alt_names"]
    if obj["@type"] == "LocalBusiness":
        obj["openingHours"] = r["opening_hours"]
    if r["homepage"]:
        obj["url"] = r["homepage"]
    if r["operator"]:
        obj["parentOrganization"] = {"@type": "Organization", "name": r["operator"]}
    if bucket(SITE, r["key"], "graph") < 300:
        return {"@context": "https://schema.org", "@graph": [{k: v for k, v in obj.items() if k != "@context"}]}
    return obj


def _detail(r: dict) -> str:
    ld = json.dumps(json_ld(r), ensure_ascii=False, indent=1)
    equip = "".join(f"<li>{e(n)} ({e(c)})</li>" for n, c in r["equipment"])
    progs = "".join(f"<li>{e(p)}</li>" for p in r["programmes"])
    return (
        '<!DOCTYPE html>\n<html lang="ko"><head><meta charset="utf-8">\n'
        f'<title>{e(r["name"])} — Fab Lab Korea</title>\n<script type="application/ld+json">\n{ld}\n</script>\n'
        '</head>\n<body>\n<nav><a href="/labs/">All labs</a></nav>\n'
        f'<article class="lab">\n<h1>{e(r["name"])}</h1>\n'
        f'<p class="where">{e(r["region"])} {e(r["locality"])} {e(r["street"])}</p>\n'
        f'<p class="contact">Tel. {e(r["phone"])} · {e(r["hours"])}</p>\n'
        f"<h2>Machines</h2><ul>{equip}</ul>\n<h2>Programs</h2><ul>{progs}</ul>\n</article>\n{FACTS_END}\n"
        "<footer>Fab Lab Korea network</footer>\n</body></html>\n"
    )


def render(records: list[dict], opts: RenderOptions) -> SiteContent:
    """Every page of the JSON-LD fab lab replica."""
    out = SiteContent()
    records = sorted(records, key=lambda r: r["key"])
    for r in records:
        add_detail(out, SITE, r, _detail(r), opts, f"/lab.php?slug={r['key']}")
    pages = max(1, math.ceil(len(records) / PER_PAGE))
    for page in range(1, pages + 1):
        chunk = records[(page - 1) * PER_PAGE : page * PER_PAGE]
        cards = "\n".join(
            f'<div class="card"><a href="{e(link_for(SITE, r["key"], "/lab.php?slug=" + r["key"], opts))}">'
            f"{e(r['name'])}</a> <span>{e(r['region'])} {e(r['locality'])}</span></div>"
            for r in chunk
        )
        nav = " ".join(f'<a href="/labs/?page={n}">{n}</a>' for n in range(1, pages + 1) if n != page)
        html = (
            '<!DOCTYPE html>\n<html lang="ko"><head><meta charset="utf-8"><title>Labs — Fab Lab Korea</title>'
            f'</head>\n<body>\n<h1>Fab Labs in Korea</h1>\n{cards}\n<p class="pages">{nav}</p>\n'
            '<p><a href="/members/">Members only</a></p>\n</body></html>\n'
        )
        page_obj = encode_page(html, latest(chunk))
        out.pages[canonical(f"/labs/?page={page}")] = page_obj
        if page == 1:
            out.pages["/labs/"] = page_obj
    out.pages["/"] = encode_page(
        '<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>Fab Lab Korea'
        '</title></head><body><a href="/labs/">Labs</a></body></html>\n',
        latest(records),
    )
    out.disallowed = ["/members/"] if opts.robots else []
    out.pages["/robots.txt"] = text_page(robots_txt(out.disallowed), "text/plain")
    return out
