"""Fault points: places where the fault suite can stop a real process to kill it there (``kill -9``).

Killing a process "during dedupe" by timing is a race; instead a test sets ``FACILITY_HUB_FAULT_PAUSE`` to the
name of a point (``crawl``, ``normalize``, ``dedupe``, ``index``, ``index-build``) and
``FACILITY_HUB_FAULT_MARK`` to a file: the process writes its pid to the file when it reaches the point and then
waits there until it is killed. Without the variable a fault point costs one environment lookup.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

PAUSE_ENV = "FACILITY_HUB_FAULT_PAUSE"
MARK_ENV = "FACILITY_HUB_FAULT_MARK"


def fault_point(name: str) -> None:
    """Wait here for ever when the fault suite asked to stop at ``name``."""
    if os.environ.get(PAUSE_ENV) != name:
        return
    mark = os.environ.get(MARK_ENV)
    if mark:
        tmp = Path(f"{mark}.tmp")
        tmp.write_text(str(os.getpid()), encoding="utf-8")
        tmp.replace(mark)
    while True:
        time.sleep(3600)


def pause_after_first(items: Iterable[T], name: str) -> Iterator[T]:
    """``items``, stopping at fault point ``name`` after the first one (a build half done)."""
    for i, item in enumerate(items):
        yield item
        if i == 0:
            fault_point(name)
