"""Checking the audit log's hash chain, the seals of case events and rectifications, and the anchors
(issue 12, AVG 5(2)): what was changed around the app is found and named by table, row id and kind of
change; never by what it says (no personal data in the result).

The walk goes on after a break (linking on from the broken entry's own hash), so a later, new break is
found too: the app shows the owner a break until it is marked seen, and again only for a new one.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

from sqlalchemy import String, select, type_coerce
from sqlalchemy.orm import Session

from spaceoptics_desk.domain import audit_chain
from spaceoptics_desk.domain.audit_chain import ChainFields, SealToken
from spaceoptics_desk.domain.permissions import PERMISSIONS, Action
from spaceoptics_desk.services.audit import (
    CASE_EVENTS,
    RECTIFICATIONS,
    case_event_seals,
    link_of,
    rectification_seal,
)
from spaceoptics_desk.services.audit_anchors import Anchor, read_anchors
from spaceoptics_desk.store.models import AuditEntry, CaseEvent, Customer, Rectification, Request, StaffUser

AUDIT_LOG = "audit_log"
ANCHOR = "anchor"
SEEN = "audit_break_seen"  # the audit entry of the owner's "Gezien"
MAX_BREAKS = 100  # a log rewritten wholesale is named by its first breaks, not by a list of thousands


class Problem(StrEnum):
    EDITED = "edited"  # an entry's content no longer matches its own hash
    DELETED_OR_INSERTED = "deleted_or_inserted"  # the entry before it is not the one it was written after
    REORDERED = "reordered"  # it chains to an entry that stands elsewhere now
    SEAL_MISMATCH = "seal_mismatch"  # a case event or correction no longer matches its seal (edited)
    NOT_AUDITED = "not_audited"  # a case event or correction no audit entry wrote (forged, inserted)
    ROW_MISSING = "row_missing"  # a sealed row is gone while its customer or case still exists (deleted)
    ANCHOR_MISMATCH = "anchor_mismatch"  # a backup's anchor names an entry the chain no longer has


@dataclass(frozen=True)
class Break:
    """Attributes:
    table: audit_log, case_events, rectifications, or anchor (a backup's anchor: row_id is the entry it
        names).
    row_id: the id in that table.
    """

    table: str
    row_id: int
    problem: Problem

    @property
    def key(self) -> str:
        return f"{self.table}:{self.row_id}:{self.problem.value}"


@dataclass(frozen=True)
class AuditCheck:
    """Attributes:
    entries: how many audit entries were checked.
    breaks: what was found, the chain's first (in id order), then the anchors', then the rows'.
    seen: the keys of breaks the owner has marked seen.
    """

    entries: int
    breaks: tuple[Break, ...] = ()
    seen: frozenset[str] = field(default_factory=frozenset)

    @property
    def intact(self) -> bool:
        return not self.breaks

    @property
    def first_broken(self) -> Break | None:
        return self.breaks[0] if self.breaks else None

    @property
    def first_unseen(self) -> Break | None:
        return next((b for b in self.breaks if b.key not in self.seen), None)


@dataclass
class _Walk:
    """What the walk over the chain collects for the checks after it."""

    entries: int = 0
    breaks: list[Break] = field(default_factory=list)
    # (table, row id) -> (the id of the last entry naming the row, its seal token)
    seals: dict[tuple[str, int], tuple[int, SealToken]] = field(default_factory=dict)
    note_seals: dict[int, SealToken] = field(default_factory=dict)
    # the last entry that erased a customer id / opened a case id: a row sealed before it was of another
    erased: dict[int, int] = field(default_factory=dict)
    opened: dict[int, int] = field(default_factory=dict)
    seen: set[str] = field(default_factory=set)

    def add(self, found: Break) -> None:
        if len(self.breaks) < MAX_BREAKS:
            self.breaks.append(found)


def verify(session: Session, anchors_folder: Path | None = None) -> AuditCheck:
    """Checks the chain, then every anchor in `anchors_folder` (the backups folder), then the rows."""
    walk = _walk_chain(session)
    for anchor in read_anchors(anchors_folder):
        if not _anchor_holds(session, anchor):
            walk.add(Break(ANCHOR, anchor.entry_id, Problem.ANCHOR_MISMATCH))
    _check_rectifications(session, walk)
    _check_case_events(session, walk)
    return AuditCheck(walk.entries, tuple(walk.breaks), frozenset(walk.seen))


def _walk_chain(session: Session) -> _Walk:
    walk = _Walk()
    expected = audit_chain.GENESIS
    # Only someone who may check the log can mark what it found as seen (a forged "Gezien" by anyone else
    # must not hide the owner's banner).
    checkers = set(
        session.scalars(
            select(StaffUser.id).where(StaffUser.role.in_(PERMISSIONS[Action.VERIFY_AUDIT].roles))
        )
    )
    columns = (
        AuditEntry.id,
        # As stored: a moment edited into something that is no date must be reported, not crash the check.
        type_coerce(AuditEntry.occurred_at, String).label("occurred_at"),
        AuditEntry.staff_user_id,
        AuditEntry.action,
        AuditEntry.entity,
        AuditEntry.entity_id,
        AuditEntry.details,
        AuditEntry.previous_hash,
        AuditEntry.entry_hash,
    )
    for row in session.execute(select(*columns).order_by(AuditEntry.id)):
        walk.entries += 1
        entry_id, stored, previous = row.id, row.entry_hash, row.previous_hash
        occurred_at = _moment(row.occurred_at)
        if occurred_at is None:
            walk.add(Break(AUDIT_LOG, entry_id, Problem.EDITED))
            expected = link_of(stored)
            continue
        if stored is None or previous is None:
            walk.add(Break(AUDIT_LOG, entry_id, Problem.DELETED_OR_INSERTED))  # written around the app
        else:
            fields = ChainFields(
                entry_id,
                occurred_at,
                row.staff_user_id,
                row.action,
                row.entity,
                row.entity_id,
                row.details,
                previous,
            )
            own_ok = audit_chain.entry_hash(fields) == stored
            link_ok = previous == expected
            if own_ok and not link_ok:
                walk.add(Break(AUDIT_LOG, entry_id, Problem.DELETED_OR_INSERTED))
            elif link_ok and not own_ok:
                walk.add(Break(AUDIT_LOG, entry_id, Problem.EDITED))
            elif not own_ok:
                moved = _stands_elsewhere(session, previous, entry_id)
                walk.add(Break(AUDIT_LOG, entry_id, Problem.REORDERED if moved else Problem.EDITED))
        expected = link_of(stored)
        by_checker = row.staff_user_id in checkers
        _collect(walk, entry_id, row.action, row.entity_id, row.details, by_checker)
    return walk


def _moment(stored: object) -> datetime | None:
    """A stored moment (UTC, as store/types.UTCDateTime writes it), or None when it is none. SQLite gives
    the text as stored; a server's typed column (issue 14) gives a moment, and cannot hold a non-date."""
    if isinstance(stored, datetime):
        return stored if stored.tzinfo is not None else stored.replace(tzinfo=UTC)
    if not isinstance(stored, str):
        return None
    try:
        return datetime.fromisoformat(stored).replace(tzinfo=UTC)
    except ValueError:
        return None


