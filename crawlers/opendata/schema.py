"""Validation of a source's ``opendata`` block (every problem at once, with the allowed values)::

    opendata:
      file: data/libraries.csv | https://…/file.csv     # a path (relative to the sources file) or a URL
      api: {url: https://api.data.go.kr/openapi/…, service_key_env: DATA_GO_KR_SERVICE_KEY,
            params: {type: json}, page_size: 1000}       # instead of file: a data.go.kr-style OpenAPI
      format: csv | xlsx | json                          # default: detected
      encoding: auto | cp949 | utf-8 | …                 # default: auto (detected)
      mapping: library | public_facility                 # a ready mapping of config/opendata.yaml
      fields: {raw field: column or [columns]}           # added to / over the ready mapping
      hours: {standard name: column or [columns]}
      key: [raw field or column, …]                      # default: the ready mapping's key
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlparse

from crawlers.opendata.readers import FORMATS

OPENDATA_KEYS = ("file", "api", "format", "encoding", "mapping", "fields", "hours", "key")
API_KEYS = ("url", "service_key_env", "params", "page_size", "page_param", "size_param", "key_param",
            "first_page")
_FIELD = re.compile(r"^[a-z][a-z0-9_]*$")


def _columns_ok(value: Any) -> bool:
    values = value if isinstance(value, list) else [value]
    return bool(values) and all(
        (isinstance(v, str) and v.strip()) or (isinstance(v, list) and v and all(isinstance(x, str) for x in v))
        for v in values)


def validate_opendata(spec: Any, where: str = "opendata", mappings: Mapping[str, Any] | None = None) -> list[str]:
    """Every problem with an ``opendata`` block (empty when it is valid)."""
    if not isinstance(spec, Mapping):
        return [f"{where}: must be a mapping with keys {', '.join(OPENDATA_KEYS)}"]
    problems = [f"{where}: unknown key {k!r} (allowed: {', '.join(OPENDATA_KEYS)})" for k in spec
                if k not in OPENDATA_KEYS]
    has_file, has_api = "file" in spec, "api" in spec
    if has_file == has_api:
        problems.append(f"{where}: give exactly one of 'file' (a path or URL) or 'api' (an OpenAPI)")
    if has_file:
        value = spec["file"]
        if not isinstance(value, str) or not value.strip():
            problems.append(f"{where}.file: must be a path or an http(s) URL")
        elif "://" in value and urlparse(value).scheme not in ("http", "https", "file"):
            problems.append(f"{where}.file: {value!r} is neither a path nor an http(s)/file URL")
    if has_api:
        api = spec["api"]
        if not isinstance(api, Mapping):
            problems.append(f"{where}.api: must be a mapping with keys {', '.join(API_KEYS)}")
        else:
            problems += [f"{where}.api: unknown key {k!r} (allowed: {', '.join(API_KEYS)})" for k in api
                         if k not in API_KEYS]
            url = api.get("url")
            if not isinstance(url, str) or urlparse(url).scheme not in ("http", "https"):
                problems.append(f"{where}.api.url: must be an http(s) URL")
            env = api.get("service_key_env")
            if env is not None and (not isinstance(env, str) or not re.match(r"^[A-Z][A-Z0-9_]*$", env)):
                problems.append(f"{where}.api.service_key_env: must name an environment variable (UPPER_CASE)")
            size = api.get("page_size", 100)
            if not isinstance(size, int) or isinstance(size, bool) or not 1 <= size <= 10000:
                problems.append(f"{where}.api.page_size: must be a whole number from 1 to 10000")
            if "params" in api and not isinstance(api["params"], Mapping):
                problems.append(f"{where}.api.params: must be a mapping of query parameters")
    fmt = spec.get("format")
    if fmt is not None and fmt not in FORMATS:
        problems.append(f"{where}.format: {fmt!r} is not one of {', '.join(FORMATS)}")
    encoding = spec.get("encoding")
    if encoding is not None and encoding != "auto":
        try:
            codecs.lookup(str(encoding))
        except LookupError:
            problems.append(f"{where}.encoding: unknown encoding {encoding!r} (use auto, cp949, utf-8, …)")
    mapping = spec.get("mapping")
    if mapping is not None and mappings is not None and mapping not in mappings:
        problems.append(f"{where}.mapping: {mapping!r} is not a ready mapping (allowed: {', '.join(mappings)})")
    for block in ("fields", "hours"):
        value = spec.get(block)
        if value is None:
            continue
        if not isinstance(value, Mapping):
            problems.append(f"{where}.{block}: must map names to a column or a list of columns")
            continue
        for name, columns in value.items():
            if block == "fields" and (not isinstance(name, str) or not _FIELD.match(name)):
                problems.append(f"{where}.fields: field name {name!r} must be lower_snake_case")
            if not _columns_ok(columns):
                problems.append(f"{where}.{block}.{name}: must be a column name or a list of column names")
    key = spec.get("key")
    if key is not None and (not isinstance(key, list) or not key or not all(isinstance(k, str) for k in key)):
        problems.append(f"{where}.key: must be a list of raw field or column names")
    if mapping is None:
        if key is None:
            problems.append(f"{where}: needs 'key' (the fields identifying a record) or a ready 'mapping'")
        if "name" not in (spec.get("fields") or {}):
            problems.append(f"{where}: needs 'fields' with at least 'name', or a ready 'mapping'")
    return problems
