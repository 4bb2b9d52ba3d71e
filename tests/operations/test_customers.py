"""Finding, showing and correcting a customer through the doors (issue 11; R9, R13): every staff member
may, the operation says which customer (and case) changed, and the lookup path gains no query."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from spaceoptics_desk.domain.corrections import FieldEdit
from spaceoptics_desk.operations import customers
from spaceoptics_desk.operations.changes import Changes
from spaceoptics_desk.operations.context import Context
from spaceoptics_desk.operations.opening import UNNAMED
from spaceoptics_desk.services.cases import open_case
from spaceoptics_desk.services.errors import InvalidInput, NotFound
from spaceoptics_desk.services.lookup import find_customers
from spaceoptics_desk.services.staff import acting_user
from spaceoptics_desk.store.database import Database
from spaceoptics_desk.store.models import Customer, Rectification
from tests.services.conftest import QueryCounter, Shop


def _email(database: Database, customer_id: int) -> str | None:
    with database.reading() as session:
        return session.scalar(select(Customer.email).where(Customer.id == customer_id))


@pytest.mark.parametrize("who", ["staff", "owner"])
def test_everyone_at_the_desk_finds_and_opens_a_customer(
    who: str, request: pytest.FixtureRequest, shop: Shop
) -> None:
    context: Context = request.getfixturevalue(who)
    [match] = customers.search(context, "berg").result
    assert match.customer_id == shop.jan
    assert customers.customer_id_of(context, "K000123").result == shop.jan
    shown = customers.open_customer(context, shop.jan).result
    assert shown.view.profile.customer_number == "K000123"
    assert "newsletter" in [toggle.key for toggle in shown.consent.toggles]
    assert not shown.consent.email_suppressed


def test_the_search_door_adds_no_query_to_the_lookup(
    staff: Context, database: Database, shop: Shop, count_queries: QueryCounter
) -> None:
    """The lookup is benchmarked (README): the door checks the role without asking the database."""
    with database.reading() as session:
        find_customers(session, "vries")
    by_service = count_queries.count
    customers.search(staff, "vries")
    assert count_queries.count - by_service == by_service


def test_a_correction_says_which_customer_changed(staff: Context, database: Database, shop: Shop) -> None:
    edit = FieldEdit("email", "jan.vdberg@example.nl", "jan@nieuw.nl")
    outcome = customers.correct(staff, shop.jan, [edit])
    assert outcome.result == ["email"]
    assert outcome.changes == Changes(customers=frozenset({shop.jan}))
    assert _email(database, shop.jan) == "jan@nieuw.nl"
    with database.reading() as session:
        [trail] = session.scalars(select(Rectification))
        assert trail.staff_user_id == acting_user(session, "staff").id  # recorded with who was at the desk


def test_a_correction_that_changes_nothing_changes_nothing(staff: Context, shop: Shop) -> None:
    same = FieldEdit("email", "jan.vdberg@example.nl", "JAN.vdberg@example.nl")
    outcome = customers.correct(staff, shop.jan, [same])
    assert outcome.result == []
    assert not outcome.changes  # no window reloads for nothing


def test_a_correction_within_a_case_says_the_case_changed_too(
    staff: Context, database: Database, shop: Shop
) -> None:
    with database.transaction() as session:
        case_id = open_case(
            session,
            acting_user(session, "staff"),
            staff.clock,
            customer_id=shop.zoe,
            channel="phone",
            received_at=staff.clock.now(),
            rights=["rectification"],
        )
    outcome = customers.correct(
        staff, shop.zoe, [FieldEdit("email", "zoe.devries@example.nl", "zoe@nieuw.nl")], case_id
    )
    assert outcome.changes == Changes(customers=frozenset({shop.zoe}), cases=frozenset({case_id}))


def test_the_command_lines_correction_replaces_what_is_stored_now(
    owner: Context, database: Database, shop: Shop
) -> None:
    outcome = customers.correct_to(owner, shop.jan, {"email": "jan@nieuw.nl"}, {"city": "Tiel"})
    assert sorted(outcome.result) == ["address.city", "email"]
    assert outcome.changes.touches_customer(shop.jan)
    assert _email(database, shop.jan) == "jan@nieuw.nl"
    with pytest.raises(InvalidInput, match="Nothing to correct"):
        customers.correct_to(owner, shop.jan, {}, {})


def test_someone_who_has_not_said_who_they_are_may_look_but_not_correct(
    staff: Context, database: Database, shop: Shop
) -> None:
    """The command line without --by, the app before the staff picker (operations/opening.py)."""
    unnamed = staff.as_staff(UNNAMED)
    assert customers.search(unnamed, "berg").result
    with pytest.raises(NotFound, match="no active staff member"):
        customers.correct(unnamed, shop.jan, [FieldEdit("email", "jan.vdberg@example.nl", "x@y.nl")])
    assert _email(database, shop.jan) == "jan.vdberg@example.nl"
