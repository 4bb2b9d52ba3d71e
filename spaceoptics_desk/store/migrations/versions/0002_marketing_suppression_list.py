"""marketing suppression list

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "installation_secrets",
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("value", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_installation_secrets")),
    )
    op.create_table(
        "marketing_suppressions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("email_hash", sa.String(length=64), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_marketing_suppressions")),
        sa.UniqueConstraint("email_hash", name=op.f("uq_marketing_suppressions_email_hash")),
    )


def downgrade() -> None:

    op.drop_table("marketing_suppressions")
    op.drop_table("installation_secrets")
