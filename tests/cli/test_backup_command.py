"""`backup` on the command line (R32, issue 10 §2): a whole copy under the database's own name, or one
line saying why not and nothing left behind."""

from __future__ import annotations

import errno
import re
import shutil
import tempfile
from pathlib import Path

import pytest

from spaceoptics_desk.services import backups
from tests.cli.conftest import Run, copy_database, demo_key
from tests.damaged_files import overwrite_pages_of


def _backup_files(db: Path) -> list[str]:
    folder = backups.backups_dir(db)
    # Beside the backups: the erasure journal and the copy of the key file (store/key_slots.py).
    return sorted(
        p.name for p in folder.iterdir() if not p.name.startswith("erasure-journal-") and p.suffix != ".keys"
    )


def test_R32_a_database_with_lost_pages_is_refused_though_find_still_works(run: Run, demo_db: Path) -> None:
    overwrite_pages_of(demo_db, "ix_audit_log_occurred_at", demo_key(demo_db))
    assert run("--db", str(demo_db), "find", "berg").code == 0  # nothing shows the damage yet
    result = run("--db", str(demo_db), "backup")
    assert (result.code, result.out) == (3, "")
    assert result.err == (
        f"spaceoptics-desk: The database {demo_db} is damaged and cannot be used; nothing was changed. "
        "Restore the newest backup, or ask whoever looks after this computer.\n"
    )
    assert _backup_files(demo_db) == []


def test_R32_a_backups_folder_on_a_read_only_disk_is_one_line_and_exit_1(
    run: Run, demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def read_only_file_system(*_args: object, **_kwargs: object) -> tuple[int, str]:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(tempfile, "mkstemp", read_only_file_system)
    result = run("--db", str(demo_db), "backup")
    assert (result.code, result.out) == (1, "")
    assert result.err == (
        f"spaceoptics-desk: The backups folder {backups.backups_dir(demo_db)} cannot be written (read-only). "
        "Nothing was backed up; check the folder's permissions and the disk.\n"
    )


def test_R32_backups_are_named_after_their_database_and_restore_takes_any_name(
    run: Run, demo_db: Path
) -> None:
    other = copy_database(demo_db, demo_db.with_name("filiaal.db"))
    for db in (demo_db, other):
        result = run("--db", str(db), "backup")
        assert result.code == 0, result.err
    [ours] = _backup_files(demo_db)[:1]
    assert re.fullmatch(r"demo-\d{8}T\d{6}Z\.db", ours), ours
    assert [name for name in _backup_files(demo_db) if name.startswith("filiaal-")]
    renamed = shutil.copyfile(backups.backups_dir(demo_db) / ours, demo_db.with_name("kopie van maandag"))
    result = run("--db", str(demo_db), "restore", str(renamed), "--by", "owner")
    assert result.code == 0, result.err
