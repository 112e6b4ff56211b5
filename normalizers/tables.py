"""The tables the normalizers read: regions and the kind/equipment taxonomy, loaded once from config/.

The directory is the one the application chose with :func:`use_directory` (``hub.resources.Resources`` does, from
its settings); a caller that chose none (a script, the ``normalizers`` command) gets, at its first
``load_tables()``, ``config.config_dir()`` — ``FACILITY_HUB_CONFIG_DIR`` when set, else the installed ``config``
package — and keeps it (the environment is not read on every call).
Every problem in a file is collected and raised together as one :class:`~normalizers.errors.TableError`.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from normalizers.errors import TableError
from normalizers.official import OfficialRegions, load_official, official_units
from normalizers.table_names import parse_names as _parse_names
from normalizers.table_names import str_list as _str_list

CHANGE_TYPES = ("move_sigungu", "rename_sigungu", "merge_into", "add_gu", "split_gu")


@dataclass(frozen=True)
class Sido:
    """One 시도 as the table gives it."""

    name: str
    short: str
    aliases: tuple[str, ...]
    former: tuple[tuple[str, dt.date], ...]
    """(older name, day the current name took effect)."""
    sigungu: tuple[str, ...]
    """시/군/자치구 names (cities with 일반구 appear once, by their city name)."""
    gu: Mapping[str, tuple[str, ...]]
    """City → its 일반구."""

    def name_on(self, day: dt.date) -> str:
        """The official name in force on ``day``."""
        for old, until in sorted(self.former, key=lambda f: f[1]):
            if day < until:
                return old
        return self.name


@dataclass(frozen=True)
class RegionChange:
    """One administrative change (see the header of config/regions.yaml)."""

    type: str
    effective: dt.date
    sido: str
    old: str
    new: str | None = None
    to_sido: str | None = None
    by_dong: Mapping[str, str] = field(default_factory=dict)
    """읍면동 → the 구 it belongs to now."""
    road_prefixes: tuple[tuple[str, str], ...] = ()
    """(road-name prefix, 구), longest first."""
    default: str | None = None
    keep: str | None = None


@dataclass(frozen=True)
class Kind:
    """One facility kind of the taxonomy."""

    key: str
    label: str
    ministry: str | None
    source_kinds: tuple[str, ...]
    keywords: tuple[str, ...]
    refines: str | None
    names: tuple[str, ...] = ()
    """Keywords that name this kind on their own, with no base word (`전문랩`: a programme's own label)."""


@dataclass(frozen=True)
class EquipmentItem:
    """One canonical piece of equipment and its spellings."""

    canonical: str
    category: str
    label: str
    synonyms: tuple[str, ...]
    done_by: tuple[str, ...] = ()
    """Other machines that do this one's work (a laser cutter engraves too): a search for it finds them."""


@dataclass(frozen=True)
class Tables:
    """Everything the normalizers read from config/."""

    as_of: dt.date
    sidos: tuple[Sido, ...]
    changes: tuple[RegionChange, ...]
    kinds: Mapping[str, Kind]
    families: Mapping[str, tuple[str, ...]]
    equipment_categories: Mapping[str, str]
    equipment: Mapping[str, EquipmentItem]
    legal_forms: tuple[str, ...] = ()
    """Legal-form words removed from names, e.g. (주), 재단법인."""
    name_variants: Mapping[str, str] = field(default_factory=dict)
    """Spellings folded together in a name's matching form, e.g. 센타 → 센터."""
    generic_words: tuple[str, ...] = ()
    """Words removed from a name's matching form when generic words are stripped."""
    official: OfficialRegions | None = None
    """The tables generated from the official code lists (``regions_official.json``), when present."""

    def sido(self, name: str) -> Sido | None:
        """The 시도 with this current official name."""
        for s in self.sidos:
            if s.name == name:
                return s
        return None


def config_directory() -> Path:
    """The directory the tables are read from: the one chosen with :func:`use_directory`, else the environment's."""
    if _chosen is not None:
        return _chosen
    import config  # the data package; imported lazily so that a bad override never needs it

    override = config.environment_override()
    return Path(override).expanduser() if override else config.PACKAGE_DIR


@functools.lru_cache(maxsize=4)
def _load_from(directory: str) -> Tables:
    regions_path = Path(directory) / "regions.yaml"
    taxonomy_path = Path(directory) / "taxonomy.yaml"
    regions = _read_yaml(regions_path)
    taxonomy = _read_yaml(taxonomy_path)
    # A config directory without the generated table uses the one shipped with the project.
    import config

    official = load_official(Path(directory)) or load_official(config.PACKAGE_DIR)
    as_of, sidos, changes = _parse_regions(regions, str(regions_path), official)
    kinds, families, categories, equipment = _parse_taxonomy(taxonomy, str(taxonomy_path))
    legal, variants, generic = _parse_names(taxonomy, str(taxonomy_path))
    return Tables(as_of, sidos, changes, kinds, families, categories, equipment, legal, variants, generic, official)


_chosen: Path | None = None  # the directory chosen with use_directory
_chosen_tables: Tables | None = None  # its tables once loaded: what every normaliser call gets at once


def use_directory(directory: Path | str | None) -> None:
    """Read the tables from ``directory`` from now on in this process (None: back to ``config.config_dir()``).

    The application calls this once, with the directory of its settings (``hub.resources``), so that every
    normaliser reads the same tables as the rest of the configuration whatever the environment says."""
    global _chosen, _chosen_tables
    new = Path(directory).expanduser().resolve() if directory is not None else None
    if new != _chosen:
        _chosen, _chosen_tables = new, None


def _override() -> str | None:
    """``FACILITY_HUB_CONFIG_DIR`` as ``config.environment_override`` reads it (None when unset)."""
    import config

    return config.environment_override()


def load_tables() -> Tables:
    """Load (once, cached per directory) and validate the tables; raises TableError naming each problem."""
    global _chosen, _chosen_tables
    tables = _chosen_tables
    if tables is not None:
        return tables
    if _chosen is not None:
        tables = _chosen_tables = _load_from(str(_chosen))
        return tables
    # Nothing chosen (a script, the normalizers command): the environment's directory, read at this first use.
    directory = config_directory().resolve()
    tables = _load_from(str(directory))
    _chosen, _chosen_tables = directory, tables
    return tables


def _read_yaml(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise TableError(str(path), ["file not found"]) from None
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise TableError(str(path), [f"cannot be read: {exc}".replace("\n", " ")]) from None
    if not isinstance(data, dict):
        raise TableError(str(path), ["top level must be a mapping"])
    return data


def _as_date(value: Any) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        return None


def _parse_regions(data: dict[str, Any], path: str, official: OfficialRegions | None = None
                   ) -> tuple[dt.date, tuple[Sido, ...], tuple[RegionChange, ...]]:
    problems: list[str] = []
    as_of = _as_date(data.get("as_of"))
    if as_of is None:
        problems.append("as_of must be a date (YYYY-MM-DD)")
    raw_sidos = data.get("sido")
    sidos: list[Sido] = []
    if not isinstance(raw_sidos, list) or not raw_sidos:
        problems.append("sido must be a non-empty list")
        raw_sidos = []
    for i, raw in enumerate(raw_sidos):
        where = f"sido[{i}]"
        if not isinstance(raw, dict) or not isinstance(raw.get("name"), str) or not isinstance(raw.get("short"), str):
            problems.append(f"{where}: needs string fields name and short")
            continue
        aliases = _str_list(raw.get("aliases"))
        if aliases is None:
            problems.append(f"{where} ({raw['name']}): aliases must be a list of strings")
            aliases = ()
        former: list[tuple[str, dt.date]] = []
        for f in raw.get("former") or []:
            until = _as_date(f.get("until")) if isinstance(f, dict) else None
            if until is None or not isinstance(f.get("name"), str):
                problems.append(f"{where} ({raw['name']}): former entries need name and until (a date)")
                continue
            former.append((f["name"], until))
        units: list[str] = []
        gu: dict[str, tuple[str, ...]] = {}
        listed = raw.get("sigungu")
        if listed is None or listed == "official":
            if official is None:
                problems.append(f"{where} ({raw['name']}): sigungu is not listed and there is no {_OFFICIAL_FILE}")
                listed = []
            else:
                listed = official_units(official, raw["name"])
        for unit in listed or []:
            if isinstance(unit, str):
                units.append(unit)
            elif isinstance(unit, dict) and len(unit) == 1:
                city, gus = next(iter(unit.items()))
                gus_t = _str_list(gus)
                if not isinstance(city, str) or gus_t is None:
                    problems.append(f"{where} ({raw['name']}): {unit!r} must map a city to a list of 구")
                    continue
                units.append(city)
                gu[city] = gus_t
            else:
                problems.append(f"{where} ({raw['name']}): sigungu entry {unit!r} is neither a name nor city: [구]")
        if len(set(units)) != len(units):
            problems.append(f"{where} ({raw['name']}): a 시군구 is listed twice")
        sidos.append(Sido(raw["name"], raw["short"], aliases, tuple(former), tuple(units), gu))
    names = {s.name for s in sidos}
    changes: list[RegionChange] = []
    for i, raw in enumerate(data.get("changes") or []):
        if isinstance(raw, dict) and raw.get("by_dong") == "official":
            city = raw.get("city") or str(raw.get("to") or "").split(" ")[0]
            found = official.dong_gu.get(f"{raw.get('sido')} {city}") if official else None
            if not found:
                problems.append(f"changes[{i}]: by_dong: official, but {_OFFICIAL_FILE} has no 읍면동 of {city}")
                continue
            by_gu: dict[str, list[str]] = {}
            for dong, gus in found.items():
                if len(gus) == 1:  # a 읍면동 name found in two 구 does not choose one
                    by_gu.setdefault(gus[0], []).append(dong)
            raw = {**raw, "by_dong": by_gu}
        change = _parse_change(raw, f"changes[{i}]", names, problems)
        if change is not None:
            changes.append(change)
    if problems:
        raise TableError(path, problems)
    assert as_of is not None
    return as_of, tuple(sidos), tuple(sorted(changes, key=lambda c: c.effective))


_OFFICIAL_FILE = "regions_official.json"


def _parse_change(raw: Any, where: str, sido_names: set[str], problems: list[str]) -> RegionChange | None:
    if not isinstance(raw, dict) or raw.get("type") not in CHANGE_TYPES:
        problems.append(f"{where}: type must be one of {', '.join(CHANGE_TYPES)}")
        return None
    effective = _as_date(raw.get("effective"))
    if effective is None:
        problems.append(f"{where}: effective must be a date")
        return None
    kind = raw["type"]
    if kind == "move_sigungu":
        sido, old, new, to_sido = raw.get("from"), raw.get("sigungu"), raw.get("sigungu"), raw.get("to")
    elif kind == "add_gu":
        sido, old, new, to_sido = raw.get("sido"), raw.get("city"), raw.get("city"), None
    else:
        sido, old, new, to_sido = raw.get("sido"), raw.get("from"), raw.get("to"), raw.get("to_sido")
    for label, value in (("sido", sido), ("to", to_sido)):
        if value is not None and value not in sido_names and not (kind == "move_sigungu" and label == "sido"):
            problems.append(f"{where}: unknown 시도 {value!r} (allowed: {', '.join(sorted(sido_names))})")
            return None
    if not isinstance(old, str) or not isinstance(sido, str):
        problems.append(f"{where}: needs the old name and its 시도")
        return None
    by_dong: dict[str, str] = {}
    for gu, dongs in (raw.get("by_dong") or {}).items():
        dong_list = _str_list(dongs)
        if dong_list is None:
            problems.append(f"{where}: by_dong.{gu} must be a list of 읍면동")
            continue
        for dong in dong_list:
            by_dong[dong] = gu
    prefixes: list[tuple[str, str]] = []
    for gu, roads in (raw.get("road_prefixes") or {}).items():
        road_list = _str_list(roads)
        if road_list is None:
            problems.append(f"{where}: road_prefixes.{gu} must be a list")
            continue
        prefixes.extend((r, gu) for r in road_list)
    prefixes.sort(key=lambda p: -len(p[0]))
    return RegionChange(
        kind, effective, sido, old, new, to_sido, by_dong, tuple(prefixes), raw.get("default"), raw.get("keep")
    )


def _parse_taxonomy(data: dict[str, Any], path: str) -> tuple[
    dict[str, Kind], dict[str, tuple[str, ...]], dict[str, str], dict[str, EquipmentItem]
]:
    problems: list[str] = []
    kinds: dict[str, Kind] = {}
    raw_kinds = data.get("kinds")
    if not isinstance(raw_kinds, dict) or not raw_kinds:
        problems.append("kinds must be a non-empty mapping")
        raw_kinds = {}
    for key, raw in raw_kinds.items():
        if not isinstance(raw, dict) or not isinstance(raw.get("label"), str):
            problems.append(f"kinds.{key}: needs a label")
            continue
        source_kinds, keywords = _str_list(raw.get("source_kinds")), _str_list(raw.get("keywords"))
        names = _str_list(raw.get("names", []))
        if source_kinds is None or keywords is None or names is None:
            problems.append(f"kinds.{key}: source_kinds, keywords and names must be lists of strings")
            continue
        kinds[key] = Kind(key, raw["label"], raw.get("ministry"), source_kinds, keywords, raw.get("refines"),
                          names)
    for kind in kinds.values():
        if kind.refines is not None and kind.refines not in kinds:
            problems.append(f"kinds.{kind.key}: refines unknown kind {kind.refines!r}")
    families: dict[str, tuple[str, ...]] = {}
    for fam, members in (data.get("families") or {}).items():
        member_list = _str_list(members)
        if member_list is None or any(m not in kinds for m in member_list):
            problems.append(f"families.{fam}: must list known kinds (allowed: {', '.join(kinds)})")
            continue
        families[fam] = member_list
    equipment = data.get("equipment") if isinstance(data.get("equipment"), dict) else {}
    categories = equipment.get("categories") or {}
    if not isinstance(categories, dict) or not categories:
        problems.append("equipment.categories must be a non-empty mapping")
        categories = {}
    items: dict[str, EquipmentItem] = {}
    for canonical, raw in (equipment.get("items") or {}).items():
        synonyms = _str_list(raw.get("synonyms")) if isinstance(raw, dict) else None
        if not isinstance(raw, dict) or raw.get("category") not in categories or synonyms is None:
            problems.append(
                f"equipment.items.{canonical}: needs synonyms and a category among {', '.join(categories)}"
            )
            continue
        done_by = _str_list(raw.get("done_by") or [])
        if done_by is None:
            problems.append(f"equipment.items.{canonical}.done_by: must be a list of canonical names")
            continue
        items[str(canonical)] = EquipmentItem(str(canonical), raw["category"], raw.get("label") or "", synonyms,
                                              done_by)
    for item in items.values():
        unknown = [c for c in item.done_by if c not in items]
        if unknown:
            problems.append(f"equipment.items.{item.canonical}.done_by: unknown machine(s) {', '.join(unknown)}")
    if problems:
        raise TableError(path, problems)
    return kinds, families, {str(k): str(v) for k, v in categories.items()}, items
