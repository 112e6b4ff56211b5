"""life cycle (steward decisions, address history), public reports, quality findings

Revision ID: 0005
Revises: 0004 (which adds raw_records.gone_reason with the other evidence fields)
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

JSONB = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "lifecycle_decisions",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("entity_id", sa.String(length=64), nullable=True),
        sa.Column("facility_ids", JSONB, nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("undoes", sa.Integer(), nullable=True),
        sa.Column("report_id", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_lifecycle_decisions_entity_id", "lifecycle_decisions", ["entity_id"])

    op.create_table(
        "address_history",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("facility_id", sa.String(length=310), nullable=False),
        sa.Column("address_key", sa.String(length=400), nullable=False),
        sa.Column("address", JSONB, nullable=False),
        sa.Column("first_seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("facility_id", "address_key", name="uq_address_history"),
    )
    op.create_index("ix_address_history_facility_id", "address_history", ["facility_id"])

    op.create_table(
        "reports",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("entity_id", sa.String(length=64), nullable=False),
        sa.Column("facility_ids", JSONB, nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("other_entity_id", sa.String(length=64), nullable=True),
        sa.Column("field", sa.String(length=50), nullable=True),
        sa.Column("value", sa.Text(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("client_hash", sa.String(length=64), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("decision", sa.String(length=30), nullable=True),
        sa.Column("decided_by", sa.String(length=200), nullable=True),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("decision_note", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("fingerprint", name="uq_report_fingerprint"),
    )
    op.create_index("ix_reports_entity_id", "reports", ["entity_id"])
    op.create_index("ix_reports_status", "reports", ["status"])
    op.create_index("ix_reports_client_created", "reports", ["client_hash", "created_at"])

    op.create_table(
        "quality_findings",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("check", sa.String(length=30), nullable=False),
        sa.Column("facility_id", sa.String(length=310), nullable=False),
        sa.Column("source_id", sa.String(length=100), nullable=False),
        sa.Column("field", sa.String(length=50), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("detail", JSONB, nullable=False),
        sa.Column("found_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_quality_findings_check", "quality_findings", ["check"])
    op.create_index("ix_quality_findings_facility_id", "quality_findings", ["facility_id"])
    op.create_index("ix_quality_findings_source_id", "quality_findings", ["source_id"])


def downgrade() -> None:
    for table, indexes in (
        ("quality_findings", ["ix_quality_findings_source_id", "ix_quality_findings_facility_id",
                              "ix_quality_findings_check"]),
        ("reports", ["ix_reports_client_created", "ix_reports_status", "ix_reports_entity_id"]),
        ("address_history", ["ix_address_history_facility_id"]),
        ("lifecycle_decisions", ["ix_lifecycle_decisions_entity_id"]),
    ):
        for name in indexes:
            op.drop_index(name, table_name=table)
        op.drop_table(table)
