"""Restore that keeps erased people erased (R32, issue 10 §2).

A restore validates the backup completely and prepares the restored database in a sibling file
(store/database_files.py). There it replays the journal of every erasure since the backup was made (from
the live database and from the journal files, so it works after the live file is lost and to any path),
re-making the recipients' tasks (R16) on the request when the backup has it, and carries over from the
live database every objection to marketing, withdrawn consent and suppressed address recorded since
(R18, R20: a person's "no" is never undone by a restore). Only then does it replace the live database's
contents, in one transaction that holds the write lock from its last look at the live journal to its
commit, so an erasure made at another desk meanwhile is replayed too. It refuses while another program
has the database open, and it says what else the restore undid.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from spaceoptics_desk.domain.clock import Clock
from spaceoptics_desk.errors import QT_TRANSLATE_NOOP
from spaceoptics_desk.services import audit, audit_anchors, erasure, suppression, trace_cleanup
from spaceoptics_desk.services.backups import backups_dir
from spaceoptics_desk.services.errors import InvalidInput
from spaceoptics_desk.services.staff import acting_user
from spaceoptics_desk.store import (
    database_files,
    erasure_journal,
    errors,
    failures,
    installation,
    migrate,
    sqlite_locks,
)
from spaceoptics_desk.store.cipher import DatabaseKey
from spaceoptics_desk.store.database import DatabaseAccess, open_database
from spaceoptics_desk.store.erasure_journal import JournalLine
from spaceoptics_desk.store.models import (
    AuditEntry,
    ConsentEvent,
    Customer,
    ErasureJournalEntry,
    MarketingSuppression,
    Request,
    RequestRight,
)

REPLAY = "restore_replay"  # the basis of an erasure made again after a restore
# How often a restore takes in erasures other desks make while it is being prepared, before it gives up.
LATE_ROUNDS = 5
_STAMP = re.compile(r"(\d{8}T\d{6}Z)")
# What the restore writes the copy it prepares through: operations/backups.py makes each of its write
# transactions the operation's own, checked against the acting staff member's row in the backup's copy
# (the live database, when there is one, was asked before the restore began).
Writing = Callable[[DatabaseAccess], DatabaseAccess]


def _as_it_is(database: DatabaseAccess) -> DatabaseAccess:
    return database


@dataclass(frozen=True)
class RestoreResult:
    """Attributes:
    restored_from: the backup.
    journal_entries: erasures known from the live database and the journal file(s).
    erased_again: people the backup brought back who were erased again.
    kept_choices: objections, withdrawn consents and suppressed addresses recorded since the backup and
        kept (R18, R20).
    undone: what else was recorded since the backup and is gone now, by audited action.
    set_aside: where a damaged live database was moved (for the owner to delete), if it was.
    orphaned_log_removed: a write-ahead log left without its database was removed.
    made_at: when the restored backup was made.
    """

    restored_from: Path
    journal_entries: int
    erased_again: int
    kept_choices: int = 0
    undone: dict[str, int] = field(default_factory=dict)
    set_aside: Path | None = None
    orphaned_log_removed: bool = False
    made_at: datetime | None = None


@dataclass(frozen=True)
class _Live:
    """What the live database knows before it is replaced (state: missing, ours or damaged)."""

    state: str
    database_id: str | None = None
    salt: str | None = None
    lines: list[JournalLine] = field(default_factory=list)
    complete_since: datetime | None = None


def restore(
    database_file: Path,
    backup: Path,
    actor_name: str,
    clock: Clock,
    *,
    replace_damaged: bool = False,
    without_journal: bool = False,
    writing: Writing = _as_it_is,
    key: DatabaseKey | None = None,
) -> RestoreResult:
    """Restores `backup` as the database `database_file`, every erasure since re-applied (R32).

    `key`: the live database's (None: a plain one). The backup is opened with the same key, or plain:
    a plain backup from before the database was encrypted is restored into an encrypted database.

    `actor_name` is recorded with the restore (the owner's: operations/backups.py enforces it before
    anything changes, and through `writing` in the copy). The live file then owes the trace clean-up
    of everything the restore replaced (R31; the operation pays it).

    Refuses, with the live database untouched: a file that is not a backup of ours, a damaged one, one
    of a newer schema, of another database or older than the erasure journal reaches back, the
    live database itself, a live database another program has open, and a damaged live database unless
    `replace_damaged` (it is then moved aside). Without the live database and without a journal file it
    refuses too, unless `without_journal` (the owner knows nobody was erased since the backup).
    """
    display = str(backup)
    if not backup.exists():
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "There is no file {path}."), path=display)
    if not backup.is_file() or _same_file(backup, database_file):
        raise errors.not_a_backup(display)
    live = _read_live(database_file, replace_damaged, key)
    if live.state != "missing" and sqlite_locks.others_have_open(database_file):
        raise errors.in_use(str(database_file))
    removed_log = database_files.clear_orphaned_log(database_file) if live.state == "missing" else False
    database_file.parent.mkdir(parents=True, exist_ok=True)
    with database_files.preparing(database_file) as sibling, failures.speaking_failures(str(database_file)):
        result = _restore_via(
            sibling, database_file, backup, live, actor_name, clock, without_journal, writing, key
        )
    if result.made_at is not None:
        # Issue 12: the anchors of backups made after this one name entries the restore replaced; set
        # aside on disk, where the verify does not take a database entry's word for it.
        audit_anchors.supersede_written_after(backups_dir(database_file), result.made_at)
    return replace(result, orphaned_log_removed=removed_log)


def _same_file(backup: Path, database_file: Path) -> bool:
    if backup.resolve() == database_file.resolve():
        return True
    return database_file.exists() and backup.samefile(database_file)


def _read_live(database_file: Path, replace_damaged: bool, key: DatabaseKey | None) -> _Live:
    if not database_file.exists():
        return _Live("missing")
    try:
        current = open_database(str(database_file), key=key)
    except (errors.DatabaseDamaged, errors.NotOurDatabase) as error:
        if replace_damaged:
            return _Live("damaged")
        raise errors.live_damaged(str(database_file)) from error
    try:
        with current.reading() as session:
            return _Live(
                "ours",
                installation.database_id(session),
                installation.salt(session),
                erasure_journal.entries_in(session),
                installation.journal_complete_since(session),
            )
    finally:
        current.close()


def _restore_via(
    sibling: Path,
    database_file: Path,
    backup: Path,
    live: _Live,
    actor_name: str,
    clock: Clock,
    without_journal: bool,
    writing: Writing,
    key: DatabaseKey | None,
) -> RestoreResult:
    display = str(backup)
    database_files.copy_backup(backup, sibling, key)
    facts = database_files.check_copy(sibling, display, frozenset(migrate.known_revisions()), key)
    if facts.database_id and live.database_id and facts.database_id != live.database_id:
        raise errors.backup_of_another_database(display, str(database_file))
    folders = [backup.parent, backups_dir(database_file)]
    identity = facts.database_id or live.database_id or _only_journal_id(folders)
    journals = erasure_journal.find_journals(folders, identity) if identity else []
    if live.state != "ours" and not journals and not without_journal:
        raise errors.no_journal(display, str(backups_dir(database_file)))
    salt = facts.salt or live.salt
    lines = _merged(live.lines, *(list(j.lines) for j in journals))
    if lines and salt is None:
        raise errors.no_journal(display, str(backups_dir(database_file)))
    horizon = max(
        (m for m in (live.complete_since, *(j.complete_since for j in journals)) if m), default=None
    )
    # Open until the restore is in place: its guard keeps the sibling's locks whatever else opens it.
    prepared = open_database(str(sibling), key=key, copy_before_upgrade=False)
    restored = writing(prepared)
    try:
        made_at = _made_at(backup, restored)
        if horizon is not None and made_at < horizon:
            raise errors.backup_beyond_journal(display, horizon.date().isoformat())
        with restored.transaction() as session:
            installation.adopt(
                session, identity or installation.database_id(session), salt or installation.salt(session)
            )
            if horizon is not None:  # the journal it now holds is no more complete than the one it came from
                installation.set_journal_complete_since(session, horizon)
            marks = _Marks.of(session)  # before the replay writes rows of its own
        erased = replay_journal(restored, lines, actor_name, clock)
        if live.state != "ours":
            stamp = clock.now().strftime("%Y%m%dT%H%M%SZ")
            set_aside = (
                database_files.set_aside_damaged(database_file, stamp) if live.state == "damaged" else None
            )
            database_files.place_new(sibling, database_file, key)
            return RestoreResult(backup, len(lines), erased, set_aside=set_aside, made_at=made_at)
        kept, undone = _carry_over(restored, database_file, marks, key)
        erased += _replace_live(restored, sibling, database_file, lines, actor_name, clock, key)
        return RestoreResult(backup, len(lines), erased, kept, undone, made_at=made_at)
    finally:
        prepared.close()


def _merged(*sources: list[JournalLine]) -> list[JournalLine]:
    lines: dict[str, JournalLine] = {}
    for source in sources:
        for line in source:
            lines.setdefault(line.id, line)
    return sorted(lines.values(), key=lambda line: (line.erased_at, line.id))


def _only_journal_id(folders: list[Path]) -> str | None:
    """A backup too old to name its database: the journal beside it, when there is exactly one."""
    journals = erasure_journal.find_journals(folders)
    return journals[0].database_id if len({j.database_id for j in journals}) == 1 else None


def _made_at(backup: Path, restored: DatabaseAccess) -> datetime:
    """When the backup was made: as it says itself (`backup` writes it in), else the UTC stamp in its
    name, else its newest audit entry, which is never later than the backup itself."""
    with restored.transaction() as session:
        stamped = installation.backed_up_at(session)
        installation.forget_backed_up_at(session)
        newest = session.scalar(select(func.max(AuditEntry.occurred_at)))
    if stamped is not None:
        return stamped
    found = _STAMP.search(backup.name)
    if found:
        return datetime.strptime(found.group(1), "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
    return newest if newest is not None else datetime.min.replace(tzinfo=UTC)


def replay_journal(
    database: DatabaseAccess, entries: list[JournalLine], actor_name: str, clock: Clock
) -> int:
    """Erases again everyone the journal names who is back in the database; returns how many.

    A person is recognised by their customer number (an e-mail address may be shared by two customers),
    and only if they were a customer before their erasure. An erasure request's case, when the backup has
    it still open, gets its recipients' tasks again (R16).
    """
    erased = 0
    with database.transaction() as session:
        known = set(session.scalars(select(ErasureJournalEntry.id)))
        session.add_all(
            ErasureJournalEntry(
                id=entry.id,
                erased_at=entry.erased_at,
                basis=entry.basis,
                number_hash=entry.number_hash,
                email_hash=entry.email_hash,
                request_id=entry.case_id,
            )
            for entry in entries
            if entry.id not in known
        )
        session.flush()
        latest: dict[str, tuple[datetime, int | None]] = {}
        for number_hash, moment, case_id in session.execute(
            select(
                ErasureJournalEntry.number_hash, ErasureJournalEntry.erased_at, ErasureJournalEntry.request_id
            )
        ):
            if number_hash not in latest or moment > latest[number_hash][0]:
                latest[number_hash] = (moment, case_id)
        actor = acting_user(session, actor_name)
        # Issue 12: the backups made after this one have anchors beyond this head that the restore leaves
        # behind (services/audit_verify.py).
        restored_head = audit.head(session)[0]
        # One pass over the customers: the hashes cannot be matched in SQL (the salt is applied here).
        salt = installation.salt(session)
        back = [
            (cid, latest[key][1])
            for cid, number, created in session.execute(
                select(Customer.id, Customer.customer_number, Customer.created_at)
            )
            if (key := suppression.hash_with(salt, number)) in latest and created <= latest[key][0]
        ]
        for customer_id, case_id in back:
            case = _open_erasure_case(session, case_id, customer_id)
            if case is not None:
                erasure.carry_out_request(session, actor, clock, customer_id, case, REPLAY)
            else:
                erasure.erase_person(session, actor, clock, customer_id, REPLAY, None)
            erased += 1
        audit.record(
            session,
            actor,
            clock,
            "backup_restored",
            "database",
            None,
            {"erased_again": erased, "restored_head": restored_head},
        )
    # The erasures' clean-up (R31) is owed by the copy (trace_cleanup.mark) and goes with its contents
    # into the live file, which pays it once the restore is in place.
    return erased


def _open_erasure_case(session: Session, case_id: int | None, customer_id: int) -> Request | None:
    case = session.get(Request, case_id) if case_id is not None else None
    if case is None or case.customer_id != customer_id or case.status != "open":
        return None
    rights = set(session.scalars(select(RequestRight.right).where(RequestRight.request_id == case.id)))
    return case if "erasure" in rights else None


@dataclass(frozen=True)
class _Marks:
    """Where the backup's records end: the live database's later ones were made after the backup."""

    last_event: int
    last_audit: int

    @classmethod
    def of(cls, session: Session) -> _Marks:
        return cls(
            session.scalar(select(func.max(ConsentEvent.id))) or 0,
            session.scalar(select(func.max(AuditEntry.id))) or 0,
        )


def _carry_over(
    restored: DatabaseAccess, database_file: Path, marks: _Marks, key: DatabaseKey | None
) -> tuple[int, dict[str, int]]:
    """From the live database into the restored copy: every objection, withdrawn consent and suppressed
    address recorded since the backup (R18, R20). Returns how many, and what else the restore undoes (the
    audited actions since the backup, counted by action)."""
    last_event, last_audit = marks.last_event, marks.last_audit
    with restored.reading() as session:
        customers = set(session.scalars(select(Customer.id)))
        suppressed = set(session.scalars(select(MarketingSuppression.email_hash)))
    current = open_database(str(database_file), key=key)
    try:
        with current.reading() as session:
            refusals = [
                {attr.key: getattr(event, attr.key) for attr in ConsentEvent.__mapper__.column_attrs}
                for event in session.scalars(
                    select(ConsentEvent).where(
                        ConsentEvent.id > last_event,
                        (ConsentEvent.action == "withdrawn") | (ConsentEvent.basis == "objection"),
                    )
                )
                if event.customer_id in customers
            ]
            new_suppressions = [
                (row.email_hash, row.added_at)
                for row in session.scalars(select(MarketingSuppression))
                if row.email_hash not in suppressed
            ]
            undone = dict(
                session.execute(
                    select(AuditEntry.action, func.count())
                    .where(AuditEntry.id > last_audit, AuditEntry.action != "backup_restored")
                    .group_by(AuditEntry.action)
                ).all()
            )
    finally:
        current.close()
    with restored.transaction() as session:
        session.add_all(ConsentEvent(**row) for row in refusals)
        session.add_all(MarketingSuppression(email_hash=h, added_at=at) for h, at in new_suppressions)
    return len(refusals) + len(new_suppressions), {str(k): int(v) for k, v in undone.items()}


def _replace_live(
    restored: DatabaseAccess,
    sibling: Path,
    database_file: Path,
    lines: list[JournalLine],
    actor_name: str,
    clock: Clock,
    key: DatabaseKey | None,
) -> int:
    """Replaces the live contents; erasures other desks made meanwhile are replayed first. Returns how
    many people those late erasures erased again."""
    replayed = {line.id for line in lines}
    erased = 0
    owed = (trace_cleanup.WAL, trace_cleanup.SEARCH_INDEX, trace_cleanup.PAGES)
    for _round in range(LATE_ROUNDS):
        missed = database_files.replace_contents(sibling, database_file, replayed, owed, key)
        if missed is None:
            return erased
        late = _live_lines(database_file, set(missed), key)
        erased += replay_journal(restored, late, actor_name, clock)
        replayed |= {line.id for line in late}
    raise errors.busy(str(database_file))


def _live_lines(database_file: Path, ids: set[str], key: DatabaseKey | None) -> list[JournalLine]:
    current = open_database(str(database_file), key=key)
    try:
        with current.reading() as session:
            return [line for line in erasure_journal.entries_in(session) if line.id in ids]
    finally:
        current.close()
