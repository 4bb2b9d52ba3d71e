"""which program wrote last, so the other desks refresh (issue 11: the change hub)

One row per open database, its serial raised by each write transaction. No personal data.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "desk_writes",
        sa.Column("writer", sa.String(length=32), nullable=False),
        sa.Column("serial", sa.Integer(), nullable=False),
        sa.Column("written_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("writer", name=op.f("pk_desk_writes")),
    )


def downgrade() -> None:
    op.drop_table("desk_writes")
