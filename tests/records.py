"""Hand-made records for tests, inserted through the models: customers and orders with their papers."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from spaceoptics_desk.domain.clock import Clock
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


def at(year: int, month: int, day: int, hour: int = 12, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


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
    **extra: Any,
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
        created_at=created,
        **{"source": "webshop", **extra},
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
    session: Session,
    customer: Customer,
    number: str,
    ordered: datetime,
    total_cents: int = 12_995,
    product: tuple[str, str] = ("BIN-10x50", "Verrekijker 10x50"),
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
            product_code=product[0],
            description=product[1],
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


def request_case(
    database: Database,
    clock: Clock,
    customer_id: int,
    *rights: str,
    verified: bool = True,
    contact: str | None = None,
) -> int:
    """A request taken by the owner a day ago, its identity checked by calling back (R7) unless not."""
    from spaceoptics_desk.services import cases
    from spaceoptics_desk.services.staff import acting_user

    with database.transaction() as session:
        owner = acting_user(session, "owner")
        case_id = cases.open_case(
            session,
            owner,
            clock,
            customer_id=customer_id,
            channel="phone",
            received_at=clock.now() - timedelta(days=1),
            rights=list(rights),
            contact_details=contact,
        )
        if verified:
            cases.verify_identity(session, owner, clock, case_id, "call-back")
        return case_id
