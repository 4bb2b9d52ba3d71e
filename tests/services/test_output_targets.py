"""Issue 10 §1: a file the app writes never replaces the database it works in, or its -wal/-shm.

A database named like an output (`shop.csv`), reached through a symlink, or the same file under another
name (a hard link) is recognised by its resolved path or by device and inode; it is never opened for it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from spaceoptics_desk.domain.clock import FixedClock
from spaceoptics_desk.services.copies import build_access_copy, create_access_copy
from spaceoptics_desk.services.copies.files import file_stem
from spaceoptics_desk.services.output_files import FileNotWritten, replaces_database, write_file
from spaceoptics_desk.services.staff import acting_user
from spaceoptics_desk.store.database import Database
from spaceoptics_desk.store.models import Customer
from tests.services.conftest import Shop

REFUSED = (
    "{name} is the database this app is working in (or one of its -wal and -shm files): saving there would "
    "destroy it. Choose another name or folder; nothing was saved."
)


@pytest.fixture
def database_file(tmp_path: Path) -> Path:
    """Stands for the database: these checks only compare names and stat(), never read the file."""
    path = tmp_path / "shop.csv"
    path.write_bytes(b"SQLite format 3\x00 the shop")
    return path


def test_the_database_itself_its_companions_and_the_same_file_elsewhere_are_recognised(
    database_file: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    (folder / "link.csv").symlink_to(database_file)
    (folder / "same.csv").hardlink_to(database_file)
    (folder / "parent").symlink_to(tmp_path)
    for target in (
        database_file,
        tmp_path / "shop.csv-wal",  # not there yet: SQLite makes it while the database is open
        tmp_path / "shop.csv-shm",
        folder / ".." / "shop.csv",
        folder / "parent" / "shop.csv",
        folder / "link.csv",
        folder / "same.csv",
    ):
        assert replaces_database(target, database_file), target
    (folder / "other.csv").write_bytes(b"another file")
    for target in (folder / "other.csv", folder / "new.csv", tmp_path / "shop.csv.csv"):
        assert not replaces_database(target, database_file), target
    assert not replaces_database(database_file, None)  # a server database has no file


@pytest.mark.parametrize("name", ["shop.csv", "same.csv"])
def test_writing_over_the_database_is_refused_and_it_stays(
    database_file: Path, tmp_path: Path, name: str
) -> None:
    if name == "same.csv":
        (tmp_path / name).hardlink_to(database_file)
    before = database_file.read_bytes()
    with pytest.raises(FileNotWritten) as caught:
        write_file(tmp_path / name, b"email,name\n", database_file=database_file)
    assert str(caught.value) == REFUSED.format(name=name)
    assert database_file.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted({"shop.csv", name})  # no temporary file


def test_an_access_copy_never_replaces_a_database_that_bears_its_name(
    database: Database, db_path: Path, shop: Shop, clock: FixedClock, tmp_path: Path
) -> None:
    """The copy's file name is made by the app; the folder is the owner's choice, and may hold it."""
    folder = tmp_path / "copies"
    folder.mkdir()
    with database.reading() as session:
        stem = file_stem(build_access_copy(session, shop.jan, clock))
    (folder / f"{stem}.pdf").hardlink_to(db_path)
    with pytest.raises(FileNotWritten) as caught, database.transaction() as session:
        create_access_copy(session, acting_user(session, "owner"), clock, shop.jan, folder)
    assert str(caught.value) == REFUSED.format(name=f"{stem}.pdf")
    assert (folder / f"{stem}.pdf").samefile(db_path)
    with database.reading() as session:
        assert session.scalar(select(func.count()).select_from(Customer)) == 4
