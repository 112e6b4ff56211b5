"""Run ids and content hashes."""

from __future__ import annotations

import hashlib
import secrets
from datetime import UTC, datetime
from typing import Any

import orjson


def new_run_id(prefix: str = "run") -> str:
    """A sortable, unique run id such as ``run-20261122T041500-3fa2``."""
    return f"{prefix}-{datetime.now(UTC).strftime('%Y%m%dT%H%M%S')}-{secrets.token_hex(3)}"


def content_hash(value: Any) -> str:
    """SHA-256 of the canonical JSON of a value (sorted keys), as hex."""
    return hashlib.sha256(orjson.dumps(value, option=orjson.OPT_SORT_KEYS)).hexdigest()
