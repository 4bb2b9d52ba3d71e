"""A small shop of hand-made customers, inserted through the models (no demo generator)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import event, select
from sqlalchemy.orm import Session

from spaceoptics_desk.services.staff import ensure_staff
from spaceoptics_desk.store.database import Database
from spaceoptics_desk.store.models import (
    Address,
    Customer,
    Invoice,
    Order,
    OrderLine,
    Payment,
    Recipient,
    Shipment,
)
from spaceoptics_desk.store.search import reindex_customers


def at(year: int, month: int, day: int, hour: int = 12) -> datetime:
    return datetime(year, month, day, hour, tzinfo=UTC)


CUSTOMER_SINCE = at(2015, 4, 1)


def add_customer(
    session: Session,
    number: str,
    first: str,
    prefix: str,
    last: str,
    *,
    email: str | None = None,
    mobile: str | None = None,
    phone: str | None = None,
    address: tuple[str, str, str, str] | None = None,  # street, number, postcode, city
    created: datetime = CUSTOMER_SINCE,
    company: str | None = None,
) -> Customer:
    customer = Customer(
        customer_number=number,
        kind="business" if company else "private",
        first_name=first,
        name_prefix=prefix,
        last_name=last,
        company_name=company,
        email=email,
        mobile=mobile,
        phone=phone,
        source="webshop",
        created_at=created,
    )
    if address:
        street, house_number, postcode, city = address
        customer.addresses.append(
            Address(kind="billing", street=street, house_number=house_number, postcode=postcode, city=city)
        )
    session.add(customer)
    session.flush()
    return customer


def add_order(
    session: Session, customer: Customer, number: str, ordered: datetime, total_cents: int = 12_995
) -> Order:
    carrier = session.scalar(select(Recipient).where(Recipient.category == "carrier"))
    payer = session.scalar(select(Recipient).where(Recipient.category == "payment"))
    assert carrier is not None and payer is not None
    order = Order(
        order_number=number,
        customer_id=customer.id,
        ordered_at=ordered,
        channel="webshop",
        status="delivered",
        total_cents=total_cents,
        delivery_name=f"{customer.first_name} {customer.last_name}",
        delivery_address="Dorpsstraat 151, 4021 HR Maurik",
    )
    order.lines.append(
        OrderLine(
            product_code="BIN-10x50",
            description="Verrekijker 10x50",
            quantity=1,
            unit_price_cents=total_cents,
            vat_rate_percent=21,
        )
    )
    order.invoices.append(
        Invoice(
            invoice_number=f"F{number}",
            issued_on=ordered.date(),
            total_cents=total_cents,
            vat_cents=round(total_cents * 21 / 121),
            billing_name=f"{customer.first_name} {customer.last_name}",
        )
    )
    order.payments.append(
        Payment(paid_at=ordered, amount_cents=total_cents, method="ideal", provider_id=payer.id)
    )
    order.shipments.append(Shipment(carrier_id=carrier.id, tracking_code=f"3S{number}", shipped_at=ordered))
    session.add(order)
    session.flush()
    return order


@dataclass
class Shop:
    jan: int
    zoe: int
    johan: int
    optiek: int


@pytest.fixture
def shop(database: Database) -> Shop:
    """Jan van der Berg and Johan de Vries in Maurik, Zoë de Vries in Amsterdam, a business customer."""
    with database.transaction() as session:
        ensure_staff(session, "owner", "Eigenaar", "owner")
        ensure_staff(session, "staff", "Medewerker", "staff")
        jan = add_customer(
            session,
            "K000123",
            "Jan",
            "van der",
            "Berg",
            email="jan.vdberg@example.nl",
            mobile="06-22993969",
            address=("Dorpsstraat", "151", "4021HR", "Maurik"),
        )
        add_order(session, jan, "2019-000042", at(2019, 6, 1))
        add_order(session, jan, "2025-000123", at(2025, 3, 14))
        zoe = add_customer(
            session,
            "K000124",
            "Zoë",
            "de",
            "Vries",
            email="zoe.devries@example.nl",
            phone="020-6241111",
            address=("Prinsengracht", "263", "1016GV", "Amsterdam"),
        )
        add_order(session, zoe, "2024-000777", at(2024, 11, 2))
        johan = add_customer(
            session,
            "K000125",
            "Johan",
            "de",
            "Vries",
            email="j.devries@ziggo.nl",
            mobile="+31 6 1234 5678",
            address=("Kerkstraat", "2", "4021BC", "Maurik"),
        )
        optiek = add_customer(
            session,
            "K000126",
            "Els",
            "",
            "Smit",
            company="Sterrenwacht Optiek B.V.",
            email="inkoop@sterrenwacht.nl",
            address=("Molenweg", "12", "3811AB", "Amersfoort"),
        )
        ids = [jan.id, zoe.id, johan.id, optiek.id]
        reindex_customers(session, ids)
        return Shop(*ids)


@dataclass
class QueryCounter:
    statements: list[str]

    @property
    def count(self) -> int:
        return len(self.statements)


@pytest.fixture
def count_queries(database: Database) -> Iterator[QueryCounter]:
    """Counts every SQL statement sent to the database while the test runs."""
    counter = QueryCounter([])

    def _count(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        counter.statements.append(statement)

    event.listen(database.engine, "before_cursor_execute", _count)
    yield counter
    event.remove(database.engine, "before_cursor_execute", _count)


TODAY = date(2026, 11, 25)
