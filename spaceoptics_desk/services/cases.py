"""Request (DSAR) cases with the legal clock (R1-R7): intake, identity check, extension, closing.

Due dates are computed from the received date and the holiday table (domain/deadlines.py), never
stored; the case keeps only what happened, each step also as an entry of its timeline.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from spaceoptics_desk.domain import deadlines
from spaceoptics_desk.domain.calendar_limits import AVG_APPLIES_FROM, CLOCK_SKEW
from spaceoptics_desk.domain.case_codes import (
    CHANNELS,
    IDENTITY_METHODS,
    NEEDS_IDENTITY,
    OUTCOMES,
    REFUSALS,
    RIGHTS,
)
from spaceoptics_desk.domain.clock import Clock, local_today, to_local
from spaceoptics_desk.domain.names import display_name
from spaceoptics_desk.errors import QT_TRANSLATE_NOOP
from spaceoptics_desk.services import trace_cleanup
from spaceoptics_desk.services.case_steps import case_for_update, log_event, require_open
from spaceoptics_desk.services.erasure import forget_text_after_erasure
from spaceoptics_desk.services.errors import Conflict, InvalidInput, NotAllowed, NotFound
from spaceoptics_desk.services.recipient_tasks import (
    RecipientTaskView,
    create_tasks,
    forget_references,
    require_no_open_tasks,
    tasks_of,
)
from spaceoptics_desk.services.typed_input import checked_count, checked_day, checked_text
from spaceoptics_desk.store.models import CaseEvent, Customer, Holiday, Request, RequestRight, StaffUser


@dataclass(frozen=True)
class CaseSummary:
    case_id: int
    customer_id: int | None  # None: an unknown caller, or a person erased since (the case stays, unlinked)
    customer_number: str | None
    customer_name: str | None
    received_at: datetime
    channel: str
    rights: tuple[str, ...]
    status: str
    due: date  # R2, the binding date (the extended one once extended)
    first_due: date
    extended_due: date | None  # R3
    due_with_pause: date | None  # R4, shown beside `due`
    days_left: int
    identity_verified: bool
    staff: str
    customer_restricted: bool  # R15, the customer's state now (maybe restricted before this case)


@dataclass(frozen=True)
class TimelineEntry:
    occurred_at: datetime
    kind: str
    staff: str
    note: str | None


@dataclass(frozen=True)
class CaseDetail:
    summary: CaseSummary
    case_summary_text: str | None
    contact_details: str | None
    identity_method: str | None
    identity_verified_at: datetime | None
    extension_reason: str | None
    extension_told_on: date | None
    paused_from: date | None
    paused_until: date | None
    outcome: str | None
    outcome_reasons: str | None
    complaint_right_told: bool
    closed_at: datetime | None
    timeline: list[TimelineEntry]
    recipient_tasks: list[RecipientTaskView]  # R16


def _is_holiday(session: Session) -> deadlines.IsHoliday:
    return deadlines.holidays_from(list(session.scalars(select(Holiday.day))))


def _choice(value: str, valid: Sequence[str], message: str) -> str:
    if value not in valid:
        raise InvalidInput(message, value=value, valid=", ".join(valid))
    return value


def _received_moment(received_at: datetime, clock: Clock) -> datetime:
    """R1: when the request came in, as the law can mean it: not before the AVG applied, not later than
    now (a few minutes ahead, from another clock, count as now)."""
    checked_day("received_at", received_at.date())
    now = clock.now()
    if received_at > now + CLOCK_SKEW:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "A request cannot be received in the future."))
    if to_local(received_at).date() < AVG_APPLIES_FROM:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors", "A request cannot have been received before {day}, when the AVG began to apply."
            ),
            day=AVG_APPLIES_FROM.isoformat(),
        )
    return min(received_at, now)


def open_case(
    session: Session,
    actor: StaffUser,
    clock: Clock,
    *,
    customer_id: int | None,
    channel: str,
    received_at: datetime,
    rights: Sequence[str],
    summary: str | None = None,
    contact_details: str | None = None,
) -> int:
    """R1: logs a request as received (a phone call is a valid request); returns the case id."""
    summary = checked_text("summary", summary, multiline=True)
    contact_details = checked_text("contact_details", contact_details, multiline=True)
    _choice(
        channel, CHANNELS, QT_TRANSLATE_NOOP("errors", "Unknown channel '{value}'. Valid channels: {valid}.")
    )
    if not rights:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Name at least one right the person invokes."))
    for right in rights:
        _choice(right, RIGHTS, QT_TRANSLATE_NOOP("errors", "Unknown right '{value}'. Valid rights: {valid}."))
    received_at = _received_moment(received_at, clock)
    if customer_id is not None and session.get(Customer, customer_id) is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "This customer no longer exists."))
    request = Request(
        customer_id=customer_id,
        channel=channel,
        received_at=received_at,
        summary=(summary or "").strip() or None,
        contact_details=(contact_details or "").strip() or None,
        status="open",
        staff_user_id=actor.id,
    )
    request.rights = [RequestRight(right=right) for right in dict.fromkeys(rights)]
    session.add(request)
    session.flush()
    log_event(session, actor, clock, request, "intake", None)
    return request.id


def verify_identity(
    session: Session, actor: StaffUser, clock: Clock, case_id: int, method: str, note: str | None = None
) -> None:
    """R7: records how identity was checked (never an ID copy)."""
    note = checked_text("note", note, multiline=True)
    _choice(
        method,
        IDENTITY_METHODS,
        QT_TRANSLATE_NOOP("errors", "Unknown method '{value}'. Valid methods: {valid}."),
    )
    if method == "other" and not (note or "").strip():
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Describe the other way identity was checked."))
    request = case_for_update(session, case_id)
    require_open(request)
    if request.identity_verified_at is not None:
        # Two people checking at once: the second is told, the first record stays.
        raise Conflict(
            QT_TRANSLATE_NOOP("errors", "Identity in case {case} was checked already."), case=case_id
        )
    request.identity_method = method
    request.identity_verified_at = clock.now()
    request.identity_verified_by_id = actor.id
    log_event(session, actor, clock, request, "verified", (note or "").strip() or None)


def extend(
    session: Session, actor: StaffUser, clock: Clock, case_id: int, reason: str, told_on: date
) -> date:
    """R3: extends the case by up to two months; returns the new due date."""
    reason = checked_text("reason", reason, multiline=True)
    request = case_for_update(session, case_id)
    require_open(request)
    if not reason.strip():
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "An extension needs a reason (complexity or number of requests).")
        )
    if request.extension_reason is not None:
        raise Conflict(QT_TRANSLATE_NOOP("errors", "Case {case} was extended already."), case=case_id)
    received = to_local(request.received_at).date()
    is_holiday = _is_holiday(session)
    today = local_today(clock)
    if not deadlines.may_extend(received, today, is_holiday):
        raise NotAllowed(
            QT_TRANSLATE_NOOP("errors", "The first due date has passed; the case can no longer be extended.")
        )
    if told_on > today or told_on < received:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "The date the person was told must lie between receipt and today.")
        )
    request.extension_reason = reason.strip()
    request.extension_told_on = told_on
    log_event(session, actor, clock, request, "extended", None)
    return deadlines.extended_due(received, is_holiday)


def pause(
    session: Session, actor: StaffUser, clock: Clock, case_id: int, asked_on: date, note: str | None = None
) -> None:
    """R4: more information was asked of the person on `asked_on`; the case waits for the answer."""
    note = checked_text("note", note, multiline=True)
    request = case_for_update(session, case_id)
    require_open(request)
    if request.paused_from is not None:
        raise Conflict(
            QT_TRANSLATE_NOOP("errors", "Case {case} has waited for the person already."), case=case_id
        )
    if not to_local(request.received_at).date() <= asked_on <= local_today(clock):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "The date of asking must lie between receipt and today.")
        )
    request.paused_from = asked_on
    request.status = "waiting"
    log_event(session, actor, clock, request, "paused", (note or "").strip() or None)


def resume(
    session: Session, actor: StaffUser, clock: Clock, case_id: int, answered_on: date, note: str | None = None
) -> None:
    """R4: the person answered on `answered_on`; the case runs again."""
    note = checked_text("note", note, multiline=True)
    request = case_for_update(session, case_id)
    require_open(request)
    if request.paused_from is None or request.paused_until is not None:
        raise Conflict(
            QT_TRANSLATE_NOOP("errors", "Case {case} is not waiting for the person."), case=case_id
        )
    if not request.paused_from <= answered_on <= local_today(clock):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "The date of the answer must lie between asking and today.")
        )
    request.paused_until = answered_on
    request.status = "open"
    log_event(session, actor, clock, request, "resumed", (note or "").strip() or None)


def _customer_of(session: Session, request: Request) -> Customer:
    customer = (
        session.get(Customer, request.customer_id, with_for_update=True) if request.customer_id else None
    )
    if customer is None:
        raise NotAllowed(QT_TRANSLATE_NOOP("errors", "This case has no customer (yet)."))
    return customer


def restrict(session: Session, actor: StaffUser, clock: Clock, case_id: int) -> None:
    """R15: restricts processing of the case's customer (banner everywhere, out of marketing and exports)."""
    request = case_for_update(session, case_id)
    require_open(request)
    if "restriction" not in {r.right for r in request.rights}:
        raise NotAllowed(
            QT_TRANSLATE_NOOP("errors", "Restriction is not one of the rights this case invokes.")
        )
    customer = _customer_of(session, request)
    if customer.restricted_at is not None:
        raise Conflict(QT_TRANSLATE_NOOP("errors", "Processing of this customer is restricted already."))
    customer.restricted_at = clock.now()
    log_event(session, actor, clock, request, "restricted", None)
    create_tasks(session, actor, clock, request, "restriction")


