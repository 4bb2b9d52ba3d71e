"""Telling the other programs on the same database that this one wrote (issue 11: the change hub).

Every write transaction of a `Database` that changed a row raises its own row's serial before it commits
(whether it changed one is SQLite's `total_changes`, store/sqlite.py); a desk compares the other rows with
what it saw last to know that someone else changed something. The table itself is plain SQL; a server
database (issue 14) needs its own "did it write" and can push instead (LISTEN/NOTIFY).
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from spaceoptics_desk.store.models import DeskWrite

# A program that stopped leaves its row; rows nobody raised for this long are removed by the next write.
FORGOTTEN_AFTER = timedelta(days=1)

WriteMarks = frozenset[tuple[str, int]]


def new_writer_id() -> str:
    return uuid.uuid4().hex


def mark_write(session: Session, writer: str) -> None:
    """Raises this writer's serial inside the caller's transaction (it commits with the action)."""
    now = datetime.now(UTC)
    raised = session.execute(
        update(DeskWrite)
        .where(DeskWrite.writer == writer)
        .values(serial=DeskWrite.serial + 1, written_at=now)
    )
    if raised.rowcount == 0:  # type: ignore[attr-defined]
        session.add(DeskWrite(writer=writer, serial=1, written_at=now))
        session.execute(delete(DeskWrite).where(DeskWrite.written_at < now - FORGOTTEN_AFTER))
    session.flush()


def others_marks(session: Session, writer: str) -> WriteMarks:
    """What the other writers have written so far: differs from an earlier answer once any of them wrote."""
    rows = session.execute(select(DeskWrite.writer, DeskWrite.serial).where(DeskWrite.writer != writer))
    return frozenset((w, s) for w, s in rows)