def _stands_elsewhere(session: Session, previous: str, entry_id: int) -> bool:
    """Whether the entry this one was written after is still in the log, under another place."""
    found = session.scalar(select(AuditEntry.id).where(AuditEntry.entry_hash == previous).limit(1))
    return found is not None and found != entry_id - 1


def _collect(
    walk: _Walk,
    entry_id: int,
    action: str,
    entity_id: int | None,
    text: str | None,
    by_checker: bool,
) -> None:
    try:
        details = json.loads(text) if text else {}
    except ValueError:
        return  # an edited entry: its hash says so already
    if not isinstance(details, dict):
        return
    for table, tokens in audit_chain.read_seals(details, audit_chain.SEAL_PREFIX).items():
        for token in tokens:
            walk.seals[table, token.row_id] = (entry_id, token)
    for token in audit_chain.read_seals(details, audit_chain.NOTE_SEAL_PREFIX).get(CASE_EVENTS, []):
        walk.note_seals[token.row_id] = token
    if action == "customer_erased" and entity_id is not None:
        walk.erased[entity_id] = entry_id
    elif action == "case_intake" and entity_id is not None:
        walk.opened[entity_id] = entry_id
    elif action == SEEN and by_checker and isinstance(details.get("breaks"), str):
        walk.seen.update(k for k in details["breaks"].split(";") if k)


