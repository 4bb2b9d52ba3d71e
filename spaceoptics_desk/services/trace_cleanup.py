"""R31: after personal data is deleted or emptied, nothing of it may stay readable in the database files.

Three things can still hold it after the transaction commits: the search index's old segments (SQLite
3.40's FTS5 keeps a deleted document's terms until its segments are merged), the write-ahead log (old
page versions, until a checkpoint copies the new ones into the file and the log is truncated) and, after
a deletion in bulk, copies of deleted rows in the unused space of pages (left by b-tree balancing; only
rewriting every page removes them, so a retention review run asks for that). A checkpoint cannot
finish while another connection - another program, or another connection of this one - reads an older
snapshot; the data then stays readable until that reader has gone.

So the clean-up is a debt written down in the database (`pending_cleanups`): in the transaction that
forgets the data (`mark`), paid off by `finish_pending` and written off only once paid. The CLI retries
for a few seconds and says when it must wait for the other program; the app retries on a timer and shows
a banner while it is pending; both finish what is left at the next start. No personal data is recorded.
"""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from spaceoptics_desk.store import postgresql, registry, sqlite
from spaceoptics_desk.store.database import DatabaseAccess
from spaceoptics_desk.store.models import Base, PendingCleanup
from spaceoptics_desk.store.search import rebuild_search_index

SEARCH_INDEX = "search_index"  # search documents were deleted: their terms must be purged
# Set in session.info by `mark`: the operation that commits this session pays the debt right after
# (operations/context.py, the one place that does it), so no caller has to remember it.
OWED = "spaceoptics_desk.trace_cleanup_owed"
WAL = "wal"  # rows were deleted or emptied: the write-ahead log must be emptied
# Many rows were deleted at once (a retention review run): every page must be written anew. SQLite's
# b-tree balancing moves cells within and between pages and leaves the old copies in the pages' unused
# space; secure_delete zeroes a deleted cell and a freed page, not those copies (found by `make faults`:
# after a run that erased 275 customers, three customer numbers and an e-mail address were readable).
PAGES = "pages"
# Issue 13: a big import writes its batches without search documents and owes one rebuild of the index
# at its end; a kill before it leaves the debt here, and the next start pays it. No personal data.
SEARCH_REBUILD = "search_rebuild"


def mark(session: Session, *kinds: str) -> None:
    """Records, in the caller's transaction, that the files owe these clean-ups (idempotent)."""
    session.info[OWED] = True
    owed = set(session.scalars(select(PendingCleanup.kind)))
    for kind in (WAL, *kinds):
        if kind not in owed:
            session.add(PendingCleanup(kind=kind))
            owed.add(kind)


def owe_index_rebuild(session: Session) -> None:
    """Records, in the caller's transaction, that the search index misses rows written in it."""
    if session.get(PendingCleanup, SEARCH_REBUILD) is None:
        session.add(PendingCleanup(kind=SEARCH_REBUILD))


def rebuild_owed_index(session: Session) -> None:
    """Rebuilds the whole search index from the records and writes the debt off, in one transaction."""
    if session.get(PendingCleanup, SEARCH_REBUILD) is not None:  # not paid by another program meanwhile
        rebuild_search_index(session.connection())
        session.execute(delete(PendingCleanup).where(PendingCleanup.kind == SEARCH_REBUILD))


def pending(database: DatabaseAccess) -> bool:
    """Whether a clean-up is still owed (something erased may still be readable in the files)."""
    with database.reading() as session:
        return session.scalar(select(PendingCleanup.kind).limit(1)) is not None


def finish_pending(database: DatabaseAccess, wait_ms: int | None = 0) -> bool:
    """Pays what is owed; True when nothing is owed any more, False while a reader still holds the log.

    The search index is purged once (a second of work on a big shop, so never again on a retry), the
    pages are rewritten once when a bulk deletion asked for it (VACUUM, about 5 s on 200,000 customers);
    the log is checkpointed and truncated, waiting `wait_ms` for readers (None: the busy timeout).
    """
    with database.reading() as session:  # the usual answer, "nothing", without the write lock
        owed = set(session.scalars(select(PendingCleanup.kind)))
    if not owed:
        return True
    if SEARCH_REBUILD in owed:
        with database.transaction() as session:
            rebuild_owed_index(session)
        if owed == {SEARCH_REBUILD}:
            return True  # an import's debt only: nothing was erased, the log holds nothing to empty
    if postgresql.is_postgresql(database.engine):
        return _finish_on_a_server(database, wait_ms)
    if SEARCH_INDEX in owed:
        with database.transaction() as session:
            if session.get(PendingCleanup, SEARCH_INDEX) is not None:  # not paid by another program
                sqlite.purge_search_traces(session.connection())
                session.execute(delete(PendingCleanup).where(PendingCleanup.kind == SEARCH_INDEX))
    if PAGES in owed:
        sqlite.rewrite_every_page(database.engine)  # after the purge: it rewrites the purged index too
        with database.transaction() as session:
            session.execute(delete(PendingCleanup).where(PendingCleanup.kind == PAGES))
    if not sqlite.checkpoint_truncate(database.engine, wait_ms):
        return False
    with database.transaction() as session:
        session.execute(delete(PendingCleanup))
    # The log now holds only the page that wrote the debt off (no personal data); empty it as well.
    sqlite.checkpoint_truncate(database.engine, wait_ms)
    return True


def _finish_on_a_server(database: DatabaseAccess, wait_ms: int | None) -> bool:
    """A server keeps no secure_delete: the tables that hold personal data (the registry's) are
    rewritten, the search table with them, once a deletion left dead rows; then the debt is written
    off. The others (order lines, the audit log, settings) never held what an erasure removes."""
    personal = set(registry.personal_tables())
    tables = [*(name for name in Base.metadata.tables if name in personal), postgresql.SEARCH_TABLE]
    if not postgresql.rewrite_tables(database.engine, tables, wait_ms, database.location):
        return False
    with database.transaction() as session:
        session.execute(delete(PendingCleanup))
    return True
