"""``search``, ``status``, ``serve`` and ``sites serve``."""

from __future__ import annotations

import click
from sqlalchemy import func, select

from hub.cli.common import AppContext, emit_json, err_console, json_option, pass_app, table


@click.command()
@click.argument("query", nargs=-1)
@click.option("--kind", multiple=True, help="Facility kind key (repeatable).")
@click.option("--sido", multiple=True, help="시도, e.g. 서울특별시 (repeatable).")
@click.option("--sigungu", multiple=True, help="시군구, e.g. '수원시 영통구' (repeatable).")
@click.option("--equipment", multiple=True, help="Canonical equipment name (repeatable).")
@click.option("--near", default=None, help="lat,lon to sort and filter by distance.")
@click.option("--radius-km", type=float, default=None, help="Only facilities within this distance of --near.")
@click.option("--sort", type=click.Choice(["relevance", "distance", "name"]), default="relevance")
@click.option("--page", type=click.IntRange(1), default=1)
@click.option("--size", type=click.IntRange(1, 100), default=10)
@json_option
@pass_app
def search(
    app: AppContext,
    query: tuple[str, ...],
    kind,
    sido,
    sigungu,
    equipment,
    near,
    radius_km,
    sort,
    page,
    size,
    as_json: bool,
) -> None:
    """Query the active index from the terminal, e.g. facility-hub search 3D프린터 --sido 서울특별시."""
    from hub.errors import FacilityHubError
    from hub.resources import open_backend
    from index.errors import QueryError
    from index.query_builder import build_query

    try:
        q = build_query(
            " ".join(query),
            list(kind),
            list(sido),
            list(sigungu),
            list(equipment),
            None,
            None,
            None,
            None,
            near,
            radius_km,
            sort,
            page,
            size,
            True,
        )
    except QueryError as exc:
        raise click.UsageError(str(exc)) from None
    backend = open_backend(app.settings)
    if backend.active_version() is None:
        raise FacilityHubError("no index has been built yet: run 'facility-hub run --replicas --no-serve' first")
    result = backend.search(q)
    if as_json:
        from dataclasses import asdict

        emit_json(
            {
                "total": result.total,
                "index_version": result.version,
                "hits": [{**asdict(h.document), "score": h.score, "distance_km": h.distance_km} for h in result.hits],
                "facets": result.facets,
            }
        )
        return
    rows = [
        [
            h.document.id,
            h.document.name,
            h.document.kind_label or h.document.kind or "",
            h.document.address or "",
            ", ".join(h.document.equipment[:4]),
            "" if h.distance_km is None else f"{h.distance_km:.1f} km",
        ]
        for h in result.hits
    ]
    table(
        f"{result.total} result(s) — index {result.version}",
        ["id", "name", "kind", "address", "equipment", "distance"],
        rows,
    )


@click.command()
@json_option
@pass_app
def status(app: AppContext, as_json: bool) -> None:
    """What is stored and indexed, and the last run of each source."""
    from hub.resources import open_backend
    from hub.store.schema import CrawlRun, DecisionRow, EntityRow, FacilityRow, RawRecord, ReviewPairRow

    store = app.store
    with store.session() as s:
        counts = {
            "raw_records": s.scalar(select(func.count()).select_from(RawRecord).where(RawRecord.gone_run_id.is_(None))),
            "facilities": s.scalar(select(func.count()).select_from(FacilityRow).where(FacilityRow.active.is_(True))),
            "entities": s.scalar(select(func.count()).select_from(EntityRow)),
            "review_pairs": s.scalar(select(func.count()).select_from(ReviewPairRow)),
            "decisions": s.scalar(select(func.count()).select_from(DecisionRow)),
        }
        last_runs = {}
        for source in app.sources():
            run = s.scalars(
                select(CrawlRun).where(CrawlRun.source_id == source.id).order_by(CrawlRun.started_at.desc()).limit(1)
            ).first()
            last_runs[source.id] = (
                None
                if run is None
                else {
                    "run_id": run.id,
                    "state": run.state,
                    "records": run.records,
                    "errors": run.errors,
                    "started_at": run.started_at.isoformat(),
                    "enabled": source.enabled,
                }
            )
    try:
        version = open_backend(app.settings).active_version()
    except Exception as exc:  # noqa: BLE001 - status reports, never fails on the index
        version = f"unavailable: {exc}"
    payload = {
        **counts,
        "index_version": version,
        "database": store.url,
        "data_dir": str(app.settings.data_dir),
        "sources": last_runs,
    }
    if as_json:
        emit_json(payload)
        return
    table(
        "Store",
        ["raw records", "facilities", "entities", "review pairs", "decisions", "index version"],
        [
            [
                counts["raw_records"],
                counts["facilities"],
                counts["entities"],
                counts["review_pairs"],
                counts["decisions"],
                version,
            ]
        ],
    )
    table(
        "Last run per source",
        ["source", "run", "state", "records", "errors", "started"],
        [
            [sid, r["run_id"], r["state"], r["records"], r["errors"], r["started_at"]] if r else [sid, "never"]
            for sid, r in last_runs.items()
        ],
    )
    err_console.print(f"database: {store.url}")


@click.command()
@click.option("--host", default=None, help="Address to bind (default 127.0.0.1).")
@click.option("--port", type=int, default=None, help="Port (default 8000).")
@click.option(
    "--no-scheduler",
    is_flag=True,
    help="Serve only the API and pages; run 'facility-hub scheduler' elsewhere for scheduled crawls.",
)
@click.option(
    "--workers",
    type=click.IntRange(1, 64),
    default=1,
    show_default=True,
    help="API processes sharing the port (searches are CPU-bound: about one per core).",
)
@pass_app
def serve(app: AppContext, host: str | None, port: int | None, no_scheduler: bool, workers: int) -> None:
    """Serve the HTTP API and web pages (and, unless --no-scheduler, the crawl scheduler)."""
    from hub.server import serve_forever

    settings = app.settings.with_overrides(host=host, port=port)
    app.checked_sources()  # every config file is checked before anything starts
    app.store  # noqa: B018 - fail early with one line when the database is unreachable
    err_console.print(f"Serving on http://{settings.host}:{settings.port}")
    serve_forever(settings, scheduler=not no_scheduler, workers=workers)


@click.group()
def sites() -> None:
    """The offline replica sites (for demos and tests)."""


@sites.command("serve")
@click.option(
    "--port",
    type=int,
    default=8100,
    show_default=True,
    help="Port of the first site; the others take the following ports.",
)
@click.option(
    "--version",
    "site_version",
    type=click.IntRange(1, 2),
    default=1,
    show_default=True,
    help="Which version of the sites to serve.",
)
def sites_serve(port: int, site_version: int) -> None:
    """Serve every replica site on 127.0.0.1 (site i on PORT+i) until interrupted."""
    from sites.server import serve_forever

    serve_forever(port, version=site_version)


COMMANDS = [search, status, serve, sites]
