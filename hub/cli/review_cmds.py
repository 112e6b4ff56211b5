"""``review``: the stewards' queue and decisions from the terminal."""

from __future__ import annotations

import getpass
import json

import click

from hub import review as svc
from hub.cli.common import AppContext, emit_json, json_option, pass_app, table

note_option = click.option("--note", default=None, help="Why (kept with the decision).")
actor_option = click.option("--actor", default=None, help="Who decides (default: the login name).")


def _actor(actor: str | None) -> str:
    return actor or getpass.getuser()


def _print_decision(row: dict, as_json: bool) -> None:
    if as_json:
        emit_json(row)
    else:
        click.echo(
            f"decision {row['id']}: {row['kind']} {row['a']} {row['b'] or ''} — applied by the next "
            f"'facility-hub dedupe' run"
        )


@click.group()
def review() -> None:
    """The review queue: pairs the model is unsure of; decisions stewards record once and for all."""


@review.command("list")
@click.option("--limit", type=click.IntRange(1, 10000), default=50, show_default=True)
@click.option("--all", "include_skipped", is_flag=True, help="Include skipped pairs at the end.")
@json_option
@pass_app
def review_list(app: AppContext, limit: int, include_skipped: bool, as_json: bool) -> None:
    """Flagged pairs, most seen in search first, then most uncertain."""
    items = svc.review_queue(app.store, limit=limit, include_skipped=include_skipped)
    if as_json:
        emit_json({"items": [i.as_json() for i in items]})
        return
    table(
        f"{len(items)} item(s) to review",
        ["pair", "type", "a", "b", "p(match)", "impact"],
        [[i.pair_id or i.decision_id, i.type, i.a, i.b, i.probability, i.impact] for i in items],
    )


@review.command("show")
@click.argument("pair")
@json_option
@pass_app
def review_show(app: AppContext, pair: str, as_json: bool) -> None:
    """Explain a pair: PAIR is a queue number from 'review list' or two facility ids joined by a comma."""
    if "," in pair:
        a, b = (p.strip() for p in pair.split(",", 1))
    else:
        items = {i.pair_id: i for i in svc.review_queue(app.store, limit=100000, include_skipped=True)}
        if not pair.isdigit() or int(pair) not in items:
            raise click.UsageError(
                f"no pair {pair} in the queue; give 'A,B' facility ids or a number from 'facility-hub review list'"
            )
        a, b = items[int(pair)].a, items[int(pair)].b
    detail = svc.explain(app.store, a, b)
    if as_json:
        emit_json(detail)
        return
    fa, fb, ex = detail["a"], detail["b"], detail["explanation"]
    rows = [
        [f, json.dumps(fa.get(f), ensure_ascii=False)[:60], json.dumps(fb.get(f), ensure_ascii=False)[:60]]
        for f in ("name", "address", "phones", "homepage", "kind", "lat", "lon")
    ]
    table(f"{a}  vs  {b}", ["field", "a", "b"], rows)
    comparisons = ex.get("comparisons") or ex.get("fields") or {}
    if isinstance(comparisons, dict):
        comparisons = [{"field": k, **(v if isinstance(v, dict) else {"value": v})} for k, v in comparisons.items()]
    table(
        f"p(match) = {ex.get('probability')}",
        ["comparison", "level", "weight"],
        [
            [
                c.get("comparison") or c.get("field") or c.get("name"),
                c.get("level") or c.get("label"),
                c.get("weight") or c.get("bayes_factor"),
            ]
            for c in comparisons
            if isinstance(c, dict)
        ],
    )


def _pair_decision_command(name: str, kind: str, doc: str) -> click.Command:
    """A ``review NAME A B`` command that records a ``kind`` decision about facilities A and B."""

    @click.argument("a")
    @click.argument("b")
    @note_option
    @actor_option
    @json_option
    @pass_app
    def command(app: AppContext, a: str, b: str, note: str | None, actor: str | None, as_json: bool) -> None:
        _print_decision(svc.record_decision(app.store, kind, a, b, actor=_actor(actor), note=note), as_json)

    command.__doc__ = doc
    return review.command(name)(command)


review_merge = _pair_decision_command("merge", "merge", "Facilities A and B are the same real facility (must-link).")
review_keep_apart = _pair_decision_command(
    "keep-apart", "keep_apart", "Facilities A and B are different facilities (cannot-link)."
)
review_skip = _pair_decision_command("skip", "skip", "Not sure: move the pair to the end of the queue.")


@review.command("undo")
@click.argument("decision_id", type=int)
@note_option
@actor_option
@json_option
@pass_app
def review_undo(app: AppContext, decision_id: int, note: str | None, actor: str | None, as_json: bool) -> None:
    """Withdraw a decision; the next dedupe run restores the automatic outcome."""
    _print_decision(svc.undo_decision(app.store, decision_id, actor=_actor(actor), note=note), as_json)


@review.command("split")
@click.argument("entity")
@click.argument("member")
@note_option
@actor_option
@json_option
@pass_app
def review_split(app: AppContext, entity: str, member: str, note: str | None, actor: str | None, as_json: bool) -> None:
    """Take facility MEMBER out of ENTITY (kept apart from every other member)."""
    _print_decision(svc.record_split(app.store, entity, member, actor=_actor(actor), note=note), as_json)


@review.command("log")
@click.option("--limit", type=click.IntRange(1, 10000), default=50, show_default=True)
@json_option
@pass_app
def review_log(app: AppContext, limit: int, as_json: bool) -> None:
    """The decision log, newest first."""
    rows = svc.list_decisions(app.store, limit=limit)
    if as_json:
        emit_json({"decisions": rows})
        return
    table(
        "Decisions",
        ["id", "kind", "a", "b", "actor", "when", "undone", "note"],
        [
            [r["id"], r["kind"], r["a"], r["b"], r["actor"], r["created_at"], "yes" if r["undone"] else "", r["note"]]
            for r in rows
        ],
    )
