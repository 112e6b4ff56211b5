"""Index versions on disk: one directory per version, an atomically replaced pointer to the active one.

Layout under ``<data_dir>/index/``::

    versions/<version>/      a complete tantivy index plus manifest.json (only complete builds are moved here)
    building/<version>/      a build in progress (never served; moved into versions/ by one rename)
    ACTIVE                   the active version id, replaced with os.replace (atomic on POSIX)
    .lock                    flock taken by activate, rollback and drop (several processes may share the dir)
"""

from __future__ import annotations

import fcntl
import os
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson

from index.embedded.schema import SCHEMA_VERSION
from index.errors import SearchIndexError, VersionNotFoundError
from index.types import VersionInfo

MANIFEST = "manifest.json"
KEEP_OLDER = 2
"""Versions older than the active one that activation keeps for rollback."""


class VersionStore:
    """The on-disk bookkeeping of versions; knows nothing about tantivy."""

    def __init__(self, data_dir: Path) -> None:
        self.root = Path(data_dir) / "index"
        self.versions_dir = self.root / "versions"
        self.building_dir = self.root / "building"
        self.pointer = self.root / "ACTIVE"

    def ensure(self) -> None:
        """Create the directory layout (idempotent)."""
        try:
            self.versions_dir.mkdir(parents=True, exist_ok=True)
            self.building_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise SearchIndexError(f"cannot create the index directory {self.root}: {exc}") from exc

    @contextmanager
    def locked(self) -> Iterator[None]:
        """Hold an exclusive lock on the directory across processes."""
        self.ensure()
        with open(self.root / ".lock", "a+b") as fh:
            fcntl.flock(fh, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)

    def new_building_dir(self) -> tuple[str, Path]:
        """Reserve a fresh, sortable version id and its build directory."""
        self.ensure()
        while True:
            now = time.time()
            stamp = time.strftime("%Y%m%d-%H%M%S", time.gmtime(now))
            version = f"v{stamp}-{int(now * 1_000_000) % 1_000_000:06d}"
            path = self.building_dir / version
            if (self.versions_dir / version).exists():
                time.sleep(0.000_01)
                continue
            try:
                path.mkdir()
            except FileExistsError:
                continue
            return version, path

    def publish(self, version: str, building: Path, documents: int, extra: dict[str, Any]) -> None:
        """Write the manifest (with ``extra`` data) and move a finished build into ``versions/`` in one rename."""
        manifest = {**extra, "version": version, "documents": documents,
                    "created_at": datetime.now(UTC).isoformat(timespec="seconds"), "format": 1}
        manifest["schema"] = SCHEMA_VERSION
        (building / MANIFEST).write_bytes(orjson.dumps(manifest))
        os.rename(building, self.versions_dir / version)

    def discard(self, building: Path) -> None:
        """Remove an unfinished build."""
        shutil.rmtree(building, ignore_errors=True)

    def unfinished(self) -> list[str]:
        """Names under ``building/``: builds in progress, or left by a build that was interrupted."""
        if not self.building_dir.is_dir():
            return []
        return sorted(p.name for p in self.building_dir.iterdir())

    def discard_unfinished(self) -> list[str]:
        """Remove everything under ``building/``; the caller makes sure that no build is in progress."""
        removed = self.unfinished()
        for name in removed:
            shutil.rmtree(self.building_dir / name, ignore_errors=True)
        return removed

    def path(self, version: str) -> Path:
        """The directory of a published version, or ``VersionNotFoundError``."""
        if not version or "/" in version or version.startswith("."):
            raise VersionNotFoundError(f"no index version {version!r}")
        path = self.versions_dir / version
        if not (path / MANIFEST).is_file():
            raise VersionNotFoundError(
                f"no index version {version!r} under {self.versions_dir}; see `facility-hub index versions`")
        return path

    def manifest(self, version: str) -> dict[str, Any]:
        """The manifest of a published version."""
        return orjson.loads((self.path(version) / MANIFEST).read_bytes())

    def versions(self) -> list[str]:
        """Published version ids, newest first."""
        if not self.versions_dir.is_dir():
            return []
        return sorted((p.name for p in self.versions_dir.iterdir() if (p / MANIFEST).is_file()), reverse=True)

    def read_pointer(self) -> str | None:
        """The active version id, or None."""
        try:
            return self.pointer.read_text(encoding="utf-8").strip() or None
        except FileNotFoundError:
            return None

    def pointer_state(self) -> tuple[int, int] | None:
        """A cheap fingerprint of the pointer file (inode, mtime); changes on every activation."""
        try:
            st = os.stat(self.pointer)
        except FileNotFoundError:
            return None
        return (st.st_ino, st.st_mtime_ns)

    def write_pointer(self, version: str) -> None:
        """Point ``ACTIVE`` at ``version`` atomically (write a temporary file, fsync, os.replace)."""
        tmp = self.root / f".ACTIVE.{os.getpid()}.tmp"
        with open(tmp, "w", encoding="utf-8") as fh:
            fh.write(version + "\n")
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self.pointer)

    def prune(self, active: str) -> list[str]:
        """Drop versions older than the active one except the newest ``KEEP_OLDER``; return their ids."""
        older = [v for v in self.versions() if v < active]
        dropped = older[KEEP_OLDER:]
        for version in dropped:
            self.remove(version)
        return dropped

    def remove(self, version: str) -> None:
        """Delete a version directory (rename first, so a half-deleted version is never listed)."""
        path = self.path(version)
        trash = self.building_dir / f".trash-{version}-{os.getpid()}"
        os.rename(path, trash)
        shutil.rmtree(trash, ignore_errors=True)

    def info(self, version: str, active: str | None) -> VersionInfo:
        """``VersionInfo`` for a published version."""
        path = self.path(version)
        manifest = self.manifest(version)
        size = sum(p.stat().st_size for p in path.iterdir() if p.is_file())
        return VersionInfo(version=version, documents=int(manifest["documents"]),
                           created_at=manifest["created_at"], active=version == active, size_bytes=size)
