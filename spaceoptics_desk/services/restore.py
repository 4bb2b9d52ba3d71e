"""Restore that keeps erased people erased (R32, issue 10 §2).

A restore validates the backup completely, prepares the restored database in a sibling file
(store/database_files.py), replays there the journal of every erasure since the backup was made (from the
live database and from the journal file, so it works after the live file is lost and to any path), and
only then replaces the live database in one step. It refuses while another program has the database open.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from spaceoptics_desk.domain.clock import Clock
from spaceoptics_desk.domain.permissions import Action
from spaceoptics_desk.errors import QT_TRANSLATE_NOOP
from spaceoptics_desk.services import audit, erasure, suppression
from spaceoptics_desk.services.backups import backups_dir
from spaceoptics_desk.services.errors import InvalidInput
from spaceoptics_desk.services.staff import require_permission
from spaceoptics_desk.store import (
    database_files,
    erasure_journal,
    errors,
    failures,
    installation,
    migrate,
    sqlite_locks,
)
from spaceoptics_desk.store.database import DatabaseAccess, open_database
from spaceoptics_desk.store.erasure_journal import JournalLine
from spaceoptics_desk.store.models import Customer, ErasureJournalEntry, StaffUser


@dataclass(frozen=True)
class RestoreResult:
    """Attributes:
    restored_from: the backup.
    journal_entries: erasures known from the live database and the journal file(s).
    erased_again: people the backup brought back who were erased again.
    journal_found: whether a journal of this database was found at all (none: nobody was erased yet,
        or the journal was not copied along with the backup).
    """

    restored_from: Path
    journal_entries: int
    erased_again: int
    journal_found: bool


@dataclass(frozen=True)
class _Live:
    """What the live database knows before it is replaced."""

    database_id: str | None
    salt: str | None
    lines: list[JournalLine]


def _read_live(database_file: Path, actor_name: str | None) -> _Live:
    if not database_file.exists():
        return _Live(None, None, [])
    current = open_database(str(database_file))  # a foreign or damaged live file is refused untouched
    try:
        with current.transaction() as session:
            _actor(session, actor_name)  # staff may not restore: refused before anything changes
            live = _Live(
                installation.database_id(session),
                installation.salt(session),
                erasure_journal.entries_in(session),
            )
    finally:
        current.close()
    return live


def _merged(*sources: list[JournalLine]) -> list[JournalLine]:
    lines: dict[str, JournalLine] = {}
    for source in sources:
        for line in source:
            lines.setdefault(line.id, line)
    return sorted(lines.values(), key=lambda line: (line.erased_at, line.id))


def restore(database_file: Path, backup: Path, actor_name: str | None, clock: Clock) -> RestoreResult:
    """Restores `backup` as the database `database_file`, every erasure since re-applied (R32).

    Owner only. Refuses, with the live database untouched: a file that is not a backup of ours, a damaged
    one, one of a newer schema or of another database, the live database itself, and a live database
    that another program has open.
    """
    display = str(backup)
    if not backup.is_file():
        raise errors.not_a_backup(display)
    if database_file.exists() and backup.resolve() == database_file.resolve():
        raise errors.not_a_backup(display)
    live = _read_live(database_file, actor_name)
    if database_file.exists() and sqlite_locks.others_have_open(database_file):
        raise errors.in_use(str(database_file))
    sibling = database_files.restoring_path(database_file)
    database_files.remove_restoring(database_file)
    try:
        with failures.speaking_failures(str(database_file)):
            database_files.copy_backup(backup, sibling)
            known = frozenset(migrate.known_revisions())
            facts = database_files.check_copy(sibling, display, known)
            if facts.database_id and live.database_id and facts.database_id != live.database_id:
                raise errors.backup_of_another_database(display, str(database_file))
            folders = [backup.parent, backups_dir(database_file)]
            identity = facts.database_id or live.database_id or _only_journal_id(folders)
            journals = erasure_journal.find_journals(folders, identity) if identity else []
            salt = live.salt or facts.salt or next((j.salt for j in journals), None)
            lines = _merged(live.lines, *(list(j.lines) for j in journals))
            erased = _prepare(sibling, identity, salt, lines, actor_name, clock)
            database_files.put_in_place(sibling, database_file)
    finally:
        database_files.remove_restoring(database_file)
    return RestoreResult(backup, len(lines), erased, bool(journals) or bool(live.lines))


def _only_journal_id(folders: list[Path]) -> str | None:
    """A backup too old to name its database: the journal beside it, when there is exactly one."""
    journals = erasure_journal.find_journals(folders)
    return journals[0].database_id if len({j.database_id for j in journals}) == 1 else None


def _prepare(
    sibling: Path,
    identity: str | None,
    salt: str | None,
    lines: list[JournalLine],
    actor_name: str | None,
    clock: Clock,
) -> int:
    """In the sibling: upgrade the schema, take the database's identity, replay the journal."""
    restored = open_database(str(sibling), copy_before_upgrade=False)
    try:
        with restored.transaction() as session:
            installation.adopt(
                session, identity or installation.database_id(session), salt or installation.salt(session)
            )
        return replay_journal(restored, lines, actor_name, clock)
    finally:
        restored.close()


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
        salt = installation.salt(session)
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
