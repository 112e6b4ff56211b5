"""``sources``: list configured sources with health, add a new site in one command, check what a source yields."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import click

from hub import ops
from hub.cli.common import AppContext, emit_json, err_console, json_option, pass_app, table
from hub.cli.schedule_cmds import replica_context, replica_url_option, replicas_option
from hub.errors import CrawlRunError, FacilityHubError, NotFoundError


class CheckFailedError(FacilityHubError):
    """``sources check`` found no facility, or counted errors (exit status 1 after the report)."""

sources_file_option = click.option(
    "--sources", "extra_sources", multiple=True, type=click.Path(dir_okay=False, path_type=Path),
    help="An extra sources file (same schema as config/sources.yaml), e.g. the one 'sources add' wrote.",
)


@click.group()
def sources() -> None:
    """Configured sources: health, onboarding a new site (add), and a check of what a source yields.

    \b
    facility-hub sources list
    facility-hub sources add https://fablab.example.kr/ --output new-sources.yaml
    facility-hub sources check fablab_example --sources new-sources.yaml
    """


@sources.command("list")
@json_option
@pass_app
def sources_list(app: AppContext, as_json: bool) -> None:
    """Each source with its health: last success, records, trend, suspect, paused, next run."""
    health = ops.source_health(app.store, app.sources())
    if as_json:
        emit_json({"sources": health})
        return
    table(
        f"{len(health)} source(s)",
        ["source", "family", "enabled", "paused", "last success", "records", "trend", "suspect", "next run"],
        [
            [
                h["id"], h["family"], "yes" if h["enabled"] else "no", "yes" if h["paused"] else "",
                h["last_success"] or "-", h["last_records"] if h["last_records"] is not None else "-",
                f"{h['trend_direction']} {h['trend']}", "SUSPECT" if h["suspect"] else "", h["next_run"] or "-",
            ]
            for h in health
        ],
    )


def _preview_table(title: str, rows: list[dict[str, Any]]) -> None:
    table(title, ["key", "name", "kind", "address", "phone", "hours", "equip.", "progr.", "missing", "unread"],
          [[r["key"], r["name"], r["kind"], r["address"] or "-", r["phone"] or "-", r["hours"] or "-",
            r["equipment"], r["programmes"], ", ".join(r["missing"]) or "-", ", ".join(r["unread"]) or "-"]
           for r in rows])


@sources.command("add")
@click.argument("url")
@click.option("--id", "source_id", default=None, help="The new source's id (default: from the site's host).")
@click.option("--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write the entry to this sources file (created; an entry with the same id is replaced).")
@click.option("--kind", default="private", show_default=True,
              help="The kind of the site's facilities (taxonomy words: private, private_space, 팹랩 …).")
@click.option("--max-pages", type=click.IntRange(5, 1000), default=60, show_default=True,
              help="Pages the probe may fetch.")
@click.option("--delay", type=click.FloatRange(0), default=0.5, show_default=True,
              help="Seconds between requests (robots.txt is always obeyed).")
@click.option("--preview", "preview_count", type=click.IntRange(0, 100), default=5, show_default=True,
              help="Records shown normalised in the preview.")
@click.option("--timeout", type=click.FloatRange(5), default=600.0, show_default=True)
@json_option
@pass_app
def sources_add(app: AppContext, url: str, source_id: str | None, output: Path | None, kind: str,
                max_pages: int, delay: float, preview_count: int, timeout: float, as_json: bool) -> None:
    """Onboard a new private site from its URL: probe it politely (robots.txt, a delay between requests), find
    how it lists its places (sitemap, pagination, links, "load more" JSON), try every extraction method
    (JSON-LD, microdata, RDFa, OpenGraph, labels), preview the first records normalised with what is missing,
    and print (or with --output write) a ready source entry for 'sources check'."""
    from crawlers.onboard import infer_source
    from hub.onboarding import build_entry, entry_yaml, preview_rows, run_probe, suggest_id, write_entry
    from hub.source_kinds import load_kind_words

    if not url.startswith(("http://", "https://")):
        raise click.BadParameter(f"{url!r} is not an http(s) URL", param_hint="URL")
    words = load_kind_words()
    canonical = words.canonical(kind)
    if canonical is None:
        raise click.BadParameter(f"{kind!r} is not one of {words.allowed()}", param_hint="--kind")
    sid = source_id or suggest_id(url)
    pages, stats = run_probe(url, max_pages=max_pages, delay=delay, config_dir=app.settings.config_dir,
                             timeout=timeout)
    inference = infer_source(pages, url)
    facilities = inference.facility_pages
    if not facilities:
        raise CrawlRunError(f"no facility page found on {url} in {len(pages)} page(s) probed: "
                            + "; ".join(inference.notes or ["try a listing page's URL, or more --max-pages"]))
    entry = build_entry(sid, url, inference.extract, kind=kind, name=inference.title)
    key_pattern = (inference.extract.get("key") or {}).get("url_pattern")
    records = []
    for page in facilities[:preview_count]:
        address = page.get("canonical") or page["url"]
        match = re.search(key_pattern, address) if key_pattern else None
        records.append({"key": match.group(1) if match else address, "url": page["url"],
                        "fields": page.get("fields") or {}, "provenance": page.get("provenance") or {}})
    rows = preview_rows(records, source_id=sid, kind=canonical)
    written = write_entry(output, entry) if output is not None else None
    methods = sorted({m for p in facilities for m in (p.get("provenance") or {}).values()})
    result = {"source": entry, "pages_probed": len(pages), "facility_pages": len(facilities),
              "listing_pages": inference.listing_pages, "other_pages": inference.other_pages,
              "discovery": inference.discovery, "methods": methods, "notes": inference.notes,
              "outcomes": stats.get("outcomes") or {}, "errors": stats.get("errors") or {},
              "preview": rows, "output": str(output) if output else None, "written": written}
    if as_json:
        emit_json(result)
        return
    err_console.print(f"probed {len(pages)} page(s) of {url}: {len(facilities)} facility page(s), "
                      f"{inference.listing_pages} listing page(s); discovery by {inference.discovery}; "
                      f"methods that read facts: {', '.join(methods) or 'none'}")
    for note in inference.notes:
        err_console.print(f"[yellow]note:[/yellow] {note}")
    _preview_table(f"first {len(rows)} record(s), normalised", rows)
    click.echo(entry_yaml(entry))
    if output is not None:
        err_console.print(f"{written} source {sid!r} in {output}; next: facility-hub sources check {sid} "
                          f"--sources {output}")


@sources.command("check")
@click.argument("source")
@sources_file_option
@replicas_option
@replica_url_option
@click.option("--records", "record_count", type=click.IntRange(1, 1000), default=5, show_default=True,
              help="Stop after this many facility records.")
@click.option("--timeout", type=click.FloatRange(1), default=180.0, show_default=True, help="Seconds to allow.")
@json_option
@click.pass_context
def sources_check(ctx: click.Context, source: str, extra_sources: tuple[Path, ...], replicas: bool,
                  replica_urls: tuple[str, ...], record_count: int, timeout: float, as_json: bool) -> None:
    """Crawl SOURCE until its first records (nothing is stored): what was extracted, normalised, what is missing,
    every page's outcome and the errors. Exits 1 when no facility was found or an error was counted."""
    from hub.onboarding import preview_rows
    from hub.scheduler.check import check_source

    app: AppContext = ctx.obj
    configured = {s.id: s for s in app.sources(extra_sources, replace=True)}  # the entry as the file writes it
    if source not in configured:
        raise NotFoundError(f"unknown source {source}; configured: {', '.join(sorted(configured)) or 'none'}")
    with replica_context(replicas, replica_urls) as urls:
        result = check_source(configured[source], replica_urls=urls, timeout=timeout, records=record_count,
                              config_dir=app.settings.config_dir)
    result["preview"] = preview_rows(result["records"], source_id=source, kind=configured[source].kind)
    if as_json:
        emit_json(result)
    else:
        outcomes = ", ".join(f"{k} {v}" for k, v in result["outcomes"].items() if v) or "none"
        click.echo(f"{source}: {result['items']} record(s) from {result['pages']} page(s); outcomes: {outcomes}")
        if result["records"]:
            _preview_table(None, result["preview"])
            table(None, ["field", "value", "method"],
                  [[k, v, (result["records"][0].get("provenance") or {}).get(k, "")]
                   for k, v in sorted(result["fields"].items())])
        for warning in result["warnings"]:
            err_console.print(f"[yellow]warning:[/yellow] {warning}")
    if not result["ok"]:
        reason = "; ".join(result["warnings"][:2]) or "the check failed"
        raise CheckFailedError(f"sources check {source}: {reason}")
