"""Generate the replica sites' data: ``python -m sites.generate`` (deterministic for a seed).

Writes into ``sites/data/``:

- ``<site>.json`` — ``{"site", "v1": [records], "v2": {"removed": [keys], "changed": [records], "added": [records]}}``;
- ``manifest.json`` — per version, per site, every facility page: key, path, truth_id, content hash;
- ``ground_truth.csv`` — ``site,key,truth_id`` for every facility page of both versions.
"""

from __future__ import annotations

import argparse
import copy
import csv
import hashlib
import json
import random
from pathlib import Path

from sites.ambiguous import ambiguous_listings
from sites.dataset import records_for_version
from sites.listings import field_rng, format_record
from sites.paths import GENERATED_SITE_IDS, detail_path
from sites.romanize import slugify
from sites.synth import synth_phone
from sites.synth_tables import MAKER_PROGRAMMES
from sites.universe import build_universe

DATA_DIR = Path(__file__).parent / "data"
DEFAULT_SEED = 20261122
_CCEI_ON_MAKEALL = ["gyeongnam", "daejeon", "chungnam", "ulsan", "busan", "gyeonggi", "jeju", "gangwon"]


def assign_sites(universe: list[dict], rng: random.Random) -> dict[str, list[tuple[dict, int]]]:
    """Which facilities each site lists, with the version from which it lists them."""
    by_kind: dict[str, list[dict]] = {}
    for f in universe:
        by_kind.setdefault(f["kind"], []).append(f)
    private = by_kind["private"]
    fablabs = [f for f in universe if "fablab" in f["tags"]]
    cafes = [f for f in private if "cafe" in f["tags"]]
    workshops = [f for f in private if "workshop" in f["tags"]]
    muhan_v1 = [f for f in by_kind["muhan"] if f["since"] == 1]
    muhan_on_makeall = rng.sample(muhan_v1, 15)
    private_fablabs = [f for f in fablabs if f["kind"] == "private"]
    fablabs_on_makeall = rng.sample(private_fablabs, 10)
    sites: dict[str, list[tuple[dict, int]]] = {s: [] for s in GENERATED_SITE_IDS}
    sites["makeall"] = [(f, f["since"]) for f in by_kind["makerspace"]]
    sites["makeall"] += [(f, 1) for f in muhan_on_makeall]
    sites["makeall"] += [(f, 1) for f in by_kind["ccei"] if f.get("region_slug") in _CCEI_ON_MAKEALL]
    sites["makeall"] += [(f, 1) for f in fablabs_on_makeall[:8]] + [(f, 2) for f in fablabs_on_makeall[8:]]
    sites["makeall"] += [(f, 1) for f in rng.sample(cafes, 4)]
    plain_workshops = [f for f in workshops if "same_building" not in f["tags"]]
    sites["makeall"] += [(f, 1) for f in rng.sample(plain_workshops, 5)]
    sites["makeall"] += [(f, 1) for f in by_kind["sogongin"] if f["tid"] == "sg-hwaseong-metalworking"]
    sites["muhan"] = [(f, f["since"]) for f in by_kind["muhan"]]
    sites["devicelab"] = [(f, f["since"]) for f in by_kind["devicelab"]]
    sites["ccei"] = [(f, 2 if f["tid"] in ("ccei-pohang", "ccei-bitgaram") else 1) for f in by_kind["ccei"]]
    sites["sogongin"] = [(f, f["since"]) for f in by_kind["sogongin"]]
    sites["fablab_jsonld"] = [(f, 1) for f in fablabs] + [(f, 1) for f in muhan_on_makeall[:3]]
    sites["makercafe_plain"] = [(f, 1) for f in cafes]
    generic_makers = [f for f in by_kind["makerspace"] if f["since"] == 1 and not f["real"]]
    sites["workshop_sitemap"] = [(f, 1) for f in workshops] + [(f, 1) for f in rng.sample(generic_makers, 5)]
    sites["workshop_sitemap"].append((rng.choice(generic_makers), 2))
    return sites


def _keys(site: str, listed: list[tuple[dict, int]], rng: random.Random) -> list[str]:
    if site == "ccei":
        return [f["region_slug"] for f, _ in listed]
    if site in ("fablab_jsonld", "workshop_sitemap"):
        seen: dict[str, int] = {}
        keys = []
        for f, _ in listed:
            slug = slugify(f["name"])[:40].strip("-") or "space"
            seen[slug] = seen.get(slug, 0) + 1
            keys.append(slug if seen[slug] == 1 else f"{slug}-{seen[slug]}")
        return keys
    order = list(range(len(listed)))
    rng.shuffle(order)
    numbers = []
    n = {"makeall": 100, "sogongin": 10230}.get(site, 0)
    for _ in order:
        n += rng.randint(1, 4) if site in ("makeall", "sogongin") else 1
        numbers.append(n)
    fmt = {"muhan": "MH{:04d}", "devicelab": "LAB{:03d}", "makercafe_plain": "{}"}.get(site, "{}")
    # v1 listings take the lower numbers, v2 additions the higher ones.
    ranked = sorted(range(len(listed)), key=lambda i: (listed[i][1], order[i]))
    keys = [""] * len(listed)
    for rank, i in enumerate(ranked):
        keys[i] = fmt.format(numbers[rank])
    return keys


def _extra_key(site: str, taken: set[str], name: str) -> str:
    """A key for an extra (ambiguous-case) page after the site's regular ones, unused so far."""
    if site in ("fablab_jsonld", "workshop_sitemap"):
        base = slugify(name)[:40].strip("-") or "space"
        key, n = base, 1
        while key in taken:
            n += 1
            key = f"{base}-{n}"
        return key
    if site == "muhan":
        return f"MH{max(int(k[2:]) for k in taken) + 1:04d}"
    return str(max(int(k) for k in taken) + 3)


