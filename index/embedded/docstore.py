"""A version's stored documents by ``seq``: one file of serialised documents and one array of offsets.

tantivy keeps documents in compressed blocks; fetching the 20 documents of a results page decompressed a block
per document and was the largest single cost of a search. The version directory also holds the same bytes
uncompressed, memory-mapped by every reader, so a page of hits costs 20 slices and 20 ``orjson.loads``.
Versions built before this file existed have no document store; readers then fall back to tantivy's store.
"""

from __future__ import annotations

import mmap
from pathlib import Path

import numpy as np

DOCS = "docs.bin"
"""The serialised documents, back to back, in ``seq`` order."""
OFFSETS = "docs.offsets.npy"
"""``int64[n + 1]``: document ``seq`` is ``DOCS[offsets[seq]:offsets[seq + 1]]``."""


class DocStoreWriter:
    """Appends serialised documents in ``seq`` order while a version is built."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self._fh = open(directory / DOCS, "wb")  # noqa: SIM115 - closed in close()
        self._offsets = [0]

    def add(self, data: bytes) -> None:
        """Append the next document."""
        self._fh.write(data)
        self._offsets.append(self._offsets[-1] + len(data))

    def close(self) -> None:
        """Flush the documents and write the offsets."""
        self._fh.close()
        np.save(self.directory / OFFSETS, np.asarray(self._offsets, dtype=np.int64))


class DocStore:
    """Read-only access to a version's documents by ``seq`` (memory-mapped; shared by threads)."""

    def __init__(self, directory: Path) -> None:
        self._offsets = np.load(directory / OFFSETS, mmap_mode="r")
        size = int(self._offsets[-1])
        self._fh = open(directory / DOCS, "rb")  # noqa: SIM115 - lives as long as the reader
        self._data = mmap.mmap(self._fh.fileno(), 0, access=mmap.ACCESS_READ) if size else b""

    @classmethod
    def open(cls, directory: Path) -> DocStore | None:
        """The version's document store, or None for a version built without one."""
        if not (directory / OFFSETS).is_file() or not (directory / DOCS).is_file():
            return None
        return cls(directory)

    def __len__(self) -> int:
        return len(self._offsets) - 1

    def get(self, seq: int) -> bytes:
        """The serialised document ``seq``."""
        start, end = int(self._offsets[seq]), int(self._offsets[seq + 1])
        return self._data[start:end]
