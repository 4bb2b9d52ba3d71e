"""a version per record two desks may edit at once: customers, addresses, cases, retention rules (issue 14)

Every ORM update checks that the row still has the version it read and raises it (store/models/base.py,
Versioned): a second desk's save over a change made meanwhile is refused instead of overwriting it.
Existing rows start at 1.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-04
"""

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

TABLES = ("customers", "addresses", "requests", "retention_rules")


def upgrade() -> None:
    # A plain ADD COLUMN: a batch would copy each table, which the foreign keys to it forbid.
    for table in TABLES:
        op.add_column(table, sa.Column("version", sa.Integer(), server_default="1", nullable=False))


def downgrade() -> None:
    for table in TABLES:
        op.execute(f"ALTER TABLE {table} DROP COLUMN version")  # SQLite 3.35 and PostgreSQL alike
