"""recipient tasks keep the recipient's reference until closed (R16, issue 10 §3)

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Tasks open before this release get their reference at the next erasure of their customer.
    with op.batch_alter_table("recipient_tasks", schema=None) as batch_op:
        batch_op.add_column(sa.Column("reference", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("recipient_tasks", schema=None) as batch_op:
        batch_op.drop_column("reference")
