"""What a case records of sending its copy (R11): the attempt, its outcome, and what blocks a second send.

A copy is identified by its delivery id (composing.py), so preparing the same files again gives the same
id. Before any network traffic an attempt is committed to the case as "copy_sending"; when the server has
accepted the message it becomes "copy_sent", when the server refused it "copy_send_failed". An attempt
that stays "copy_sending" (the connection broke during delivery, or the app could not record the
success) may have arrived, so it blocks a retry just like "copy_sent" does, until staff confirm a new
send. The case records what was sent and when, never the content: the file kinds, the delivery id and
the domain of the address (the full address is the customer's, kept on the customer record: a second copy
in the case notes would outlive an erasure, R31).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from spaceoptics_desk.domain.clock import Clock, to_local
from spaceoptics_desk.errors import QT_TRANSLATE_NOOP
from spaceoptics_desk.services import audit
from spaceoptics_desk.services.delivery.composing import PreparedCopy
from spaceoptics_desk.services.errors import Conflict
from spaceoptics_desk.store.models import CaseEvent, StaffUser

# The case-event kinds of a delivery (ui/labels.py names them).
SENDING = "copy_sending"  # attempt started; stays so when its outcome is unknown
SENT = "copy_sent"
SEND_FAILED = "copy_send_failed"
DRAFT_SAVED = "copy_draft_saved"


@dataclass(frozen=True)
class DeliveryRecord:
    """What the case now records of a delivery (returned after sending or saving)."""

    case_id: int
    delivery_id: str
    kind: str  # copy_sent | copy_draft_saved
    occurred_at: datetime
    file_names: tuple[str, ...]
    recipient_domain: str
    message_id: str
    draft: Path | None = None


class SentBefore(Conflict):
    """This copy was sent, saved as a draft, or perhaps sent before: only a confirmed new send repeats it.

    `params["on"]` says when (local time)."""


def note(prepared: PreparedCopy, reason: str | None = None) -> str:
    """Language-neutral: what went where, not the content and not the full address."""
    # The kinds, not the file names: those carry the customer number, and the note outlives an erasure.
    kinds = ", ".join(a.kind for a in prepared.attachments)
    note = f"{kinds} → @{prepared.recipient_domain} · {prepared.delivery_id}"
    return f"{note} · {reason}" if reason else note


def audit_delivery(
    session: Session,
    actor: StaffUser,
    clock: Clock,
    prepared: PreparedCopy,
    kind: str,
    event: CaseEvent | None = None,
    **extra: str,
) -> None:
    """The audit entry of a delivery step; `event`: the case event it wrote or changed, whose seal it
    carries (issue 12: the last entry naming a row holds the seal of the row as it now is)."""
    details: dict[str, str | int | bool | None] = {
        "delivery": prepared.delivery_id,
        "files": len(prepared.attachments),
        "kinds": ",".join(a.kind for a in prepared.attachments),
    }
    details.update(extra)
    if event is not None:
        session.flush()
        details.update(audit.sealing_case_event(event))
    audit.record(session, actor, clock, f"case_{kind}", "request", prepared.case_id, details)


def log_delivery(
    session: Session, actor: StaffUser, clock: Clock, prepared: PreparedCopy, kind: str, note: str
) -> CaseEvent:
    event = CaseEvent(
        request_id=prepared.case_id, occurred_at=clock.now(), kind=kind, staff_user_id=actor.id, note=note
    )
    session.add(event)
    audit_delivery(session, actor, clock, prepared, kind, event)
    return event


def refuse_repeat(session: Session, prepared: PreparedCopy, kinds: Sequence[str]) -> None:
    """Nothing is sent twice by accident: an earlier send (or one that may have arrived) blocks."""
    earlier = session.scalars(
        select(CaseEvent)
        .where(
            CaseEvent.request_id == prepared.case_id,
            CaseEvent.kind.in_(kinds),
            CaseEvent.note.contains(prepared.delivery_id, autoescape=True),
        )
        .order_by(CaseEvent.occurred_at.desc(), CaseEvent.id.desc())
    ).first()
    if earlier is None:
        return
    on = to_local(earlier.occurred_at).strftime("%d-%m-%Y %H:%M")
    if earlier.kind == SENT:
        raise SentBefore(
            QT_TRANSLATE_NOOP(
                "errors",
                "This copy was sent on {on} already. Send it again only if the customer did not "
                "receive it, and confirm that it is a new send.",
            ),
            on=on,
        )
    if earlier.kind == DRAFT_SAVED:
        raise SentBefore(
            QT_TRANSLATE_NOOP(
                "errors",
                "This copy was saved as an e-mail draft on {on}. If that draft was sent, do not send it "
                "again; otherwise confirm that this is a new send.",
            ),
            on=on,
        )
    raise SentBefore(
        QT_TRANSLATE_NOOP(
            "errors",
            "An attempt to send this copy on {on} ended without a clear outcome: it may have arrived. "
            "Ask the customer, then confirm that this is a new send if it did not.",
        ),
        on=on,
    )
