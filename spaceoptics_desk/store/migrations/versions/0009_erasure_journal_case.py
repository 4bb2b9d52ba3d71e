"""the erasure journal names the request an erasure answered (R16, R32, issue 10 §2)

A restore that re-applies an erasure request also tells the recipients again on that request's case,
when the restored backup has it. The case id is no personal data.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("erasure_journal") as table:
        table.add_column(sa.Column("request_id", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("erasure_journal") as table:
        table.drop_column("request_id")
