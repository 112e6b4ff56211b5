"""Expected records of the hand-written private sites: ``python -m sites.expected`` writes
``sites/data/private/<site>/expected_v1.jsonl`` and ``expected_v2.jsonl``.

One line per facility page a correct crawler must produce (nothing for list, notice or about pages)::

    {"key": "12", "path": "/member/view.php?no=12", "fields": {"name": "…", "address": "…", …}}

``fields`` holds every fact the page states, under the project's raw-record names, as a person reads it (see
``sites/data/private/README.md`` for the judgements behind each site). Each site's renderer says how its pages
state facts (``expected_fields``); this module only orders and writes them.
"""

from __future__ import annotations

import argparse
import json
from importlib import import_module
from pathlib import Path

from sites.dataset import PRIVATE_DIR, load_site_data, records_for_version
from sites.paths import PRIVATE_SITE_IDS, detail_path

FIELD_ORDER = (
    "name",
    "alt_names",
    "operator",
    "address",
    "address_jibun",
    "postal_code",
    "phone",
    "fax",
    "email",
    "hours",
    "equipment",
    "programmes",
    "homepage",
    "reservation_url",
    "lat",
    "lon",
    "description",
    "kind_text",
)
LIST_FIELDS = ("alt_names", "equipment", "programmes")


def expected_records(site: str, version: int) -> list[dict]:
    """The expected records of a private site's facility pages in ``version``, in key order."""
    module = import_module(f"sites.render.{site}")
    out = []
    for record in records_for_version(load_site_data(site), version):
        fields = module.expected_fields(record)
        unknown = set(fields) - set(FIELD_ORDER)
        if unknown:
            raise ValueError(f"{site} {record['key']}: unknown field(s) {sorted(unknown)}")
        ordered = {k: fields[k] for k in FIELD_ORDER if k in fields and fields[k] not in ("", [], None)}
        out.append({"key": record["key"], "path": detail_path(site, record["key"]), "fields": ordered})
    return sorted(out, key=lambda r: (int(r["key"]) if r["key"].isdigit() else 0, r["key"]))


def expected_path(site: str, version: int, root: Path = PRIVATE_DIR) -> Path:
    """Where a private site's expected records for ``version`` live."""
    return root / site / f"expected_v{version}.jsonl"


def render_jsonl(records: list[dict]) -> str:
    """JSON lines, UTF-8 text kept as is."""
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def write_expected(root: Path = PRIVATE_DIR) -> dict[str, tuple[int, int]]:
    """Write every private site's expected records; returns the number of facility pages per version."""
    counts = {}
    for site in PRIVATE_SITE_IDS:
        sizes = []
        for version in (1, 2):
            records = expected_records(site, version)
            path = expected_path(site, version, root)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(render_jsonl(records), encoding="utf-8")
            sizes.append(len(records))
        counts[site] = (sizes[0], sizes[1])
    return counts


def main(argv: list[str] | None = None) -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=PRIVATE_DIR)
    args = parser.parse_args(argv)
    for site, (v1, v2) in write_expected(args.out).items():
        print(f"{site:22} v1 {v1:3d}  v2 {v2:3d} facility pages")


if __name__ == "__main__":
    main()
