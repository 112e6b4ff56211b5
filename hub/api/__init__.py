"""The HTTP API (FastAPI): search, suggest, entity detail, review, operations and health."""
