"""The declarative match model: blocking rules, comparison ladders, their m/u parameters and thresholds.

The model lives in ``config/dedupe.yaml`` (reviewable, diffable, as Splink saves its settings). Each comparison is
a ladder of levels from a small library of comparison types; level 0 is always "null" (one side missing) and
carries no weight. :func:`load_model` validates the whole file and reports every problem at once;
:func:`save_model` writes learnt parameters back.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

from dedupe.errors import ModelError

BLOCKING_KEYS = (
    "sido", "sigungu", "name_key", "name_prefix1", "name_prefix2", "name_prefix3", "name_prefix4",
    "name_token", "phone", "road", "building_no", "postal_code", "domain", "geo_cell", "kind",
)
"""Keys a blocking rule may combine (see :mod:`dedupe.features`)."""


def _labels(ctype: str, thresholds: list[float]) -> list[str] | None:
    """Non-null level labels for a comparison type, or None when the type is unknown."""
    if ctype == "name":
        t = thresholds
        return ["exact", f"similar>={t[0]}", f"similar>={t[1]}", "contained", f"similar>={t[2]}", "else"]
    if ctype == "address":
        return ["exact", "similar_road_same_number", "same_road_other_number", "else"]
    if ctype == "phone":
        return ["same", "same_office", "else"]
    if ctype == "distance":
        return [f"<={t}km" for t in thresholds] + ["else"]
    if ctype in ("region", "postal", "domain", "kind"):
        return ["same", "else"]
    return None


THRESHOLD_COUNTS = {"name": 3, "address": 1, "distance": None, "phone": 0, "region": 0, "postal": 0,
                    "domain": 0, "kind": 0}
"""How many thresholds each comparison type takes (None: any number ≥ 1)."""


@dataclass
class Comparison:
    """One comparison: a ladder of levels for one aspect of a pair of facilities."""

    name: str
    """Unique name, used in explanations."""
    type: str
    """One of name, address, region, phone, postal, domain, distance, kind."""
    thresholds: list[float] = field(default_factory=list)
    """Similarity (0–1) or distance (km) thresholds, best first."""
    m: list[float] = field(default_factory=list)
    """P(level | match) for each non-null level."""
    u: list[float] = field(default_factory=list)
    """P(level | non-match) for each non-null level."""
    options: dict[str, Any] = field(default_factory=dict)
    """Options: ``subsumed_by`` (a finer comparison's name: where that one is not null, only this one's
    last level — a disagreement — counts);
    name: ``partial``, ``min_partial_length``."""
    learn: bool = True
    """Re-estimate m from the data; False keeps m as written (domain knowledge, e.g. a facility is a place)."""

    @property
    def labels(self) -> list[str]:
        """Labels of the non-null levels, best first."""
        return _labels(self.type, self.thresholds) or []

    def weights(self) -> list[float]:
        """log2 Bayes factor of each level, index 0 = null (0.0)."""
        return [0.0] + [math.log2(max(m, 1e-9) / max(u, 1e-9)) for m, u in zip(self.m, self.u, strict=True)]


@dataclass(frozen=True)
class BlockingRule:
    """Records that agree on all ``keys`` (none missing) become candidate pairs."""

    name: str
    keys: tuple[str, ...]


@dataclass
class MatchModel:
    """A complete match model; see ``config/dedupe.yaml`` for the meaning of every setting."""

    comparisons: list[Comparison]
    blocking: list[BlockingRule]
    merge_threshold: float = 0.9
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
    seed: int = 7
    path: Path | None = None

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
    """``dedupe.yaml`` in the configuration directory (``FACILITY_HUB_CONFIG_DIR`` first)."""
    override = os.environ.get("FACILITY_HUB_CONFIG_DIR")
    if override:
        return Path(override).expanduser().resolve() / "dedupe.yaml"
    try:
        from config import config_dir

        return config_dir() / "dedupe.yaml"
    except ImportError:  # pragma: no cover - config package always ships with the project
        return Path(__file__).resolve().parent.parent / "config" / "dedupe.yaml"


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
    if ctype not in THRESHOLD_COUNTS:
        problems.append(f"{where}.type: {ctype!r} is not one of {', '.join(THRESHOLD_COUNTS)}")
        return None
    where = f"comparisons[{name}]"
    thresholds = [
        _num(problems, f"{where}.thresholds[{j}]", t, 0.0, 1e6) for j, t in enumerate(raw.get("thresholds") or [])
    ]
    want = THRESHOLD_COUNTS[ctype]
    if (want is None and not thresholds) or (want is not None and len(thresholds) != want):
        problems.append(f"{where}.thresholds: type {ctype} takes {want or 'one or more'}, got {len(thresholds)}")
        return None
    comp = Comparison(name=str(name), type=ctype, thresholds=thresholds, options=dict(raw.get("options") or {}),
                      learn=bool(raw.get("learn", True)))
    n = len(comp.labels)
    for key in ("m", "u"):
        vals = raw.get(key)
        if not isinstance(vals, list) or len(vals) != n:
            problems.append(f"{where}.{key}: expected {n} probabilities (levels {', '.join(comp.labels)})")
            continue
        probs = [_num(problems, f"{where}.{key}[{j}]", v, 0.0, 1.0) for j, v in enumerate(vals)]
        setattr(comp, key, probs)
    return comp


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
        if not keys or bad:
            allowed = ", ".join(BLOCKING_KEYS)
            problems.append(f"blocking.rules[{i}].keys: {list(keys)!r} must be non-empty, from {allowed}")
            continue
        rules.append(BlockingRule(name=str(raw.get("name") or "+".join(keys)), keys=keys))
    if not rules and not problems:
        problems.append("blocking.rules: at least one is required")
    th = data.get("thresholds") or {}
    blk = data.get("blocking") or {}
    tr = data.get("training") or {}
    model = MatchModel(
        comparisons=comps,
        blocking=rules,
        merge_threshold=_num(problems, "thresholds.merge", th.get("merge", 0.9), 0.0, 1.0),
        review_threshold=_num(problems, "thresholds.review", th.get("review", 0.3), 0.0, 1.0),
        coherence_threshold=_num(problems, "thresholds.coherence", th.get("coherence", 0.5), 0.0, 1.0),
        prior=_num(problems, "training.prior", tr.get("prior", 0.05), 1e-9, 1.0),
        max_block_size=int(_num(problems, "blocking.max_block_size", blk.get("max_block_size", 300), 2, 1e6)),
        window=int(_num(problems, "blocking.window", blk.get("window", 12), 1, 1e4)),
        fill_component_limit=int(_num(problems, "thresholds.fill_component_limit",
                                      th.get("fill_component_limit", 60), 2, 1e4)),
        em_enabled=bool(tr.get("em", True)),
        em_iterations=int(_num(problems, "training.em_iterations", tr.get("em_iterations", 30), 0, 1e4)),
        u_sample_pairs=int(_num(problems, "training.u_sample_pairs", tr.get("u_sample_pairs", 200_000), 0, 1e9)),
        seed=int(_num(problems, "training.seed", tr.get("seed", 7), 0, 2**31)),
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
                     "rules": [{"name": r.name, "keys": list(r.keys)} for r in model.blocking]},
        "comparisons": [
            {"name": c.name, "type": c.type, **({"thresholds": c.thresholds} if c.thresholds else {}),
             **({"options": c.options} if c.options else {}), **({} if c.learn else {"learn": False}),
             "levels": c.labels,
             "m": [round(x, 6) for x in c.m], "u": [round(x, 6) for x in c.u]}
            for c in model.comparisons
        ],
        "training": {"em": model.em_enabled, "em_iterations": model.em_iterations,
                     "u_sample_pairs": model.u_sample_pairs, "prior": round(model.prior, 6), "seed": model.seed},
    }


def save_model(model: MatchModel, path: Path) -> None:
    """Write the model (e.g. with parameters learnt by EM) to ``path`` as YAML."""
    text = yaml.safe_dump(model_to_dict(model), allow_unicode=True, sort_keys=False, width=110)
    try:
        Path(path).write_text(text, encoding="utf-8")
    except OSError as exc:
        raise ModelError(f"{path}: cannot write the dedupe model ({exc.strerror or exc})") from exc