def _anchor_holds(session: Session, anchor: Anchor) -> bool:
    """Whether the entry the anchor names is still the one it saw. A restore sets the anchors it made
    stale aside on disk (audit_anchors.supersede_written_after): no entry in the database can excuse one,
    since whoever edits the database could write that entry too."""
    if anchor.entry_id <= 0:
        return False
    stored = session.scalar(select(AuditEntry.entry_hash).where(AuditEntry.id == anchor.entry_id))
    return stored == anchor.entry_hash


def _check_sealed_rows(
    walk: _Walk,
    table: str,
    rows: Iterable[tuple[int, str | None]],
    parents_alive: set[int],
    reborn: dict[int, int],
) -> None:
    """`rows`: (row id, its seal as it is now, None without a salt). A sealed row that is gone counts as
    deleted only while its customer or case is there (else it went with an erasure or the case's
    retention), and was that customer or case (the id not reused since: `reborn`)."""
    present = set()
    for row_id, current in rows:
        present.add(row_id)
        sealed = walk.seals.get((table, row_id))
        if sealed is None:
            walk.add(Break(table, row_id, Problem.NOT_AUDITED))
        elif current != sealed[1].seal:
            walk.add(Break(table, row_id, Problem.SEAL_MISMATCH))
    for (sealed_table, row_id), (entry_id, token) in sorted(walk.seals.items()):
        if sealed_table != table or row_id in present or token.parent_id is None:
            continue
        if token.parent_id in parents_alive and reborn.get(token.parent_id, 0) < entry_id:
            walk.add(Break(table, row_id, Problem.ROW_MISSING))


def _check_rectifications(session: Session, walk: _Walk) -> None:
    rows = []
    for row in session.scalars(select(Rectification).order_by(Rectification.id)):
        # A row without a salt was written around the app (reading it here must not give it one).
        current = None if row.seal_salt is None else rectification_seal(row)
        rows.append((row.id, current))
    customers = set(session.scalars(select(Customer.id)))
    _check_sealed_rows(walk, RECTIFICATIONS, rows, customers, walk.erased)


def _check_case_events(session: Session, walk: _Walk) -> None:
    linked: dict[int, int | None] = {
        r[0]: r[1] for r in session.execute(select(Request.id, Request.customer_id))
    }
    rows = []
    for event in session.scalars(select(CaseEvent).order_by(CaseEvent.id)):
        current = None if event.seal_salt is None else case_event_seals(event)[0]
        if current is not None and not _note_holds(walk, event, linked.get(event.request_id)):
            current = ""  # the note was changed: the row does not match its seal
        rows.append((event.id, current))
    _check_sealed_rows(walk, CASE_EVENTS, rows, set(linked), walk.opened)


def _note_holds(walk: _Walk, event: CaseEvent, case_customer: int | None) -> bool:
    sealed = walk.note_seals.get(event.id)
    if event.note_salt is None:
        # R31: an erasure (or the case's retention) empties the note with its salt, and unlinks the case.
        return event.note is None and case_customer is None
    return sealed is not None and sealed.seal == audit_chain.note_seal(event.note_salt, event.note)
