"""Request cases with the legal clock (issue 4): intake, identity check, extension, closing (R1-R7)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import TypedDict

import pytest
from sqlalchemy import select

from spaceoptics_desk.domain.clock import FixedClock
from spaceoptics_desk.services.cases import (
    case_detail,
    close,
    extend,
    lift_restriction,
    list_cases,
    open_case,
    pause,
    restrict,
    resume,
    verify_identity,
)
from spaceoptics_desk.services.errors import Conflict, InvalidInput, NotAllowed, NotFound
from spaceoptics_desk.services.staff import acting_user
from spaceoptics_desk.store.database import Database
from spaceoptics_desk.store.models import AuditEntry, Customer, Holiday
from tests.services.conftest import Shop

# Monday 31 August 2026, 10:15 in Maurik.
RECEIVED = datetime(2026, 8, 31, 8, 15, tzinfo=UTC)
DURING = FixedClock(datetime(2026, 9, 1, 9, 0, tzinfo=UTC))


class Intake(TypedDict, total=False):
    """What `open_case` is told at intake (its keyword arguments), or a change to it."""

    customer_id: int | None
    channel: str
    received_at: datetime
    rights: Sequence[str]


def opened(database: Database, shop: Shop, *rights: str, clock: FixedClock = DURING) -> int:
    with database.transaction() as session:
        return open_case(
            session,
            acting_user(session, "staff"),
            clock,
            customer_id=shop.jan,
            channel="phone",
            received_at=RECEIVED,
            rights=rights or ("access",),
            summary="Wil weten welke gegevens we hebben",
        )


def test_R1_R2_a_phone_call_is_a_case_due_a_month_later(database: Database, shop: Shop) -> None:
    case_id = opened(database, shop, "access", "erasure")
    with database.reading() as session:
        [case] = list_cases(session, DURING, open_only=True)
        detail = case_detail(session, DURING, case_id)
    assert (case.case_id, case.customer_number, case.rights) == (case_id, "K000123", ("access", "erasure"))
    assert case.due == date(2026, 9, 30) and case.days_left == 29
    assert [(t.kind, t.staff) for t in detail.timeline] == [("intake", "Medewerker")]


def test_R2_the_holiday_table_is_the_one_in_the_database(database: Database, shop: Shop) -> None:
    case_id = opened(database, shop)
    with database.transaction() as session:
        session.add(Holiday(day=date(2026, 9, 30), name="Shop closed (stocktaking)"))
    with database.reading() as session:
        assert case_detail(session, DURING, case_id).summary.due == date(2026, 10, 1)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"rights": ()}, "at least one right"),
        ({"rights": ("access", "telepathy")}, "Valid rights: access, rectification"),
        ({"channel": "pigeon"}, "Valid channels: phone, email, letter, in_person"),
        ({"received_at": datetime(2026, 9, 2, tzinfo=UTC)}, "in the future"),
    ],
)
def test_bad_intake_is_refused_and_nothing_is_written(
    database: Database, shop: Shop, changes: Intake, message: str
) -> None:
    arguments: Intake = {
        "customer_id": shop.jan,
        "channel": "phone",
        "received_at": RECEIVED,
        "rights": ("access",),
    }
    arguments.update(changes)
    with pytest.raises(InvalidInput, match=message), database.transaction() as session:
        open_case(session, acting_user(session, "staff"), DURING, **arguments)
    with database.reading() as session:
        assert list_cases(session, DURING) == []


def test_an_unknown_caller_is_a_case_without_customer(database: Database, shop: Shop) -> None:
    with database.transaction() as session:
        case_id = open_case(
            session,
            acting_user(session, "staff"),
            DURING,
            customer_id=None,
            channel="email",
            received_at=RECEIVED,
            rights=("access",),
            contact_details="terugbellen op 06-12345678",
        )
    with database.reading() as session:
        detail = case_detail(session, DURING, case_id)
    assert detail.summary.customer_number is None and detail.contact_details == "terugbellen op 06-12345678"


def test_R7_access_cannot_be_closed_as_complied_before_identity_is_verified(
    database: Database, shop: Shop
) -> None:
    case_id = opened(database, shop, "access")
    with pytest.raises(NotAllowed, match="identity first"), database.transaction() as session:
        close(session, acting_user(session, "owner"), DURING, case_id, "complied")
    with database.transaction() as session:
        verify_identity(session, acting_user(session, "staff"), DURING, case_id, "order-and-postcode")
        close(session, acting_user(session, "owner"), DURING, case_id, "complied")
    with database.reading() as session:
        detail = case_detail(session, DURING, case_id)
        audit = [e.action for e in session.scalars(select(AuditEntry).order_by(AuditEntry.id))]
    assert detail.identity_method == "order-and-postcode" and detail.outcome == "complied"
    assert [t.kind for t in detail.timeline] == ["intake", "verified", "closed"]
    assert audit == ["case_intake", "case_verified", "case_closed"]
    with pytest.raises(Conflict, match="closed already"), database.transaction() as session:
        close(session, acting_user(session, "owner"), DURING, case_id, "withdrawn")


def test_R5_a_refusal_needs_reasons_and_the_right_to_complain(database: Database, shop: Shop) -> None:
    case_id = opened(database, shop, "rectification")
    with database.transaction() as session:
        owner = acting_user(session, "owner")
        with pytest.raises(InvalidInput, match="needs its reasons"):
            close(session, owner, DURING, case_id, "refused")
        with pytest.raises(InvalidInput, match="Autoriteit Persoonsgegevens"):
            close(session, owner, DURING, case_id, "refused", reasons="Gegevens zijn juist")
        close(
            session,
            owner,
            DURING,
            case_id,
            "refused",
            reasons="Gegevens zijn juist",
            complaint_right_told=True,
        )
    with database.reading() as session:
        detail = case_detail(session, DURING, case_id)
    assert (detail.outcome, detail.outcome_reasons, detail.complaint_right_told) == (
        "refused",
        "Gegevens zijn juist",
        True,
    )


def test_R3_an_extension_needs_a_reason_and_is_refused_after_the_first_due_date(
    database: Database, shop: Shop
) -> None:
    case_id = opened(database, shop)
    with database.transaction() as session:
        staff = acting_user(session, "staff")
        with pytest.raises(InvalidInput, match="needs a reason"):
            extend(session, staff, DURING, case_id, "  ", date(2026, 9, 1))
        assert extend(session, staff, DURING, case_id, "Veel verzoeken tegelijk", date(2026, 9, 1)) == date(
            2026, 11, 30
        )
        with pytest.raises(Conflict, match="extended already"):
            extend(session, staff, DURING, case_id, "nog eens", date(2026, 9, 1))
    with database.reading() as session:
        summary = case_detail(session, DURING, case_id).summary
    assert (summary.first_due, summary.due, summary.extended_due) == (
        date(2026, 9, 30),
        date(2026, 11, 30),
        date(2026, 11, 30),
    )
    late_case = opened(database, shop)
    too_late = FixedClock(datetime(2026, 10, 1, 9, 0, tzinfo=UTC))
    with pytest.raises(NotAllowed, match="has passed"), database.transaction() as session:
        extend(session, acting_user(session, "staff"), too_late, late_case, "te laat", date(2026, 9, 30))


def test_overdue_and_due_within_filters(database: Database, shop: Shop) -> None:
    case_id = opened(database, shop)
    later = FixedClock(datetime(2026, 10, 2, 9, 0, tzinfo=UTC))
    with database.reading() as session:
        assert [c.case_id for c in list_cases(session, later, overdue=True)] == [case_id]
        assert list_cases(session, DURING, overdue=True) == []
        assert list_cases(session, DURING, due_within=7) == []
        assert [c.days_left for c in list_cases(session, later, due_within=7)] == [-2]


def test_an_unknown_case_is_not_found(database: Database, shop: Shop) -> None:
    with pytest.raises(NotFound, match="no case 4242"), database.reading() as session:
        case_detail(session, DURING, 4242)


def test_R4_waiting_for_the_person_is_shown_beside_the_binding_date(database: Database, shop: Shop) -> None:
    case_id = opened(database, shop)
    later = FixedClock(datetime(2026, 9, 20, 9, 0, tzinfo=UTC))
    with database.transaction() as session:
        staff = acting_user(session, "staff")
        with pytest.raises(InvalidInput, match="between receipt and today"):
            pause(session, staff, later, case_id, date(2026, 9, 21))
        pause(session, staff, later, case_id, date(2026, 9, 2), note="Bestelnummer gevraagd")
        with pytest.raises(Conflict, match="already"):
            pause(session, staff, later, case_id, date(2026, 9, 3))
        resume(session, staff, later, case_id, date(2026, 9, 9))
        with pytest.raises(Conflict, match="not waiting"):
            resume(session, staff, later, case_id, date(2026, 9, 10))
    with database.reading() as session:
        detail = case_detail(session, later, case_id)
    # The binding date stays 30-09; with the seven days of waiting it would be 07-10.
    assert (detail.summary.due, detail.summary.due_with_pause) == (date(2026, 9, 30), date(2026, 10, 7))
    assert [t.kind for t in detail.timeline] == ["intake", "paused", "resumed"]
    assert detail.summary.status == "open"


def test_R15_restriction_runs_inside_a_case_and_is_lifted_only_with_a_notice(
    database: Database, shop: Shop
) -> None:
    without_right = opened(database, shop, "access")
    case_id = opened(database, shop, "restriction")
    with database.transaction() as session:
        staff = acting_user(session, "staff")
        with pytest.raises(NotAllowed, match="not one of the rights"):
            restrict(session, staff, DURING, without_right)
        restrict(session, staff, DURING, case_id)
        with pytest.raises(Conflict, match="restricted already"):
            restrict(session, staff, DURING, case_id)
    with database.reading() as session:
        customer = session.get(Customer, shop.jan)
        assert customer is not None and customer.restricted_at == DURING.now()
    with database.transaction() as session:
        owner = acting_user(session, "owner")
        with pytest.raises(InvalidInput, match="how and when the person was told"):
            lift_restriction(session, owner, DURING, case_id, "  ")
        lift_restriction(session, owner, DURING, case_id, "Gebeld op 1 sept., juistheid bevestigd")
    with database.reading() as session:
        customer = session.get(Customer, shop.jan)
        assert customer is not None and customer.restricted_at is None
        detail = case_detail(session, DURING, case_id)
    assert [t.kind for t in detail.timeline][-3:] == ["restricted", "recipients_listed", "restriction_lifted"]
    assert detail.timeline[-1].note == "Gebeld op 1 sept., juistheid bevestigd"
