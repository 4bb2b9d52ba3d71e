"""R16: after a rectification, erasure or restriction in a case, tell every recipient of the data.

Each recipient gets one task per kind of change; a task is closed as "told" (with how) or "not possible
or disproportionate" (with the reason). A case cannot be closed while a task is open.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from spaceoptics_desk.domain.case_codes import RECIPIENT_TRIGGERS, TASK_OUTCOMES
from spaceoptics_desk.domain.clock import Clock
from spaceoptics_desk.errors import QT_TRANSLATE_NOOP
from spaceoptics_desk.services.case_steps import case_for_update, log_event, require_open
from spaceoptics_desk.services.errors import Conflict, InvalidInput, NotAllowed, NotFound
from spaceoptics_desk.services.recipients import recipients_of
from spaceoptics_desk.services.typed_input import checked_text
from spaceoptics_desk.store.models import Recipient, RecipientTask, Request, StaffUser


@dataclass(frozen=True)
class RecipientTaskView:
    task_id: int
    recipient: str
    category: str
    trigger: str  # what was done: rectification | erasure | restriction
    status: str  # open | told | not_possible
    created_at: datetime
    closed_at: datetime | None
    closed_by: str | None
    note: str | None


def create_tasks(session: Session, actor: StaffUser, clock: Clock, request: Request, trigger: str) -> int:
    """One open task per recipient of the case's customer for `trigger`; returns how many were added.

    A recipient that still has an open task for the same kind of change gets no second one: telling them
    once covers every change made before they were told.
    """
    assert trigger in RECIPIENT_TRIGGERS, trigger
    if request.customer_id is None:
        return 0
    waiting = set(
        session.scalars(
            select(RecipientTask.recipient_id).where(
                RecipientTask.request_id == request.id,
                RecipientTask.trigger == trigger,
                RecipientTask.status == "open",
            )
        )
    )
    now = clock.now()
    added = [use for use in recipients_of(session, request.customer_id) if use.recipient_id not in waiting]
    for use in added:
        session.add(
            RecipientTask(
                request_id=request.id,
                recipient_id=use.recipient_id,
                trigger=trigger,
                created_at=now,
                status="open",
            )
        )
    if added:
        # Recipient names are companies, not personal data: the timeline may say who must be told.
        log_event(session, actor, clock, request, "recipients_listed", ", ".join(u.name for u in added))
    return len(added)


def close_task(
    session: Session, actor: StaffUser, clock: Clock, task_id: int, outcome: str, note: str | None
) -> None:
    """Closes a task as "told" (note: how, optional) or "not_possible" (note: why, required)."""
    if outcome not in TASK_OUTCOMES:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "Unknown outcome '{value}'. Valid outcomes: {valid}."),
            value=outcome,
            valid=", ".join(TASK_OUTCOMES),
        )
    note = (checked_text("note", note, multiline=True) or "").strip() or None
    if outcome == "not_possible" and note is None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "Say why telling this recipient is impossible or disproportionate.")
        )
    task = session.get(RecipientTask, task_id, with_for_update=True)
    if task is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "There is no recipient task {task}."), task=task_id)
    request = case_for_update(session, task.request_id)
    require_open(request)
    if task.status != "open":
        raise Conflict(
            QT_TRANSLATE_NOOP("errors", "This recipient task was closed already, by someone else maybe.")
        )
    task.status = outcome
    task.note = note
    task.closed_at = clock.now()
    task.closed_by_id = actor.id
    recipient = session.get(Recipient, task.recipient_id)
    name = recipient.name if recipient else "?"
    log_event(
        session,
        actor,
        clock,
        request,
        "recipient_told" if outcome == "told" else "recipient_not_told",
        f"{name}: {note}" if note else name,
    )


def require_no_open_tasks(session: Session, request: Request) -> None:
    """R16: the recipients are told (or it is recorded why not) before the case is closed."""
    open_tasks = session.scalar(
        select(func.count())
        .select_from(RecipientTask)
        .where(RecipientTask.request_id == request.id, RecipientTask.status == "open")
    )
    if open_tasks:
        raise NotAllowed(
            QT_TRANSLATE_NOOP(
                "errors", "Tell the recipients first: {count} recipient task(s) of this case are open."
            ),
            count=open_tasks,
        )


def tasks_of(session: Session, case_id: int) -> list[RecipientTaskView]:
    """The case's recipient tasks, open ones first, in the order they were created."""
    closer = aliased(StaffUser)
    rows = session.execute(
        select(RecipientTask, Recipient.name, Recipient.category, closer.display_name)
        .join(Recipient, Recipient.id == RecipientTask.recipient_id)
        .outerjoin(closer, closer.id == RecipientTask.closed_by_id)
        .where(RecipientTask.request_id == case_id)
        .order_by(RecipientTask.status != "open", RecipientTask.id)
    )
    return [
        RecipientTaskView(
            task.id,
            name,
            category,
            task.trigger,
            task.status,
            task.created_at,
            task.closed_at,
            closed_by,
            task.note,
        )
        for task, name, category, closed_by in rows
    ]
