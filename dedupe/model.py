"""The declarative match model: blocking rules, comparison ladders, their m/u parameters and thresholds.

The model lives in ``config/dedupe.yaml`` (reviewable, diffable, as Splink saves its settings). Each comparison is
a ladder of levels from a small library of comparison types; level 0 is always "null" (one side missing) and
carries no weight. :func:`load_model` validates the whole file and reports every problem at once;
:func:`save_model` writes learnt parameters back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

import yaml

from dedupe.comparisons import COMPARISON_TYPES, Comparison
from dedupe.errors import ModelError
from dedupe.lexicon import Lexicon, build_lexicon

BLOCKING_KEYS = (
    "sido", "sigungu", "city", "name_key", "residue", "name_any", "name_token", "latin_token", "name_prefix1",
    "name_prefix2", "name_prefix3", "name_prefix4", "name_kind", "phone", "road", "road_latin", "building_no",
    "road_no", "postal_code", "url", "host", "domain", "geo", "geo_cell", "kind", "kind_group", "area",
)
"""Keys a blocking rule may combine (see :mod:`dedupe.features`). ``name_any`` (the residue or an alternative
name), ``name_token`` (every fairly rare bigram of the residue and the landmarks), ``latin_token``, ``phone``
(either number) and
``geo`` (four shifted grids) and ``area`` (the 시도, the city and the regions a name carries) have several values
per record: a rule using one pairs records sharing any."""

MULTI_KEYS: dict[str, tuple[str, ...]] = {
    "phone": ("phone1", "phone2"), "name_any": ("any1", "any2", "any3"),
    "latin_token": ("lat1", "lat2", "lat3", "lat4"), "geo": ("geo1", "geo2", "geo3", "geo4"),
    "area": ("area1", "area2", "area3", "area4"),
}
"""Blocking keys with several columns (a record is in the block of each of its values)."""


@dataclass(frozen=True)
class BlockingRule:
    """Records that agree on all ``keys`` (none missing) become candidate pairs."""

    name: str
    keys: tuple[str, ...]
    broad: bool = False
    """A wide net (e.g. one city and kind): its pairs do not count when the prior of candidate pairs is
    estimated, so that widening the net does not lower every pair's probability."""
    cross_script: bool = False
    """Only pairs with a name in Latin letters on one side (an English listing meets its Hangul one); blocks
    are sorted by Latin key, so a large block pairs each English listing with its closest spellings."""
    only_without: tuple[str, ...] = ()
    """Only pairs where one listing has none of these keys (``[road]``: no street address; ``[sigungu, road]``:
    no more than a 시도): a wide net for the listings vague about where they are, at no cost for the many that
    say it precisely (those meet by their addresses)."""


