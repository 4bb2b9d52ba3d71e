"""Writing the audit log: who did what to which record. Details are codes and counts, never personal data.

Issue 12: every entry is a link of a hash chain (domain/audit_chain.py), computed here in the caller's
write transaction, and the case events and rectifications written with an entry have their seals in it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import event, select
from sqlalchemy.orm import Session, SessionTransaction

from spaceoptics_desk.domain import audit_chain
from spaceoptics_desk.domain.audit_chain import ChainFields, SealToken, Value
from spaceoptics_desk.domain.clock import Clock
from spaceoptics_desk.store import postgresql
from spaceoptics_desk.store.models import AuditEntry, CaseEvent, Rectification, StaffUser

# session.info key: the chain's head (last id, its hash) as this transaction has it. Read once per
# transaction; forgotten when a transaction ends (a rolled-back one must leave no stale head).
_HEAD = "audit_chain_head"
AUDIT_CHAIN_LOCK = "audit_log"


@event.listens_for(Session, "after_transaction_end")
def _forget_head(session: Session, transaction: SessionTransaction) -> None:
    # Also at the end of a savepoint: re-reading then is always right (autoflush writes what is pending).
    session.info.pop(_HEAD, None)


def link_of(stored_hash: str | None) -> str:
    """What the next entry chains to: an entry without a hash (written around the app) counts as none."""
    return stored_hash or audit_chain.GENESIS


def head(session: Session) -> tuple[int, str]:
    """The last entry's id and hash ((0, genesis) for an empty log).

    Inside a write transaction the head cannot move under us: SQLite's BEGIN IMMEDIATE
    (Database.transaction) serialises every writer; on a server (issue 14) the transaction first takes
    the chain's lock, which another desk's append holds until it commits, so two desks never fork it.
    """
    cached: tuple[int, str] | None = session.info.get(_HEAD)
    if cached is None:
        connection = session.connection()
        if postgresql.is_postgresql(connection):
            postgresql.lock_until_commit(connection, AUDIT_CHAIN_LOCK)
        row = session.execute(
            select(AuditEntry.id, AuditEntry.entry_hash).order_by(AuditEntry.id.desc()).limit(1)
        ).first()
        cached = (0, audit_chain.GENESIS) if row is None else (row[0], link_of(row[1]))
        session.info[_HEAD] = cached
    return cached


def record(
    session: Session,
    actor: StaffUser,
    clock: Clock,
    action: str,
    entity: str,
    entity_id: int | None,
    details: Mapping[str, Value] | None = None,
) -> AuditEntry:
    """Adds an audit entry to the caller's transaction (it commits or rolls back with the action).

    Its id is set here (the head's + 1) so that its hash can cover it; no flush is needed."""
    last_id, last_hash = head(session)
    text = json.dumps(dict(details), sort_keys=True) if details else None
    fields = ChainFields(last_id + 1, clock.now(), actor.id, action, entity, entity_id, text, last_hash)
    own_hash = audit_chain.entry_hash(fields)
    entry = AuditEntry(
        id=fields.id,
        occurred_at=fields.occurred_at,
        staff_user_id=fields.staff_user_id,
        action=action,
        entity=entity,
        entity_id=entity_id,
        details=text,
        previous_hash=last_hash,
        entry_hash=own_hash,
    )
    session.add(entry)
    session.info[_HEAD] = (fields.id, own_hash)
    return entry


def chain_fields(entry: AuditEntry) -> ChainFields:
    return ChainFields(
        entry.id,
        entry.occurred_at,
        entry.staff_user_id,
        entry.action,
        entry.entity,
        entry.entity_id,
        entry.details,
        link_of(entry.previous_hash),
    )


# --- seals of the rows that hold personal data (issue 12: covered by the check, erased without it) ---

RECTIFICATIONS = "rectifications"
CASE_EVENTS = "case_events"


def _salt(row: Any) -> str:
    salt: str | None = row.seal_salt
    if salt is None:  # made at insert by the column default; a row not flushed yet gets it now
        salt = row.seal_salt = audit_chain.new_salt()
    return salt


def rectification_seal(row: Rectification) -> str:
    return audit_chain.rectification_seal(
        _salt(row),
        row.id,
        row.customer_id,
        row.field,
        row.old_value,
        row.new_value,
        row.changed_at,
        row.staff_user_id,
    )


def case_event_seals(row: CaseEvent) -> tuple[str, str | None]:
    """The event's seal and its note's (None when the note's salt is gone: erased with the note)."""
    fixed = audit_chain.case_event_seal(
        _salt(row), row.id, row.request_id, row.occurred_at, row.kind, row.staff_user_id
    )
    return fixed, None if row.note_salt is None else audit_chain.note_seal(row.note_salt, row.note)


def sealing_rectifications(rows: Sequence[Rectification]) -> dict[str, Value]:
    """Details for the audit entry written with these (flushed) rows."""
    tokens = [SealToken(r.id, r.customer_id, rectification_seal(r)) for r in rows]
    return audit_chain.seal_details(audit_chain.SEAL_PREFIX + RECTIFICATIONS, tokens)


def sealing_case_event(row: CaseEvent) -> dict[str, Value]:
    """Details for the audit entry written with this (flushed) case event."""
    fixed, note = case_event_seals(row)
    details = audit_chain.seal_details(
        audit_chain.SEAL_PREFIX + CASE_EVENTS, [SealToken(row.id, row.request_id, fixed)]
    )
    if note is not None:
        details.update(
            audit_chain.seal_details(
                audit_chain.NOTE_SEAL_PREFIX + CASE_EVENTS, [SealToken(row.id, row.request_id, note)]
            )
        )
    return details
