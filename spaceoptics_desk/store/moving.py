"""Every row of one database into another, table by table (issue 14: a SQLite file moved to a server):
the same tables, the same ids, in the order their foreign keys need, inside the target's one
transaction, so a failure or a kill leaves the target as it was. The search index is derived, not
copied: the target builds its own from the rows (store/search.py).
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, func, select

from spaceoptics_desk.store import bulk_insert, search
from spaceoptics_desk.store.models import AuditEntry, Base, Customer, DeskWrite, PendingCleanup, StaffUser

BATCH = 2000
# Not moved: which desks wrote to the file (store/desk_writes.py) and the clean-ups its files still owe
# (R31: traces in the file's pages; the server's tables are written fresh, with the live rows only).
_OF_THE_FILE = {DeskWrite.__tablename__, PendingCleanup.__tablename__}
TABLES = [table for table in Base.metadata.sorted_tables if table.name not in _OF_THE_FILE]
# What says a database holds a shop's own data (reference data alone is what a first opening seeds).
_OWN_DATA = (StaffUser.__table__, Customer.__table__, AuditEntry.__table__)

Progress = Callable[[str, int, int], None]  # table, rows copied so far, rows in it


def row_counts(connection: Connection) -> dict[str, int]:
    """Rows per table of the app, by table name."""
    return {table.name: connection.scalar(select(func.count()).select_from(table)) or 0 for table in TABLES}


def holds_own_data(connection: Connection) -> bool:
    """Whether the database has staff, customers or an audit log: not a target to move into."""
    return any(connection.scalar(select(func.count()).select_from(table)) for table in _OWN_DATA)


def copy_all_rows(source: Connection, target: Connection, progress: Progress | None = None) -> None:
    """Replaces every row of the app's tables in `target` with `source`'s. The caller holds both
    transactions: `source` read as one snapshot, `target` committed or rolled back as a whole."""
    for table in reversed(Base.metadata.sorted_tables):  # seeded reference rows; children before parents
        target.execute(table.delete())
    counts = row_counts(source)
    for table in TABLES:
        order = list(table.primary_key.columns)
        done = 0
        rows = source.execute(select(table).order_by(*order)).mappings()
        while batch := rows.fetchmany(BATCH):
            bulk_insert.insert_rows(target, table, [dict(row) for row in batch])
            done += len(batch)
            if progress is not None:
                progress(table.name, done, counts[table.name])
    search.rebuild_search_index(target)