def lift_restriction(session: Session, actor: StaffUser, clock: Clock, case_id: int, notice: str) -> None:
    """R15: lifts the restriction; only with the notice to the person (how and when they were told) logged."""
    notice = checked_text("notice", notice, multiline=True)
    request = case_for_update(session, case_id)
    require_open(request)
    if not notice.strip():
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "Record how and when the person was told before lifting.")
        )
    customer = _customer_of(session, request)
    if customer.restricted_at is None:
        raise Conflict(QT_TRANSLATE_NOOP("errors", "Processing of this customer is not restricted."))
    customer.restricted_at = None
    log_event(session, actor, clock, request, "restriction_lifted", notice.strip())


def add_note(session: Session, actor: StaffUser, clock: Clock, case_id: int, note: str) -> None:
    """A note on the case's timeline (a call back, a question asked, what was agreed)."""
    note = checked_text("note", note, multiline=True)
    if not note.strip():
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "The note is empty."))
    request = case_for_update(session, case_id)
    require_open(request)
    log_event(session, actor, clock, request, "note", note.strip())


def close(
    session: Session,
    actor: StaffUser,
    clock: Clock,
    case_id: int,
    outcome: str,
    *,
    reasons: str | None = None,
    complaint_right_told: bool = False,
) -> None:
    """Closes the case with its outcome (R5: a refusal states reasons and the right to complain to the AP)."""
    reasons = checked_text("reasons", reasons, multiline=True)
    _choice(
        outcome, OUTCOMES, QT_TRANSLATE_NOOP("errors", "Unknown outcome '{value}'. Valid outcomes: {valid}.")
    )
    request = case_for_update(session, case_id)
    require_open(request)
    rights = {r.right for r in request.rights}
    if outcome != "withdrawn" and rights & NEEDS_IDENTITY and request.identity_verified_at is None:
        raise NotAllowed(
            QT_TRANSLATE_NOOP(
                "errors", "Check the person's identity first (access, erasure and portability need it)."
            )
        )
    require_no_open_tasks(session, request)
    if outcome in REFUSALS and not (reasons or "").strip():
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "A (partial) refusal needs its reasons."))
    if outcome in REFUSALS and not complaint_right_told:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors", "Tell the person of their right to complain to the Autoriteit Persoonsgegevens."
            )
        )
    request.status = "closed"
    request.outcome = outcome
    request.outcome_reasons = (reasons or "").strip() or None
    request.complaint_right_told = complaint_right_told
    request.closed_at = clock.now()
    log_event(session, actor, clock, request, "closed", outcome)
    session.flush()
    forgotten = forget_references(session, request)
    if forget_text_after_erasure(session, request) or forgotten:
        trace_cleanup.mark(session)  # R31: what was emptied must leave the write-ahead log too


