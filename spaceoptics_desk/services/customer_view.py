"""Everything the shop holds about one customer, as plain data for the customer view (and later the copy)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, aliased

from spaceoptics_desk.domain.clock import Clock, local_today, to_local
from spaceoptics_desk.domain.consent import ConsentAction, ConsentEventFacts, ConsentState, current_consent
from spaceoptics_desk.domain.incoming import platform_of
from spaceoptics_desk.domain.names import display_name
from spaceoptics_desk.domain.retention import (
    CategoryRetention,
    CustomerRetentionFacts,
    RetentionAction,
    RetentionCategory,
    RetentionRule,
    Trigger,
    retention_overview,
)
from spaceoptics_desk.errors import QT_TRANSLATE_NOOP
from spaceoptics_desk.services.errors import NotFound
from spaceoptics_desk.store.models import (
    Address,
    ConsentEvent,
    ConsentWording,
    Customer,
    CustomerLink,
    Invoice,
    LegalHold,
    Order,
    OrderLine,
    Payment,
    PortalAccount,
    Purpose,
    Recipient,
    Rectification,
    Request,
    RequestRight,
    RetentionRuleRow,
    ReturnRepair,
    ServiceContact,
    Shipment,
    StaffUser,
)


@dataclass(frozen=True)
class Profile:
    customer_id: int
    customer_number: str
    kind: str
    first_name: str
    name_prefix: str
    last_name: str
    company_name: str | None
    vat_number: str | None
    kvk_number: str | None
    email: str | None
    phone: str | None
    mobile: str | None
    language: str
    source: str
    notes: str | None
    created_at: datetime
    restricted_at: datetime | None

    @property
    def name(self) -> str:
        return display_name(self.first_name, self.name_prefix, self.last_name)


@dataclass(frozen=True)
class AddressView:
    address_id: int
    kind: str
    street: str
    house_number: str
    house_number_suffix: str
    postcode: str
    city: str
    country: str


@dataclass(frozen=True)
class OrderLineView:
    product_code: str
    description: str
    quantity: int
    unit_price_cents: int
    vat_rate_percent: int


@dataclass(frozen=True)
class InvoiceView:
    invoice_number: str
    issued_on: date
    total_cents: int
    vat_cents: int


@dataclass(frozen=True)
class PaymentView:
    paid_at: datetime
    amount_cents: int
    method: str
    provider: str | None


@dataclass(frozen=True)
class ShipmentView:
    carrier: str
    tracking_code: str | None
    shipped_at: datetime
    delivered_at: datetime | None


@dataclass
class OrderView:
    order_id: int
    order_number: str
    ordered_at: datetime
    channel: str
    status: str
    total_cents: int
    delivery_address: str | None
    lines: list[OrderLineView] = field(default_factory=list)
    invoices: list[InvoiceView] = field(default_factory=list)
    payments: list[PaymentView] = field(default_factory=list)
    shipments: list[ShipmentView] = field(default_factory=list)


@dataclass(frozen=True)
class ReturnRepairView:
    kind: str
    order_number: str | None
    opened_at: datetime
    closed_at: datetime | None
    status: str
    description: str | None


@dataclass(frozen=True)
class ServiceContactView:
    kind: str
    occurred_at: datetime
    channel: str
    subject: str
    summary: str | None


@dataclass(frozen=True)
class PortalAccountView:
    login_name: str
    created_at: datetime
    last_login_at: datetime | None


@dataclass(frozen=True)
class PurposeState:
    """A purpose with its legal basis; consent-based ones carry the state derived from the ledger."""

    key: str
    name_en: str
    name_nl: str
    legal_basis: str
    consent: ConsentState | None


@dataclass(frozen=True)
class ConsentHistoryEntry:
    purpose_key: str
    action: str
    basis: str
    occurred_at: datetime
    channel: str
    mechanism: str
    wording_version: int | None
    staff: str | None


@dataclass(frozen=True)
class RequestView:
    request_id: int
    received_at: datetime
    channel: str
    status: str
    rights: tuple[str, ...]
    identity_verified: bool  # R7: a copy or an erasure for this request waits for it


@dataclass(frozen=True)
class HoldView:
    reason: str
    case_reference: str
    placed_at: datetime
    review_on: date


@dataclass(frozen=True)
class RectificationView:
    field: str
    old_value: str | None
    new_value: str | None
    changed_at: datetime
    staff: str
    request_id: int | None


@dataclass
class CustomerView:
    profile: Profile
    addresses: list[AddressView]
    orders: list[OrderView]
    returns_repairs: list[ReturnRepairView]
    service_contacts: list[ServiceContactView]
    portal_account: PortalAccountView | None
    purposes: list[PurposeState]
    consent_history: list[ConsentHistoryEntry]
    open_requests: list[RequestView]
    legal_holds: list[HoldView]
    retention: list[CategoryRetention]
    rectifications: list[RectificationView]
    today: date
    # Issue 13: the person's customer numbers at the webshops their data came from (R9(g), R10).
    webshop_accounts: list[WebshopAccountView] = field(default_factory=list)


@dataclass(frozen=True)
class WebshopAccountView:
    platform: str  # domain.incoming.SourceKind ("woocommerce"), or "mapped" for the owner's own file
    customer_id: str


def resolve_customer(session: Session, ref: str) -> int:
    """The id of the customer with this customer number or e-mail address (case does not matter)."""
    text = ref.strip()
    if text.isdigit():
        text = "K" + text  # the number as read out, without its letter
    customer_id = session.scalar(
        select(Customer.id).where(
            or_(
                func.upper(Customer.customer_number) == text.upper(),
                func.lower(Customer.email) == text.lower(),
            )
        )
    )
    if customer_id is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No customer has that number or e-mail address."))
    return customer_id


def retention_rules(session: Session) -> list[RetentionRule]:
    rows = session.scalars(select(RetentionRuleRow).order_by(RetentionRuleRow.sort_order))
    return [
        RetentionRule(
            RetentionCategory(r.category),
            Trigger(r.trigger),
            r.period_months,
            RetentionAction(r.action),
            r.legal_basis,
        )
        for r in rows
    ]


def _orders(session: Session, customer_id: int) -> list[OrderView]:
    # Plain column rows, not ORM objects: a customer with 500 orders has ~3,000 child rows (issue 2:
    # the view must load in 50 ms).
    orders = {
        row.id: OrderView(
            row.id,
            row.order_number,
            row.ordered_at,
            row.channel,
            row.status,
            row.total_cents,
            row.delivery_address,
        )
        for row in session.execute(
            select(
                Order.id,
                Order.order_number,
                Order.ordered_at,
                Order.channel,
                Order.status,
                Order.total_cents,
                Order.delivery_address,
            )
            .where(Order.customer_id == customer_id)
            .order_by(Order.ordered_at.desc(), Order.id.desc())
        )
    }
    if not orders:
        return []
    mine = select(Order.id).where(Order.customer_id == customer_id).scalar_subquery()
    for order_id, code, description, quantity, unit_price, vat_rate in session.execute(
        select(
            OrderLine.order_id,
            OrderLine.product_code,
            OrderLine.description,
            OrderLine.quantity,
            OrderLine.unit_price_cents,
            OrderLine.vat_rate_percent,
        )
        .where(OrderLine.order_id.in_(mine))
        .order_by(OrderLine.id)
    ):
        orders[order_id].lines.append(OrderLineView(code, description, quantity, unit_price, vat_rate))
    for order_id, invoice_number, issued_on, total, vat in session.execute(
        select(
            Invoice.order_id,
            Invoice.invoice_number,
            Invoice.issued_on,
            Invoice.total_cents,
            Invoice.vat_cents,
        )
        .where(Invoice.order_id.in_(mine))
        .order_by(Invoice.id)
    ):
        orders[order_id].invoices.append(InvoiceView(invoice_number, issued_on, total, vat))
    provider = aliased(Recipient)
    for order_id, paid_at, amount, method, provider_name in session.execute(
        select(Payment.order_id, Payment.paid_at, Payment.amount_cents, Payment.method, provider.name)
        .outerjoin(provider, provider.id == Payment.provider_id)
        .where(Payment.order_id.in_(mine))
        .order_by(Payment.id)
    ):
        orders[order_id].payments.append(PaymentView(paid_at, amount, method, provider_name))
    for order_id, carrier, tracking_code, shipped_at, delivered_at in session.execute(
        select(
            Shipment.order_id,
            Recipient.name,
            Shipment.tracking_code,
            Shipment.shipped_at,
            Shipment.delivered_at,
        )
        .join(Recipient, Recipient.id == Shipment.carrier_id)
        .where(Shipment.order_id.in_(mine))
        .order_by(Shipment.id)
    ):
        orders[order_id].shipments.append(ShipmentView(carrier, tracking_code, shipped_at, delivered_at))
    return list(orders.values())


def _consent(session: Session, customer_id: int) -> tuple[list[PurposeState], list[ConsentHistoryEntry]]:
    purposes = list(session.scalars(select(Purpose).order_by(Purpose.sort_order)))
    key_of = {p.id: p.key for p in purposes}
    rows = session.execute(
        select(ConsentEvent, ConsentWording.version, StaffUser.display_name)
        .outerjoin(ConsentWording, ConsentWording.id == ConsentEvent.wording_id)
        .outerjoin(StaffUser, StaffUser.id == ConsentEvent.staff_user_id)
        .where(ConsentEvent.customer_id == customer_id)
        .order_by(ConsentEvent.occurred_at.desc(), ConsentEvent.id.desc())
    )
    history = []
    facts = []
    for event, version, staff in rows:
        key = key_of[event.purpose_id]
        history.append(
            ConsentHistoryEntry(
                key,
                event.action,
                event.basis,
                event.occurred_at,
                event.channel,
                event.mechanism,
                version,
                staff,
            )
        )
        facts.append(
            ConsentEventFacts(key, ConsentAction(event.action), event.occurred_at, event.channel, event.id)
        )
    consent_keys = [p.key for p in purposes if p.legal_basis in ("consent", "objection")]
    states = {s.purpose_key: s for s in current_consent(consent_keys, facts)}
    return [
        PurposeState(p.key, p.name_en, p.name_nl, p.legal_basis, states.get(p.key)) for p in purposes
    ], history


def _local_dates(moments: list[datetime]) -> list[date]:
    return [to_local(m).date() for m in moments]


def load_customer_view(session: Session, customer_id: int, clock: Clock) -> CustomerView:
    """The whole customer, loaded with a fixed number of queries (fast for 500 orders)."""
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "This customer no longer exists."))
    profile = Profile(
        customer.id,
        customer.customer_number,
        customer.kind,
        customer.first_name,
        customer.name_prefix,
        customer.last_name,
        customer.company_name,
        customer.vat_number,
        customer.kvk_number,
        customer.email,
        customer.phone,
        customer.mobile,
        customer.language,
        customer.source,
        customer.notes,
        customer.created_at,
        customer.restricted_at,
    )
    addresses = [
        AddressView(
            a.id, a.kind, a.street, a.house_number, a.house_number_suffix, a.postcode, a.city, a.country
        )
        for a in session.scalars(
            select(Address).where(Address.customer_id == customer_id).order_by(Address.id)
        )
    ]
    orders = _orders(session, customer_id)
    returns = [
        ReturnRepairView(r.kind, number, r.opened_at, r.closed_at, r.status, r.description)
        for r, number in session.execute(
            select(ReturnRepair, Order.order_number)
            .outerjoin(Order, Order.id == ReturnRepair.order_id)
            .where(ReturnRepair.customer_id == customer_id)
            .order_by(ReturnRepair.opened_at.desc())
        )
    ]
    contacts = [
        ServiceContactView(c.kind, c.occurred_at, c.channel, c.subject, c.summary)
        for c in session.scalars(
            select(ServiceContact)
            .where(ServiceContact.customer_id == customer_id)
            .order_by(ServiceContact.occurred_at.desc())
        )
    ]
    account = session.scalar(select(PortalAccount).where(PortalAccount.customer_id == customer_id))
    portal = (
        PortalAccountView(account.login_name, account.created_at, account.last_login_at) if account else None
    )
    purposes, history = _consent(session, customer_id)
    requests = list(
        session.scalars(
            select(Request).where(Request.customer_id == customer_id).order_by(Request.received_at.desc())
        )
    )
    rights: dict[int, list[str]] = defaultdict(list)
    if requests:
        for request_id, right in session.execute(
            select(RequestRight.request_id, RequestRight.right).where(
                RequestRight.request_id.in_([r.id for r in requests])
            )
        ):
            rights[request_id].append(right)
    open_requests = [
        RequestView(
            r.id, r.received_at, r.channel, r.status, tuple(rights[r.id]), r.identity_verified_at is not None
        )
        for r in requests
        if r.status != "closed"
    ]
    holds = [
        HoldView(h.reason, h.case_reference, h.placed_at, h.review_on)
        for h in session.scalars(
            select(LegalHold)
            .where(LegalHold.customer_id == customer_id, LegalHold.lifted_at.is_(None))
            .order_by(LegalHold.review_on)
        )
    ]
    rectifications = [
        RectificationView(r.field, r.old_value, r.new_value, r.changed_at, staff, r.request_id)
        for r, staff in session.execute(
            select(Rectification, StaffUser.display_name)
            .join(StaffUser, StaffUser.id == Rectification.staff_user_id)
            .where(Rectification.customer_id == customer_id)
            .order_by(Rectification.changed_at.desc(), Rectification.id.desc())
        )
    ]
    facts = CustomerRetentionFacts(
        created_on=to_local(customer.created_at).date(),
        order_dates=_local_dates([o.ordered_at for o in orders]),
        # R23: orders, invoices and payments are each fiscal documents of their own year.
        fiscal_document_dates=[inv.issued_on for o in orders for inv in o.invoices]
        + _local_dates([o.ordered_at for o in orders])
        + _local_dates([pay.paid_at for o in orders for pay in o.payments]),
        last_login_on=to_local(account.last_login_at).date() if account and account.last_login_at else None,
        account_created_on=to_local(account.created_at).date() if account else None,
        consent_event_dates=_local_dates([h.occurred_at for h in history]),
        contact_dates=_local_dates([c.occurred_at for c in contacts]),
        case_closed_dates=_local_dates([r.closed_at for r in requests if r.closed_at is not None]),
        active_hold_review_dates=[h.review_on for h in holds],
    )
    return CustomerView(
        profile=profile,
        addresses=addresses,
        orders=orders,
        returns_repairs=returns,
        service_contacts=contacts,
        portal_account=portal,
        purposes=purposes,
        consent_history=history,
        open_requests=open_requests,
        legal_holds=holds,
        retention=retention_overview(retention_rules(session), facts),
        rectifications=rectifications,
        today=local_today(clock),
        webshop_accounts=[
            WebshopAccountView(platform_of(source), external_id)
            for source, external_id in session.execute(
                select(CustomerLink.source, CustomerLink.external_id)
                .where(CustomerLink.customer_id == customer_id)
                .order_by(CustomerLink.id)
            )
        ],
    )
