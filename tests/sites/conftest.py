"""A replica server with the default faults, started once for the session, and helpers."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from sites.server import ReplicaServer


@pytest.fixture(scope="session")
def replicas() -> Iterator[ReplicaServer]:
    """Every replica site, version 1, default faults; tests that change it must restore it."""
    with ReplicaServer() as srv:
        yield srv


@pytest.fixture
def client() -> Iterator[httpx.Client]:
    """A keep-alive HTTP client that does not follow redirects."""
    with httpx.Client(follow_redirects=False, timeout=10) as c:
        yield c