@dataclass
class MatchModel:
    """A complete match model; see ``config/dedupe.yaml`` for the meaning of every setting."""

    comparisons: list[Comparison]
    blocking: list[BlockingRule]
    merge_threshold: float = 0.75
    """Pairs at or above this match probability are merged."""
    review_threshold: float = 0.3
    """Pairs between this and ``merge_threshold`` go to the review queue."""
    coherence_threshold: float = 0.5
    """Two groups join only when the mean probability over all their cross pairs reaches this."""
    prior: float = 0.05
    """P(match) for a candidate pair before any comparison; re-estimated by EM."""
    max_block_size: int = 300
    """Blocks larger than this are paired by a sorted window instead of all pairs."""
    window: int = 12
    """Window size for oversized blocks."""
    fill_component_limit: int = 60
    """Connected groups up to this size get every missing intra-group pair scored before clustering."""
    em_enabled: bool = True
    """Re-estimate m (and the prior) on each run's candidate pairs with EM."""
    em_iterations: int = 30
    u_sample_pairs: int = 200_000
    """Random pairs drawn to estimate u (0 keeps the file's u)."""
    min_training_pairs: int = 2_000
    """Fewer candidate pairs than this: no EM (the written m is kept; the run's stats say so)."""
    max_m_ratio: float = 4.0
    """A learnt m may differ from the written one by at most this factor either way (then renormalised)."""
    estimate_prior: bool = False
    """Re-estimate the prior of candidate pairs by EM. Off by default: that prior falls as blocking widens (more
    candidates, as many matches), which would lower every pair's probability; the written prior is kept."""
    max_weight_shift: float = 2.0
    """A learnt level weight stays within this many bits of the written one (u is adjusted to match)."""
    seed: int = 7
    names: dict[str, Any] = field(default_factory=dict)
    """The name lexicon (generic words, folds, English words …; see :mod:`dedupe.lexicon`)."""
    path: Path | None = None
    _lexicon: Lexicon | None = field(default=None, repr=False, compare=False)

    def lexicon(self) -> Lexicon:
        """The compiled name lexicon (with the normaliser tables' legal forms and region names)."""
        if self._lexicon is None:
            from normalizers.tables import load_tables

            self._lexicon = build_lexicon(self.names, load_tables())
        return self._lexicon

    def taxonomy_kinds(self) -> dict[str, str]:
        """Taxonomy kind key → kind family."""
        return dict(self.names.get("taxonomy_kinds") or {})

    def comparison(self, name: str) -> Comparison:
        """The comparison called ``name``."""
        for c in self.comparisons:
            if c.name == name:
                return c
        raise KeyError(name)

    def with_params(self, m: dict[str, list[float]], u: dict[str, list[float]], prior: float) -> MatchModel:
        """A copy with new parameters (used after EM)."""
        comps = [replace(c, m=list(m.get(c.name, c.m)), u=list(u.get(c.name, c.u))) for c in self.comparisons]
        return replace(self, comparisons=comps, prior=prior)


def default_model_path() -> Path:
    """``dedupe.yaml`` in the configuration directory — the same directory the normaliser tables come from
    (``normalizers.tables.config_directory``: the application's choice, else ``FACILITY_HUB_CONFIG_DIR``, else the
    installed ``config/``)."""
    from normalizers.tables import config_directory

    return config_directory().resolve() / "dedupe.yaml"


_SETTINGS: tuple[tuple[str, str, str, float, float, type], ...] = (
    ("merge_threshold", "thresholds", "merge", 0.0, 1.0, float),
    ("review_threshold", "thresholds", "review", 0.0, 1.0, float),
    ("coherence_threshold", "thresholds", "coherence", 0.0, 1.0, float),
    ("fill_component_limit", "thresholds", "fill_component_limit", 2, 1e4, int),
    ("max_block_size", "blocking", "max_block_size", 2, 1e6, int),
    ("window", "blocking", "window", 1, 1e4, int),
    ("prior", "training", "prior", 1e-9, 1.0, float),
    ("em_enabled", "training", "em", 0, 1, bool),
    ("em_iterations", "training", "em_iterations", 0, 1e4, int),
    ("u_sample_pairs", "training", "u_sample_pairs", 0, 1e9, int),
    ("min_training_pairs", "training", "min_pairs", 0, 1e12, int),
    ("max_m_ratio", "training", "max_m_ratio", 1.0, 1e6, float),
    ("max_weight_shift", "training", "max_weight_shift", 0.0, 1e3, float),
    ("estimate_prior", "training", "estimate_prior", 0, 1, bool),
    ("seed", "training", "seed", 0, 2**31, int),
)
"""The model file's plain settings: (``MatchModel`` field, section, key, lowest, highest, type); a setting the
file leaves out takes the field's default."""


def _num(problems: list[str], where: str, value: Any, lo: float, hi: float) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        problems.append(f"{where}: expected a number, got {value!r}")
        return lo
    if not lo <= value <= hi:
        problems.append(f"{where}: {value} is outside [{lo}, {hi}]")
    return float(value)


