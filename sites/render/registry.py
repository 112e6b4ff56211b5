"""Build one site's content for a version and options: its records through its renderer, plus removed pages."""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module

from sites.dataset import load_site_data, records_for_version, removed_keys
from sites.paths import SITE_IDS, detail_path
from sites.render.common import RenderOptions, SiteContent, bucket

Renderer = Callable[[list[dict], RenderOptions], SiteContent]


def renderer(site: str) -> Renderer:
    """The ``render`` function of a site's module in ``sites.render``."""
    if site not in SITE_IDS:
        raise KeyError(f"unknown site {site!r}; known: {', '.join(SITE_IDS)}")
    return import_module(f"sites.render.{site}").render


def build_site(site: str, opts: RenderOptions) -> SiteContent:
    """Every page ``site`` serves in ``opts.version`` with ``opts``; removed facilities answer 404 or 410."""
    data = load_site_data(site)
    content = renderer(site)(records_for_version(data, opts.version), opts)
    fixed = data["v2"].get("gone_status", {})
    for key in removed_keys(data, opts.version):
        status = fixed.get(key) or (410 if bucket(site, key, "gone") < 500 else 404)
        content.gone[detail_path(site, key)] = status
    return content