def _summary(
    request: Request, customer: Customer | None, staff: str, today: date, is_holiday: deadlines.IsHoliday
) -> CaseSummary:
    received = to_local(request.received_at).date()
    first = deadlines.first_due(received, is_holiday)
    extended = deadlines.extended_due(received, is_holiday) if request.extension_reason else None
    due = extended or first
    paused = (
        deadlines.due_with_pause(due, request.paused_from, request.paused_until or today, is_holiday)
        if request.paused_from
        else None
    )
    return CaseSummary(
        case_id=request.id,
        customer_id=customer.id if customer else None,
        customer_number=customer.customer_number if customer else None,
        customer_name=display_name(customer.first_name, customer.name_prefix, customer.last_name)
        if customer
        else None,
        received_at=request.received_at,
        channel=request.channel,
        rights=tuple(r.right for r in request.rights),
        status=request.status,
        due=due,
        first_due=first,
        extended_due=extended,
        due_with_pause=paused,
        days_left=deadlines.days_left(due, today),
        identity_verified=request.identity_verified_at is not None,
        staff=staff,
        customer_restricted=customer is not None and customer.restricted_at is not None,
    )


def list_cases(
    session: Session,
    clock: Clock,
    *,
    open_only: bool = False,
    overdue: bool = False,
    due_within: int | None = None,
    right: str | None = None,
    staff_username: str | None = None,
) -> list[CaseSummary]:
    """Cases sorted by days left (most urgent first); closed ones last.

    `right` keeps the cases that invoke it; `staff_username` those taken by that staff member.
    """
    query = (
        select(Request, Customer, StaffUser.display_name)
        .options(selectinload(Request.rights))  # one query for all rights, not one per case
        .outerjoin(Customer, Customer.id == Request.customer_id)
        .join(StaffUser, StaffUser.id == Request.staff_user_id)
    )
    if due_within is not None:
        checked_count("due_within", due_within)
    if open_only or overdue or due_within is not None:
        query = query.where(Request.status != "closed")
    if right is not None:
        _choice(right, RIGHTS, QT_TRANSLATE_NOOP("errors", "Unknown right '{value}'. Valid rights: {valid}."))
        query = query.where(Request.rights.any(RequestRight.right == right))
    if staff_username is not None:
        query = query.where(StaffUser.username == staff_username)
    today = local_today(clock)
    is_holiday = _is_holiday(session)
    cases = [_summary(r, c, staff, today, is_holiday) for r, c, staff in session.execute(query)]
    if overdue:
        cases = [c for c in cases if c.days_left < 0]
    if due_within is not None:
        cases = [c for c in cases if c.days_left <= due_within]
    return sorted(cases, key=lambda c: (c.status == "closed", c.days_left, c.case_id))


