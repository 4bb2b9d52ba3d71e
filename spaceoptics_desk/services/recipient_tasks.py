"""R16: after a rectification, erasure or restriction in a case, tell every recipient of the data.

Each recipient gets one task per kind of change; a task is closed as "told" (with how) or "not possible
or disproportionate" (with the reason). A case cannot be closed while a task is open.

An open task keeps the recipient's reference (what they know the person by: order numbers, tracking
codes, payment references, the e-mail address or its hash), also after the person is erased, and forgets
it in the transaction that closes the task (R16, R31). It is personal data: store/registry.py lists it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, aliased

from spaceoptics_desk.domain.case_codes import RECIPIENT_TRIGGERS, TASK_OUTCOMES
from spaceoptics_desk.domain.clock import Clock
from spaceoptics_desk.errors import QT_TRANSLATE_NOOP
from spaceoptics_desk.services import trace_cleanup
from spaceoptics_desk.services.case_steps import case_for_update, log_event, require_open
from spaceoptics_desk.services.errors import Conflict, InvalidInput, NotAllowed, NotFound
from spaceoptics_desk.services.recipients import ReferenceItem, recipients_of, references_for
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
    reference: tuple[ReferenceItem, ...]  # what to pass on to the recipient; () once the task is closed


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
    customer_id = request.customer_id
    added = [use for use in recipients_of(session, customer_id) if use.recipient_id not in waiting]
    for use in added:
        session.add(
            RecipientTask(
                request_id=request.id,
                recipient_id=use.recipient_id,
                trigger=trigger,
                created_at=now,
                status="open",
                reference=_encoded(references_for(session, customer_id, use)),
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
    if task.reference is not None:
        task.reference = None  # R31: told (or not possible): nothing to pass on any more
        trace_cleanup.mark(session)  # ... and nothing of it left in the write-ahead log either
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


def _encoded(items: tuple[ReferenceItem, ...]) -> str | None:
    return json.dumps([[item.kind, item.value] for item in items], ensure_ascii=False) if items else None


def _decoded(text: str | None) -> tuple[ReferenceItem, ...]:
    return tuple(ReferenceItem(kind, value) for kind, value in json.loads(text)) if text else ()


def note_missing_references(session: Session, customer_id: int) -> None:
    """Before the customer's data goes: every open task of their cases that has no reference yet (made
    before references were kept) gets it now, while the records still hold it."""
    missing = list(
        session.scalars(
            select(RecipientTask)
            .join(Request, Request.id == RecipientTask.request_id)
            .where(
                Request.customer_id == customer_id,
                RecipientTask.status == "open",
                RecipientTask.reference.is_(None),
            )
        )
    )
    if not missing:
        return
    uses = {use.recipient_id: use for use in recipients_of(session, customer_id)}
    for task in missing:
        use = uses.get(task.recipient_id)
        if use is not None:
            task.reference = _encoded(references_for(session, customer_id, use))


def forget_references(session: Session, request: Request) -> int:
    """R31: a closed case keeps no recipient reference (its tasks were closed, each forgetting its own;
    this also empties what an older release may have left). Returns how many were emptied."""
    result = session.execute(
        update(RecipientTask)
        .where(RecipientTask.request_id == request.id, RecipientTask.reference.is_not(None))
        .values(reference=None)
    )
    return int(result.rowcount)  # type: ignore[attr-defined]


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
            _decoded(task.reference),
        )
        for task, name, category, closed_by in rows
    ]
