"""The doors of a request (issue 11; R1-R7, R15, R16): everyone at the desk handles cases (the permission
table), every step is recorded with the staff member who took it, answers with the case after it, and
says what it changed so the open windows refresh."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from spaceoptics_desk.domain.clock import FixedClock, local_today
from spaceoptics_desk.domain.permissions import OWNER, STAFF, Action, Role, may
from spaceoptics_desk.domain.staff import StaffMember
from spaceoptics_desk.operations import cases
from spaceoptics_desk.operations.context import Context
from spaceoptics_desk.services.errors import InvalidInput, NotFound
from spaceoptics_desk.store.database import Database
from spaceoptics_desk.store.models import AuditEntry, StaffUser
from tests.services.conftest import Shop

MEMBERS = {
    STAFF: StaffMember("staff", "Medewerker", STAFF),
    OWNER: StaffMember("owner", "Eigenaar", OWNER),
}


@pytest.mark.parametrize("role", [STAFF, OWNER])
def test_every_step_is_taken_by_whoever_the_table_lets_handle_a_case(
    role: Role, database: Database, shop: Shop, clock: FixedClock
) -> None:
    assert may(role, Action.HANDLE_CASE)
    context = Context(database, MEMBERS[role], clock)
    opened = cases.open_case(
        context,
        customer="K000123",
        channel="phone",
        received_at=None,
        rights=["access", "restriction"],
        summary="wil weten wat we bewaren",
    )
    case_id = opened.result.case_id
    assert opened.result.received_at == clock.now()  # none given: now
    assert opened.changes.touches_case(case_id) and opened.changes.touches_customer(shop.jan)
    today = local_today(clock)
    steps = [
        cases.verify_identity(context, case_id, "call-back"),
        cases.pause(context, case_id, today, "bon gevraagd"),
        cases.resume(context, case_id, today),
        cases.extend(context, case_id, "veel verzoeken", today),
        cases.restrict(context, case_id),
        cases.lift_restriction(context, case_id, "per brief"),
        cases.add_note(context, case_id, "teruggebeld"),
    ]
    for taken in steps:  # each answers with the case as it was right after it, and names what it changed
        assert taken.changes.touches_case(case_id) and taken.changes.touches_customer(shop.jan)
    kinds = [[entry.kind for entry in taken.result.case.timeline][-1] for taken in steps]
    assert kinds == [
        "verified",
        "paused",
        "resumed",
        "extended",
        "recipients_listed",
        "restriction_lifted",
        "note",
    ]
    assert steps[3].result.case.summary.extended_due == steps[3].result.case.summary.due
    for task in steps[-1].result.case.recipient_tasks:
        told = cases.close_recipient_task(context, task.task_id, "told", "gemaild")
        assert told.changes.touches_case(case_id) and told.result.traces_gone
    closed = cases.close(context, case_id, "complied").result
    assert closed.case.summary.status == "closed" and closed.traces_gone
    with database.reading() as session:
        actors = set(
            session.scalars(
                select(StaffUser.username)
                .join(AuditEntry, AuditEntry.staff_user_id == StaffUser.id)
                .where(AuditEntry.entity == "request", AuditEntry.entity_id == case_id)
            )
        )
    assert actors == {MEMBERS[role].username}
    shown = cases.show_case(context, case_id).result
    assert shown.summary.status == "closed" and shown.timeline[-1].kind == "closed"
    assert [c.case_id for c in cases.list_cases(context, right="restriction").result] == [case_id]
    assert cases.list_cases(context, open_only=True).result == []


def test_a_caller_not_known_yet_is_a_case_of_nobody(
    database: Database, shop: Shop, clock: FixedClock
) -> None:
    context = Context(database, MEMBERS[STAFF], clock)
    opened = cases.open_case(
        context,
        customer=None,
        channel="email",
        received_at=clock.now() - timedelta(days=1),
        rights=["access"],
    )
    assert opened.result.customer_number is None
    assert opened.changes.cases == {opened.result.case_id} and not opened.changes.customers
    with pytest.raises(NotFound, match="no longer exists"):
        cases.case_customer(context, opened.result.case_id)


def test_the_case_customer_is_the_one_the_case_is_about(
    database: Database, shop: Shop, clock: FixedClock
) -> None:
    context = Context(database, MEMBERS[STAFF], clock)
    case_id = cases.open_case(
        context, customer=shop.zoe, channel="phone", received_at=None, rights=["rectification"]
    ).result.case_id
    assert cases.case_customer(context, case_id).result.profile.customer_number == "K000124"


def test_a_refused_step_writes_nothing(database: Database, shop: Shop, clock: FixedClock) -> None:
    context = Context(database, MEMBERS[STAFF], clock)
    case_id = cases.open_case(
        context, customer=shop.jan, channel="phone", received_at=None, rights=["access"]
    ).result.case_id
    with database.reading() as session:
        before = len(list(session.scalars(select(AuditEntry.id))))
    with pytest.raises(InvalidInput, match="The note is empty"):
        cases.add_note(context, case_id, "  ")
    with pytest.raises(NotFound, match="no active staff member"):
        cases.add_note(Context(database, StaffMember("gone", "Weg", STAFF), clock), case_id, "hallo")
    with database.reading() as session:
        assert len(list(session.scalars(select(AuditEntry.id)))) == before
