"""drafts: working copy, autosave and status of enterprise standards

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("standard_documents", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("status", sa.String(length=20), server_default="draft", nullable=False)
        )
        batch_op.add_column(sa.Column("template_id", sa.String(length=60), nullable=True))
        batch_op.add_column(sa.Column("product_category", sa.String(length=100), nullable=True))
        batch_op.add_column(sa.Column("content", sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column("autosave", sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column("autosaved_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("standard_documents", schema=None) as batch_op:
        for column in (
            "autosaved_at", "autosave", "content", "product_category", "template_id", "status"
        ):  # fmt: skip
            batch_op.drop_column(column)
