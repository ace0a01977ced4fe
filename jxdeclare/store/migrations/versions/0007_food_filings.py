"""food_filings: the 备案 record of food standards stricter than food-safety standards

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # New tables only: no existing table is rebuilt, so no row can be cascade-deleted.
    op.create_table(
        "food_filings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("draft_id", sa.Integer(), nullable=False),
        sa.Column("enterprise_id", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("public_from", sa.Date(), nullable=True),
        sa.Column("public_to", sa.Date(), nullable=True),
        sa.Column("number", sa.String(length=100), nullable=True),
        sa.Column("filed_on", sa.Date(), nullable=True),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.Column("revision", sa.Integer(), server_default="0", nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["draft_id"], ["standard_documents.id"],
            name=op.f("fk_food_filings_draft_id_standard_documents"), ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["enterprise_id"], ["enterprises.id"],
            name=op.f("fk_food_filings_enterprise_id_enterprises"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_food_filings")),
        sa.UniqueConstraint("draft_id", name=op.f("uq_food_filings_draft_id")),
    )  # fmt: skip
    op.create_index(
        op.f("ix_food_filings_enterprise_id"), "food_filings", ["enterprise_id"], unique=False
    )
    op.create_table(
        "food_filing_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("filing_id", sa.Integer(), nullable=False),
        sa.Column("step", sa.String(length=20), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("user", sa.String(length=100), nullable=False),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["filing_id"], ["food_filings.id"],
            name=op.f("fk_food_filing_events_filing_id_food_filings"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_food_filing_events")),
    )  # fmt: skip
    op.create_index(
        op.f("ix_food_filing_events_filing_id"), "food_filing_events", ["filing_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_food_filing_events_filing_id"), table_name="food_filing_events")
    op.drop_table("food_filing_events")
    op.drop_index(op.f("ix_food_filings_enterprise_id"), table_name="food_filings")
    op.drop_table("food_filings")
