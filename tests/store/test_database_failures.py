"""Issue 10 §4: SQLite failures at the transaction boundary become messages, classified by error code.

A second desk holding the write lock, a full disk, a file that became read-only, a damaged file: each
is a DatabaseUnavailable with its own message (the CLI exits 3, the GUI shows a message), never a crash,
and nothing of the action is written.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
import sqlcipher3
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError, OperationalError

from spaceoptics_desk.store import failures
from spaceoptics_desk.store.database import Database, open_database
from spaceoptics_desk.store.errors import (
    DatabaseBusy,
    DatabaseDamaged,
    DatabaseDiskError,
    DatabaseFull,
    DatabaseUnavailable,
)
from spaceoptics_desk.store.models import Holiday
from tests.damaged_files import damaged_copy
from tests.second_desk import write_lock_held_by_another_process
from tests.unprivileged import give_to_unprivileged_user, run_unprivileged

SHORT_WAIT_MS = 200
BUSY = "The database is busy: another desk or program is writing to it. Nothing was saved; try again."


@pytest.fixture
def short_wait(db_path: Path) -> Iterator[Database]:
    """The shop's database, waiting only 0.2 s for another desk's write lock (the app waits 3 s)."""
    open_database(str(db_path), create=True).close()
    database = open_database(str(db_path), busy_timeout_ms=SHORT_WAIT_MS)
    yield database
    database.close()


def holidays_named(database: Database, name: str) -> int:
    with database.reading() as session:
        return int(session.scalar(select(func.count()).where(Holiday.name == name)) or 0)


def test_a_write_while_another_desk_holds_the_lock_is_busy_and_writes_nothing(
    short_wait: Database, db_path: Path
) -> None:
    with (
        write_lock_held_by_another_process(db_path),
        pytest.raises(DatabaseBusy) as caught,
        short_wait.transaction() as session,
    ):
        session.add(Holiday(day=date(2031, 6, 10), name="Inventory"))
        session.flush()
    assert str(caught.value) == BUSY
    assert holidays_named(short_wait, "Inventory") == 0
    # Once the other desk is done, the same action goes through.
    with short_wait.transaction() as session:
        session.add(Holiday(day=date(2031, 6, 10), name="Inventory"))
    assert holidays_named(short_wait, "Inventory") == 1


def test_creating_a_database_while_another_desk_holds_the_lock_says_busy(db_path: Path) -> None:
    """A database that lacks its id and salt (as a new one does) must write them to open."""
    open_database(str(db_path), create=True).close()
    with sqlcipher3.connect(db_path) as connection:
        connection.execute("DELETE FROM installation_secrets")
    connection.close()
    with write_lock_held_by_another_process(db_path), pytest.raises(DatabaseBusy) as caught:
        open_database(str(db_path), busy_timeout_ms=SHORT_WAIT_MS)
    assert str(caught.value) == BUSY


def test_a_full_disk_is_said_and_nothing_of_the_action_remains(database: Database, db_path: Path) -> None:
    with database.pinned() as pinned:
        with pinned.reading() as session:
            # The file may not grow on this connection: SQLite answers SQLITE_FULL, as on a full disk.
            pages = session.connection().exec_driver_sql("PRAGMA page_count").scalar_one()
            session.connection().exec_driver_sql(f"PRAGMA max_page_count = {pages}")
        with pytest.raises(DatabaseFull) as caught, pinned.transaction() as session:
            session.add(Holiday(day=date(2031, 6, 10), name="Inventory"))
            session.add(Holiday(day=date(2031, 6, 11), name="x" * 200_000))
            session.flush()
    assert str(caught.value) == (
        f"The disk that holds the database {db_path} is full. Nothing was saved; make room on it and "
        "try again."
    )
    assert holidays_named(database, "Inventory") == 0


_WRITE_AFTER_IT_BECAME_READ_ONLY = """
import json, sys
from datetime import date
from pathlib import Path
from spaceoptics_desk.store.database import open_database
from spaceoptics_desk.store.errors import DatabaseUnavailable
from spaceoptics_desk.store.models import Holiday

database = open_database(sys.argv[1])
with database.reading() as session:
    session.get(Holiday, date(2026, 12, 25))
# The file becomes read-only while the desk runs; the next connection SQLite opens can only read.
database.close()
Path(sys.argv[1]).chmod(0o444)
try:
    with database.transaction() as session:
        session.add(Holiday(day=date(2031, 6, 10), name="Inventory"))
