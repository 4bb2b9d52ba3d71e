"""Backups (R32, issue 10 §2) as the adversarial run attacked them: a backup is a whole copy of this
database under its own name, or nothing at all.

A damaged database is not backed up (its copy fails PRAGMA quick_check), a failed copy leaves no file,
a backups folder that cannot be written says so, and two databases in one folder never overwrite or
rotate away each other's backups. The tests with a `database_key` run on a plain and on an encrypted
database (issue 12): a backup of an encrypted database is encrypted with its key, one of a plain one plain.
"""

from __future__ import annotations

import errno
import os
import tempfile
from contextlib import closing
from datetime import date, timedelta
from pathlib import Path

import pytest

from spaceoptics_desk.domain.clock import FixedClock
from spaceoptics_desk.services import backups
from spaceoptics_desk.services.output_files import FileNotWritten
from spaceoptics_desk.store import cipher, sqlite
from spaceoptics_desk.store.cipher import DatabaseKey
from spaceoptics_desk.store.database import Database, open_database
from spaceoptics_desk.store.errors import DatabaseDamaged, DatabaseUnavailable
from spaceoptics_desk.store.models import Holiday
from tests.conftest import KEYS, encrypted_or_plain
from tests.damaged_files import damaged_copy, overwrite_pages_of
from tests.store.test_database_failures import driver_error
from tests.unprivileged import give_to_unprivileged_user, run_unprivileged

DAMAGED = (
    "The database {path} is damaged and cannot be used; nothing was changed. Restore the newest backup, "
    "or ask whoever looks after this computer."
)


@pytest.fixture(params=KEYS)
def database_key(request: pytest.FixtureRequest) -> DatabaseKey | None:
    return encrypted_or_plain(request)


def _with_holidays(path: Path, key: DatabaseKey | None = None) -> Path:
    """A closed database with a few pages of rows in `holidays`, as a file on its own (no -wal)."""
    database = open_database(str(path), create=True, key=key)
    with database.transaction() as session:
        session.add_all(Holiday(day=date(2031, 1 + n % 9, 10 + n), name="dag " * 300) for n in range(18))
    database.close()
    return path


def _left_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


@pytest.mark.parametrize("how", ["cut in half", "garbage after the header"])
def test_R32_a_failed_backup_of_a_damaged_database_leaves_nothing_behind(
    tmp_path: Path, clock: FixedClock, how: str, database_key: DatabaseKey | None
) -> None:
    good = _with_holidays(tmp_path / "good.db", database_key)
    damaged = damaged_copy(good, tmp_path / "shop.db", how)
    with pytest.raises(DatabaseDamaged) as caught:
        backups.make_backup(damaged, clock, key=database_key)
    assert str(caught.value) == DAMAGED.format(path=damaged)
    assert _left_in(backups.backups_dir(damaged)) == []


# Lost pages of a table make quick_check fail outright; of an index, it lists what is wrong.
@pytest.mark.parametrize("lost", ["holidays", "sqlite_autoindex_holidays_1"])
def test_R32_a_database_with_lost_pages_is_not_backed_up_as_if_it_were_whole(
    tmp_path: Path, clock: FixedClock, lost: str
) -> None:
    path = _with_holidays(tmp_path / "shop.db")
    overwrite_pages_of(path, lost)
    before = path.read_bytes()
    with pytest.raises(DatabaseDamaged) as caught:
        backups.make_backup(path, clock)
    assert str(caught.value) == DAMAGED.format(path=path)
    assert _left_in(backups.backups_dir(path)) == []
    assert path.read_bytes() == before  # the live file is only read


def test_R32_a_missing_database_is_said_and_not_made(tmp_path: Path, clock: FixedClock) -> None:
    missing = tmp_path / "shop.db"
    with pytest.raises(DatabaseUnavailable, match=f"There is no database at {missing}"):
        backups.make_backup(missing, clock)
    assert _left_in(tmp_path) == []


_BACKUP_AS_NOBODY = """
import json, sys
from datetime import UTC, datetime
from pathlib import Path
from spaceoptics_desk.domain.clock import FixedClock
from spaceoptics_desk.errors import KnownError
from spaceoptics_desk.services import backups
try:
    backups.make_backup(Path(sys.argv[1]), FixedClock(datetime(2026, 11, 25, 9, 30, tzinfo=UTC)))
except KnownError as error:
    print(json.dumps({"refused": str(error), "kind": type(error).__name__}))
else:
    print(json.dumps({"made": True}))
"""


