"""The application shell: CLI, pipeline runner, store, scheduler, HTTP API and web pages."""

__version__ = "0.1.0"
