"""The raw item every spider yields.

Spiders extract strings; cleaning belongs to ``normalizers``. A raw item carries:

- ``source_id`` — the id of the source in ``config/sources.yaml``;
- ``key`` — the site's own key for the facility (``space_no``, a slug, an API id);
- ``url`` — the page the fields were read from;
- ``fields`` — ``dict[str, str | list[str]]`` of scraped strings, using these names where they apply
  (anything else a site offers may be added under its own name):

  ``name``, ``alt_names`` (list), ``operator``, ``address``, ``address_jibun``, ``postal_code``, ``phone``,
  ``fax``, ``email``, ``hours``, ``equipment`` (list, one string per equipment line or table row; table cells
  joined with ``" | "``, e.g. ``"3D프린터 | Ultimaker S5 | 2대"``), ``programmes`` (list), ``homepage``,
  ``reservation_url``, ``lat``, ``lon``, ``description`` (text, already HTML-to-text), ``kind_text`` (how the
  site names the kind, e.g. "전문랩", "거점형 무한상상실"), ``region`` (a region label shown by the site),
  ``ministry``, ``partner_company``, ``specialized_industry``, ``area`` (floor area as printed), ``opened``.

A facility item may carry ``provenance``, ``{field: method}`` with the method that produced each field
(``selectors``, ``jsonld``, ``microdata``, ``rdfa``, ``opengraph``, ``labels``, ``heading``, ``links``, ``opendata``).

Besides facility items a spider may yield an ``UnchangedItem`` when a conditional request answered 304, so that
the runner knows the facility still exists without re-processing it, and a ``GoneItem`` when a page known from the
previous run answers 404 or 410.

Every item also carries ``fetched_at`` (ISO-8601 UTC) and, where the server sent them, ``etag`` and
``last_modified`` for the next run's conditional requests. ``crawlers.pipelines`` writes them as JSON lines.
"""

from __future__ import annotations

import scrapy


class FacilityItem(scrapy.Item):
    """One facility page as scraped: raw strings only."""

    source_id = scrapy.Field()
    key = scrapy.Field()
    url = scrapy.Field()
    fields = scrapy.Field()
    provenance = scrapy.Field()
    """Optional ``{field: method}``: which extraction method produced each field (generic family)."""
    etag = scrapy.Field()
    last_modified = scrapy.Field()
    fetched_at = scrapy.Field()


class UnchangedItem(scrapy.Item):
    """A facility page that answered 304 Not Modified to a conditional request."""

    source_id = scrapy.Field()
    key = scrapy.Field()
    url = scrapy.Field()
    etag = scrapy.Field()
    last_modified = scrapy.Field()
    fetched_at = scrapy.Field()


class GoneItem(scrapy.Item):
    """A known facility page that now answers 404 or 410."""

    source_id = scrapy.Field()
    key = scrapy.Field()
    url = scrapy.Field()
    status = scrapy.Field()
    fetched_at = scrapy.Field()


class FailedItem(scrapy.Item):
    """A facility page with a key that could not be fetched or read this run (5xx after retries, a timeout, an
    oversize or decompression-bomb body, a redirect loop, a page without a record). Not evidence that the
    facility is gone: the hub keeps its last good record."""

    source_id = scrapy.Field()
    key = scrapy.Field()
    url = scrapy.Field()
    reason = scrapy.Field()
    """The kind of failure (``http_500``, ``timeout``, ``too_large``, ``decompression_bomb``, ``redirect_loop``,
    ``robots``, ``parse_error`` …)."""
    phase = scrapy.Field()
    """``fetch`` (the request finally failed) or ``parse`` (it answered, but no record could be read)."""
    fetched_at = scrapy.Field()
