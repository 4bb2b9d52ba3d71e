"""the search index on a PostgreSQL server: a table of keys (issue 14)

SQLite's index is the FTS5 table 0001 made; a server gets its own, built from the records as they are.
Nothing changes in a SQLite file.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-04
"""

from alembic import op

from spaceoptics_desk.store import postgresql, search

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if postgresql.is_postgresql(op.get_bind()):
        search.rebuild_search_index(op.get_bind())


def downgrade() -> None:
    if postgresql.is_postgresql(op.get_bind()):
        postgresql.drop_search_index(op.get_bind())
