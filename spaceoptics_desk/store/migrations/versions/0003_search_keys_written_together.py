"""search keys for names written together and order numbers read without the dash

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25

The search documents gained keys ("vdberg", "2025001934", "001934"); existing documents are rebuilt
from the records they are derived from. No table changes.
"""

from alembic import op

from spaceoptics_desk.store import search

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    search.rebuild_search_index(op.get_bind())


def downgrade() -> None:
    search.rebuild_search_index(op.get_bind())
