"""A job beside this process's own work (dedupe/forked.py): in a forked child where that is safe, else here."""

from __future__ import annotations

import os
import threading

from dedupe.forked import beside, can_fork


def test_the_job_runs_in_a_second_process_and_both_results_come_back():
    if threading.active_count() > 1:  # another test left a thread running: nothing to fork safely
        assert beside(os.getpid, os.getpid) == (os.getpid(), os.getpid())
        return
    assert can_fork()  # these machines fork and have two cores
    there, here = beside(os.getpid, os.getpid)
    assert here == os.getpid() and there != here


def test_a_threaded_process_does_both_here():
    stop = threading.Event()
    worker = threading.Thread(target=stop.wait)
    worker.start()
    try:
        assert not can_fork()
        assert beside(os.getpid, os.getpid) == (os.getpid(), os.getpid())
    finally:
        stop.set()
        worker.join()


def test_without_parallel_both_run_here_in_order():
    calls: list[str] = []
    there, here = beside(lambda: calls.append("job") or "j", lambda: calls.append("meanwhile") or "m", parallel=False)
    assert (there, here) == ("j", "m") and calls == ["meanwhile", "job"]
