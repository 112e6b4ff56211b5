"""Spider contracts for ``scrapy check`` against a running replica (or any site) given by environment.

``@replica_url SITE_ID PATH`` — the sample request's URL is ``PATH`` under the base URL of ``SITE_ID`` taken from
the environment variable ``FACILITY_HUB_REPLICA_URLS`` (a JSON object ``{site_id: base_url}``, as printed by the
replica server). When the spider has no source yet (``scrapy check`` builds it without arguments) the contract
gives it one: ``id`` = SITE_ID, ``start_urls`` = [the base URL], and, for the generic family, the ``extract`` of
the source with that id in ``crawlers/sources.example.yaml``.

``@fields name address ...`` — every facility item the callback returns has these raw fields, non-empty.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import yaml
from scrapy.contracts import Contract
from scrapy.exceptions import ContractFail

ENV_VAR = "FACILITY_HUB_REPLICA_URLS"
EXAMPLE_SOURCES = Path(__file__).with_name("sources.example.yaml")


def replica_base_urls() -> dict[str, str]:
    """Return ``{site_id: base_url}`` from ``FACILITY_HUB_REPLICA_URLS``; raises ``ContractFail`` when unset."""
    raw = os.environ.get(ENV_VAR)
    if not raw:
        raise ContractFail(
            f"{ENV_VAR} is not set: start the replicas and export {ENV_VAR}='{{\"site_id\": \"http://...\"}}' "
            "(see crawlers/README.md, 'Contracts')"
        )
    try:
        urls = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise ContractFail(f"{ENV_VAR} is not a JSON object: {exc}") from exc
    if not isinstance(urls, dict):
        raise ContractFail(f"{ENV_VAR} must be a JSON object {{site_id: base_url}}")
    return {str(k): str(v) for k, v in urls.items()}


def example_source(site_id: str) -> dict[str, Any] | None:
    """Return the source with this id from ``crawlers/sources.example.yaml``, or None."""
    if not EXAMPLE_SOURCES.is_file():
        return None
    data = yaml.safe_load(EXAMPLE_SOURCES.read_text("utf-8")) or {}
    for source in data.get("sources", []):
        if source.get("id") == site_id:
            return source
    return None


class ReplicaUrlContract(Contract):
    """``@replica_url SITE_ID PATH``: request PATH on the replica of SITE_ID (base URL from the environment)."""

    name = "replica_url"

    def __init__(self, method: Any, *args: Any) -> None:
        super().__init__(method, *args)
        self.method = method

    def adjust_request_args(self, args: dict[str, Any]) -> dict[str, Any]:
        """Set the sample request's URL, and give a spider without a source the site's definition."""
        if len(self.args) != 2:
            raise ContractFail("@replica_url needs SITE_ID PATH")
        site_id, path = self.args
        bases = replica_base_urls()
        if site_id not in bases:
            raise ContractFail(f"{ENV_VAR} has no base URL for {site_id!r} (has: {', '.join(sorted(bases))})")
        base = bases[site_id]
        spider = getattr(self.method, "__self__", None)
        if spider is not None and not getattr(spider, "start_urls", None):
            spider.source_id = site_id
            spider.start_urls = [base]
            if hasattr(spider, "configure"):
                source = example_source(site_id) or {}
                spider.configure(source.get("extract"))
        args["url"] = base.rstrip("/") + "/" + path.lstrip("/") if path != "/" else base
        return args


class FieldsContract(Contract):
    """``@fields f1 f2 ...``: every facility item returned carries these raw fields, non-empty."""

    name = "fields"

    def post_process(self, output: list[Any]) -> None:
        """Fail when a facility item lacks one of the listed fields."""
        from crawlers.items import FacilityItem

        for item in output:
            if isinstance(item, FacilityItem):
                fields = item.get("fields") or {}
                missing = [f for f in self.args if not fields.get(f)]
                if missing:
                    raise ContractFail(f"missing fields {missing} in {item.get('url')}")