def _parse_comparison(problems: list[str], i: int, raw: Any) -> Comparison | None:
    where = f"comparisons[{i}]"
    if not isinstance(raw, dict):
        problems.append(f"{where}: expected a mapping")
        return None
    name, ctype = raw.get("name"), raw.get("type")
    if not isinstance(name, str) or not name:
        problems.append(f"{where}.name: required")
    cls = COMPARISON_TYPES.get(ctype) if isinstance(ctype, str) else None
    if cls is None:
        problems.append(f"{where}.type: {ctype!r} is not one of {', '.join(COMPARISON_TYPES)}")
        return None
    where = f"comparisons[{name}]"
    thresholds = [
        _num(problems, f"{where}.thresholds[{j}]", t, 0.0, 1e6) for j, t in enumerate(raw.get("thresholds") or [])
    ]
    want = cls.threshold_count
    if (want is None and not thresholds) or (want is not None and len(thresholds) != want):
        problems.append(f"{where}.thresholds: type {ctype} takes {want or 'one or more'}, got {len(thresholds)}")
        return None
    comp = cls(name=str(name), thresholds=thresholds, options=dict(raw.get("options") or {}),
               learn=bool(raw.get("learn", True)))
    n = len(comp.labels)
    for key in ("m", "u"):
        vals = raw.get(key)
        if not isinstance(vals, list) or len(vals) != n:
            problems.append(f"{where}.{key}: expected {n} probabilities (levels {', '.join(comp.labels)})")
            continue
        probs = [_num(problems, f"{where}.{key}[{j}]", v, 0.0, 1.0) for j, v in enumerate(vals)]
        setattr(comp, key, probs)
    problems.extend(comp.problems())
    return comp


def _names(problems: list[str], raw: Any) -> dict[str, Any]:
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        problems.append("names: expected a mapping")
        return {}
    for key in ("generic", "legal_forms", "annotations", "old_name_markers"):
        if key in raw and not (isinstance(raw[key], list) and all(isinstance(w, str) for w in raw[key])):
            problems.append(f"names.{key}: expected a list of words")
    for key in ("english", "taxonomy_kinds", "kinds"):
        if key in raw and not isinstance(raw[key], dict):
            problems.append(f"names.{key}: expected a mapping")
    for j, rule in enumerate(raw.get("folds") or []):
        if not (isinstance(rule, dict) and isinstance(rule.get("pattern"), str)
                and isinstance(rule.get("replace"), str)):
            problems.append(f"names.folds[{j}]: expected {{pattern, replace}}")
            continue
        try:
            re.compile(rule["pattern"])
        except re.error as exc:
            problems.append(f"names.folds[{j}].pattern: {exc}")
    return dict(raw)


