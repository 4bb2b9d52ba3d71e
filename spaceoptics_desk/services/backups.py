"""Backups with a stated maximum age (R32, issue 10 §2).

A backup is a consistent copy made with SQLite's online backup API into `backups/` beside the database
file (owner-only), named after the database file and the moment in UTC: `shop-20261125T093000Z.db` for
`shop.db` (the default database's are `spaceoptics-desk-….db`). A second backup in the same second is
`shop-20261125T093000Z-2.db`: a backup never replaces another. The copy is made under a temporary name,
checked with PRAGMA quick_check and only then given its name, so a backup of a damaged database is
refused and a failed one leaves nothing behind (issue 10, adversarial run).

Backups of this database older than MAX_AGE_DAYS are deleted at every backup, so an erased person is gone
from every backup within that time; only names of exactly this database's pattern are considered, so a
second database in the same folder keeps its own. The erasure journal is kept in the same folder too
(store/erasure_journal.py), outside the database it protects; services/restore.py brings a backup back
(from a file of any name).
"""

from __future__ import annotations

import contextlib
import glob
import os
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import delete
from sqlalchemy.orm import Session

from spaceoptics_desk.domain.clock import Clock
from spaceoptics_desk.errors import QT_TRANSLATE_NOOP
from spaceoptics_desk.services import audit_anchors
from spaceoptics_desk.services.output_files import FileNotWritten, refused_by_folder, refused_by_full_disk
from spaceoptics_desk.store import (
    backup_files,
    erasure_journal,
    errors,
    failures,
    installation,
    sqlite,
)
from spaceoptics_desk.store.backup_files import PARTIAL, SUFFIX
from spaceoptics_desk.store.cipher import DatabaseKey
from spaceoptics_desk.store.models import ErasureJournalEntry

MAX_AGE_DAYS = 35  # R32: the stated maximum; an erased person leaves the last backup within 35 days
# A copy being made is never older than this; one that is was left by a killed backup (it holds people).
_ABANDONED_AFTER = timedelta(days=1)


@dataclass(frozen=True)
class BackupResult:
    path: Path
    removed: list[Path]


def backups_dir(database_file: Path) -> Path:
    return erasure_journal.backups_folder(database_file)


def _own_backup_names(database_file: Path) -> re.Pattern[str]:
    """`<stem>-<stamp>.db` or `<stem>-<stamp>-<n>.db`, the stamp in UTC: this database's backups only."""
    return re.compile(rf"{re.escape(database_file.stem)}-(\d{{8}}T\d{{6}}Z)(?:-[1-9]\d*)?{re.escape(SUFFIX)}")


def _made_at(pattern: re.Pattern[str], path: Path) -> datetime | None:
    match = pattern.fullmatch(path.name)
    if match is None:
        return None
    try:
        return datetime.strptime(match[1], backup_files.STAMP)
    except ValueError:
        return None


def make_backup(
    database_file: Path, clock: Clock, max_age_days: int = MAX_AGE_DAYS, key: DatabaseKey | None = None
) -> BackupResult:
    """A new, checked backup (encrypted with `key`, the database's own), then rotation: this database's
    backups older than `max_age_days` go.

    Raises DatabaseUnavailable when the database cannot be copied (missing, damaged, busy) and
    FileNotWritten when the backups folder cannot take the copy (read-only, full); nothing is left then.
    """
    if not database_file.is_file():
        raise errors.missing(str(database_file))
    if not os.access(database_file, os.R_OK):  # by path: the live file is not opened outside SQLite
        raise errors.cannot_open(str(database_file))
    folder = backups_dir(database_file)
    now = clock.now()
    try:
        target = backup_files.make_copy(database_file, now, key)
    except OSError as error:
        raise _folder_not_written(error, folder) from error
    except sqlite.DriverError as error:
        said = _copy_failed(error, database_file, folder)
        if said is None:
            raise
        raise said from error
    return BackupResult(target, _rotate(database_file, folder, now, max_age_days, target))


