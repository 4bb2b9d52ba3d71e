"""Writing the audit log: who did what to which record. Details are codes and counts, never personal data."""

from __future__ import annotations

import json
from collections.abc import Mapping

from sqlalchemy.orm import Session

from spaceoptics_desk.domain.clock import Clock
from spaceoptics_desk.store.models import AuditEntry, StaffUser


def record(
    session: Session,
    actor: StaffUser,
    clock: Clock,
    action: str,
    entity: str,
    entity_id: int | None,
    details: Mapping[str, str | int | bool | None] | None = None,
) -> AuditEntry:
    """Adds an audit entry to the caller's transaction (it commits or rolls back with the action)."""
    entry = AuditEntry(
        occurred_at=clock.now(),
        staff_user_id=actor.id,
        action=action,
        entity=entity,
        entity_id=entity_id,
        details=json.dumps(dict(details), sort_keys=True) if details else None,
    )
    session.add(entry)
    return entry
