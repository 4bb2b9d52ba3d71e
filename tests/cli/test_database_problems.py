"""A database that is missing, not a database, or locked: one clear line, exit 3, nothing overwritten."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.cli.conftest import Run


def test_missing_database(run: Run, tmp_path: Path) -> None:
    missing = tmp_path / "nope.db"
    result = run("--db", str(missing), "find", "berg")
    assert result.code == 3
    assert result.err.strip() == f"spaceoptics-desk: There is no database at {missing}."
    assert not missing.exists()


def test_not_a_database_is_left_untouched(run: Run, tmp_path: Path) -> None:
    text_file = tmp_path / "notes.db"
    text_file.write_text("boodschappenlijst: melk, brood\n" * 50)
    before = text_file.read_bytes()
    for command in (("find", "x"), ("show", "K1"), ("demo", "--customers", "3")):
        result = run("--db", str(text_file), *command)
        assert result.code == 3
        assert "is not a SpaceOptics Desk database" in result.err
        assert len(result.err.strip().splitlines()) == 1
    assert text_file.read_bytes() == before


def test_a_foreign_sqlite_database_is_refused(run: Run, tmp_path: Path) -> None:
    foreign = tmp_path / "other.db"
    with sqlite3.connect(foreign) as connection:
        connection.execute("create table recipes (name text)")
    before = foreign.read_bytes()
    result = run("--db", str(foreign), "find", "x")
    assert result.code == 3
    assert foreign.read_bytes() == before


def test_locked_database(run: Run, demo_db: Path) -> None:
    holder = sqlite3.connect(demo_db, isolation_level=None)
    try:
        holder.execute("BEGIN EXCLUSIVE")
        result = run("--db", str(demo_db), "correct", "K100000", "--email", "a@b.nl", "--by", "owner")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.code == 3
    assert "in use" in result.err or "locked" in result.err
    assert len(result.err.strip().splitlines()) == 1


def test_unknown_command_is_one_line(run: Run) -> None:
    result = run("frobnicate")
    assert result.code == 2
    assert len(result.err.strip().splitlines()) == 1
