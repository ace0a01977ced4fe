"""declarations: submission bookkeeping, the standard's PDF, and the receipts vault

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("declarations", schema=None) as batch_op:
        batch_op.add_column(sa.Column("content_hash", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("remote_id", sa.String(length=60), nullable=True))
        batch_op.add_column(sa.Column("channel", sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column("last_error", sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column("entered", sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column("source_draft_id", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_declarations_state"), ["state"], unique=False)
    op.create_table(
        "declaration_files",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("declaration_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["declaration_id"], ["declarations.id"],
            name=op.f("fk_declaration_files_declaration_id_declarations"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_declaration_files")),
        sa.UniqueConstraint(
            "declaration_id", "kind", name=op.f("uq_declaration_files_declaration_id")
        ),
    )  # fmt: skip
    op.create_table(
        "declaration_receipts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("declaration_id", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("remote_id", sa.String(length=200), nullable=False),
        sa.Column("receipt_no", sa.String(length=100), nullable=True),
        sa.Column("state", sa.String(length=30), nullable=True),
        sa.Column("public_url", sa.String(length=500), nullable=True),
        sa.Column("received_at", sa.String(length=40), nullable=True),
        sa.Column("published_at", sa.String(length=40), nullable=True),
        sa.Column("payload_sha256", sa.String(length=64), nullable=True),
        sa.Column("pdf_sha256", sa.String(length=64), nullable=True),
        sa.Column("raw", sa.JSON(), nullable=True),
        sa.Column("stored_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["declaration_id"], ["declarations.id"],
            name=op.f("fk_declaration_receipts_declaration_id_declarations"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_declaration_receipts")),
        sa.UniqueConstraint("declaration_id", name=op.f("uq_declaration_receipts_declaration_id")),
    )  # fmt: skip


def downgrade() -> None:
    op.drop_table("declaration_receipts")
    op.drop_table("declaration_files")
    with op.batch_alter_table("declarations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_declarations_state"))
        for column in (
            "source_draft_id", "entered", "last_error", "channel", "remote_id", "content_hash"
        ):  # fmt: skip
            batch_op.drop_column(column)
