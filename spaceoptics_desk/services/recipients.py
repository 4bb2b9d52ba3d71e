"""Who received one customer's data, and why (R9(c) in the access copy, R16 tasks after a change).

Derived from the records, never stored: a carrier that shipped an order, the payment partner of a
payment, the web host for webshop customers, the e-mail marketing tool once the person subscribed, and
the social-media platform for advertising unless the person objected from the start.
"""

from __future__ import annotations

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