def case_detail(session: Session, clock: Clock, case_id: int) -> CaseDetail:
    request = session.get(Request, case_id)
    if request is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "There is no case {case}."), case=case_id)
    customer = session.get(Customer, request.customer_id) if request.customer_id else None
    staff = session.get(StaffUser, request.staff_user_id)
    timeline = [
        TimelineEntry(e.occurred_at, e.kind, name, e.note)
        for e, name in session.execute(
            select(CaseEvent, StaffUser.display_name)
            .join(StaffUser, StaffUser.id == CaseEvent.staff_user_id)
            .where(CaseEvent.request_id == case_id)
            .order_by(CaseEvent.occurred_at, CaseEvent.id)
        )
    ]
    return CaseDetail(
        summary=_summary(
            request, customer, staff.display_name if staff else "", local_today(clock), _is_holiday(session)
        ),
        case_summary_text=request.summary,
        contact_details=request.contact_details,
        identity_method=request.identity_method,
        identity_verified_at=request.identity_verified_at,
        extension_reason=request.extension_reason,
        extension_told_on=request.extension_told_on,
        paused_from=request.paused_from,
        paused_until=request.paused_until,
        outcome=request.outcome,
        outcome_reasons=request.outcome_reasons,
        complaint_right_told=request.complaint_right_told,
        closed_at=request.closed_at,
        timeline=timeline,
        recipient_tasks=tasks_of(session, case_id),
    )
