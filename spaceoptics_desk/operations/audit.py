"""Checking the audit log for changes made around the app (issue 12, AVG 5(2)), and the owner marking a
break seen. Owner-only: what the check finds is for the one who answers for the records."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from spaceoptics_desk.domain.permissions import Action
from spaceoptics_desk.operations.changes import Outcome
from spaceoptics_desk.operations.context import Context, operation

if TYPE_CHECKING:
    from spaceoptics_desk.services.audit_verify import AuditCheck


@operation(Action.VERIFY_AUDIT)
def verify_audit(context: Context) -> Outcome[AuditCheck]:
    """The chain, the seals of case events and corrections, and the anchors beside the backups."""
    from spaceoptics_desk.services import audit_verify, backups

    context.confirm(Action.VERIFY_AUDIT)
    database_file = context.database.file
    folder = backups.backups_dir(database_file) if database_file is not None else None
    with context.reading(Action.VERIFY_AUDIT) as session:
        return Outcome(audit_verify.verify(session, folder))


@operation(Action.VERIFY_AUDIT)
def mark_audit_breaks_seen(context: Context, keys: Sequence[str]) -> Outcome[None]:
    """The owner has seen these breaks (`Break.key`): recorded as an audit entry, so the app shows a break
    again only when a new one appears."""
    from spaceoptics_desk.services import audit, audit_verify

    with context.acting(Action.VERIFY_AUDIT) as act:
        details = {"breaks": ";".join(keys)}
        audit.record(act.session, act.actor, context.clock, audit_verify.SEEN, "audit_log", None, details)
    return Outcome(None)
