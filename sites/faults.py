"""Fault names the replica server understands, the defaults, and parsing of fault sets.

A fault set is a collection of names; ``"name"`` applies to every site, ``"name:site"`` to one site only.

=============  =========================================================================================
``robots``     robots.txt disallows a path (print views, an admin area) that list pages link to. Default on.
``broken``     some detail pages are truncated after their facts, or have unclosed tags. Default on.
``redirect``   some detail pages are linked through old URLs that answer 301 to the new one. Default on.
``ratelimit``  the first request to some pages answers 429 with ``Retry-After: 1``.
``unavailable`` the first request to some pages answers 503.
``slow``       one detail page per site waits ``slow_seconds`` (2 s by default) before answering.
``down``       every request answers 500.
=============  =========================================================================================
"""

from __future__ import annotations

from collections.abc import Iterable

from sites.paths import SITE_IDS

FAULTS = ("robots", "broken", "redirect", "ratelimit", "unavailable", "slow", "down")
DEFAULT_FAULTS = frozenset({"robots", "broken", "redirect"})


class FaultError(ValueError):
    """An unknown fault name or site in a fault set."""


def parse_faults(faults: Iterable[str] | None) -> dict[str, frozenset[str]]:
    """Per site, the faults that apply. ``None`` means the defaults; every problem is reported at once."""
    names = DEFAULT_FAULTS if faults is None else faults
    if isinstance(names, str):
        names = [n for n in names.split(",") if n.strip()]
    per_site: dict[str, set[str]] = {s: set() for s in SITE_IDS}
    problems = []
    for raw in names:
        name, _, site = raw.strip().partition(":")
        if name not in FAULTS:
            problems.append(f"unknown fault {name!r}")
        if site and site not in per_site:
            problems.append(f"unknown site {site!r} in fault {raw!r}")
        if name in FAULTS and (not site or site in per_site):
            for s in [site] if site else SITE_IDS:
                per_site[s].add(name)
    if problems:
        raise FaultError("; ".join(problems) + f" (faults: {', '.join(FAULTS)}; sites: {', '.join(SITE_IDS)})")
    return {s: frozenset(v) for s, v in per_site.items()}
