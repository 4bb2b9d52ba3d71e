"""Rectification with a trail (R13): old value, new value, who, when, which case; refusals change nothing."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from spaceoptics_desk.domain.clock import FixedClock
from spaceoptics_desk.services.customer_view import load_customer_view
from spaceoptics_desk.services.errors import Conflict, InvalidInput, NotAllowed, NotFound
from spaceoptics_desk.services.lookup import find_customers
from spaceoptics_desk.services.rectification import FieldEdit, rectify
from spaceoptics_desk.services.staff import acting_user
from spaceoptics_desk.store.database import Database
from spaceoptics_desk.store.models import Address, AuditEntry, Customer, Rectification, Request
from tests.services.conftest import Shop

NOW = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)


def correct(
    database: Database, clock: FixedClock, customer_id: int, *edits: FieldEdit, request_id: int | None = None
) -> list[tuple[str, str | None, str | None]]:
    with database.transaction() as session:
        actor = acting_user(session, "staff")
        written = rectify(session, actor, clock, customer_id, edits, request_id)
        return [(w.field, w.old_value, w.new_value) for w in written]


def address_id(database: Database, customer_id: int) -> int:
    with database.reading() as session:
        found = session.scalar(select(Address.id).where(Address.customer_id == customer_id))
        assert found is not None
        return found


def snapshot(database: Database) -> tuple[object, ...]:
    with database.reading() as session:
        customers = [
            (c.first_name, c.name_prefix, c.last_name, c.email, c.phone, c.mobile)
            for c in session.scalars(select(Customer).order_by(Customer.id))
        ]
        addresses = [
            (a.street, a.house_number, a.postcode, a.city, a.country)
            for a in session.scalars(select(Address).order_by(Address.id))
        ]
        trail = session.query(Rectification).count()
        audit = session.query(AuditEntry).count()
    return (customers, addresses, trail, audit)


def test_R13_each_change_is_kept_with_old_new_who_and_when_and_shown_as_history(
    database: Database, shop: Shop, clock: FixedClock
) -> None:
    addr = address_id(database, shop.jan)
    written = correct(
        database,
        clock,
        shop.jan,
        FieldEdit("last_name", "Berg", "Bergh"),
        FieldEdit("email", "jan.vdberg@example.nl", " Jan.Bergh@Example.NL "),
        FieldEdit("mobile", "06-22993969", "06 12 34 56 79"),
        FieldEdit("postcode", "4021HR", "4021 hs", address_id=addr),
        FieldEdit("first_name", "Jan", "Jan"),  # unchanged: no trail entry
    )
    assert written == [
        ("last_name", "Berg", "Bergh"),
        ("email", "jan.vdberg@example.nl", "jan.bergh@example.nl"),
        ("mobile", "06-22993969", "+31612345679"),
        ("address.postcode", "4021HR", "4021HS"),
    ]
    with database.reading() as session:
        view = load_customer_view(session, shop.jan, clock)
    assert view.profile.name == "Jan van der Bergh"
    assert view.profile.email == "jan.bergh@example.nl"
    assert view.addresses[0].postcode == "4021HS"
    history = {
        (r.field, r.old_value, r.new_value, r.changed_at, r.staff, r.request_id) for r in view.rectifications
    }
    assert history == {
        ("last_name", "Berg", "Bergh", NOW, "Medewerker", None),
        ("email", "jan.vdberg@example.nl", "jan.bergh@example.nl", NOW, "Medewerker", None),
        ("mobile", "06-22993969", "+31612345679", NOW, "Medewerker", None),
        ("address.postcode", "4021HR", "4021HS", NOW, "Medewerker", None),
    }


def test_R13_the_case_is_recorded_with_the_change(database: Database, shop: Shop, clock: FixedClock) -> None:
    with database.transaction() as session:
        case = Request(
            customer_id=shop.zoe,
            channel="email",
            received_at=NOW,
            staff_user_id=acting_user(session, "staff").id,
        )
        session.add(case)
        session.flush()
        case_id = case.id
    correct(database, clock, shop.zoe, FieldEdit("first_name", "Zoë", "Zoé"), request_id=case_id)
    with database.reading() as session:
        [entry] = load_customer_view(session, shop.zoe, clock).rectifications
    assert (entry.field, entry.request_id) == ("first_name", case_id)


def test_clearing_an_optional_field_is_a_change_too(
    database: Database, shop: Shop, clock: FixedClock
) -> None:
    assert correct(database, clock, shop.jan, FieldEdit("name_prefix", "van der", "")) == [
        ("name_prefix", "van der", None)
    ]
    with database.reading() as session:
        assert load_customer_view(session, shop.jan, clock).profile.name == "Jan Berg"


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (FieldEdit("email", "jan.vdberg@example.nl", "jan at example dot nl"), "not a valid e-mail address"),
        (FieldEdit("email", "jan.vdberg@example.nl", "jan@localhost"), "not a valid e-mail address"),
        (FieldEdit("mobile", "06-22993969", "06-123"), "not a valid telephone number"),
        (FieldEdit("mobile", "06-22993969", "0000000000"), "not a valid telephone number"),
        (FieldEdit("mobile", "06-22993969", "bel maar"), "not a valid telephone number"),
        (FieldEdit("last_name", "Berg", "   "), "may not be empty"),
        (FieldEdit("last_name", "Berg", "B" * 201), "too long"),
        (FieldEdit("customer_number", "K000123", "K1"), "cannot be corrected here"),
    ],
)
def test_invalid_input_is_refused_and_nothing_changes(
    database: Database, shop: Shop, clock: FixedClock, edit: FieldEdit, message: str
) -> None:
    before = snapshot(database)
    with pytest.raises(InvalidInput, match=message):
        # A valid edit first: it must not survive the refused one.
        correct(database, clock, shop.jan, FieldEdit("first_name", "Jan", "Johannes"), edit)
    assert snapshot(database) == before


def test_an_invalid_dutch_postcode_is_refused_and_nothing_changes(
    database: Database, shop: Shop, clock: FixedClock
) -> None:
    addr = address_id(database, shop.jan)
    before = snapshot(database)
    with pytest.raises(InvalidInput, match="4021 HR"):
        correct(
            database,
            clock,
            shop.jan,
            FieldEdit("city", "Maurik", "Eck en Wiel", address_id=addr),
            FieldEdit("postcode", "4021HR", "4021", address_id=addr),
        )
    assert snapshot(database) == before


def test_a_foreign_postcode_follows_the_new_country_whatever_the_order(
    database: Database, shop: Shop, clock: FixedClock
) -> None:
    addr = address_id(database, shop.jan)
    written = correct(
        database,
        clock,
        shop.jan,
        FieldEdit("postcode", "4021HR", "1000", address_id=addr),
        FieldEdit("country", "NL", "be", address_id=addr),
        FieldEdit("city", "Maurik", "Brussel", address_id=addr),
    )
    assert ("address.postcode", "4021HR", "1000") in written
    assert ("address.country", "NL", "BE") in written


def test_a_stale_value_is_a_conflict_and_nothing_is_overwritten(
    database: Database, shop: Shop, clock: FixedClock
) -> None:
    correct(database, clock, shop.jan, FieldEdit("email", "jan.vdberg@example.nl", "jan@berg.nl"))
    before = snapshot(database)
    with pytest.raises(Conflict, match="Someone else changed this customer"):
        # A colleague's screen still shows the old address.
        correct(database, clock, shop.jan, FieldEdit("email", "jan.vdberg@example.nl", "jan@elders.nl"))
    assert snapshot(database) == before


def test_an_address_of_someone_else_is_not_found(database: Database, shop: Shop, clock: FixedClock) -> None:
    zoe_address = address_id(database, shop.zoe)
    before = snapshot(database)
    with pytest.raises(NotFound):
        correct(database, clock, shop.jan, FieldEdit("city", "Amsterdam", "Utrecht", address_id=zoe_address))
    assert snapshot(database) == before


def _restrict(database: Database, customer_id: int) -> None:
    with database.transaction() as session:
        customer = session.get(Customer, customer_id)
        assert customer is not None
        customer.restricted_at = datetime(2026, 11, 1, tzinfo=UTC)


def test_R15_a_restricted_customer_is_not_corrected_outside_a_case(
    database: Database, shop: Shop, clock: FixedClock
) -> None:
    _restrict(database, shop.johan)
    before = snapshot(database)
    with pytest.raises(NotAllowed, match="restricted"):
        correct(database, clock, shop.johan, FieldEdit("first_name", "Johan", "Jan"))
    assert snapshot(database) == before


def test_R15_a_restricted_customer_is_corrected_within_their_own_open_case(
    database: Database, shop: Shop, clock: FixedClock
) -> None:
    _restrict(database, shop.johan)
    with database.transaction() as session:
        staff_id = acting_user(session, "staff").id
        own = Request(customer_id=shop.johan, channel="letter", received_at=NOW, staff_user_id=staff_id)
        someone_else = Request(
            customer_id=shop.zoe, channel="letter", received_at=NOW, staff_user_id=staff_id
        )
        session.add_all([own, someone_else])
        session.flush()
        own_id, other_id = own.id, someone_else.id
    with pytest.raises(NotAllowed, match="not an open case of this customer"):
        correct(database, clock, shop.johan, FieldEdit("first_name", "Johan", "Jan"), request_id=other_id)
    with pytest.raises(NotAllowed, match="not an open case of this customer"):
        correct(database, clock, shop.johan, FieldEdit("first_name", "Johan", "Jan"), request_id=987654)
    assert correct(
        database, clock, shop.johan, FieldEdit("first_name", "Johan", "Jan"), request_id=own_id
    ) == [("first_name", "Johan", "Jan")]


def test_the_audit_log_records_the_action_without_personal_data(
    database: Database, shop: Shop, clock: FixedClock
) -> None:
    correct(
        database,
        clock,
        shop.jan,
        FieldEdit("email", "jan.vdberg@example.nl", "jan@berg.nl"),
        FieldEdit("last_name", "Berg", "Bergh"),
    )
    with database.reading() as session:
        [entry] = session.scalars(select(AuditEntry)).all()
        staff_id = acting_user(session, "staff").id
        who_what = (entry.action, entry.entity, entry.entity_id, entry.staff_user_id, entry.occurred_at)
        details = entry.details or ""
    assert who_what == ("rectify", "customer", shop.jan, staff_id, NOW)
    logged = json.loads(details)
    # Issue 12: the seal of each trail row (row id, customer id, a salted hash), never its values.
    seals = logged.pop("seal:rectifications").split(",")
    assert logged == {"fields": "email,last_name", "request_id": None}
    assert [re.fullmatch(rf"\d+:{shop.jan}:[0-9a-f]{{64}}", s) is not None for s in seals] == [True, True]
    for personal in ("jan", "berg", "@", "example", "06"):
        assert personal not in json.dumps(logged).lower()


def test_nothing_changed_writes_no_trail_and_no_audit(
    database: Database, shop: Shop, clock: FixedClock
) -> None:
    before = snapshot(database)
    assert (
        correct(
            database, clock, shop.jan, FieldEdit("email", "jan.vdberg@example.nl", "JAN.VDBERG@example.nl")
        )
        == []
    )
    assert snapshot(database) == before


def test_the_search_index_follows_the_change(database: Database, shop: Shop, clock: FixedClock) -> None:
    addr = address_id(database, shop.jan)
    correct(
        database,
        clock,
        shop.jan,
        FieldEdit("email", "jan.vdberg@example.nl", "jan@sterrenkijker.nl"),
        FieldEdit("mobile", "06-22993969", "06-11112222"),
        FieldEdit("postcode", "4021HR", "4021HS", address_id=addr),
    )
    with database.reading() as session:

        def found(query: str) -> list[int]:
            return [m.customer_id for m in find_customers(session, query)]

        assert found("jan.vdberg@example.nl") == []
        assert found("06-22993969") == []
        assert found("4021 HR 151") == []
        assert found("jan@sterrenkijker.nl") == [shop.jan]
        assert found("06-11112222") == [shop.jan]
        assert found("4021 HS 151") == [shop.jan]
        assert found("vd berg") == [shop.jan]


@pytest.mark.parametrize(
    ("field", "seen", "new", "message"),
    [
        ("house_number", "151", "151a", "put a letter in the addition"),
        ("house_number", "151", "abc", "A house number is a number"),
        ("house_number", "151", "0", "A house number is a number"),
        ("postcode", "4021HR", "1234 SS", "A Dutch postcode looks like"),
    ],
)
def test_address_values_that_would_break_the_search_are_refused(
    database: Database, shop: Shop, clock: FixedClock, field: str, seen: str, new: str, message: str
) -> None:
    before = snapshot(database)
    with pytest.raises(InvalidInput, match=message):
        correct(database, clock, shop.jan, FieldEdit(field, seen, new, address_id(database, shop.jan)))
    assert snapshot(database) == before


def test_a_landline_is_not_accepted_as_mobile(database: Database, shop: Shop, clock: FixedClock) -> None:
    with pytest.raises(InvalidInput, match="landline"):
        correct(database, clock, shop.jan, FieldEdit("mobile", "06-22993969", "0302879014"))
    assert correct(database, clock, shop.jan, FieldEdit("phone", None, "0302879014")) == [
        ("phone", None, "+31302879014")
    ]
