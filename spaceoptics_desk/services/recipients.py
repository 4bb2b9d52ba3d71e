"""Who received one customer's data, and why (R9(c) in the access copy, R16 tasks after a change).

Derived from the records, never stored: a carrier that shipped an order, the payment partner of a
payment, the web host for webshop customers, the e-mail marketing tool once the person subscribed, and
the social-media platform for advertising unless the person objected from the start.

`references_for` says what each recipient needs to find the person in their own system: the task that
tells them keeps it, so an erasure does not leave the owner with nothing to pass on (R16).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from sqlalchemy import exists, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from spaceoptics_desk.domain.clock import to_local
from spaceoptics_desk.store.models import (
    ConsentEvent,
    Customer,
    Order,
    Payment,
    PortalAccount,
    Purpose,
    Recipient,
    Shipment,
)

# Marketing e-mails go out through the e-mail marketing tool (the "tooling" recipients).
_EMAIL_MARKETING = ("newsletter", "promotions")
_SOCIAL_MEDIA_OBJECTION = "social-media-ads"


@dataclass(frozen=True)
class RecipientUse:
    """A recipient of this customer's data.

    Attributes:
        reason: why they have it: "shipments", "payments", "webshop", "newsletter" or "social_media_ads".
        count: the number of shipments or payments, where that is the reason; else None.
    """

    recipient_id: int
    key: str
    name: str
    category: str
    role: str
    country: str
    transfer_safeguard: str
    reason: str
    count: int | None


def _use(recipient: Recipient, reason: str, count: int | None = None) -> RecipientUse:
    return RecipientUse(
        recipient.id,
        recipient.key,
        recipient.name,
        recipient.category,
        recipient.role,
        recipient.country,
        recipient.transfer_safeguard,
        reason,
        count,
    )


def _counted(
    session: Session,
    customer_id: int,
    record: type[Shipment] | type[Payment],
    recipient_column: InstrumentedAttribute[int] | InstrumentedAttribute[int | None],
    reason: str,
) -> list[RecipientUse]:
    rows = session.execute(
        select(Recipient, func.count())
        .join_from(Order, record, record.order_id == Order.id)
        .join(Recipient, Recipient.id == recipient_column)
        .where(Order.customer_id == customer_id)
        .group_by(Recipient.id)
        .order_by(Recipient.name)
    )
    return [_use(recipient, reason, count) for recipient, count in rows]


def _is_webshop_customer(session: Session, customer: Customer) -> bool:
    if customer.source == "webshop":
        return True
    has_account = exists().where(PortalAccount.customer_id == customer.id)
    has_web_order = exists().where(Order.customer_id == customer.id, Order.channel == "webshop")
    return bool(session.scalar(select(has_account | has_web_order)))


def _ever_subscribed(session: Session, customer_id: int) -> bool:
    subscribed = (
        exists()
        .where(ConsentEvent.customer_id == customer_id, ConsentEvent.action == "given")
        .where(ConsentEvent.purpose_id == Purpose.id, Purpose.key.in_(_EMAIL_MARKETING))
    )
    return bool(session.scalar(select(subscribed)))


def _objected_from_the_start(session: Session, customer: Customer) -> bool:
    # "given" on the objection purpose records the objection (see services/consent.py).
    first_objection = session.scalar(
        select(func.min(ConsentEvent.occurred_at))
        .join(Purpose, Purpose.id == ConsentEvent.purpose_id)
        .where(
            ConsentEvent.customer_id == customer.id,
            Purpose.key == _SOCIAL_MEDIA_OBJECTION,
            ConsentEvent.action == "given",
        )
    )
    return first_objection is not None and (
        to_local(first_objection).date() <= to_local(customer.created_at).date()
    )


def recipients_of(session: Session, customer_id: int) -> list[RecipientUse]:
    """Every recipient that received this customer's data, carriers and payment partners first."""
    customer = session.get(Customer, customer_id)
    if customer is None:
        return []
    uses = _counted(session, customer_id, Shipment, Shipment.carrier_id, "shipments")
    uses += _counted(session, customer_id, Payment, Payment.provider_id, "payments")
    by_category = {
        "hosting": _is_webshop_customer(session, customer),
        "tooling": _ever_subscribed(session, customer_id),
        "social_media": bool(customer.email or customer.phone or customer.mobile)
        and not _objected_from_the_start(session, customer),
    }
    reasons = {"hosting": "webshop", "tooling": "newsletter", "social_media": "social_media_ads"}
    for recipient in session.scalars(
        select(Recipient).where(Recipient.category.in_(list(by_category))).order_by(Recipient.name)
    ):
        if by_category[recipient.category]:
            uses.append(_use(recipient, reasons[recipient.category]))
    return uses


@dataclass(frozen=True)
class ReferenceItem:
    """One thing a recipient knows the person by.

    Attributes:
        kind: order_number | tracking_code | payment_reference | email | login_name | email_sha256.
    """

    kind: str
    value: str


def _order_references(
    session: Session, customer_id: int, recipient_id: int, record: type[Shipment] | type[Payment]
) -> list[ReferenceItem]:
    """Per order the recipient handled: its number, then the recipient's own code for it."""
    if record is Shipment:
        rows = session.execute(
            select(Order.order_number, Shipment.tracking_code)
            .join(Shipment, Shipment.order_id == Order.id)
            .where(Order.customer_id == customer_id, Shipment.carrier_id == recipient_id)
            .order_by(Order.order_number, Shipment.id)
        )
        own = "tracking_code"
    else:
        rows = session.execute(
            select(Order.order_number, Payment.provider_reference)
            .join(Payment, Payment.order_id == Order.id)
            .where(Order.customer_id == customer_id, Payment.provider_id == recipient_id)
            .order_by(Order.order_number, Payment.id)
        )
        own = "payment_reference"
    items: list[ReferenceItem] = []
    last_number = None
    for number, code in rows:
        if number != last_number:  # an order with two parcels is named once, before both codes
            items.append(ReferenceItem("order_number", number))
            last_number = number
        if code:
            items.append(ReferenceItem(own, code))
    return items


def email_sha256(email: str) -> str:
    """The address as advertising platforms match it: trimmed, lower case, SHA-256 in hex."""
    return hashlib.sha256(email.strip().lower().encode()).hexdigest()


def references_for(session: Session, customer_id: int, use: RecipientUse) -> tuple[ReferenceItem, ...]:
    """What `use`'s recipient needs to find this customer: their order numbers with the tracking codes
    or payment references (carriers, payment partners), the e-mail address and portal login (web host),
    the e-mail address (the e-mail marketing tool), or only its hash (an advertising audience matches on
    the hash, so the address itself is not kept for them)."""
    customer = session.get(Customer, customer_id)
    if customer is None:
        return ()
    if use.reason == "shipments":
        return tuple(_order_references(session, customer_id, use.recipient_id, Shipment))
    if use.reason == "payments":
        return tuple(_order_references(session, customer_id, use.recipient_id, Payment))
    email = (customer.email or "").strip()
    if use.reason == "social_media_ads":
        return (ReferenceItem("email_sha256", email_sha256(email)),) if email else ()
    items = [ReferenceItem("email", email)] if email else []
    if use.reason == "webshop":
        login = session.scalar(
            select(PortalAccount.login_name).where(PortalAccount.customer_id == customer_id)
        )
        if login and login.lower() != email.lower():
            items.append(ReferenceItem("login_name", login))
    return tuple(items)