def parse_model(data: Any, path: Path | None = None) -> MatchModel:
    """Build a model from parsed YAML/JSON data; raises :class:`ModelError` listing every problem."""
    label = str(path) if path else "<model>"
    if not isinstance(data, dict):
        raise ModelError(f"{label}: expected a mapping at the top level")
    problems: list[str] = []
    comps = [c for i, raw in enumerate(data.get("comparisons") or []) if (c := _parse_comparison(problems, i, raw))]
    if not comps and not problems:
        problems.append("comparisons: at least one is required")
    names = [c.name for c in comps]
    if len(set(names)) != len(names):
        problems.append("comparisons: names must be unique")
    for c in comps:
        sub = c.options.get("subsumed_by")
        if sub is not None and (sub not in names or sub == c.name):
            problems.append(f"comparisons[{c.name}].options.subsumed_by: {sub!r} is not another comparison")
    rules: list[BlockingRule] = []
    for i, raw in enumerate(data.get("blocking", {}).get("rules") or []):
        keys = tuple(raw.get("keys") or []) if isinstance(raw, dict) else ()
        bad = [k for k in keys if k not in BLOCKING_KEYS]
        bad += [k for k in (raw.get("only_without") or []) if k not in BLOCKING_KEYS] if isinstance(raw, dict) else []
        if not keys or bad:
            allowed = ", ".join(BLOCKING_KEYS)
            problems.append(f"blocking.rules[{i}].keys: {list(keys)!r} must be non-empty, from {allowed}")
            continue
        rules.append(BlockingRule(name=str(raw.get("name") or "+".join(keys)), keys=keys,
                                  broad=bool(raw.get("broad", False)),
                                  cross_script=bool(raw.get("cross_script", False)),
                                  only_without=tuple(raw.get("only_without") or ())))
    if not rules and not problems:
        problems.append("blocking.rules: at least one is required")
    sections = {key: data.get(key) or {} for key in ("thresholds", "blocking", "training")}
    defaults = {f.name: f.default for f in fields(MatchModel)}
    settings: dict[str, Any] = {}
    for attr, section, key, lo, hi, cast in _SETTINGS:
        value = sections[section].get(key, defaults[attr])
        settings[attr] = cast(value) if cast is bool else cast(_num(problems, f"{section}.{key}", value, lo, hi))
    model = MatchModel(
        comparisons=comps,
        blocking=rules,
        **settings,
        names=_names(problems, data.get("names")),
        path=path,
    )
    if model.review_threshold > model.merge_threshold:
        problems.append("thresholds: review must not exceed merge")
    if problems:
        raise ModelError(f"{label}: invalid dedupe model:\n  " + "\n  ".join(problems))
    return model


def load_model(path: Path | None = None) -> MatchModel:
    """Read and validate a model file (default ``config/dedupe.yaml``)."""
    path = Path(path) if path else default_model_path()
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ModelError(f"{path}: cannot read the dedupe model ({exc.strerror or exc})") from exc
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ModelError(f"{path}: not valid YAML: {exc}") from exc
    return parse_model(data, path)


def model_to_dict(model: MatchModel) -> dict[str, Any]:
    """The model as plain data, in the layout of ``config/dedupe.yaml``."""
    return {
        "version": 1,
        "thresholds": {"merge": model.merge_threshold, "review": model.review_threshold,
                       "coherence": model.coherence_threshold, "fill_component_limit": model.fill_component_limit},
        "blocking": {"max_block_size": model.max_block_size, "window": model.window,
                     "rules": [{"name": r.name, "keys": list(r.keys), **({"broad": True} if r.broad else {}),
                                **({"cross_script": True} if r.cross_script else {}),
                                **({"only_without": list(r.only_without)} if r.only_without else {})}
                               for r in model.blocking]},
        "comparisons": [
            {"name": c.name, "type": c.type, **({"thresholds": c.thresholds} if c.thresholds else {}),
             **({"options": c.options} if c.options else {}), **({} if c.learn else {"learn": False}),
             "levels": c.labels,
             "m": [round(x, 6) for x in c.m], "u": [round(x, 6) for x in c.u]}
            for c in model.comparisons
        ],
        "training": {"em": model.em_enabled, "em_iterations": model.em_iterations,
                     "u_sample_pairs": model.u_sample_pairs, "min_pairs": model.min_training_pairs,
                     "max_m_ratio": model.max_m_ratio, "max_weight_shift": model.max_weight_shift,
                     "estimate_prior": model.estimate_prior,
                     "prior": round(model.prior, 6), "seed": model.seed},
        "names": model.names,
    }


def save_model(model: MatchModel, path: Path) -> None:
    """Write the model (e.g. with parameters learnt by EM) to ``path`` as YAML."""
    text = yaml.safe_dump(model_to_dict(model), allow_unicode=True, sort_keys=False, width=110)
    try:
        Path(path).write_text(text, encoding="utf-8")
    except OSError as exc:
        raise ModelError(f"{path}: cannot write the dedupe model ({exc.strerror or exc})") from exc
