"""The doors of a privacy request (R1-R8, R13, R15, R16): recording it, the list, one case with its
timeline, and every step it takes. Each step answers with the case as it is after the step, read in the
step's own transaction (the screen shows what was saved, not what a later reload finds)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from spaceoptics_desk.domain.permissions import Action
from spaceoptics_desk.operations.changes import Changes, Outcome, customer_changed
from spaceoptics_desk.operations.context import Context, operation

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from spaceoptics_desk.services.cases import CaseDetail, CaseSummary
    from spaceoptics_desk.services.customer_view import CustomerView

# Who a request is about: the customer's id (the app), a customer number or e-mail address as typed (the
# command line), or None for a caller not known as a customer yet.
CustomerChoice = int | str | None


@dataclass(frozen=True)
class StepTaken:
    """Attributes:
    case: the case after the step.
    traces_gone: False when the step forgot personal data (a closed recipient task's reference, the free
        text of a closed case whose person was erased) whose traces wait for another program's reader
        (R31: the clean-up stays pending and is finished later).
    """

    case: CaseDetail
    traces_gone: bool = True


@operation(Action.HANDLE_CASE)
def open_case(
    context: Context,
    *,
    customer: CustomerChoice,
    channel: str,
    received_at: datetime | None,
    rights: Sequence[str],
    summary: str | None = None,
    contact_details: str | None = None,
) -> Outcome[CaseSummary]:
    """R1: logs a request as received (`received_at` None: now); answers with the case and its due date."""
    from spaceoptics_desk.services import cases

    with context.acting(Action.HANDLE_CASE) as act:
        customer_id = _customer_id(act.session, customer)
        case_id = cases.open_case(
            act.session,
            act.actor,
            context.clock,
            customer_id=customer_id,
            channel=channel,
            received_at=received_at or context.clock.now(),
            rights=rights,
            summary=summary,
            contact_details=contact_details,
        )
        opened = cases.case_detail(act.session, context.clock, case_id).summary
    return Outcome(opened, customer_changed(customer_id, cases=(case_id,)))


@operation(Action.HANDLE_CASE)
def list_cases(
    context: Context,
    *,
    open_only: bool = False,
    overdue: bool = False,
    due_within: int | None = None,
    right: str | None = None,
    staff_username: str | None = None,
) -> Outcome[list[CaseSummary]]:
    """The cases, most urgent first, closed ones last (services/cases.py says how each filter works)."""
    from spaceoptics_desk.services import cases

    with context.reading(Action.HANDLE_CASE) as session:
        return Outcome(
            cases.list_cases(
                session,
                context.clock,
                open_only=open_only,
                overdue=overdue,
                due_within=due_within,
                right=right,
                staff_username=staff_username,
            )
        )


@operation(Action.HANDLE_CASE)
def show_case(context: Context, case_id: int) -> Outcome[CaseDetail]:
    """One case with its dates, timeline and recipient tasks."""
    from spaceoptics_desk.services import cases

    with context.reading(Action.HANDLE_CASE) as session:
        return Outcome(cases.case_detail(session, context.clock, case_id))


@operation(Action.VIEW_CUSTOMER)
def case_customer(context: Context, case_id: int) -> Outcome[CustomerView]:
    """The customer the case is about, as the "Correct details" dialog of the case starts from (R13)."""
    from spaceoptics_desk.errors import QT_TRANSLATE_NOOP
    from spaceoptics_desk.services.customer_view import load_customer_view
    from spaceoptics_desk.services.errors import NotFound
    from spaceoptics_desk.store.models import Request

    with context.reading(Action.VIEW_CUSTOMER) as session:
        request = session.get(Request, case_id)
        if request is None or request.customer_id is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "This customer no longer exists."))
        return Outcome(load_customer_view(session, request.customer_id, context.clock))


@operation(Action.HANDLE_CASE)
def verify_identity(
    context: Context, case_id: int, method: str, note: str | None = None
) -> Outcome[StepTaken]:
    """R7: how the person's identity was checked (never an ID copy)."""
    from spaceoptics_desk.services import cases

    return _step(context, case_id, cases.verify_identity, method, note)


@operation(Action.HANDLE_CASE)
def extend(context: Context, case_id: int, reason: str, told_on: date) -> Outcome[StepTaken]:
    """R3: two months more, with the reason and the day the person was told."""
    from spaceoptics_desk.services import cases

    return _step(context, case_id, cases.extend, reason, told_on)


