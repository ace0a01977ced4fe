"""enterprises: a credit code confirmed as printed on the business licence

Some early credit codes fail the check character yet are legal; the user's confirmation that
the code is exactly as printed is stored with the enterprise and shown in the list.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Existing rows were saved when a wrong check character only warned; they stay unconfirmed
    # (False) and are shown as such until someone edits and confirms them.
    with op.batch_alter_table("enterprises", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("uscc_confirmed", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    with op.batch_alter_table("enterprises", schema=None) as batch_op:
        batch_op.drop_column("uscc_confirmed")
