"""A desk learns that another program wrote to the same database (issue 11: the change hub)."""

from __future__ import annotations

import itertools
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select

from spaceoptics_desk.store.database import Database, open_database
from spaceoptics_desk.store.models import Holiday

_DAYS = (date(2031, 1, 6) + timedelta(days=n) for n in itertools.count())


def _write(database: Database) -> None:
    with database.transaction() as session:
        session.add(Holiday(day=next(_DAYS), name="Sluitingsdag"))


def _only_read(database: Database) -> None:
    with database.transaction() as session:
        session.scalar(select(Holiday).limit(1))


def test_another_programs_write_changes_the_marks_and_an_own_write_does_not(
    database: Database, db_path: Path
) -> None:
    other = open_database(str(db_path))
    try:
        seen = database.others_marks()
        _write(database)
        assert database.others_marks() == seen  # its own write is no news to a desk
        _write(other)
        after_other = database.others_marks()
        assert after_other != seen
        _write(other)
        assert database.others_marks() != after_other  # every write, not only the first
        assert other.others_marks() != frozenset()  # the other sees this desk's row
    finally:
        other.close()


def test_a_transaction_that_wrote_nothing_leaves_no_mark_and_the_file_as_it_was(
    database: Database, db_path: Path
) -> None:
    other = open_database(str(db_path))
    try:
        seen = database.others_marks()
        _only_read(other)  # a restore refused after its checks, say
        assert database.others_marks() == seen
    finally:
        other.close()


def test_a_failed_transaction_leaves_no_mark(database: Database, db_path: Path) -> None:
    other = open_database(str(db_path))
    try:
        seen = database.others_marks()
        try:
            with other.transaction():
                raise RuntimeError("refused")
        except RuntimeError:
            pass
        assert database.others_marks() == seen
    finally:
        other.close()
