"""The comparison library: one class per comparison type (see :mod:`dedupe.comparisons.base`)."""

from __future__ import annotations

from dedupe.comparisons.base import Comparison
from dedupe.comparisons.contact import HomepageComparison, KindComparison, PhoneComparison
from dedupe.comparisons.name import NameComparison
from dedupe.comparisons.place import (
    AddressComparison,
    DistanceComparison,
    LandmarkComparison,
    PostalComparison,
    RegionComparison,
)

COMPARISON_TYPES: dict[str, type[Comparison]] = {
    cls.type_name: cls
    for cls in (NameComparison, AddressComparison, LandmarkComparison, RegionComparison, PostalComparison,
                DistanceComparison, PhoneComparison, HomepageComparison, KindComparison)
}
"""Comparison type (as written in ``config/dedupe.yaml``) → its class."""

__all__ = ["COMPARISON_TYPES", "Comparison"]
