"""One job in a forked process while this process does another: the second core of a two-core machine for the
pure-Python and numpy stages that hold the GIL (address parsing, pair comparisons).

The job reaches the child through ``fork`` (inherited, nothing pickled on the way in); only its result is
pickled back. Where fork is missing, there is one core, or the child cannot be started, both run here, one after
the other: the results are the same either way.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

A = TypeVar("A")
B = TypeVar("B")

_JOB: list[Callable[[], Any]] = []


def _run_job() -> Any:
    return _JOB[0]()  # inherited through fork


def can_fork() -> bool:
    """A second process can run beside this one: fork is available, the machine has two cores or more, and this
    process runs no other thread (a forked child of a threaded process — the API server's, the scheduler's — can
    inherit a lock another thread held at that moment, and wait on it for ever)."""
    return "fork" in multiprocessing.get_all_start_methods() and (os.cpu_count() or 1) >= 2 \
        and threading.active_count() == 1


def beside(job: Callable[[], A], meanwhile: Callable[[], B], *, parallel: bool = True) -> tuple[A, B]:
    """``(job(), meanwhile())``, the job in a forked child while ``meanwhile`` runs here (when ``parallel`` and
    :func:`can_fork`); otherwise, or when the child cannot run, both here."""
    here: list[B] = []
    if parallel and can_fork():
        _JOB[:] = [job]
        try:
            with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork")) as pool:
                future = pool.submit(_run_job)
                here.append(meanwhile())
                return future.result(), here[0]
        except (OSError, BrokenProcessPool):
            pass  # no second process: the job runs here
        finally:
            _JOB.clear()
    if not here:
        here.append(meanwhile())
    return job(), here[0]
