"""staff passwords on a server: a memory-hard hash per staff member (issue 14)

A SQLite file keeps its staff passwords as key slots in the key file beside it (issue 12); a server
database has no file beside it and is not encrypted by the app, so its staff rows carry an argon2id
hash of their password instead (services/server_passwords.py). Left empty in a SQLite file.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-04
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN: a batch would copy the table, which the other tables' foreign keys forbid.
    op.add_column("staff_users", sa.Column("password_hash", sa.String(length=200), nullable=True))


def downgrade() -> None:
    op.execute("ALTER TABLE staff_users DROP COLUMN password_hash")  # SQLite 3.35 and PostgreSQL alike
