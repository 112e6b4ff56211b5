"""A version's stored documents by ``seq``: one file of serialised documents and one array of offsets.

This is the only copy of the documents: tantivy stores none (its ``seq`` fast field maps a hit here). tantivy's
compressed store made a results page decompress a block per document (the largest single cost of a search) and
cost build time; here the bytes are uncompressed and memory-mapped by every reader, so a page of hits costs 20
slices and 20 ``orjson.loads``. A version without its document store cannot be read (rebuild it).
"""

from __future__ import annotations

import mmap
from pathlib import Path

import numpy as np

from index.errors import SearchIndexError

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
    def open(cls, directory: Path) -> DocStore:
        """The version's document store; ``SearchIndexError`` with a rebuild hint when it is missing."""
        missing = [name for name in (DOCS, OFFSETS) if not (directory / name).is_file()]
        if missing:
            raise SearchIndexError(f"index version {directory.name} has no document store ({', '.join(missing)} "
                                   "missing); rebuild with `facility-hub index --force`")
        return cls(directory)

    def __len__(self) -> int:
        return len(self._offsets) - 1

    def get(self, seq: int) -> bytes:
        """The serialised document ``seq``."""
        start, end = int(self._offsets[seq]), int(self._offsets[seq + 1])
        return self._data[start:end]