def _updated(site: str, tid: str) -> str:
    rng = field_rng(site, tid, "updated")
    return f"{rng.randint(2024, 2025)}-{rng.randint(1, 9):02d}-{rng.randint(1, 28):02d}"


def _change(f: dict, rng: random.Random, multi_site: bool) -> dict:
    g = copy.deepcopy(f)
    kinds = ["hours", "equipment", "programmes"] + ([] if multi_site else ["phone"])
    kind = rng.choice(kinds)
    if kind == "hours":
        if g["hours"]["p"] == "A":
            g["hours"]["wk"][1] = "22:00" if g["hours"]["wk"][1] != "22:00" else "20:00"
        else:
            g["hours"]["close"] = "22:30" if g["hours"]["close"] != "22:30" else "20:00"
    elif kind == "equipment" and g["equipment"]:
        g["equipment"][0][1] += 2
    elif kind == "phone":
        g["phone"] = synth_phone(rng, g["sido"])
    else:
        extra = [p for p in MAKER_PROGRAMMES if p not in g["programmes"]]
        g["programmes"].append(rng.choice(extra) if extra else "2026 하반기 특별 프로그램")
    g["updated"] = f"2026-10-{rng.randint(1, 28):02d}"
    return g


def record_hash(record: dict) -> str:
    """Content hash of a site record (its facts, not its date)."""
    facts = {k: v for k, v in record.items() if k != "updated"}
    return hashlib.sha1(json.dumps(facts, ensure_ascii=False, sort_keys=True).encode()).hexdigest()[:16]


def build_site_data(seed: int = DEFAULT_SEED) -> dict[str, dict]:
    """Every site's records for version 1 and its version-2 delta."""
    universe = build_universe(seed)
    rng = random.Random(seed)
    assignment = assign_sites(universe, rng)
    listings_count: dict[str, int] = {}
    for listed in assignment.values():
        for f, _ in listed:
            listings_count[f["tid"]] = listings_count.get(f["tid"], 0) + 1
    out = {}
    for site in GENERATED_SITE_IDS:
        listed = assignment[site]
        keys = _keys(site, listed, random.Random(f"{seed}|keys|{site}"))
        v1, added = [], []
        for (f, since), key in zip(listed, keys, strict=True):
            record = format_record(site, {**f, "updated": _updated(site, f["tid"])}, key)
            (v1 if since == 1 else added).append((f, record))
        vrng = random.Random(f"{seed}|v2|{site}")
        n = len(v1)
        removed_idx = set() if site == "ccei" else set(vrng.sample(range(n), max(1, n // 20)))
        remaining = [i for i in range(n) if i not in removed_idx]
        changed_idx = set(vrng.sample(remaining, max(2, n // 10)))
        changed = []
        for i in sorted(changed_idx):
            f, rec = v1[i]
            g = _change({**f, "updated": rec["updated"]}, vrng, listings_count[f["tid"]] > 1)
            changed.append(format_record(site, g, rec["key"]))
        out[site] = {
            "site": site,
            "v1": [r for _, r in v1],
            "v2": {
                "removed": [v1[i][1]["key"] for i in sorted(removed_idx)],
                "changed": changed,
                "added": [r for _, r in added],
            },
        }
    listed_on: dict[str, set[str]] = {}
    for site, listed in assignment.items():
        for f, _ in listed:
            listed_on.setdefault(f["tid"], set()).add(site)
    for extra in ambiguous_listings(universe, listed_on, seed):
        site_data = out[extra.site]
        taken = {r["key"] for r in site_data["v1"] + site_data["v2"]["added"]}
        key = _extra_key(extra.site, taken, extra.facility["name"])
        f = {**extra.facility, "updated": _updated(extra.site, extra.facility["tid"])}
        record = {**format_record(extra.site, f, key), **extra.patch}
        (site_data["v1"] if extra.since == 1 else site_data["v2"]["added"]).append(record)
    return out


def write_all(seed: int = DEFAULT_SEED, out_dir: Path = DATA_DIR) -> dict[str, int]:
    """Generate and write every data file; returns the number of v1 pages per site."""
    out_dir.mkdir(parents=True, exist_ok=True)
    data = build_site_data(seed)
    manifest: dict[str, dict[str, list[dict]]] = {"1": {}, "2": {}}
    truth_rows: set[tuple[str, str, str]] = set()
    for site, site_data in data.items():
        (out_dir / f"{site}.json").write_text(
            json.dumps(site_data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8"
        )
        for version in (1, 2):
            entries = [
                {"key": r["key"], "path": detail_path(site, r["key"]), "truth_id": r["tid"], "hash": record_hash(r)}
                for r in records_for_version(site_data, version)
            ]
            manifest[str(version)][site] = entries
            truth_rows.update((site, e["key"], e["truth_id"]) for e in entries)
    (out_dir / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    with (out_dir / "ground_truth.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["site", "key", "truth_id"])
        writer.writerows(sorted(truth_rows))
    return {site: len(entries) for site, entries in manifest["1"].items()}


def main(argv: list[str] | None = None) -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--out", type=Path, default=DATA_DIR)
    args = parser.parse_args(argv)
    counts = write_all(args.seed, args.out)
    for site, n in counts.items():
        print(f"{site:18} {n:4d} pages (v1)")
    print(f"{'total':18} {sum(counts.values()):4d}")


if __name__ == "__main__":
    main()
