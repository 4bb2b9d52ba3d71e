"""search keys for names written together and order numbers read without the dash

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25

The search documents gained keys ("vdberg", "2025001934", "001934"); existing documents are rebuilt
from the records they are derived from. No table changes.
"""

from alembic import op

from spaceoptics_desk.store import search, sqlite

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def _rebuild() -> None:
    # The FTS5 index is SQLite's own (0001 makes it only there); a server's index comes with its dialect.
    if sqlite.is_sqlite(op.get_bind()):
        search.rebuild_search_index(op.get_bind())


def upgrade() -> None:
    _rebuild()


def downgrade() -> None:
    _rebuild()
