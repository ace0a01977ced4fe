"""benchmark_sets: 对标 sets imported by an agency, kept apart from every mandatory limit

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "benchmark_sets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("product_category", sa.String(length=100), nullable=True),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("source_file", sa.String(length=300), nullable=True),
        sa.Column("file_sha256", sa.String(length=64), nullable=True),
        sa.Column("imported_by", sa.String(length=100), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_benchmark_sets")),
        sa.UniqueConstraint("name", name=op.f("uq_benchmark_sets_name")),
    )


def downgrade() -> None:
    op.drop_table("benchmark_sets")
