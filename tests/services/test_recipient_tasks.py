"""R16: a rectification, erasure or restriction in a case is told to every recipient of the data."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from spaceoptics_desk.domain.clock import FixedClock
from spaceoptics_desk.services.cases import add_note, case_detail, close, open_case, restrict, verify_identity
from spaceoptics_desk.services.consent import object_to_marketing, set_consent
from spaceoptics_desk.services.errors import Conflict, InvalidInput, NotAllowed
from spaceoptics_desk.services.recipient_tasks import close_task, create_tasks
from spaceoptics_desk.services.recipients import recipients_of
from spaceoptics_desk.services.rectification import FieldEdit, rectify
from spaceoptics_desk.services.staff import acting_user
from spaceoptics_desk.store.database import Database
from spaceoptics_desk.store.models import Customer, Request
from tests.records import add_customer
from tests.services.conftest import Shop

CLOCK = FixedClock(datetime(2026, 9, 1, 9, 0, tzinfo=UTC))
JANS_RECIPIENTS = {
    "PostNL",
    "Mollie (iDEAL, creditcard)",
    "Webshop hosting provider",
    "Meta Platforms Ireland (Facebook, Instagram)",
}


def opened(database: Database, customer_id: int, *rights: str) -> int:
    with database.transaction() as session:
        return open_case(
            session,
            acting_user(session, "staff"),
            CLOCK,
            customer_id=customer_id,
            channel="phone",
            received_at=datetime(2026, 8, 31, 8, 15, tzinfo=UTC),
            rights=rights,
        )


def test_R16_recipients_are_those_that_received_this_customers_data(database: Database, shop: Shop) -> None:
    with database.transaction() as session:
        staff = acting_user(session, "staff")
        jan = recipients_of(session, shop.jan)
        # Johan never ordered; he subscribed to the newsletter and objected to social-media ads at once.
        set_consent(session, staff, CLOCK, shop.johan, "newsletter", True, "web")
        object_to_marketing(
            session, staff, FixedClock(datetime(2015, 4, 1, 13, tzinfo=UTC)), shop.johan, "web"
        )
        johan = recipients_of(session, shop.johan)
    assert {u.name for u in jan} == JANS_RECIPIENTS
    assert {(u.reason, u.count) for u in jan if u.category in ("carrier", "payment")} == {
        ("shipments", 2),
        ("payments", 2),
    }
    assert {(u.key, u.reason) for u in johan} == {("webhost", "webshop"), ("newsletter-tool", "newsletter")}


def test_R16_a_shop_counter_customer_without_contact_details_has_no_recipients(database: Database) -> None:
    with database.transaction() as session:
        walk_in = add_customer(session, "K000900", "Piet", "", "Baan", source="counter")
        assert recipients_of(session, walk_in.id) == []


def test_R16_restriction_makes_one_task_per_recipient_and_the_case_closes_only_when_all_are_done(
    database: Database, shop: Shop
) -> None:
    case_id = opened(database, shop.jan, "restriction")
    with database.transaction() as session:
        restrict(session, acting_user(session, "staff"), CLOCK, case_id)
    with database.reading() as session:
        tasks = case_detail(session, CLOCK, case_id).recipient_tasks
    assert {t.recipient for t in tasks} == JANS_RECIPIENTS
    assert {(t.trigger, t.status) for t in tasks} == {("restriction", "open")}
    with database.transaction() as session:
        owner = acting_user(session, "owner")
        with pytest.raises(NotAllowed, match="4 recipient task"):
            close(session, owner, CLOCK, case_id, "complied")
    first, *others = tasks
    with database.transaction() as session:
        owner = acting_user(session, "owner")
        with pytest.raises(InvalidInput, match="why telling this recipient"):
            close_task(session, owner, CLOCK, first.task_id, "not_possible", " ")
        with pytest.raises(InvalidInput, match="Unknown outcome"):
            close_task(session, owner, CLOCK, first.task_id, "forgotten", None)
        close_task(session, owner, CLOCK, first.task_id, "not_possible", "Zending al afgeleverd en gewist")
        for task in others:
            close_task(session, owner, CLOCK, task.task_id, "told", "Per e-mail aan privacy-contact")
    with database.transaction() as session:
        owner = acting_user(session, "owner")
        with pytest.raises(Conflict, match="closed already"):
            close_task(session, owner, CLOCK, first.task_id, "told", None)
        close(session, owner, CLOCK, case_id, "complied")
    with database.reading() as session:
        detail = case_detail(session, CLOCK, case_id)
    assert {t.status for t in detail.recipient_tasks} == {"told", "not_possible"}
    assert all(t.closed_by == "Eigenaar" for t in detail.recipient_tasks)
    kinds = [t.kind for t in detail.timeline]
    assert kinds.count("recipient_told") == 3 and kinds.count("recipient_not_told") == 1
    assert f"{first.recipient}: Zending al afgeleverd en gewist" in [t.note for t in detail.timeline]


def test_R13_R16_a_correction_in_a_case_is_on_its_timeline_and_told_once_per_recipient(
    database: Database, shop: Shop
) -> None:
    case_id = opened(database, shop.jan, "rectification")
    for new_mobile in ("06-12345678", "06-87654321"):
        with database.transaction() as session:
            customer = session.get(Customer, shop.jan)
            assert customer is not None
            rectify(
                session,
                acting_user(session, "staff"),
                CLOCK,
                shop.jan,
                [FieldEdit("mobile", customer.mobile, new_mobile)],
                request_id=case_id,
            )
    with database.reading() as session:
        detail = case_detail(session, CLOCK, case_id)
    assert [(t.kind, t.note) for t in detail.timeline if t.kind == "corrected"] == [
        ("corrected", "mobile"),
        ("corrected", "mobile"),
    ]
    # Both corrections are told in one go: no second task while the first is open.
    assert sorted(t.recipient for t in detail.recipient_tasks) == sorted(JANS_RECIPIENTS)
    assert "06-" not in " ".join(t.note or "" for t in detail.timeline)


def test_R16_a_case_without_customer_has_no_recipients_and_tasks_are_not_doubled(
    database: Database, shop: Shop
) -> None:
    with database.transaction() as session:
        staff = acting_user(session, "staff")
        unknown = open_case(
            session,
            staff,
            CLOCK,
            customer_id=None,
            channel="email",
            received_at=CLOCK.now(),
            rights=["erasure"],
        )
        request = session.get(Request, unknown)
        assert request is not None
        assert create_tasks(session, staff, CLOCK, request, "erasure") == 0
    case_id = opened(database, shop.zoe, "erasure")
    with database.transaction() as session:
        staff = acting_user(session, "staff")
        request = session.get(Request, case_id)
        assert request is not None
        assert create_tasks(session, staff, CLOCK, request, "erasure") == 4
        assert create_tasks(session, staff, CLOCK, request, "erasure") == 0


def test_two_staff_members_checking_identity_at_once_the_second_is_told(
    database: Database, shop: Shop
) -> None:
    case_id = opened(database, shop.jan, "access")
    with database.transaction() as session:
        verify_identity(session, acting_user(session, "staff"), CLOCK, case_id, "call-back")
    with pytest.raises(Conflict, match="checked already"), database.transaction() as session:
        verify_identity(session, acting_user(session, "owner"), CLOCK, case_id, "email-on-file")
    with database.reading() as session:
        detail = case_detail(session, CLOCK, case_id)
    assert detail.identity_method == "call-back"


def test_a_note_goes_on_the_timeline_and_an_empty_one_is_refused(database: Database, shop: Shop) -> None:
    case_id = opened(database, shop.jan, "access")
    with database.transaction() as session:
        staff = acting_user(session, "staff")
        with pytest.raises(InvalidInput, match="empty"):
            add_note(session, staff, CLOCK, case_id, "   ")
        add_note(session, staff, CLOCK, case_id, "Teruggebeld, vraagt ook om facturen")
    with database.reading() as session:
        detail = case_detail(session, CLOCK, case_id)
    assert [(t.kind, t.note) for t in detail.timeline][-1] == ("note", "Teruggebeld, vraagt ook om facturen")
