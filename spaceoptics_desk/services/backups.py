"""Backups with a stated maximum age (R32, issue 10 §2).

A backup is a consistent copy made with SQLite's online backup API into `backups/` beside the database
file (owner-only). Backups older than MAX_AGE_DAYS are deleted at every backup, so an erased person is
gone from every backup within that time. The erasure journal is kept in the same folder too
(store/erasure_journal.py), outside the database it protects; services/restore.py brings a backup back.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import delete
from sqlalchemy.orm import Session

from spaceoptics_desk.domain.clock import Clock
from spaceoptics_desk.private_files import create_private_file, private_folder
from spaceoptics_desk.store import (
    erasure_journal,
    failures,
    installation,
    sqlite,
)
from spaceoptics_desk.store.models import ErasureJournalEntry

MAX_AGE_DAYS = 35  # R32: the stated maximum; an erased person leaves the last backup within 35 days
PREFIX = "spaceoptics-desk-"
SUFFIX = ".db"


@dataclass(frozen=True)
class BackupResult:
    path: Path
    removed: list[Path]


def backups_dir(database_file: Path) -> Path:
    return erasure_journal.backups_folder(database_file)


def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y%m%dT%H%M%SZ")


def _made_at(path: Path) -> datetime | None:
    try:
        return datetime.strptime(path.name[len(PREFIX) : -len(SUFFIX)], "%Y%m%dT%H%M%SZ")
    except ValueError:
        return None


def make_backup(database_file: Path, clock: Clock, max_age_days: int = MAX_AGE_DAYS) -> BackupResult:
    """A new backup, then rotation: backups older than `max_age_days` are deleted."""
    folder = private_folder(backups_dir(database_file))
    now = clock.now()
    target = folder / f"{PREFIX}{_stamp(now)}{SUFFIX}"
    create_private_file(target)
    with failures.speaking_failures(str(database_file)):
        sqlite.backup_file(database_file, target)
    oldest_kept = now.replace(tzinfo=None) - timedelta(days=max_age_days)
    removed = []
    for path in sorted(folder.glob(f"{PREFIX}*{SUFFIX}")):
        made = _made_at(path)
        if made is not None and made < oldest_kept:
            path.unlink()
            removed.append(path)
    # The copies taken before a schema upgrade (store/migrate.py) hold people too: same maximum age.
    for path in sorted(database_file.parent.glob(f"{database_file.name}.before-*.bak")):
        made = _upgrade_copy_made_at(path)
        if made is not None and made < oldest_kept:
            path.unlink()
            removed.append(path)
    return BackupResult(target, removed)


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
