"""A database that is missing, not a database, or locked: one clear line, exit 3, nothing overwritten."""

from __future__ import annotations

import json
from contextlib import ExitStack
from pathlib import Path

import pytest
import sqlcipher3

from spaceoptics_desk.store import cipher
from spaceoptics_desk.store import database as store_database
from spaceoptics_desk.store.cipher import DatabaseKey
from spaceoptics_desk.store.database import Database
from tests.cli.conftest import Run, copy_key_files, demo_key, raw_connection
from tests.damaged_files import damaged_copy
from tests.second_desk import write_lock_held_by_another_process
from tests.store.test_database_failures import BUSY


def test_missing_database(run: Run, tmp_path: Path) -> None:
    missing = tmp_path / "nope.db"
    result = run("--db", str(missing), "find", "berg")
    assert result.code == 3
    assert result.err.strip() == f"spaceoptics-desk: There is no database at {missing}."
    assert not missing.exists()


def test_not_a_database_is_left_untouched(run: Run, tmp_path: Path) -> None:
    """Without a key file nothing can say whether it is an encrypted database whose key file was lost
    or no database at all: either way one line naming the place, and the file stays as it was."""
    text_file = tmp_path / "notes.db"
    text_file.write_text("boodschappenlijst: melk, brood\n" * 50)
    before = text_file.read_bytes()
    for command in (("find", "x"), ("show", "K1"), ("demo", "--customers", "3")):
        result = run("--db", str(text_file), *command)
        assert result.code == 3
        assert str(text_file) in result.err
        assert len(result.err.strip().splitlines()) == 1
    assert text_file.read_bytes() == before


@pytest.mark.parametrize(
    ("url", "said"),
    [
        ("postgresql://desk:heel-geheim@127.0.0.1:1/winkel", "cannot be reached"),
        ("postgresql://desk:heel-geheim@[::1", "not a kind of database"),
    ],
)
def test_a_server_url_is_one_line_that_never_shows_the_password(run: Run, url: str, said: str) -> None:
    """Issue 14: a server nobody answers at, or a URL that cannot be read, is one line without the
    password; nothing was opened."""
    result = run("--db", url, "find", "berg")
    assert result.code == 3
    assert "heel-geheim" not in result.err and said in result.err
    assert len(result.err.strip().splitlines()) == 1


def test_a_foreign_sqlite_database_is_refused(run: Run, tmp_path: Path) -> None:
    foreign = tmp_path / "other.db"
    with sqlcipher3.connect(foreign) as connection:
        connection.execute("create table recipes (name text)")
    before = foreign.read_bytes()
    result = run("--db", str(foreign), "find", "x")
    assert result.code == 3
    assert foreign.read_bytes() == before


def test_locked_database(run: Run, demo_db: Path) -> None:
    holder = cipher.connect(demo_db, demo_key(demo_db), isolation_level=None)
    try:
        holder.execute("BEGIN EXCLUSIVE")
        result = run("--db", str(demo_db), "correct", "K100000", "--email", "a@b.nl", "--by", "owner")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.code == 3
    assert result.err == f"spaceoptics-desk: {BUSY}\n"


def test_unknown_command_is_one_line(run: Run) -> None:
    result = run("frobnicate")
    assert result.code == 2
    assert len(result.err.strip().splitlines()) == 1


def test_a_second_desk_writing_while_a_command_writes_exits_3_and_nothing_is_half_written(
    run: Run, demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 10 §4: the other desk takes the write lock after this command opened the database."""
    before = json.loads(run("--db", str(demo_db), "show", "K100000", "--json").out)["profile"]
    real_open = store_database.open_database
    with ExitStack() as other_desk:

        def open_and_let_the_other_desk_write(
            target: str, *, create: bool = False, key: DatabaseKey | None = None
        ) -> Database:
            database = real_open(target, create=create, key=key, busy_timeout_ms=200)
            other_desk.enter_context(write_lock_held_by_another_process(demo_db, key=demo_key(demo_db)))
            return database

        monkeypatch.setattr(store_database, "open_database", open_and_let_the_other_desk_write)
        result = run(
            "--db", str(demo_db), "correct", "K100000", "--email", "nieuw@example.nl", "--by", "owner"
        )
    assert (result.code, result.err) == (3, f"spaceoptics-desk: {BUSY}\n")
    monkeypatch.undo()
    after = json.loads(run("--db", str(demo_db), "show", "K100000", "--json").out)["profile"]
    assert after == before


def test_reading_commands_work_while_another_program_holds_a_long_write_and_a_write_says_busy(
    run: Run, demo_db: Path
) -> None:
    """A scheduled job writing for longer than the busy timeout (3 s) keeps nobody from looking up a
    customer; only a command that writes has to wait for it, and then says so."""
    with write_lock_held_by_another_process(demo_db, "BEGIN IMMEDIATE", demo_key(demo_db)):
        found = run("--db", str(demo_db), "find", "berg")
        shown = run("--db", str(demo_db), "show", "K100000", "--json")
        cases = run("--db", str(demo_db), "case", "list")
        writing = run("--db", str(demo_db), "correct", "K100000", "--city", "Tiel", "--by", "staff")
    assert (found.code, found.err) == (0, "") and "berg" in found.out.lower()
    assert (shown.code, shown.err) == (0, "") and json.loads(shown.out)["profile"][
        "customer_number"
    ] == "K100000"
    assert (cases.code, cases.err) == (0, "")
    assert (writing.code, writing.out, writing.err) == (3, "", f"spaceoptics-desk: {BUSY}\n")
    after = run("--db", str(demo_db), "show", "K100000", "--json")
    assert json.loads(after.out)["addresses"] == json.loads(shown.out)["addresses"]  # nothing was saved


def test_a_clean_up_owed_while_another_program_writes_waits_and_the_search_still_works(
    run: Run, demo_db: Path
) -> None:
    """R31: the clean-up of erased data's traces each command tries first stays owed for the next one."""
    with raw_connection(demo_db) as connection:
        connection.execute("INSERT INTO pending_cleanups(kind) VALUES ('search_index')")
    with write_lock_held_by_another_process(demo_db, "BEGIN IMMEDIATE", demo_key(demo_db)):
        found = run("--db", str(demo_db), "find", "berg")
    assert (found.code, found.err) == (0, "") and "berg" in found.out.lower()
    with raw_connection(demo_db) as connection:
        assert connection.execute("SELECT kind FROM pending_cleanups").fetchall() == [("search_index",)]


@pytest.mark.parametrize("how", ["cut in half", "garbage after the header"])
@pytest.mark.parametrize("command", [("find", "berg"), ("show", "K100000"), ("case", "list")])
def test_a_damaged_database_file_exits_3_with_one_line(
    run: Run, demo_db: Path, tmp_path: Path, how: str, command: tuple[str, ...]
) -> None:
    damaged = copy_key_files(demo_db, damaged_copy(demo_db, tmp_path / "damaged.db", how))
    result = run("--db", str(damaged), *command)
    assert result.code == 3
    if how == "cut in half":
        assert result.err == (
            f"spaceoptics-desk: The database {damaged} is damaged and cannot be used; nothing was changed. "
            "Restore the newest backup, or ask whoever looks after this computer.\n"
        )
    else:  # an encrypted first page that does not decrypt: damaged, or the key file of another database
        assert result.err == (
            f"spaceoptics-desk: The database {damaged} could not be opened with this key; "
            "nothing was changed.\n"
        )
