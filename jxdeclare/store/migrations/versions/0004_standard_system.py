"""standard system: the tree of branches, register entries placed on it, review and re-check marks

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("enterprises", schema=None) as batch_op:
        batch_op.add_column(sa.Column("system_template", sa.String(length=20), nullable=True))
    op.create_table(
        "system_nodes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("enterprise_id", sa.Integer(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=100), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["enterprise_id"], ["enterprises.id"],
            name=op.f("fk_system_nodes_enterprise_id_enterprises"), ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["parent_id"], ["system_nodes.id"],
            name=op.f("fk_system_nodes_parent_id_system_nodes"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_system_nodes")),
    )  # fmt: skip
    with op.batch_alter_table("system_nodes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_system_nodes_enterprise_id"), ["enterprise_id"], unique=False
        )
    with op.batch_alter_table("standards_in_use", schema=None) as batch_op:
        batch_op.alter_column("number", existing_type=sa.String(length=60), nullable=True)
        batch_op.add_column(sa.Column("node_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("position", sa.Integer(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("draft_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("products", sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column("published", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("implemented", sa.Date(), nullable=True))
        batch_op.add_column(
            sa.Column("planned", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.add_column(sa.Column("reviewed_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("last_status", sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column("status_change", sa.String(length=300), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_standards_in_use_node_id_system_nodes"),
            "system_nodes", ["node_id"], ["id"], ondelete="SET NULL",
        )  # fmt: skip
        batch_op.create_foreign_key(
            batch_op.f("fk_standards_in_use_draft_id_standard_documents"),
            "standard_documents", ["draft_id"], ["id"], ondelete="SET NULL",
        )  # fmt: skip
    with op.batch_alter_table("standard_documents", schema=None) as batch_op:
        batch_op.add_column(sa.Column("changed_references", sa.Text(), nullable=True))
        batch_op.add_column(
            sa.Column("recheck_pending", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    with op.batch_alter_table("standard_documents", schema=None) as batch_op:
        batch_op.drop_column("recheck_pending")
        batch_op.drop_column("changed_references")
    with op.batch_alter_table("standards_in_use", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_standards_in_use_draft_id_standard_documents"), type_="foreignkey"
        )
        batch_op.drop_constraint(
            batch_op.f("fk_standards_in_use_node_id_system_nodes"), type_="foreignkey"
        )
        for column in (
            "status_change", "last_status", "reviewed_on", "planned", "implemented", "published",
            "products", "draft_id", "position", "node_id",
        ):  # fmt: skip
            batch_op.drop_column(column)
        batch_op.alter_column("number", existing_type=sa.String(length=60), nullable=False)
    with op.batch_alter_table("system_nodes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_system_nodes_enterprise_id"))
    op.drop_table("system_nodes")
    with op.batch_alter_table("enterprises", schema=None) as batch_op:
        batch_op.drop_column("system_template")
