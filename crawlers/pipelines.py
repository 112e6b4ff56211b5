"""Item pipelines: drop a facility seen twice in one crawl, and write items as flushed JSON lines.

The output format is the contract between a crawl process and the hub (see ``crawlers/README.md``)::

    {"type": "facility"|"unchanged"|"gone"|"failed", "source_id", "key", "url", "fields" (facility only),
     "provenance" (facility, when the spider knows it: {field: method}),
     "etag", "last_modified", "fetched_at", "status" (gone only), "reason" and "phase" (failed only)}
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import IO, Any

import orjson
from scrapy.exceptions import DropItem

from crawlers.items import FacilityItem, FailedItem, GoneItem, UnchangedItem


def utc_now_iso() -> str:
    """Return the current time as ISO-8601 UTC with seconds precision (``2026-11-22T04:16:00Z``)."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def item_to_record(item: Any) -> dict[str, Any]:
    """Turn a crawler item into the JSON object written to the output file."""
    if isinstance(item, FacilityItem):
        kind = "facility"
    elif isinstance(item, UnchangedItem):
        kind = "unchanged"
    elif isinstance(item, GoneItem):
        kind = "gone"
    elif isinstance(item, FailedItem):
        return failed_record(item)
    else:
        raise TypeError(f"not a crawler item: {type(item).__name__}")
    record: dict[str, Any] = {
        "type": kind,
        "source_id": item.get("source_id"),
        "key": item.get("key"),
        "url": item.get("url"),
    }
    if kind == "facility":
        record["fields"] = dict(item.get("fields") or {})
        if item.get("provenance"):
            record["provenance"] = dict(item["provenance"])
    record["etag"] = item.get("etag")
    record["last_modified"] = item.get("last_modified")
    record["fetched_at"] = item.get("fetched_at") or utc_now_iso()
    if kind == "gone":
        record["status"] = item.get("status")
    return record


def failed_record(item: FailedItem) -> dict[str, Any]:
    """The JSON line of a page that could not be fetched or read (see ``crawlers.middlewares.page_outcomes``)."""
    return {"type": "failed", "source_id": item.get("source_id"), "key": item.get("key"), "url": item.get("url"),
            "reason": item.get("reason"), "phase": item.get("phase") or "fetch",
            "fetched_at": item.get("fetched_at") or utc_now_iso()}


class DropDuplicateKeysPipeline:
    """Drop a second item with a key already emitted in this crawl (a facility listed under two filters)."""

    def __init__(self, stats: Any) -> None:
        self.stats = stats
        self.seen: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler: Any) -> DropDuplicateKeysPipeline:
        """Build the pipeline with the crawler's stats collector."""
        return cls(crawler.stats)

    def process_item(self, item: Any) -> Any:
        """Pass the item on unless an item with its key was already emitted (failures never claim a key)."""
        if isinstance(item, FailedItem):
            return item
        key = str(item.get("key"))
        if key in self.seen:
            self.stats.inc_value("fh/dropped/duplicate_key")
            raise DropItem(f"duplicate key {key!r}")
        self.seen.add(key)
        return item


class JsonLinesOutputPipeline:
    """Write each item as one JSON line to ``FACILITY_HUB_OUTPUT``, flushed at once, and count records."""

    def __init__(self, path: str | None, stats: Any) -> None:
        self.path = path
        self.stats = stats
        self.fh: IO[bytes] | None = None

    @classmethod
    def from_crawler(cls, crawler: Any) -> JsonLinesOutputPipeline:
        """Build the pipeline from the ``FACILITY_HUB_OUTPUT`` setting."""
        return cls(crawler.settings.get("FACILITY_HUB_OUTPUT"), crawler.stats)

    def open_spider(self) -> None:
        """Open the output file (truncating it) when an output path is set."""
        if self.path:
            self.fh = open(self.path, "wb")  # noqa: SIM115 - closed in close_spider

    def close_spider(self) -> None:
        """Close the output file."""
        if self.fh is not None:
            self.fh.close()
            self.fh = None

    def process_item(self, item: Any) -> Any:
        """Write the item and count it under ``fh/items/<type>``."""
        record = item_to_record(item)
        self.stats.inc_value(f"fh/items/{record['type']}")
        if self.fh is not None:
            self.fh.write(orjson.dumps(record) + b"\n")
            self.fh.flush()
        return item
