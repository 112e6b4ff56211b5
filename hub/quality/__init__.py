"""Data-quality checks (postal code, coordinates and phone area code against the 시군구/시도; shrinking lists) and
their stored findings, listed per source on the operations page and per entity for stewards."""

from hub.quality.checks import CHECK_LABELS, CHECKS, CheckReport, Finding, run_checks
from hub.quality.store import findings_by_source, findings_of_entity, refresh_findings

__all__ = ["CHECKS", "CHECK_LABELS", "CheckReport", "Finding", "findings_by_source", "findings_of_entity",
           "refresh_findings", "run_checks"]
