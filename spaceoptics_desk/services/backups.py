"""Backups with a stated maximum age, and restore that keeps erased people erased (R32).

A backup is a consistent copy made with SQLite's online backup API into the data folder's `backups/`.
Backups older than MAX_AGE_DAYS are deleted at every backup, so an erased person is gone from every
backup within that time. Restoring copies a backup over the database and then replays the erasure
journal: everyone erased since the backup was made (journal entries of the current database, which the
restore would otherwise roll back) is erased again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from spaceoptics_desk.domain.clock import Clock
from spaceoptics_desk.domain.permissions import Action
from spaceoptics_desk.errors import QT_TRANSLATE_NOOP
from spaceoptics_desk.services import audit, erasure, suppression
from spaceoptics_desk.services.errors import InvalidInput
from spaceoptics_desk.services.staff import require_permission
from spaceoptics_desk.store import sqlite
from spaceoptics_desk.store.database import DatabaseAccess, open_database
from spaceoptics_desk.store.models import Customer, ErasureJournalEntry, StaffUser

MAX_AGE_DAYS = 35  # R32: the stated maximum; an erased person leaves the last backup within 35 days
PREFIX = "spaceoptics-desk-"
SUFFIX = ".db"


@dataclass(frozen=True)
class BackupResult:
    path: Path
    removed: list[Path]


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    journal_entries: int
    erased_again: int


def backups_dir(data_dir: Path) -> Path:
    return data_dir / "backups"


def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y%m%dT%H%M%SZ")


def _made_at(path: Path) -> datetime | None:
    try:
        return datetime.strptime(path.name[len(PREFIX) : -len(SUFFIX)], "%Y%m%dT%H%M%SZ")
    except ValueError:
        return None


def make_backup(
    database_file: Path, data_dir: Path, clock: Clock, max_age_days: int = MAX_AGE_DAYS
) -> BackupResult:
    """A new backup, then rotation: backups older than `max_age_days` are deleted."""
    folder = backups_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    now = clock.now()
    target = folder / f"{PREFIX}{_stamp(now)}{SUFFIX}"
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


def prune_journal(session: Session, clock: Clock, max_age_days: int = MAX_AGE_DAYS) -> int:
    """Drops journal entries no backup can need any more (older than the oldest backup may be): the
    journal exists to re-erase people after a restore, not to keep a list of who was erased (R32)."""
    oldest = clock.now() - timedelta(days=max_age_days + 1)
    result = session.execute(delete(ErasureJournalEntry).where(ErasureJournalEntry.erased_at < oldest))
    return int(result.rowcount)  # type: ignore[attr-defined]


@dataclass(frozen=True)
class JournalLine:
    id: str
    erased_at: datetime
    basis: str
    number_hash: str
    email_hash: str | None


def _journal(database: DatabaseAccess) -> list[JournalLine]:
    with database.reading() as session:
        return [
            JournalLine(e.id, e.erased_at, e.basis, e.number_hash, e.email_hash)
            for e in session.scalars(select(ErasureJournalEntry))
        ]


def restore(database_file: Path, backup: Path, actor_name: str | None, clock: Clock) -> RestoreResult:
    """Restores `backup` over the database file, then replays the erasure journal (R32). Owner only."""
    if not backup.is_file() or not sqlite.looks_like_sqlite_file(backup):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "{path} is not a backup of the database."), path=str(backup)
        )
    entries: list[JournalLine] = []
    salt: str | None = None
    if database_file.exists():
        current = open_database(str(database_file))
        try:
            with current.reading() as session:
                require_permission(_actor(session, actor_name), Action.RESTORE)  # before anything changes
            entries = _journal(current)
            if entries:
                with current.transaction() as session:
                    salt = suppression.installation_salt(session)
        finally:
            current.close()
    sqlite.restore_file(backup, database_file)
    database = open_database(str(database_file))  # migrates an older backup's schema first
    try:
        if salt is not None:
            with database.transaction() as session:
                suppression.keep_salt(session, salt)
        erased = replay_journal(database, entries, actor_name, clock)
    finally:
        database.close()
    return RestoreResult(backup, len(entries), erased)


def replay_journal(
    database: DatabaseAccess, entries: list[JournalLine], actor_name: str | None, clock: Clock
) -> int:
    """Erases again everyone the journal names who is back in the database; returns how many."""
    erased = 0
    with database.transaction() as session:
        known = set(session.scalars(select(ErasureJournalEntry.id)))
        for entry in entries:
            if entry.id not in known:
                session.add(
                    ErasureJournalEntry(
                        id=entry.id,
                        erased_at=entry.erased_at,
                        basis=entry.basis,
                        number_hash=entry.number_hash,
                        email_hash=entry.email_hash,
                    )
                )
        erased_at: dict[str, datetime] = {}
        for number_hash, email_hash, moment in session.execute(
            select(
                ErasureJournalEntry.number_hash, ErasureJournalEntry.email_hash, ErasureJournalEntry.erased_at
            )
        ):
            for key in (number_hash, email_hash):
                if key and (key not in erased_at or moment > erased_at[key]):
                    erased_at[key] = moment
        actor = _actor(session, actor_name)
        # One pass over the customers: the hashes cannot be matched in SQL (the salt is applied here).
        # Only someone who was a customer before the erasure came back with the backup; a new customer
        # with the same e-mail address signed up later and stays.
        salt = suppression.installation_salt(session)
        back = [
            cid
            for cid, number, email, created in session.execute(
                select(Customer.id, Customer.customer_number, Customer.email, Customer.created_at)
            )
            if any(
                key in erased_at and created <= erased_at[key]
                for key in (suppression.hash_with(salt, number), email and suppression.hash_with(salt, email))
                if key
            )
        ]
        for customer_id in back:
            erasure.erase_person(session, actor, clock, customer_id, "restore_replay", None)
            erased += 1
        audit.record(session, actor, clock, "backup_restored", "database", None, {"erased_again": erased})
    erasure.remove_traces(database)
    return erased


def _actor(session: object, actor_name: str | None) -> StaffUser:
    from sqlalchemy.orm import Session

    assert isinstance(session, Session)
    if actor_name:
        from spaceoptics_desk.services.staff import acting_user

        actor = acting_user(session, actor_name)
        require_permission(actor, Action.RESTORE)
        return actor
    owner = session.scalar(
        select(StaffUser).where(StaffUser.role == "owner", StaffUser.active).order_by(StaffUser.id)
    )
    if owner is None:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Name the staff member who restores (--by)."))
    return owner