def test_R32_a_backups_folder_that_cannot_be_written_says_so(shared_dir: Path) -> None:
    """Owned by someone else (or immutable, or on a read-only disk): it is the folder, not the database."""
    give_to_unprivileged_user(shared_dir)
    path = _with_holidays(shared_dir / "shop.db")
    give_to_unprivileged_user(path)
    folder = backups.backups_dir(path)
    folder.mkdir(mode=0o755)  # the owner's, not the desk user's
    assert run_unprivileged(_BACKUP_AS_NOBODY, str(path)) == {
        "refused": f"The backups folder {folder} cannot be written (read-only). Nothing was backed up; check "
        "the folder's permissions and the disk.",
        "kind": "FileNotWritten",
    }
    assert _left_in(folder) == []
    folder.chmod(0o777)  # the control case: the same child, a folder it may write
    assert run_unprivileged(_BACKUP_AS_NOBODY, str(path)) == {"made": True}


def test_R32_a_backups_folder_on_a_read_only_file_system_says_so(
    database: Database,
    db_path: Path,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
    database_key: DatabaseKey | None,
) -> None:
    def read_only_file_system(*_args: object, **_kwargs: object) -> tuple[int, str]:
        raise OSError(errno.EROFS, "Read-only file system")  # what the OS says; no mount in a test

    monkeypatch.setattr(tempfile, "mkstemp", read_only_file_system)
    with pytest.raises(FileNotWritten, match=r"cannot be written \(read-only\)\. Nothing was backed up"):
        backups.make_backup(db_path, clock, key=database_key)
    assert _left_in(backups.backups_dir(db_path)) == []


def test_R32_a_full_disk_under_the_backups_folder_leaves_no_half_copy(
    database: Database,
    db_path: Path,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
    database_key: DatabaseKey | None,
) -> None:
    real_backup = sqlite.backup_file

    def copy_then_disk_full(source: Path, target: Path, key: DatabaseKey | None) -> None:
        real_backup(source, target, key)  # the copy is on disk, then SQLite finds the disk full
        raise driver_error(13, "SQLITE_FULL")

    monkeypatch.setattr(sqlite, "backup_file", copy_then_disk_full)
    folder = backups.backups_dir(db_path)
    with pytest.raises(FileNotWritten) as caught:
        backups.make_backup(db_path, clock, key=database_key)
    assert str(caught.value) == (
        f"The disk of the backups folder {folder} is full. Nothing was backed up; make room on it and try "
        "again."
    )
    assert _left_in(folder) == []


def test_R32_two_databases_in_one_folder_keep_their_own_backups(
    tmp_path: Path, clock: FixedClock, database_key: DatabaseKey | None
) -> None:
    key = database_key
    shop, other = _with_holidays(tmp_path / "shop.db", key), _with_holidays(tmp_path / "other.db", key)
    first = backups.make_backup(shop, clock, key=key).path
    theirs = backups.make_backup(other, clock, key=key).path
    second = backups.make_backup(shop, clock, key=key).path  # the same second: a scheduled job and a person
    assert [first.name, second.name, theirs.name] == [
        "shop-20261125T093000Z.db",
        "shop-20261125T093000Z-2.db",
        "other-20261125T093000Z.db",
    ]
    for backup in (first, second, theirs):
        assert cipher.is_encrypted_file(backup) is (key is not None)
        assert sqlite.passes_quick_check(backup, key)
    with closing(cipher.connect(theirs, key)) as connection:
        assert connection.execute("SELECT count(*) FROM holidays WHERE name LIKE 'dag %'").fetchone() == (18,)
    # Forty days later the shop's own old backups rotate out; the other database's stay until its own
    # backup says otherwise.
    later = FixedClock(clock.now() + timedelta(days=40))
    made = backups.make_backup(shop, later, key=key)
    assert sorted(made.removed) == sorted([first, second])
    assert theirs.exists() and made.path.name == "shop-20270104T093000Z.db"
    assert backups.make_backup(other, later, key=key).removed == [theirs]


def test_R32_a_copy_a_killed_backup_left_goes_at_the_next_backup(
    database: Database, db_path: Path, clock: FixedClock, database_key: DatabaseKey | None
) -> None:
    folder = backups.backups_dir(db_path)
    folder.mkdir()
    abandoned, running = folder / ".shop-backup-k1ll3d.partial", folder / ".shop-backup-n0w.partial"
    theirs = folder / ".filiaal-backup-k1ll3d.partial"  # another database's: its own backup cleans it
    for path in (abandoned, running, theirs):
        path.write_bytes(b"people")
    two_days_ago = (clock.now() - timedelta(days=2)).timestamp()
    for path in (abandoned, theirs):
        os.utime(path, (two_days_ago, two_days_ago))
    os.utime(running, (clock.now().timestamp(), clock.now().timestamp()))  # another backup, right now
    made = backups.make_backup(db_path, clock, key=database_key)
    assert _left_in(folder) == sorted([running.name, theirs.name, made.path.name])