def _copy_failed(error: sqlite.DriverError, database_file: Path, folder: Path) -> Exception | None:
    code = failures.sqlite_result_code(error)
    primary = code & 0xFF if code is not None else None
    # The live file is only read (and was found readable): what cannot be written is the copy.
    if primary in (failures.SQLITE_READONLY, failures.SQLITE_CANTOPEN, failures.SQLITE_PERM):
        return _read_only_folder(folder)
    if primary == failures.SQLITE_FULL:
        return _full_folder(folder)
    return failures.classify(error, str(database_file))  # the database itself: damaged, busy, a disk error


def _rotate(database_file: Path, folder: Path, now: datetime, max_age_days: int, made: Path) -> list[Path]:
    oldest_kept = now.astimezone(UTC).replace(tzinfo=None) - timedelta(days=max_age_days)
    own = _own_backup_names(database_file)
    removed = []
    for path in sorted(folder.iterdir()):
        made_at = _made_at(own, path)
        if path != made and made_at is not None and made_at < oldest_kept:
            path.unlink()
            audit_anchors.remove_anchor(path)  # issue 12: the chain's head that backup had
            removed.append(path)
    # A copy a killed backup left under its temporary name holds people too.
    for path in folder.glob(f".{glob.escape(database_file.stem)}-backup-*{PARTIAL}"):
        with contextlib.suppress(OSError):
            if now.timestamp() - path.stat().st_mtime > _ABANDONED_AFTER.total_seconds():
                path.unlink()
    # The copies taken before a schema upgrade (store/migrate.py) hold people too: same maximum age.
    for path in sorted(database_file.parent.glob(f"{glob.escape(database_file.name)}.before-*.bak")):
        made_at = _upgrade_copy_made_at(path)
        if made_at is not None and made_at < oldest_kept:
            path.unlink()
            removed.append(path)
    return removed


def _folder_not_written(error: OSError, folder: Path) -> FileNotWritten:
    if refused_by_folder(error):
        return _read_only_folder(folder)
    if refused_by_full_disk(error):
        return _full_folder(folder)
    return FileNotWritten(
        QT_TRANSLATE_NOOP(
            "errors", "The backups folder {folder} cannot be written ({reason}). Nothing was backed up."
        ),
        folder=str(folder),
        reason=error.strerror or type(error).__name__,
    )


def _read_only_folder(folder: Path) -> FileNotWritten:
    return FileNotWritten(
        QT_TRANSLATE_NOOP(
            "errors",
            "The backups folder {folder} cannot be written (read-only). Nothing was backed up; check the "
            "folder's permissions and the disk.",
        ),
        folder=str(folder),
    )


def _full_folder(folder: Path) -> FileNotWritten:
    return FileNotWritten(
        QT_TRANSLATE_NOOP(
            "errors",
            "The disk of the backups folder {folder} is full. Nothing was backed up; make room on it and "
            "try again.",
        ),
        folder=str(folder),
    )


def _upgrade_copy_made_at(path: Path) -> datetime | None:
    """ "shop.db.before-0004-20261125T144703.bak" -> 2026-11-25 14:47:03 (UTC, as migrate names it)."""
    try:
        return datetime.strptime(path.name.rsplit("-", 1)[-1].removesuffix(".bak"), "%Y%m%dT%H%M%S")
    except ValueError:
        return None


def prune_journal(
    session: Session, clock: Clock, folder: Path | None = None, max_age_days: int = MAX_AGE_DAYS
) -> int:
    """Drops journal entries no backup can need any more (older than the oldest backup may be), in the
    database and in the journal file in `folder`: the journal exists to re-erase people after a restore,
    not to keep a list of who was erased (R32)."""
    oldest = clock.now() - timedelta(days=max_age_days + 1)
    result = session.execute(delete(ErasureJournalEntry).where(ErasureJournalEntry.erased_at < oldest))
    # A restore refuses a backup older than this: the erasures before it are no longer known.
    installation.set_journal_complete_since(session, oldest)
    if folder is not None:
        erasure_journal.keep_since(folder, installation.database_id(session), oldest)
    return int(result.rowcount)  # type: ignore[attr-defined]
