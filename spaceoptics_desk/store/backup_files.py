"""A backup file made: a consistent copy of the live database beside it (`backups/`), stamped, checked
and only then named `<stem>-<UTC stamp>.db` (R32, issue 10 §2). services/backups.py says what failed and
rotates old ones out; store/encrypting.py takes its plain copy this way before encrypting (issue 12).

A copy is encrypted with the database's own key (a plain database's copy stays plain), so a backup
holds nothing readable that the database itself does not.
"""

from __future__ import annotations

import contextlib
import errno
import glob
import itertools
import os
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from spaceoptics_desk.private_files import private_folder
from spaceoptics_desk.store import errors, sqlite
from spaceoptics_desk.store.cipher import DatabaseKey
from spaceoptics_desk.store.erasure_journal import backups_folder

SUFFIX = ".db"
STAMP = "%Y%m%dT%H%M%SZ"
PARTIAL = ".partial"
# Where hard links are not supported (FAT, some network shares): the name is taken by a checked rename.
_NO_HARD_LINKS = {errno.EPERM, errno.EOPNOTSUPP, errno.ENOTSUP, errno.ENOSYS, errno.EXDEV, errno.EMLINK}


def stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime(STAMP)


def existing(database_file: Path) -> list[Path]:
    """The backups of `database_file` in its backups folder, oldest first by name (their UTC stamp)."""
    folder = backups_folder(database_file)
    pattern = f"{glob.escape(database_file.stem)}-*{SUFFIX}"
    return sorted(path for path in folder.glob(pattern) if path.is_file())


def make_copy(database_file: Path, moment: datetime, key: DatabaseKey | None) -> Path:
    """A new, checked copy of `database_file` in its backups folder, named after `moment`; returns it.

    Raises OSError when the folder cannot take the copy, the driver's error when the database cannot be
    copied (or the copy not written), DatabaseDamaged when the copy fails its quick check. Nothing is
    left behind then.
    """
    folder = backups_folder(database_file)
    private_folder(folder)
    handle, name = tempfile.mkstemp(prefix=f".{database_file.stem}-backup-", suffix=PARTIAL, dir=folder)
    os.close(handle)  # made owner-only (0600) by mkstemp; SQLite writes it
    partial = Path(name)
    try:
        sqlite.backup_file(database_file, partial, key)
        sqlite.stamp_backup(partial, moment, key)  # R32: a restore knows how far back the journal must reach
        if not sqlite.passes_quick_check(partial, key):
            # Pages of the live file were overwritten: the copy is as damaged as the original (a backup
            # that cannot be restored is worse than none: it is taken for one).
            raise errors.damaged(str(database_file))
        return _place(partial, folder, f"{database_file.stem}-{stamp(moment)}")
    finally:
        for end in ("", "-journal", "-wal", "-shm"):  # the copy and what SQLite made beside it
            with contextlib.suppress(OSError):
                partial.with_name(partial.name + end).unlink(missing_ok=True)


def _place(partial: Path, folder: Path, base: str) -> Path:
    """Gives the checked copy the first free name of `base`; an existing backup is never replaced."""
    for number in itertools.count(1):
        target = folder / (f"{base}{SUFFIX}" if number == 1 else f"{base}-{number}{SUFFIX}")
        if target.exists():
            continue
        try:
            os.link(partial, target)  # fails when the name was taken meanwhile (rename would replace)
        except FileExistsError:
            continue
        except OSError as error:
            if error.errno not in _NO_HARD_LINKS:
                raise
            partial.rename(target)
        return target
    raise AssertionError("itertools.count never ends")