except DatabaseUnavailable as error:
    print(json.dumps({"refused": str(error), "kind": type(error).__name__}))
else:
    print(json.dumps({"written": True}))
"""


def test_a_file_that_became_read_only_is_said(shared_dir: Path) -> None:
    give_to_unprivileged_user(shared_dir)
    path = shared_dir / "shop.db"
    open_database(str(path), create=True).close()
    give_to_unprivileged_user(path)
    result = run_unprivileged(_WRITE_AFTER_IT_BECAME_READ_ONLY, str(path))
    assert result == {
        "refused": f"The database {path} is read-only. Check the file's permissions.",
        "kind": "DatabaseReadOnly",
    }
    with sqlcipher3.connect(path) as connection:
        assert connection.execute("SELECT count(*) FROM holidays WHERE name = 'Inventory'").fetchone() == (0,)


@pytest.mark.parametrize("how", ["cut in half", "garbage after the header"])
def test_a_damaged_file_is_said_and_left_as_it_is(tmp_path: Path, how: str) -> None:
    good = tmp_path / "good.db"
    database = open_database(str(good), create=True)
    with database.transaction() as session:
        session.add_all(Holiday(day=date(2030, 2, 1 + n), name="day " * 400) for n in range(25))
    database.close()
    damaged = damaged_copy(good, tmp_path / "damaged.db", how)
    before = damaged.read_bytes()
    with pytest.raises(DatabaseDamaged) as caught:
        open_database(str(damaged))
    assert str(caught.value) == (
        f"The database {damaged} is damaged and cannot be used; nothing was changed. Restore the newest "
        "backup, or ask whoever looks after this computer."
    )
    assert damaged.read_bytes() == before


def driver_error(code: int, name: str) -> sqlcipher3.OperationalError:
    """A real sqlite3 error, re-labelled with the code a failing disk gives (it cannot be made on demand)."""
    connection = sqlcipher3.connect(":memory:")
    try:
        connection.execute("SELECT * FROM missing_table")
    except sqlcipher3.OperationalError as error:
        error.sqlite_errorcode, error.sqlite_errorname = code, name
        return error
    finally:
        connection.close()
    raise AssertionError("the query above always fails")


@pytest.mark.parametrize(
    ("code", "name", "kind"),
    [
        (10, "SQLITE_IOERR", DatabaseDiskError),
        (10 | (4 << 8), "SQLITE_IOERR_SHORT_READ", DatabaseDiskError),
        (5 | (2 << 8), "SQLITE_BUSY_SNAPSHOT", DatabaseBusy),
        (6, "SQLITE_LOCKED", DatabaseBusy),
        (13, "SQLITE_FULL", DatabaseFull),
        (26, "SQLITE_NOTADB", DatabaseDamaged),
        (11 | (1 << 8), "SQLITE_CORRUPT_VTAB", DatabaseDamaged),
    ],
)
def test_the_error_code_decides_the_message_also_through_sqlalchemy(
    code: int, name: str, kind: type[DatabaseUnavailable]
) -> None:
    error = driver_error(code, name)
    wrapped = OperationalError("SELECT 1", {}, error)
    for raised in (error, wrapped):
        with pytest.raises(kind) as caught, failures.speaking_failures("/data/shop.db"):
            raise raised
        assert caught.value.__cause__ is raised
        assert "Nothing was saved" in str(caught.value) or "nothing was changed" in str(caught.value)


def test_a_disk_error_has_its_own_message() -> None:
    with pytest.raises(DatabaseDiskError) as caught, failures.speaking_failures("/data/shop.db"):
        raise driver_error(10 | (3 << 8), "SQLITE_IOERR_WRITE")
    assert str(caught.value) == (
        "The database /data/shop.db could not be read or written (a disk or network error). Nothing was "
        "saved; check the disk or the network connection and try again."
    )


def test_a_mistake_in_our_own_sql_stays_a_bug(database: Database) -> None:
    """Only the environment speaks to people; an SQL error or a broken constraint is ours to fix."""
    with pytest.raises(OperationalError), database.reading() as session:
        session.connection().exec_driver_sql("SELECT * FROM missing_table")
    with pytest.raises(IntegrityError), database.transaction() as session:
        session.add(Holiday(day=date(2026, 12, 25), name="Christmas twice"))
        session.flush()
