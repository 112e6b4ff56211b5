"""Version lifecycle every backend must share: build, verify, activate, rollback, drop, and serving while a new
version is built and switched."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from index.errors import SearchIndexError, VerificationError, VersionNotFoundError
from index.types import FacilityDocument, SearchBackend, SearchQuery


def _second_edition(docs: list[FacilityDocument]) -> list[FacilityDocument]:
    """A changed data set: one facility gone, one renamed."""
    out = [d for d in docs if d.id != "e-jeju-maker"]
    for d in out:
        if d.id == "e-fablab-seoul":
            d.name = "팹랩서울 종로"
    return out


def test_lifecycle(backend: SearchBackend, docs: list[FacilityDocument]) -> None:
    assert backend.active_version() is None
    assert backend.list_versions() == []
    with pytest.raises(SearchIndexError):
        backend.search(SearchQuery())

    v1 = backend.build(docs, expected=len(docs))
    backend.verify(v1, expected=len(docs))
    assert backend.active_version() is None  # built, not yet served
    backend.activate(v1)
    assert backend.active_version() == v1
    (info,) = backend.list_versions()
    assert (info.version, info.documents, info.active) == (v1, len(docs), True)
    assert backend.search(SearchQuery()).version == v1

    docs2 = _second_edition(docs)
    v2 = backend.build(docs2, expected=len(docs2))
    assert v2 != v1
    assert backend.search(SearchQuery()).total == len(docs)  # v2 not served before activation
    backend.verify(v2, expected=len(docs2))
    backend.activate(v2)
    result = backend.search(SearchQuery(q="팹랩서울 종로"))
    assert (result.version, result.hits[0].document.name) == (v2, "팹랩서울 종로")
    assert backend.get("e-jeju-maker") is None
    assert [v.version for v in backend.list_versions()] == [v2, v1]

    assert backend.rollback() == v1
    assert backend.active_version() == v1
    assert backend.search(SearchQuery()).total == len(docs)
    assert backend.get("e-jeju-maker") is not None

    with pytest.raises(SearchIndexError):
        backend.drop(v1)  # active
    backend.drop(v2)
    assert [v.version for v in backend.list_versions()] == [v1]
    with pytest.raises(VersionNotFoundError):
        backend.drop(v2)
    with pytest.raises(VersionNotFoundError):
        backend.activate("v-does-not-exist")
    with pytest.raises(SearchIndexError):
        backend.rollback()  # nothing older than v1


def test_activation_keeps_two_older_versions(backend: SearchBackend, docs: list[FacilityDocument]) -> None:
    versions = []
    for n in range(4):
        v = backend.build(docs[: 10 + n])
        backend.activate(v)
        versions.append(v)
    assert [v.version for v in backend.list_versions()] == versions[::-1][:3]
    assert backend.rollback() == versions[2]
    assert backend.rollback() == versions[1]
    assert backend.search(SearchQuery()).total == 11


def test_verify_fails_on_wrong_count(backend: SearchBackend, docs: list[FacilityDocument]) -> None:
    v = backend.build(docs)
    with pytest.raises(VerificationError):
        backend.verify(v, expected=len(docs) + 1)
    with pytest.raises(VerificationError):
        backend.build(docs, expected=len(docs) - 1)
    assert [x.version for x in backend.list_versions()] == [v]  # the refused build left nothing behind


def test_half_built_version_is_never_served(backend: SearchBackend, docs: list[FacilityDocument]) -> None:
    v1 = backend.build(docs)
    backend.activate(v1)

    def broken() -> Iterator[FacilityDocument]:
        yield from docs[:10]
        raise RuntimeError("the entity stream broke")

    with pytest.raises(RuntimeError):
        backend.build(broken())
    assert [x.version for x in backend.list_versions()] == [v1]
    assert backend.active_version() == v1
    assert backend.search(SearchQuery()).total == len(docs)


def test_bad_document_is_refused(backend: SearchBackend, docs: list[FacilityDocument]) -> None:
    with pytest.raises(SearchIndexError):
        backend.build([*docs[:3], FacilityDocument(id="", name="이름만")])
    assert backend.list_versions() == []


def test_queries_during_build_and_switch_all_answer_from_one_complete_version(
        backend_factory, docs: list[FacilityDocument]) -> None:
    writer = backend_factory.first
    v1 = writer.build(docs)
    writer.activate(v1)
    docs2 = _second_edition(docs)
    readers = [writer, backend_factory()]  # the same object and another one on the same data (another process)
    counts = {v1: len(docs)}
    answers: list[tuple[str, int, int]] = []
    errors: list[BaseException] = []
    switched = threading.Event()
    seen_after_switch = [threading.Event() for _ in range(4)]

    def read(i: int) -> None:
        b = readers[i % 2]
        try:
            while True:
                after = switched.is_set()
                r = b.search(SearchQuery(size=100, facets=True))
                answers.append((r.version, r.total, len(r.hits)))
                assert r.total == len(r.hits) == sum(r.facets["kind"].values())
                if after:
                    seen_after_switch[i].set()
                    return
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
            seen_after_switch[i].set()

    threads = [threading.Thread(target=read, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    v2 = writer.build(docs2)
    counts[v2] = len(docs2)
    writer.activate(v2)
    switched.set()
    for t in threads:
        t.join(timeout=60)
    assert not errors, errors
    assert all(e.is_set() for e in seen_after_switch)
    assert answers
    for version, total, _ in answers:
        assert total == counts[version]
    assert answers[-1][0] == v2
    for b in readers:  # every reader serves the new version once it is active
        assert b.search(SearchQuery()).version == v2