@operation(Action.HANDLE_CASE)
def pause(context: Context, case_id: int, asked_on: date, note: str | None = None) -> Outcome[StepTaken]:
    """R4: more information was asked of the person; the case waits for the answer."""
    from spaceoptics_desk.services import cases

    return _step(context, case_id, cases.pause, asked_on, note)


@operation(Action.HANDLE_CASE)
def resume(context: Context, case_id: int, answered_on: date, note: str | None = None) -> Outcome[StepTaken]:
    """R4: the person answered; the case runs again."""
    from spaceoptics_desk.services import cases

    return _step(context, case_id, cases.resume, answered_on, note)


@operation(Action.HANDLE_CASE)
def restrict(context: Context, case_id: int) -> Outcome[StepTaken]:
    """R15: processing of the case's customer is restricted (and its recipients are to be told, R16)."""
    from spaceoptics_desk.services import cases

    return _step(context, case_id, cases.restrict)


@operation(Action.HANDLE_CASE)
def lift_restriction(context: Context, case_id: int, notice: str) -> Outcome[StepTaken]:
    """R15: the restriction is lifted, with how and when the person was told."""
    from spaceoptics_desk.services import cases

    return _step(context, case_id, cases.lift_restriction, notice)


@operation(Action.HANDLE_CASE)
def add_note(context: Context, case_id: int, note: str) -> Outcome[StepTaken]:
    """A note on the case's timeline (a call back, a question asked, what was agreed)."""
    from spaceoptics_desk.services import cases

    return _step(context, case_id, cases.add_note, note)


@operation(Action.HANDLE_CASE)
def close(
    context: Context,
    case_id: int,
    outcome: str,
    *,
    reasons: str | None = None,
    complaint_right_told: bool = False,
) -> Outcome[StepTaken]:
    """R5: the case is closed with its outcome; its recipients' references and, after an erasure, its
    free text go (R16, R31)."""
    from spaceoptics_desk.services import cases

    return _step(
        context, case_id, cases.close, outcome, reasons=reasons, complaint_right_told=complaint_right_told
    )


@operation(Action.HANDLE_CASE)
def close_recipient_task(
    context: Context, task_id: int, outcome: str, note: str | None = None
) -> Outcome[StepTaken]:
    """R16: the recipient was told ("told"), or telling them is impossible or disproportionate
    ("not_possible", with why); the task forgets what the recipient knows the person by (R31)."""
    from spaceoptics_desk.services.recipient_tasks import close_task
    from spaceoptics_desk.store.models import RecipientTask

    with context.acting(Action.HANDLE_CASE) as act:
        close_task(act.session, act.actor, context.clock, task_id, outcome, note)
        task = act.session.get(RecipientTask, task_id)
        assert task is not None  # close_task refuses a task that is not there
        taken = _case_after_step(context, act.session, task.request_id)
    return Outcome(StepTaken(taken[0], act.traces_gone), taken[1])


def _step(
    context: Context, case_id: int, take: Callable[..., object], *args: object, **kwargs: object
) -> Outcome[StepTaken]:
    """One step of a case in one transaction (`take(session, actor, clock, case_id, *args, **kwargs)`, a
    step of services/cases.py), then the case as it is after it."""
    with context.acting(Action.HANDLE_CASE) as act:
        take(act.session, act.actor, context.clock, case_id, *args, **kwargs)
        case, changes = _case_after_step(context, act.session, case_id)
    return Outcome(StepTaken(case, act.traces_gone), changes)


def _case_after_step(context: Context, session: Session, case_id: int) -> tuple[CaseDetail, Changes]:
    """The case, and what the step changed: the case, and its customer (their view lists their requests
    and shows a restriction, R15)."""
    from spaceoptics_desk.services.cases import case_detail

    case = case_detail(session, context.clock, case_id)
    return case, customer_changed(case.summary.customer_id, cases=(case_id,))


def _customer_id(session: Session, customer: CustomerChoice) -> int | None:
    """The id of the customer a request is about (see CustomerChoice); NotFound for an unknown number."""
    if not isinstance(customer, str):
        return customer
    from spaceoptics_desk.services.customer_view import resolve_customer

    return resolve_customer(session, customer)
