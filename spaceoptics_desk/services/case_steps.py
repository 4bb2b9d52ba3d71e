"""The records every case step shares: the case locked for the change, the open check, the timeline entry."""

from __future__ import annotations

from sqlalchemy.orm import Session

from spaceoptics_desk.domain.clock import Clock
from spaceoptics_desk.errors import QT_TRANSLATE_NOOP
from spaceoptics_desk.services import audit
from spaceoptics_desk.services.errors import Conflict, NotFound
from spaceoptics_desk.store.models import CaseEvent, Request, StaffUser


def case_for_update(session: Session, case_id: int) -> Request:
    request = session.get(Request, case_id, with_for_update=True)
    if request is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "There is no case {case}."), case=case_id)
    return request


def require_open(request: Request) -> None:
    if request.status == "closed":
        raise Conflict(QT_TRANSLATE_NOOP("errors", "Case {case} is closed already."), case=request.id)


def log_event(
    session: Session, actor: StaffUser, clock: Clock, request: Request, kind: str, note: str | None
) -> None:
    event = CaseEvent(
        request_id=request.id, occurred_at=clock.now(), kind=kind, staff_user_id=actor.id, note=note
    )
    session.add(event)
    session.flush()  # its id goes into its seal, and the seal into the audit entry (issue 12)
    audit.record(
        session, actor, clock, f"case_{kind}", "request", request.id, audit.sealing_case_event(event)
    )
