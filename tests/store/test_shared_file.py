"""Issue 10 §1: a database shared with other programs never loses a write, whatever this process does.

Something in the process (a file dialog sniffing contents, a header check) that opens and closes the
database file or its -shm drops every SQLite lock of the process on it; the next program to close its
connection then deletes the write-ahead log and the process's later writes land in a deleted file.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select, text

from spaceoptics_desk.store import sqlite_locks
from spaceoptics_desk.store.database import Database, open_database
from spaceoptics_desk.store.errors import DatabaseBusy
from spaceoptics_desk.store.models import Holiday

OTHER_PROGRAM = """
import sqlcipher3, sys
connection = sqlcipher3.connect(sys.argv[1], isolation_level=None)
connection.execute(
    "INSERT INTO holidays(day, name) VALUES (?, 'written by the other program')", (sys.argv[2],)
)
connection.close()
"""


def other_program_writes(path: Path, day: date) -> None:
    """A second process (the command line, a scheduled job) opens, writes and closes: the last one out."""
    subprocess.run([sys.executable, "-c", OTHER_PROGRAM, str(path), day.isoformat()], check=True)


def sniff(path: Path) -> None:
    """What Qt's file dialog does to guess a file type: open, read the first bytes, close."""
    for file in (path, path.with_name(path.name + "-shm"), path.with_name(path.name + "-wal")):
        with file.open("rb") as handle:
            handle.read(64)


def add_holiday(database: Database, day: date, name: str) -> None:
    with database.transaction() as session:
        session.add(Holiday(day=day, name=name))


def holidays_named(path: Path, prefix: str) -> set[date]:
    database = open_database(str(path))
    try:
        with database.reading() as session:
            return set(session.scalars(select(Holiday.day).where(Holiday.name.startswith(prefix))))
    finally:
        database.close()


def test_writes_after_the_file_was_opened_elsewhere_in_the_process_are_kept(db_path: Path) -> None:
    database = open_database(str(db_path), create=True)
    try:
        add_holiday(database, date(2031, 1, 2), "ours before")
        sniff(db_path)
        other_program_writes(db_path, date(2031, 1, 3))
        # The log the other program closed is still the one everybody uses.
        log_kept = db_path.with_name(db_path.name + "-wal").exists()
        add_holiday(database, date(2031, 1, 4), "ours after")
        lost_locks_seen = database.lock_guard is not None and database.lock_guard.repairs >= 1
    finally:
        database.close()
    assert holidays_named(db_path, "ours") == {date(2031, 1, 2), date(2031, 1, 4)}
    assert holidays_named(db_path, "written by") == {date(2031, 1, 3)}
    assert log_kept
    assert lost_locks_seen


def test_many_rounds_of_sniffing_and_other_programs_lose_nothing(db_path: Path) -> None:
    database = open_database(str(db_path), create=True)
    try:
        for round_number in range(10):
            sniff(db_path)
            other_program_writes(db_path, date(2040, 2, 1 + round_number))
            add_holiday(database, date(2041, 2, 1 + round_number), f"ours {round_number}")
    finally:
        database.close()
    assert len(holidays_named(db_path, "ours")) == 10
    assert len(holidays_named(db_path, "written by")) == 10
    reopened = open_database(str(db_path))
    try:
        with reopened.reading() as session:
            assert session.execute(text("PRAGMA integrity_check")).scalar_one() == "ok"
    finally:
        reopened.close()


def test_others_having_the_database_open_is_seen(db_path: Path) -> None:
    database = open_database(str(db_path), create=True)
    database.close()
    assert sqlite_locks.others_have_open(db_path) is False
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlcipher3, sys; c = sqlcipher3.connect(sys.argv[1]); c.execute('SELECT 1 FROM holidays')"
            ".fetchall(); print('open', flush=True); sys.stdin.read()",
            str(db_path),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        assert sqlite_locks.others_have_open(db_path) is True
    finally:
        holder.communicate("")
    assert sqlite_locks.others_have_open(db_path) is False


def test_locks_dropped_in_the_middle_of_a_transaction_say_busy_and_keep_the_other_programs_write(
    db_path: Path,
) -> None:
    """The guard protects the locks SQLite keeps between transactions, not the short ones inside one:
    opening the -shm in the middle of a write drops the write lock, another program commits, and
    SQLite refuses our commit (SQLITE_PROTOCOL). That is "busy, nothing saved, try again", not a crash.
    (With older frames in the write-ahead log SQLite may not notice at all and our commit overwrites the
    other program's: that is why nothing of the app may open the files, see README "Sharing one SQLite
    file safely".)
    """
    open_database(str(db_path), create=True).close()  # the last one out: the write-ahead log is empty
    database = open_database(str(db_path))
    try:
        with pytest.raises(DatabaseBusy) as caught, database.transaction() as session:
            session.add(Holiday(day=date(2031, 5, 1), name="ours, lost"))
            session.flush()
            sniff(db_path)  # the fault the app never commits (see ui/file_dialogs.py)
            other_program_writes(db_path, date(2031, 5, 2))
        assert str(caught.value) == (
            "The database is busy: another desk or program is writing to it. Nothing was saved; try again."
        )
        add_holiday(database, date(2031, 5, 3), "ours, again")  # trying again works
    finally:
        database.close()
    assert holidays_named(db_path, "ours") == {date(2031, 5, 3)}
    assert holidays_named(db_path, "written by the other program") == {date(2031, 5, 2)}


def test_a_commit_whose_write_lock_was_lost_is_refused_even_where_sqlite_would_not_notice(
    db_path: Path,
) -> None:
    """With older frames in the write-ahead log, SQLite commits over another program's write without a
    word once our write lock was dropped; the guard looks before every commit and refuses it instead."""
    database = open_database(str(db_path), create=True)
    try:
        for number in range(5):  # frames in the log, not yet copied into the file
            add_holiday(database, date(2032, 1, 5 + number), f"earlier {number}")
        with pytest.raises(DatabaseBusy), database.transaction() as session:
            session.add(Holiday(day=date(2032, 6, 2), name="ours, lost"))
            session.flush()
            sniff(db_path)
            other_program_writes(db_path, date(2032, 6, 3))
        add_holiday(database, date(2032, 6, 4), "ours, again")
    finally:
        database.close()
    assert holidays_named(db_path, "written by the other program") == {date(2032, 6, 3)}
    assert date(2032, 6, 2) not in holidays_named(db_path, "ours")
    assert date(2032, 6, 4) in holidays_named(db_path, "ours")
