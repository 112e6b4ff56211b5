"""``quality``: run the data-quality checks and list what they found per source."""

from __future__ import annotations

import click

from hub.cli.common import AppContext, emit_json, pass_app, table


@click.command()
@click.option("--source", "source_id", default=None, help="Only this source's findings.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON on stdout.")
@pass_app
def quality(app: AppContext, source_id: str | None, as_json: bool) -> None:
    """Check every facility record: postal code and coordinates against its 시군구, phone area code against its
    시도, lists that shrank by half since the last crawl. Findings replace the previous ones and show on /ops."""
    from hub.quality import CHECK_LABELS, findings_by_source, refresh_findings

    report = refresh_findings(app.store)
    found = findings_by_source(app.store)
    if source_id:
        found = {source_id: found.get(source_id, [])}
    if as_json:
        emit_json({"findings": found, "by_check": report.by_check(), "checked": dict(report.checked),
                   "unchecked": dict(report.unchecked)})
        return
    rows = [[sid, CHECK_LABELS.get(f["check"], f["check"]), f["facility_id"], f["message"]]
            for sid, items in sorted(found.items()) for f in items]
    table("quality findings", ["source", "check", "facility", "what"], rows or [["-", "-", "-", "nothing found"]])
    click.echo(f"checked: {dict(report.checked)}; could not judge: {dict(report.unchecked) or 'none'}", err=True)
