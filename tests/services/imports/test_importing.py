"""The importer (issue 13): records in, with the law travelling with them (R13, R15, R18, R19, R21, R25,
R32). Records are built by hand here; the readers' own tests check the files' shapes."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from spaceoptics_desk.domain.clock import FixedClock
from spaceoptics_desk.domain.incoming import (
    IncomingAddress,
    IncomingLine,
    IncomingOrder,
    IncomingPayment,
    IncomingPerson,
    OrderStatus,
    Problem,
    Read,
    ReadResult,
    RowProblem,
    SourceKind,
)
from spaceoptics_desk.services import erasure, suppression
from spaceoptics_desk.services.consent import purpose_toggles
from spaceoptics_desk.services.imports.importing import ImportSettings
from spaceoptics_desk.services.imports.running import ImportRun, apply_records
from spaceoptics_desk.services.imports.tally import Outcome, Reason
from spaceoptics_desk.services.lookup import find_customers
from spaceoptics_desk.services.staff import acting_user
from spaceoptics_desk.store.database import Database
from spaceoptics_desk.store.models import (
    Address,
    ConsentEvent,
    Customer,
    CustomerLink,
    LegalHold,
    Order,
    OrderLine,
    Payment,
    Rectification,
)
from tests.postgres_server import DIALECTS, both_databases
from tests.records import add_customer, add_order, at
from tests.services.conftest import Shop

WOO = SourceKind.WOOCOMMERCE


@pytest.fixture
def database(request: pytest.FixtureRequest, db_path: Path) -> Iterator[Database]:
    """The file, or the PostgreSQL server for a test parametrised with it (issue 14)."""
    yield from both_databases(request, db_path)


def person(
    external_id: str | None = "42",
    email: str | None = "anna.vanderberg@example.nl",
    *,
    street: str = "Dorpsstraat",
    number: str = "12",
    consent: bool | None = None,
) -> IncomingPerson:
    return IncomingPerson(
        external_id=external_id,
        email=email,
        first_name="Anna",
        name_prefix="van der",
        last_name="Berg",
        phone="+31612345678",
        addresses=(IncomingAddress("billing", street, number, "A", "4021HR", "Maurik", "NL"),),
        created_at=datetime(2024, 1, 5, 10, 0, tzinfo=UTC),
        marketing_consent=consent,
    )


def order(
    number: str = "1234",
    buyer: IncomingPerson | None = None,
    *,
    status: OrderStatus = OrderStatus.PAID,
    total: int = 59900,
    refunded: int = 0,
    when: datetime | None = None,
) -> IncomingOrder:
    return IncomingOrder(
        order_number=number,
        customer=buyer or person(),
        ordered_at=when or datetime(2024, 3, 5, 13, 22, tzinfo=UTC),
        status=status,
        total_cents=total,
        lines=(IncomingLine("TEL-DOB-200", "Dobson telescope 200/1200", 1, 59900, 21),),
        payment=IncomingPayment("ideal", "tr_abc123", datetime(2024, 3, 5, 13, 23, tzinfo=UTC), total),
        refunded_cents=refunded,
        delivery_name="Anna van der Berg",
        delivery_address="Dorpsstraat 12A, 4021 HR Maurik",
    )


def run(
    database: Database,
    clock: FixedClock,
    records: Sequence[object],
    *,
    run_id: str = "run-1",
    dry_run: bool = False,
    soft_opt_in: bool = False,
) -> ImportRun:
    results: list[ReadResult] = []
    for row, record in enumerate(records, start=1):
        assert isinstance(record, IncomingPerson | IncomingOrder | RowProblem)
        results.append(record if isinstance(record, RowProblem) else Read(row, record))
    return apply_records(
        database,
        "owner",
        clock,
        ImportSettings(WOO, run_id, soft_opt_in),
        results,
        dry_run=dry_run,
        batch_size=2,
    )


def count(database: Database, model: type) -> int:
    with database.reading() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def anna(database: Database) -> Customer:
    with database.reading() as session:
        found = session.scalars(
            select(Customer).where(Customer.last_name == "Berg", Customer.first_name == "Anna")
        ).all()
        assert len(found) == 1
        session.expunge(found[0])
        return found[0]


def test_a_new_customer_and_order_arrive_with_the_webshop_as_source(
    database: Database, shop: Shop, clock: FixedClock
) -> None:
    report = run(database, clock, [order()])
    assert report.tally.orders["added"] == 1
    customer = anna(database)
    assert (customer.first_name, customer.name_prefix, customer.last_name) == ("Anna", "van der", "Berg")
    assert customer.source == "webshop"  # R9(g)
    with database.reading() as session:
        placed = session.scalars(select(Order).where(Order.customer_id == customer.id)).one()
        assert (placed.order_number, placed.status, placed.total_cents, placed.channel) == (
            "1234",
            "paid",
            59900,
            "webshop",
        )
        assert (
            session.scalar(select(func.count()).select_from(OrderLine).where(OrderLine.order_id == placed.id))
            == 1
        )
        assert (
            session.scalars(select(Payment.provider_reference).where(Payment.order_id == placed.id)).one()
            == "tr_abc123"
        )
        # Found the way staff look people up: by name, postcode + number, order number.
        for query in ("anna van der berg", "4021hr 12", "1234"):
            assert customer.id in [m.customer_id for m in find_customers(session, query)], query


def test_importing_the_same_records_twice_changes_nothing(
    database: Database, shop: Shop, clock: FixedClock
) -> None:
    records = [person(), order("1234"), order("1235")]
    run(database, clock, records, run_id="run-1")
    before = (
        count(database, Customer),
        count(database, Order),
        count(database, OrderLine),
        count(database, Payment),
        count(database, Rectification),
        count(database, Address),
    )
    second = run(database, clock, records, run_id="run-2")
    assert second.tally.total(Outcome.ADDED) == 0 and second.tally.total(Outcome.CHANGED) == 0
    assert second.tally.customers["unchanged"] == 1 and second.tally.orders["unchanged"] == 2
    after = (
        count(database, Customer),
        count(database, Order),
        count(database, OrderLine),
        count(database, Payment),
        count(database, Rectification),
        count(database, Address),
    )
    assert after == before


def test_a_guest_who_later_made_an_account_is_one_customer(
    database: Database, shop: Shop, clock: FixedClock
) -> None:
    guest = person(external_id=None)
    report = run(database, clock, [order("1001", guest), order("1002", person("42"))])
    assert count(database, Customer) == 5  # the shop's four and Anna, once
    assert report.tally.customers["merged"] == 1
    customer = anna(database)
    assert report.tally.examples["merged"] == [customer.customer_number]
    with database.reading() as session:
        assert session.scalars(
            select(Order.order_number).where(Order.customer_id == customer.id).order_by(Order.order_number)
        ).all() == ["1001", "1002"]
        assert session.scalars(
            select(CustomerLink.external_id).where(CustomerLink.customer_id == customer.id)
        ).all() == ["42"]


def test_R13_a_changed_address_is_a_rectification_with_the_import_as_source(
    database: Database, shop: Shop, clock: FixedClock
) -> None:
    run(database, clock, [person()], run_id="run-1")
    report = run(database, clock, [person(street="Kerkweg", number="3")], run_id="run-2")
    assert report.tally.customers["changed"] == 1
    customer = anna(database)
    with database.reading() as session:
        trail = session.execute(
            select(
                Rectification.field, Rectification.old_value, Rectification.new_value, Rectification.source
            )
            .where(Rectification.customer_id == customer.id)
            .order_by(Rectification.field)
        ).all()
        street = session.scalars(select(Address.street).where(Address.customer_id == customer.id)).one()
    assert street == "Kerkweg"
    assert [tuple(t) for t in trail] == [
        ("address.house_number", "12", "3", "import:woocommerce"),
        ("address.street", "Dorpsstraat", "Kerkweg", "import:woocommerce"),
    ]


def test_R32_an_erased_person_is_not_re_added_by_id_or_by_e_mail(
    database: Database, shop: Shop, clock: FixedClock
) -> None:
    run(database, clock, [order("1234")], run_id="run-1")
    customer = anna(database)
    with database.transaction() as session:
        erasure.erase_person(session, acting_user(session, "owner"), clock, customer.id, "request", None)
    # The same account (even with another e-mail address now), and the same address as a guest.
    report = run(
        database,
        clock,
        [person(email="anna.nieuw@example.nl"), order("1240", person(None)), order("1234")],
        run_id="run-2",
    )
    assert report.tally.reasons["refused:erased"] == 2
    assert report.tally.orders["refused"] == 1
    with database.reading() as session:
        assert (
            session.scalar(
                select(func.count())
                .select_from(Customer)
                .where(Customer.last_name == "Berg", Customer.first_name == "Anna")
            )
            == 0
        )
        # The old order is kept for the tax office, still without anyone attached (R14).
        assert session.scalars(select(Order.customer_id).where(Order.order_number == "1234")).one() is None
        assert session.scalar(select(Order.id).where(Order.order_number == "1240")) is None


def test_R32_an_order_placed_after_the_erasure_is_a_new_sale(
    database: Database, shop: Shop, clock: FixedClock
) -> None:
    run(database, clock, [person()], run_id="run-1")
    with database.transaction() as session:
        erasure.erase_person(
            session, acting_user(session, "owner"), clock, anna(database).id, "request", None
        )
    later = datetime(clock.now().year + 1, 1, 2, 12, 0, tzinfo=UTC)
    report = run(database, clock, [order("2001", person(), when=later)], run_id="run-2")
    assert report.tally.orders["added"] == 1
    assert anna(database).email == "anna.vanderberg@example.nl"


def test_R18_an_address_on_the_suppression_list_is_refused(
    database: Database, shop: Shop, clock: FixedClock
) -> None:
    with database.transaction() as session:
        suppression.suppress(session, clock, "Anna.vanderBerg@example.nl")
    report = run(database, clock, [person(None, consent=True)])
    assert report.tally.reasons["refused:suppressed"] == 1
    assert count(database, Customer) == 4


def test_R15_R25_restricted_and_held_customers_are_not_changed(
    database: Database, shop: Shop, clock: FixedClock
) -> None:
    run(database, clock, [person("42"), person("43", "piet@example.nl")], run_id="run-1")
    with database.transaction() as session:
        restricted = session.scalars(
            select(Customer).where(Customer.email == "anna.vanderberg@example.nl")
        ).one()
        restricted.restricted_at = clock.now()
        held = session.scalars(select(Customer).where(Customer.email == "piet@example.nl")).one()
        session.add(
            LegalHold(
                customer_id=held.id,
                reason="dispute",
                case_reference="X-1",
                placed_at=clock.now(),
                review_on=clock.now().date(),
                placed_by_id=acting_user(session, "owner").id,
            )
        )
        numbers = (restricted.customer_number, held.customer_number)
    report = run(
        database,
        clock,
        [
            person("42", street="Kerkweg"),
            person("43", "piet@example.nl", street="Kerkweg"),
            order("1300", person("42")),
        ],
        run_id="run-2",
    )
    assert report.tally.examples["skipped:restricted"] == [numbers[0]]
    assert report.tally.examples["skipped:legal_hold"] == [numbers[1]]
    assert report.tally.orders["skipped"] == 1
    with database.reading() as session:
        assert set(
            session.scalars(
                select(Address.street).where(
                    Address.customer_id.in_(select(Customer.id).where(Customer.customer_number.in_(numbers)))
                )
            )
        ) == {"Dorpsstraat"}
        assert session.scalar(select(Order.id).where(Order.order_number == "1300")) is None


def test_R19_marketing_consent_only_where_the_source_says_so(
    database: Database, shop: Shop, clock: FixedClock
) -> None:
    run(database, clock, [person("42", consent=True), person("43", "piet@example.nl", consent=None)])
    with database.reading() as session:
        events = session.execute(
            select(ConsentEvent.customer_id, ConsentEvent.action, ConsentEvent.mechanism, ConsentEvent.basis)
        ).all()
        anna_id = session.scalars(
            select(Customer.id).where(Customer.email == "anna.vanderberg@example.nl")
        ).one()
        newsletter = {t.key: t for t in purpose_toggles(session, anna_id, clock)}["newsletter"]
    assert [tuple(e) for e in events] == [(anna_id, "given", "woocommerce", "opt_in")]
    assert newsletter.on
    # Unsubscribed at the webshop later: withdrawn (R20); the same "no" again records nothing more.
    run(database, clock, [person("42", consent=False)], run_id="run-2")
    run(database, clock, [person("42", consent=False)], run_id="run-3")
    with database.reading() as session:
        assert session.scalars(select(ConsentEvent.action).order_by(ConsentEvent.id)).all() == [
            "given",
            "withdrawn",
        ]


def test_R21_soft_opt_in_for_buyers_only_when_enabled(
    database: Database, shop: Shop, clock: FixedClock
) -> None:
    run(database, clock, [order("1234")], soft_opt_in=False, run_id="run-1")
    assert count(database, ConsentEvent) == 0
    run(database, clock, [order("1235")], soft_opt_in=True, run_id="run-2")
    with database.reading() as session:
        assert session.execute(select(ConsentEvent.action, ConsentEvent.basis)).all() == [
            ("given", "soft_opt_in")
        ]


def test_the_same_order_number_twice_with_other_contents_is_refused(
    database: Database, shop: Shop, clock: FixedClock
) -> None:
    report = run(database, clock, [order("1234", total=59900), order("1235"), order("1234", total=100)])
    assert report.tally.examples["refused:conflicting_order"] == ["row 3"]
    with database.reading() as session:
        assert session.scalars(select(Order.total_cents).where(Order.order_number == "1234")).one() == 59900


def test_a_later_export_updates_status_and_refund(database: Database, shop: Shop, clock: FixedClock) -> None:
    run(database, clock, [order("1234")], run_id="run-1")
    report = run(
        database, clock, [order("1234", status=OrderStatus.REFUNDED, refunded=59900)], run_id="run-2"
    )
    assert report.tally.orders["changed"] == 1
    with database.reading() as session:
        placed = session.scalars(select(Order).where(Order.order_number == "1234")).one()
        assert placed.status == "refunded"
        assert sorted(p.amount_cents for p in placed.payments) == [-59900, 59900]


def test_a_dry_run_counts_exactly_and_writes_nothing(
    database: Database, shop: Shop, clock: FixedClock
) -> None:
    records = [
        order("1001", person(None)),
        order("1002", person("42")),
        RowProblem(3, Problem.INVALID_EMAIL, "Email (Billing)"),
    ]
    dry = run(database, clock, records, dry_run=True)
    assert count(database, Customer) == 4 and count(database, Order) == 3
    real = run(database, clock, records)
    assert (dry.tally.customers, dry.tally.orders, dry.tally.reasons) == (
        real.tally.customers,
        real.tally.orders,
        real.tally.reasons,
    )
    assert dry.tally.problems == [RowProblem(3, Problem.INVALID_EMAIL, "Email (Billing)")]
    assert real.tally.total(Outcome.REFUSED) == 1 and Reason.ERASED.value not in str(real.tally.reasons)


def test_an_import_stopped_after_some_batches_is_completed_by_running_it_again(
    database: Database, shop: Shop, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What a kill between batches leaves (make faults kills real processes: whole batches or none) is
    completed by the same import again: the end state is that of one uninterrupted import."""
    from spaceoptics_desk.services.imports.importing import Importer

    records = [order(str(1000 + n), person(str(n % 3 + 40), f"p{n % 3}@example.nl")) for n in range(9)]
    applied = Importer.apply
    calls = {"n": 0}

    def dies_in_the_third_batch(self: Importer, session: object, batch: object, **options: bool) -> None:
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt  # the process stops here: this batch's transaction is rolled back
        applied(self, session, batch, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(Importer, "apply", dies_in_the_third_batch)
    with pytest.raises(KeyboardInterrupt):
        run(database, clock, records, run_id="run-1")
    assert count(database, Order) == 3 + 4  # the shop's three and two whole batches of two
    monkeypatch.setattr(Importer, "apply", applied)
    again = run(database, clock, records, run_id="run-2")
    assert again.tally.orders["unchanged"] == 4 and again.tally.orders["added"] == 5
    with database.reading() as session:
        numbers = session.scalars(select(Order.order_number).where(Order.order_number.like("10%"))).all()
        customers = session.scalar(select(func.count()).select_from(CustomerLink))
    assert sorted(numbers) == [str(1000 + n) for n in range(9)] and customers == 3


def test_an_order_changed_twice_in_one_later_export_is_a_conflict(
    database: Database, shop: Shop, clock: FixedClock
) -> None:
    run(database, clock, [order("1234")], run_id="run-1")
    report = run(
        database, clock, [order("1234", status=OrderStatus.SHIPPED), order("1234", total=100)], run_id="run-2"
    )
    assert report.tally.orders["changed"] == 1
    assert report.tally.examples["refused:conflicting_order"] == ["row 2"]
    with database.reading() as session:
        stored = session.execute(
            select(Order.status, Order.total_cents).where(Order.order_number == "1234")
        ).one()
    assert tuple(stored) == ("shipped", 59900)


def test_a_big_import_indexes_once_at_the_end_and_a_kill_before_it_leaves_the_rebuild_owed(
    database: Database, shop: Shop, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The index is derived data: a big import builds it once at its end; stopped before that, the debt
    is in the database, and the next start (trace_cleanup.finish_pending) builds it: nobody stays lost."""
    from spaceoptics_desk.services import trace_cleanup
    from spaceoptics_desk.services.imports.importing import Importer
    from spaceoptics_desk.store.models import PendingCleanup

    records = [order(str(2000 + n), person(str(n), f"klant{n}@example.nl")) for n in range(6)]
    results: list[ReadResult] = [Read(row, r) for row, r in enumerate(records, start=1)]
    settings = ImportSettings(WOO, "run-1")
    applied = Importer.apply
    calls = {"n": 0}

    def dies_in_the_third_batch(self: Importer, session: object, batch: object, **options: bool) -> None:
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt
        applied(self, session, batch, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(Importer, "apply", dies_in_the_third_batch)
    with pytest.raises(KeyboardInterrupt):
        apply_records(database, "owner", clock, settings, results, batch_size=2, index_at_end=True)
    with database.reading() as session:
        assert session.get(PendingCleanup, trace_cleanup.SEARCH_REBUILD) is not None
        assert find_customers(session, "klant0@example.nl") == []  # in the database, not yet findable
    assert trace_cleanup.finish_pending(database)  # what the next start does
    with database.reading() as session:
        assert session.get(PendingCleanup, trace_cleanup.SEARCH_REBUILD) is None
        assert len(find_customers(session, "klant0@example.nl")) == 1
        assert len(find_customers(session, "jan van der berg")) == 1  # the shop's own customers still there
    monkeypatch.setattr(Importer, "apply", applied)
    apply_records(
        database, "owner", clock, ImportSettings(WOO, "run-2"), results, batch_size=2, index_at_end=True
    )
    with database.reading() as session:
        assert len(find_customers(session, "2005")) == 1  # the last order's number finds its buyer
        assert session.get(PendingCleanup, trace_cleanup.SEARCH_REBUILD) is None


def test_R9g_R10_the_access_copy_names_the_webshop_and_the_persons_number_there(
    database: Database, shop: Shop, clock: FixedClock
) -> None:
    from spaceoptics_desk.reports import texts
    from spaceoptics_desk.reports.copy_model import Code
    from spaceoptics_desk.services.copies import build_access_copy

    run(database, clock, [person("42", consent=True)])
    with database.reading() as session:
        copy = build_access_copy(session, anna(database).id, clock)
    tables = {table.key: table for table in copy.data}
    assert tables["webshop_accounts"].rows == [(Code("platform", "woocommerce"), "42")]
    consent = tables["consent_history"]
    mechanism = consent.rows[0][consent.columns.index("mechanism")]
    assert isinstance(mechanism, Code) and texts.label("nl", "mechanism", mechanism.value).startswith(
        "Vinkje"
    )
    sources = {table.key: table for table in copy.answers}["sources"]
    assert (Code("data_category", "webshop_accounts"), Code("source", "webshop")) in sources.rows


def test_R13_a_change_later_in_the_same_file_is_a_rectification_too(
    database: Database, shop: Shop, clock: FixedClock
) -> None:
    """In one export a person comes back with every order; their details are compared again only when
    they differ from what this run applied (batches of two here: the change is in the second batch)."""
    report = run(database, clock, [person(), person(), person(street="Kerkweg", number="3")])
    assert report.tally.customers["added"] == 1 and report.tally.customers["changed"] == 1
    assert report.tally.customers["unchanged"] == 1
    with database.reading() as session:
        assert (
            session.scalars(select(Address.street).where(Address.customer_id == anna(database).id)).one()
            == "Kerkweg"
        )
        assert session.scalar(select(func.count()).select_from(Rectification)) == 2


@pytest.mark.parametrize("database", DIALECTS, indirect=True)
def test_after_an_import_the_app_adds_customers_and_orders_with_free_ids(
    database: Database, shop: Shop, clock: FixedClock
) -> None:
    """The importer gives its rows their ids; on a server the next row the app adds must not get one of
    them from the table's sequence (issue 14)."""
    assert run(database, clock, [order()]).tally.orders["added"] == 1
    before = count(database, Customer), count(database, Order)
    with database.transaction() as session:
        walk_in = add_customer(session, "K009999", "Piet", "", "Smit", email="piet.smit@example.nl")
        add_order(session, walk_in, "2026-000999", at(2026, 11, 20))
    assert (count(database, Customer), count(database, Order)) == (before[0] + 1, before[1] + 1)
