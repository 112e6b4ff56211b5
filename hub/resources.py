"""One reader of configuration: everything the stages read from the config directory, loaded from ONE directory.

``Resources.from_settings(settings)`` is the only way the application learns its configuration: the sources
(``sources.yaml``), the normaliser tables (``regions.yaml``, ``taxonomy.yaml``, ``regions_official.json``), the
dedupe model (``dedupe.yaml``), the district names of search (``search_areas.yaml``) and the search backend's
options (``index.yaml``, then the settings). The directory is ``settings.config_dir`` — ``--config-dir`` when
given, else ``FACILITY_HUB_CONFIG_DIR`` (read once, by ``config.environment_override`` through
``Settings.from_env``), else the installed ``config/`` — and it is the same for every file.

The normalisers are pure functions that find their tables themselves (``normalizers.tables.load_tables``);
:func:`activate` points them at the settings' directory for the rest of the process, so that a process started with
``--config-dir X`` normalises with X's tables whether it serves with one worker or many.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from hub.errors import ConfigError
from hub.settings import Settings

if TYPE_CHECKING:
    from dedupe.model import MatchModel
    from hub.sources import Source
    from index.query_vocabulary import QueryVocabulary
    from index.types import SearchBackend
    from normalizers.tables import Tables

INDEX_FILE = "index.yaml"
"""The search backend's options in the config directory (optional; code defaults when absent)."""

BACKEND_OPTIONS: dict[str, tuple[str, ...]] = {
    "embedded": ("facet_cache_size", "writer_heap_bytes", "writer_threads"),
    "elasticsearch": ("alias", "request_timeout", "bulk_chunk", "max_retries"),
}
"""The options of each backend that configuration may set."""


def backend_defaults() -> dict[str, dict[str, Any]]:
    """Each backend's options with their code defaults (the lowest layer), read from the backends' own
    constructors so that the numbers live in one place."""
    import inspect

    from index.elastic.backend import ElasticBackend
    from index.embedded.backend import EmbeddedBackend

    out = {}
    for name, cls in (("embedded", EmbeddedBackend), ("elasticsearch", ElasticBackend)):
        parameters = inspect.signature(cls.__init__).parameters
        out[name] = {option: parameters[option].default for option in BACKEND_OPTIONS[name]}
    return out

_FROM_SETTINGS: dict[str, dict[str, str]] = {
    "embedded": {"facet_cache_size": "facet_cache_size", "writer_heap_bytes": "writer_heap_bytes",
                 "writer_threads": "writer_threads"},
    "elasticsearch": {"alias": "elasticsearch_alias", "request_timeout": "elasticsearch_timeout"},
}
"""Backend option → the ``Settings`` field that overrides it (environment and flags)."""


def activate(settings: Settings) -> None:
    """Make every normaliser of this process read the tables of ``settings.config_dir``."""
    from normalizers.tables import use_directory

    use_directory(settings.config_dir)


def read_index_options(config_dir: Path) -> dict[str, dict[str, Any]]:
    """``index.yaml`` of the directory over the code defaults; raises ConfigError naming every unknown option."""
    options = backend_defaults()
    path = Path(config_dir) / INDEX_FILE
    if not path.is_file():
        return options
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"{path}: cannot be read: {exc}".replace("\n", " ")) from None
    problems: list[str] = []
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: top level must be a mapping of backend → options")
    for backend, values in data.items():
        if backend not in options:
            problems.append(f"unknown backend {backend!r} (allowed: {', '.join(options)})")
            continue
        for key, value in (values or {}).items():
            default = options[backend].get(key)
            if key not in options[backend]:
                problems.append(f"{backend}.{key}: unknown option (allowed: {', '.join(options[backend])})")
            elif not isinstance(value, type(default)) and not (isinstance(default, float) and isinstance(value, int)):
                problems.append(f"{backend}.{key}: {value!r} is not a {type(default).__name__}")
            else:
                options[backend][key] = value
    if problems:
        raise ConfigError(f"{path}: " + " | ".join(problems))
    return options


def backend_options(settings: Settings, config_dir: Path | None = None) -> dict[str, Any]:
    """The options of the configured backend: code defaults < ``index.yaml`` < settings (environment, flags)."""
    name = settings.index_backend
    layered = read_index_options(config_dir or settings.config_dir)
    options = dict(layered.get(name, {}))
    for option, attribute in _FROM_SETTINGS.get(name, {}).items():
        value = getattr(settings, attribute)
        if value is not None:
            options[option] = value
    if name == "elasticsearch" and settings.elasticsearch_url:
        options["url"] = settings.elasticsearch_url
    return options


def open_backend(settings: Settings, vocabulary: QueryVocabulary | None = None) -> SearchBackend:
    """The configured search backend with every option from the configuration and the query vocabulary of the
    normaliser tables (``hub.search_vocabulary``)."""
    from index import get_backend

    if vocabulary is None:
        from hub.search_vocabulary import query_vocabulary

        activate(settings)
        vocabulary = query_vocabulary()
    return get_backend(settings.index_backend, data_dir=settings.data_dir, vocabulary=vocabulary,
                       **backend_options(settings))


@dataclass
class Resources:
    """Everything the stages read from the configuration directory, loaded once from that one directory."""

    settings: Settings
    """The settings the resources were loaded for (``settings.config_dir`` is the directory)."""
    sources: list[Source]
    """Every source of ``sources.yaml`` (enabled or not)."""
    tables: Tables
    """The normaliser tables (regions, taxonomy)."""
    model: MatchModel
    """The dedupe model of ``dedupe.yaml``."""
    index_options: dict[str, Any] = field(default_factory=dict)
    """The configured backend's options (``index.yaml`` under the settings)."""

    @property
    def config_dir(self) -> Path:
        """The one directory every file was read from."""
        return self.settings.config_dir

    @property
    def enabled_sources(self) -> list[Source]:
        """The sources that are switched on."""
        return [s for s in self.sources if s.enabled]

    @classmethod
    def from_settings(cls, settings: Settings) -> Resources:
        """Load and validate every file of ``settings.config_dir``; the normalisers of this process read the
        same directory from now on. Raises ConfigError (or the stage's own error) naming the file."""
        from dedupe.model import load_model
        from hub.sources import load_sources
        from normalizers.tables import load_tables

        activate(settings)
        directory = settings.config_dir
        return cls(
            settings=settings,
            sources=load_sources(directory),
            tables=load_tables(),
            model=load_model(Path(directory) / "dedupe.yaml"),
            index_options=backend_options(settings, directory),
        )

    def open_backend(self) -> SearchBackend:
        """The search backend with these options and the vocabulary of these tables."""
        return open_backend(self.settings)
