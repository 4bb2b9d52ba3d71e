"""pending clean-ups of the database files after an erasure (R31, issue 10 §3)

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "pending_cleanups",
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.PrimaryKeyConstraint("kind", name=op.f("pk_pending_cleanups")),
    )


def downgrade() -> None:
    op.drop_table("pending_cleanups")
