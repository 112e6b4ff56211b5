"""Detail-page paths of each replica site (the same paths the live site uses), site id lists, and query
canonicalisation."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit

DETAIL_PATH = {
    "makeall": "/space/info.php?space_no={key}",
    "muhan": "/room/detail.do?roomId={key}",
    "devicelab": "/lab/detail.html?labId={key}",
    "ccei": "/{key}/center/info.do",
    "sogongin": "/sup/news/pressView.do?nttId={key}",
    "fablab_jsonld": "/labs/{key}/",
    "makercafe_plain": "/branch_view.html?id={key}",
    "workshop_sitemap": "/w/{key}",
    # Hand-written private sites (``sites/data/private/<site>/``), each with its own expected records.
    "makerunion_table": "/member/view.php?no={key}",
    "makersmap_microdata": "/space/{key}",
    "makertour_blog": "/{key}",
    "makerplace_graph": "/spaces/{key}",
}
SITE_IDS = list(DETAIL_PATH)
PRIVATE_SITE_IDS = ["makerunion_table", "makersmap_microdata", "makertour_blog", "makerplace_graph"]
"""Hand-written sites: facts in ``sites/data/private/<site>/site.json``, expected records beside them."""
GENERATED_SITE_IDS = [s for s in SITE_IDS if s not in PRIVATE_SITE_IDS]
"""Sites whose data ``python -m sites.generate`` writes (``sites/data/<site>.json``, ``manifest.json``)."""


def detail_path(site: str, key: str) -> str:
    """The path of a facility's detail page on ``site``."""
    return DETAIL_PATH[site].format(key=key)


def canonical(target: str) -> str:
    """A request target with its query parameters sorted and empty ones dropped, the fragment removed."""
    parts = urlsplit(target)
    pairs = sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=False))
    return parts.path + ("?" + urlencode(pairs) if pairs else "")
