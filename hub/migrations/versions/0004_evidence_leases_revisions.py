"""robustness: gone-with-evidence and kept-after-error fields, run holders, entities revision, session revocations

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("crawl_runs") as batch:
        batch.add_column(sa.Column("kept_after_error", sa.Integer(), nullable=False, server_default="0"))
        batch.add_column(sa.Column("holder", sa.String(length=200), nullable=True))
    with op.batch_alter_table("raw_records") as batch:
        batch.add_column(sa.Column("gone_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("gone_reason", sa.String(length=40), nullable=True))
        batch.add_column(sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("failed_run_id", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("failed_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("failed_reason", sa.String(length=40), nullable=True))
        batch.add_column(sa.Column("failures", sa.Integer(), nullable=False, server_default="0"))
    with op.batch_alter_table("stage_runs") as batch:
        batch.add_column(sa.Column("holder", sa.String(length=200), nullable=True))
        batch.add_column(sa.Column("pid", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("output_version", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("entities_revision", sa.Integer(), nullable=True))
    op.create_index("ix_stage_runs_output_version", "stage_runs", ["output_version"])
    _backfill_output_versions()
    # Pages found gone before this migration: when is the finish of the run that found them, the reason unknown.
    op.execute(
        "UPDATE raw_records SET gone_at = (SELECT finished_at FROM crawl_runs WHERE crawl_runs.id = "
        "raw_records.gone_run_id), gone_reason = 'unknown' WHERE gone_run_id IS NOT NULL"
    )
    op.execute("UPDATE raw_records SET last_seen_at = fetched_at WHERE gone_run_id IS NULL")
    op.create_table(
        "store_revisions",
        sa.Column("name", sa.String(length=50), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("name"),
    )
    op.create_table(
        "web_session_revocations",
        sa.Column("sid", sa.String(length=64), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("sid"),
    )
    op.create_index("ix_web_session_revocations_expires_at", "web_session_revocations", ["expires_at"])


def _backfill_output_versions() -> None:
    """Index stage runs recorded before this migration name their version in ``stats`` only."""
    import json

    bind = op.get_bind()
    stage_runs = sa.table("stage_runs", sa.column("id", sa.Integer), sa.column("stage", sa.String),
                          sa.column("stats", sa.JSON), sa.column("output_version", sa.String))
    rows = bind.execute(sa.select(stage_runs.c.id, stage_runs.c.stats).where(stage_runs.c.stage == "index")).all()
    for run_id, stats in rows:
        if isinstance(stats, str):
            stats = json.loads(stats)
        version = (stats or {}).get("index_version") if isinstance(stats, dict) else None
        if version:
            bind.execute(sa.update(stage_runs).where(stage_runs.c.id == run_id).values(output_version=str(version)))


def downgrade() -> None:
    op.drop_index("ix_web_session_revocations_expires_at", table_name="web_session_revocations")
    op.drop_table("web_session_revocations")
    op.drop_table("store_revisions")
    op.drop_index("ix_stage_runs_output_version", table_name="stage_runs")
    with op.batch_alter_table("stage_runs") as batch:
        for name in ("entities_revision", "output_version", "pid", "holder"):
            batch.drop_column(name)
    with op.batch_alter_table("raw_records") as batch:
        for name in ("failures", "failed_reason", "failed_at", "failed_run_id", "last_seen_at", "gone_reason",
                     "gone_at"):
            batch.drop_column(name)
    with op.batch_alter_table("crawl_runs") as batch:
        batch.drop_column("holder")
        batch.drop_column("kept_after_error")
