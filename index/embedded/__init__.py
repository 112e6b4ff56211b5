"""The embedded search backend: tantivy indexes in the data directory, no server needed."""

from index.embedded.backend import EmbeddedBackend

__all__ = ["EmbeddedBackend"]
