"""Bad database targets (issue 2, "Bad input"): a clear message; the file stays byte-for-byte as it was."""

from __future__ import annotations

import contextlib
import hashlib
from pathlib import Path

import pytest
import sqlcipher3
from sqlalchemy import text

from spaceoptics_desk.store import migrate
from spaceoptics_desk.store.database import open_database
from spaceoptics_desk.store.errors import DatabaseBusy, DatabaseUnavailable
from tests.store.test_database_failures import BUSY
from tests.unprivileged import give_to_unprivileged_user, run_unprivileged

SHORT_WAIT_MS = 50


def fingerprint(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_database(path: Path) -> None:
    open_database(str(path), create=True).close()


def test_missing_file_is_reported_and_not_created(tmp_path: Path) -> None:
    path = tmp_path / "gone.db"
    with pytest.raises(DatabaseUnavailable) as caught:
        open_database(str(path))
    assert str(caught.value) == f"There is no database at {path}."
    assert not path.exists()
    assert list(tmp_path.iterdir()) == []


def test_missing_file_is_created_when_asked(tmp_path: Path) -> None:
    path = tmp_path / "new" / "shop.db"
    database = open_database(str(path), create=True)
    database.close()
    assert path.is_file()
    assert database.backup_made is None


@pytest.mark.parametrize("create", [False, True])
def test_a_text_file_is_not_a_database_and_is_not_overwritten(tmp_path: Path, create: bool) -> None:
    path = tmp_path / "notes.db"
    path.write_text("Boodschappen: melk, brood, een nieuwe telescoop\n", encoding="utf-8")
    before = fingerprint(path)
    with pytest.raises(DatabaseUnavailable) as caught:
        open_database(str(path), create=create)
    assert "is not a SpaceOptics Desk database" in str(caught.value)
    assert str(path) in str(caught.value)
    assert fingerprint(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.db"]


def test_a_folder_is_not_a_database(tmp_path: Path) -> None:
    with pytest.raises(DatabaseUnavailable, match="is not a SpaceOptics Desk database"):
        open_database(str(tmp_path))


def test_another_programs_sqlite_database_is_refused_and_left_byte_for_byte(tmp_path: Path) -> None:
    path = tmp_path / "agenda.sqlite"
    connection = sqlcipher3.connect(path)
    connection.execute("CREATE TABLE appointments (at TEXT, who TEXT)")
    connection.execute("INSERT INTO appointments VALUES ('2026-11-25 10:00', 'opticien')")
    connection.commit()
    connection.close()
    before = fingerprint(path)
    with pytest.raises(DatabaseUnavailable, match="is not a SpaceOptics Desk database"):
        open_database(str(path))
    # Not even the journal mode (stored in the file header) may change.
    assert fingerprint(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["agenda.sqlite"]


def _stamp(path: Path, revision: str) -> None:
    connection = sqlcipher3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    connection.commit()
    connection.close()


def test_a_newer_schema_is_refused_not_downgraded(db_path: Path) -> None:
    make_database(db_path)
    _stamp(db_path, "9999_from_the_future")
    before = fingerprint(db_path)
    with pytest.raises(DatabaseUnavailable) as caught:
        open_database(str(db_path))
    assert "made by a newer version of SpaceOptics Desk" in str(caught.value)
    assert str(db_path) in str(caught.value)
    assert fingerprint(db_path) == before
    connection = sqlcipher3.connect(db_path)
    assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [
        ("9999_from_the_future",)
    ]
    connection.close()
    assert not list(db_path.parent.glob("*.bak"))


@pytest.mark.parametrize("lock", ["BEGIN IMMEDIATE", "BEGIN EXCLUSIVE"])
def test_a_database_another_program_writes_to_opens_for_reading_and_a_write_says_busy(
    db_path: Path, lock: str
) -> None:
    """In WAL mode another program's write lock leaves readers alone: opening needs no write lock."""
    make_database(db_path)
    other = sqlcipher3.connect(db_path, isolation_level=None)
    other.execute(lock)
    try:
        before = fingerprint(db_path)
        database = open_database(str(db_path), busy_timeout_ms=SHORT_WAIT_MS)
        try:
            with database.reading() as session:
                assert session.execute(text("SELECT count(*) FROM purposes")).scalar_one() > 0
            with pytest.raises(DatabaseBusy) as caught, database.transaction() as session:
                session.execute(text("DELETE FROM holidays"))
            assert str(caught.value) == BUSY
        finally:
            database.close()
        assert fingerprint(db_path) == before
    finally:
        other.execute("ROLLBACK")
        other.close()
    open_database(str(db_path), busy_timeout_ms=SHORT_WAIT_MS).close()


def test_a_database_that_needs_its_reference_data_while_another_program_writes_says_busy(
    db_path: Path,
) -> None:
    """Something to seed (a recipient a newer version ships) needs the write lock: busy, not half-opened."""
    make_database(db_path)
    with sqlcipher3.connect(db_path) as connection:
        connection.execute("DELETE FROM recipients WHERE key = (SELECT max(key) FROM recipients)")
    connection.close()
    other = sqlcipher3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(DatabaseBusy) as caught:
            open_database(str(db_path), busy_timeout_ms=SHORT_WAIT_MS)
        assert str(caught.value) == BUSY
    finally:
        other.execute("ROLLBACK")
        other.close()
    database = open_database(str(db_path), busy_timeout_ms=SHORT_WAIT_MS)  # once it is free: seeded
    try:
        with database.reading() as session:
            count = session.execute(text("SELECT count(*) FROM recipients")).scalar_one()
    finally:
        database.close()
    with sqlcipher3.connect(db_path) as fresh:
        assert count == fresh.execute("SELECT count(*) FROM recipients").fetchone()[0] > 0
    fresh.close()


def test_a_database_in_rollback_journal_mode_locked_exclusively_is_reported(db_path: Path) -> None:
    make_database(db_path)
    connection = sqlcipher3.connect(db_path, isolation_level=None)
    connection.execute("PRAGMA journal_mode = DELETE")
    connection.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseBusy, match="The database is busy"):
            open_database(str(db_path), busy_timeout_ms=SHORT_WAIT_MS)
    finally:
        connection.execute("ROLLBACK")
        connection.close()


# Read-only locations: as root the check runs in a child process as `nobody` (tests/unprivileged.py).
_CHILD = """
import json, sys
from spaceoptics_desk.store.database import open_database
from spaceoptics_desk.store.errors import DatabaseBusy, DatabaseUnavailable
try:
    open_database(sys.argv[1], create=sys.argv[2] == "create").close()
except DatabaseUnavailable as error:
    print(json.dumps({"refused": str(error)}))
else:
    print(json.dumps({"opened": True}))
"""


def open_in_child(path: Path, *, create: bool = False) -> dict[str, object]:
    return run_unprivileged(_CHILD, str(path), "create" if create else "open")


def test_child_process_can_open_a_writable_database(shared_dir: Path) -> None:
    """The control case: the same child opens a database it may write, so the refusals below are real."""
    folder = shared_dir / "writable"
    folder.mkdir()
    path = folder / "shop.db"
    make_database(path)
    give_to_unprivileged_user(folder)
    give_to_unprivileged_user(path)
    assert open_in_child(path) == {"opened": True}


def test_a_read_only_database_file_is_reported_and_unchanged(shared_dir: Path) -> None:
    folder = shared_dir / "writable"
    folder.mkdir()
    give_to_unprivileged_user(folder)
    path = folder / "shop.db"
    make_database(path)
    path.chmod(0o444)
    before = fingerprint(path)
    result = open_in_child(path)
    assert result == {"refused": f"The database {path} is read-only. Check the file's permissions."}
    assert fingerprint(path) == before


def test_a_database_in_a_read_only_folder_is_reported_and_unchanged(shared_dir: Path) -> None:
    # WAL mode writes its -wal and -shm files beside the database.
    path = shared_dir / "shop.db"
    make_database(path)
    give_to_unprivileged_user(path)
    shared_dir.chmod(0o555)
    before = fingerprint(path)
    result = open_in_child(path)
    assert result == {"refused": f"The database {path} is read-only. Check the file's permissions."}
    assert fingerprint(path) == before
    assert sorted(p.name for p in shared_dir.iterdir()) == ["shop.db"]


def test_a_new_database_cannot_be_created_in_a_read_only_folder(shared_dir: Path) -> None:
    path = shared_dir / "shop.db"
    shared_dir.chmod(0o555)
    result = open_in_child(path, create=True)
    assert result == {"refused": f"The database {path} is read-only. Check the file's permissions."}
    assert list(shared_dir.iterdir()) == []


def test_opening_the_current_schema_makes_no_backup_and_leaves_the_file_intact(db_path: Path) -> None:
    """A database at the newest revision is opened as it is: no copy, no change."""
    make_database(db_path)
    assert migrate.head_revision() == "0015"
    before = fingerprint(db_path)
    database = open_database(str(db_path))
    database.close()
    assert database.backup_made is None
    assert fingerprint(db_path) == before
    assert sorted(p.name for p in db_path.parent.iterdir()) == [db_path.name]


def test_an_empty_file_is_not_taken_for_the_shops_database(tmp_path: Path) -> None:
    """A truncated copy must not silently become an empty shop: refused, and left as it is."""
    empty = tmp_path / "shop.db"
    empty.touch()
    with pytest.raises(DatabaseUnavailable, match="is not a SpaceOptics Desk database"):
        open_database(str(empty))
    assert empty.stat().st_size == 0
    # Made on purpose (the demo command), an empty file may become a new database.
    open_database(str(empty), create=True).close()
    assert empty.stat().st_size > 0


def test_a_database_missing_one_of_its_tables_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "damaged.db"
    open_database(str(path), create=True).close()
    with sqlcipher3.connect(path) as connection:
        connection.execute("DROP TABLE rectifications")
    connection.close()
    with pytest.raises(DatabaseUnavailable, match="is not a SpaceOptics Desk database"):
        open_database(str(path))


# A PostgreSQL server is opened (issue 14: tests/store/test_postgres_database.py); other kinds are not.
@pytest.mark.parametrize(
    "url",
    [
        "mysql://shop:secret@localhost/shop",
        "oracle://shop:secret@y/z",
        "nonsense://",
        "postgresql://s:secret@[::1",
    ],
)
def test_a_server_url_is_refused_with_a_message_and_without_its_password(url: str) -> None:
    with pytest.raises(DatabaseUnavailable, match="not a kind of database this version can use") as refused:
        open_database(url)
    assert "secret" not in refused.value.text()


@pytest.mark.parametrize("pinned", [False, True])
def test_a_user_action_takes_the_write_lock_at_once(tmp_path: Path, pinned: bool) -> None:
    """BEGIN IMMEDIATE: while one action runs, another writer waits for it (here: is refused at once);
    a deferred BEGIN would let the other commit first and make this action fail when it writes."""
    path = tmp_path / "shop.db"
    database = open_database(str(path), create=True)
    other = sqlcipher3.connect(path, timeout=0, isolation_level=None)
    try:
        with database.pinned() if pinned else contextlib.nullcontext(database) as db:
            with db.transaction() as session:
                session.execute(text("select count(*) from customers")).scalar_one()  # only read so far
                with pytest.raises(sqlcipher3.OperationalError, match="locked"):
                    other.execute("insert into holidays(day, name) values ('2031-01-02', 'x')")
            other.execute("insert into holidays(day, name) values ('2031-01-02', 'x')")  # free again
            with db.reading() as session:  # reading does not lock others out
                session.execute(text("select count(*) from customers")).scalar_one()
                other.execute("insert into holidays(day, name) values ('2031-01-03', 'y')")
    finally:
        other.close()
        database.close()
