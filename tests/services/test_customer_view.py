"""The customer view (issue 2): everything held about one customer, loaded in a bounded number of queries."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from spaceoptics_desk.domain.clock import FixedClock
from spaceoptics_desk.domain.consent import ConsentStatus
from spaceoptics_desk.domain.retention import RetentionCategory
from spaceoptics_desk.services.customer_view import load_customer_view, resolve_customer
from spaceoptics_desk.services.errors import NotFound
from spaceoptics_desk.store.database import Database
from spaceoptics_desk.store.models import (
    ConsentEvent,
    ConsentWording,
    Customer,
    LegalHold,
    PortalAccount,
    Purpose,
    Request,
    RequestRight,
    ReturnRepair,
    ServiceContact,
    StaffUser,
)
from tests.records import add_customer, add_order, at
from tests.services.conftest import TODAY, QueryCounter, Shop


def _fill_jan(database: Database, shop: Shop) -> None:
    with database.transaction() as session:
        staff = session.scalar(select(StaffUser).where(StaffUser.username == "staff"))
        assert staff is not None
        jan = session.get(Customer, shop.jan)
        assert jan is not None
        purposes = {p.key: p for p in session.scalars(select(Purpose))}
        wording = session.scalar(
            select(ConsentWording).where(ConsentWording.purpose_id == purposes["newsletter"].id)
        )
        assert wording is not None
        order_id = session.scalar(select(ReturnRepair.id))  # none yet
        assert order_id is None
        session.add_all(
            [
                PortalAccount(
                    customer_id=jan.id,
                    login_name="jan.vdberg@example.nl",
                    created_at=at(2016, 2, 1),
                    last_login_at=at(2024, 8, 30),
                ),
                ServiceContact(
                    customer_id=jan.id,
                    kind="contact",
                    occurred_at=at(2025, 3, 20),
                    channel="phone",
                    subject="Levering verrekijker",
                    summary="Vraag over track & trace",
                    staff_user_id=staff.id,
                ),
                ReturnRepair(
                    customer_id=jan.id,
                    kind="repair",
                    opened_at=at(2025, 4, 2),
                    status="closed",
                    closed_at=at(2025, 4, 20),
                    description="Scharnier los",
                ),
                ConsentEvent(
                    customer_id=jan.id,
                    purpose_id=purposes["newsletter"].id,
                    action="given",
                    occurred_at=at(2019, 6, 1),
                    channel="web",
                    mechanism="double_opt_in",
                    wording_id=wording.id,
                ),
                ConsentEvent(
                    customer_id=jan.id,
                    purpose_id=purposes["newsletter"].id,
                    action="withdrawn",
                    occurred_at=at(2025, 3, 20),
                    channel="phone",
                    mechanism="spoken",
                    staff_user_id=staff.id,
                ),
                ConsentEvent(
                    customer_id=jan.id,
                    purpose_id=purposes["promotions"].id,
                    action="given",
                    occurred_at=at(2025, 3, 20),
                    channel="phone",
                    mechanism="spoken",
                    staff_user_id=staff.id,
                ),
                LegalHold(
                    customer_id=jan.id,
                    reason="Betwiste betaling",
                    case_reference="GESCHIL-2026-01",
                    placed_at=at(2026, 1, 5),
                    review_on=date(2027, 1, 5),
                    placed_by_id=staff.id,
                ),
                LegalHold(
                    customer_id=jan.id,
                    reason="Opgeheven",
                    case_reference="OUD-1",
                    placed_at=at(2020, 1, 5),
                    review_on=date(2021, 1, 5),
                    placed_by_id=staff.id,
                    lifted_at=at(2020, 6, 1),
                    lifted_by_id=staff.id,
                ),
            ]
        )
        request = Request(
            customer_id=jan.id, channel="phone", received_at=at(2026, 11, 20), staff_user_id=staff.id
        )
        request.rights.extend([RequestRight(right="access"), RequestRight(right="rectification")])
        closed = Request(
            customer_id=jan.id,
            channel="email",
            received_at=at(2024, 1, 10),
            status="closed",
            closed_at=at(2024, 1, 30),
            staff_user_id=staff.id,
        )
        session.add_all([request, closed])


def test_the_view_holds_every_record_of_the_customer(
    database: Database, shop: Shop, clock: FixedClock
) -> None:
    _fill_jan(database, shop)
    with database.reading() as session:
        view = load_customer_view(session, shop.jan, clock)

    assert view.today == TODAY
    assert view.profile.name == "Jan van der Berg"
    assert (view.profile.customer_number, view.profile.email) == ("K000123", "jan.vdberg@example.nl")
    assert [(a.street, a.house_number, a.postcode, a.city) for a in view.addresses] == [
        ("Dorpsstraat", "151", "4021HR", "Maurik")
    ]
    # Newest order first, each with its lines, invoice, payment and shipment.
    assert [o.order_number for o in view.orders] == ["2025-000123", "2019-000042"]
    newest = view.orders[0]
    assert [line.description for line in newest.lines] == ["Verrekijker 10x50"]
    assert [i.invoice_number for i in newest.invoices] == ["F2025-000123"]
    assert [(p.method, p.amount_cents, p.provider) for p in newest.payments] == [
        ("ideal", 12_995, "Mollie (iDEAL, creditcard)")
    ]
    assert [(s.carrier, s.tracking_code) for s in newest.shipments] == [("PostNL", "3S2025-000123")]
    assert [(r.kind, r.description) for r in view.returns_repairs] == [("repair", "Scharnier los")]
    assert [c.subject for c in view.service_contacts] == ["Levering verrekijker"]
    assert view.portal_account is not None
    assert view.portal_account.last_login_at == at(2024, 8, 30)

    states = {p.key: p.consent for p in view.purposes}
    assert states["newsletter"] is not None and states["newsletter"].status is ConsentStatus.WITHDRAWN
    assert states["promotions"] is not None and states["promotions"].status is ConsentStatus.GIVEN
    assert (
        states["personal-advice"] is not None
        and states["personal-advice"].status is ConsentStatus.NEVER_ASKED
    )
    assert states["orders"] is None  # contract, not consent: no consent state to show
    assert [(h.purpose_key, h.action) for h in view.consent_history][-1] == ("newsletter", "given")
    assert view.consent_history[-1].wording_version == 1
    assert {h.staff for h in view.consent_history} == {None, "Medewerker"}

    assert [(r.channel, r.rights) for r in view.open_requests] == [("phone", ("access", "rectification"))]
    assert [h.case_reference for h in view.legal_holds] == ["GESCHIL-2026-01"]


def test_R23_retention_per_category_with_the_earliest_date(
    database: Database, shop: Shop, clock: FixedClock
) -> None:
    _fill_jan(database, shop)
    with database.reading() as session:
        view = load_customer_view(session, shop.jan, clock)
    lines = {line.rule.category: line for line in view.retention}
    assert list(lines) == [
        RetentionCategory.PROFILE,
        RetentionCategory.FISCAL,
        RetentionCategory.PORTAL_ACCOUNT,
        RetentionCategory.CONSENT,
        RetentionCategory.FRAUD,
        RetentionCategory.SERVICE_CONTACTS,
        RetentionCategory.CASES,
    ]
    assert lines[RetentionCategory.PROFILE].first_due == date(2032, 3, 15)  # last order 14-03-2025
    fiscal = lines[RetentionCategory.FISCAL]
    assert (fiscal.first_due, fiscal.last_due) == (date(2027, 1, 1), date(2033, 1, 1))
    assert fiscal.record_count == 6  # two orders, two invoices, two payments
    assert lines[RetentionCategory.PORTAL_ACCOUNT].first_due == date(2031, 8, 31)
    assert lines[RetentionCategory.CONSENT].first_due == date(2026, 6, 2)
    assert lines[RetentionCategory.FRAUD].first_due == date(2027, 1, 5)
    assert lines[RetentionCategory.SERVICE_CONTACTS].first_due == date(2027, 3, 21)
    assert lines[RetentionCategory.CASES].first_due == date(2026, 1, 31)
    assert all(line.held_until == date(2027, 1, 5) for line in lines.values())


def test_R23_a_payment_in_a_later_year_keeps_its_own_fiscal_year(
    database: Database, clock: FixedClock
) -> None:
    with database.transaction() as session:
        customer = add_customer(session, "K9", "Piet", "", "Jansen", created=at(2018, 1, 1))
        order = add_order(session, customer, "2019-000999", at(2019, 12, 30))
        order.payments[0].paid_at = at(2020, 1, 3)
        customer_id = customer.id
    with database.reading() as session:
        view = load_customer_view(session, customer_id, clock)
    fiscal = next(line for line in view.retention if line.rule.category is RetentionCategory.FISCAL)
    assert fiscal.last_due == date(2028, 1, 1)


def test_R23_portal_account_never_logged_in_still_has_a_date(database: Database, clock: FixedClock) -> None:
    with database.transaction() as session:
        customer = add_customer(session, "K9", "Piet", "", "Jansen")
        session.add(PortalAccount(customer_id=customer.id, login_name="piet", created_at=at(2017, 5, 9)))
        customer_id = customer.id
    with database.reading() as session:
        view = load_customer_view(session, customer_id, clock)
    portal = next(line for line in view.retention if line.rule.category is RetentionCategory.PORTAL_ACCOUNT)
    assert (portal.record_count, portal.first_due) == (1, date(2024, 5, 10))


def test_a_customer_with_nothing_but_a_name_loads(database: Database, shop: Shop, clock: FixedClock) -> None:
    with database.reading() as session:
        view = load_customer_view(session, shop.johan, clock)
    assert view.orders == [] and view.portal_account is None and view.legal_holds == []
    profile = next(line for line in view.retention if line.rule.category is RetentionCategory.PROFILE)
    assert profile.first_due == date(2022, 4, 2)  # created 01-04-2015, no orders


def test_the_view_shows_nothing_of_other_customers(database: Database, shop: Shop, clock: FixedClock) -> None:
    _fill_jan(database, shop)
    with database.reading() as session:
        view = load_customer_view(session, shop.zoe, clock)
    assert [o.order_number for o in view.orders] == ["2024-000777"]
    assert view.service_contacts == [] and view.returns_repairs == [] and view.open_requests == []
    assert view.consent_history == [] and view.legal_holds == [] and view.portal_account is None


def _orders_for(database: Database, count: int) -> int:
    with database.transaction() as session:
        customer = add_customer(session, f"K{count:06d}", "Veel", "", "Besteld")
        for n in range(count):
            add_order(session, customer, f"2020-{count:02d}{n:04d}", datetime(2020, 1, 1, tzinfo=UTC))
        return customer.id


def test_the_number_of_queries_does_not_grow_with_the_orders(
    database: Database, shop: Shop, clock: FixedClock, count_queries: QueryCounter
) -> None:
    _fill_jan(database, shop)
    few, many = _orders_for(database, 1), _orders_for(database, 40)
    counts = []
    for customer_id in (few, many, shop.jan):
        before = count_queries.count
        with database.reading() as session:
            view = load_customer_view(session, customer_id, clock)
        counts.append(count_queries.count - before)
        assert view.orders
    assert len(view.orders) == 2
    assert counts[0] == counts[1]  # 1 order or 40: the same queries
    assert max(counts) <= 20  # a customer with every kind of record adds at most a query (request rights)


def test_resolve_by_customer_number_or_email_in_any_case(database: Database, shop: Shop) -> None:
    with database.reading() as session:
        assert resolve_customer(session, "k000123") == shop.jan
        assert resolve_customer(session, " JAN.VDBERG@example.NL ") == shop.jan
        with pytest.raises(NotFound):
            resolve_customer(session, "K999999")
        with pytest.raises(NotFound):
            resolve_customer(session, "' OR 1=1 --")


def test_a_customer_that_does_not_exist_is_not_found(database: Database, clock: FixedClock) -> None:
    with database.reading() as session, pytest.raises(NotFound, match="no longer exists"):
        load_customer_view(session, 424242, clock)
