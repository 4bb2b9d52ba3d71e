"""What goes into one customer's access copy (R9, R10): the customer view plus the answers of Art. 15.

Built from `load_customer_view` (one load of every record) and `recipients_of`; only what the view does
not carry is read here: every earlier request (the view keeps the open ones), the consent wordings and
the rights of those requests. Datetimes are turned into Dutch local time here, so the writers only format.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from spaceoptics_desk.domain.clock import Clock, to_local
from spaceoptics_desk.reports.copy_model import (
    AccessCopy,
    Addressee,
    Code,
    Controller,
    Money,
    Table,
    Value,
)
from spaceoptics_desk.resources import load_json
from spaceoptics_desk.services.customer_view import CustomerView, load_customer_view
from spaceoptics_desk.services.recipients import RecipientUse, recipients_of
from spaceoptics_desk.store.models import ConsentWording, Purpose, Request, RequestRight

LANGUAGES = ("nl", "en")


def controller() -> Controller:
    """The shop's letterhead, kept in one data file (resources/policy/controller.json)."""
    data = load_json("policy", "controller.json")
    return Controller(
        name=data["name"],
        street=data["street"],
        postcode=data["postcode"],
        city=data["city"],
        country_nl=data["country_nl"],
        country_en=data["country_en"],
        email=data["email"],
        phones=tuple(data["phones"]),
        kvk=data["kvk"],
        vat=data["vat"],
        website=data["website"],
    )


def _local(moment: datetime | None) -> datetime | None:
    return to_local(moment) if moment is not None else None


def _wordings(session: Session) -> dict[tuple[str, int], tuple[str, str, str]]:
    """(purpose key, version) -> (policy version, Dutch text, English text); a small table."""
    rows = session.execute(
        select(
            Purpose.key,
            ConsentWording.version,
            ConsentWording.policy_version,
            ConsentWording.text_nl,
            ConsentWording.text_en,
        ).join(Purpose, Purpose.id == ConsentWording.purpose_id)
    )
    return {(key, version): (policy, nl, en) for key, version, policy, nl, en in rows}


def _requests_table(session: Session, customer_id: int) -> Table:
    """R10: the person's own earlier requests, closed ones included (the view keeps only open ones)."""
    requests = list(
        session.scalars(
            select(Request).where(Request.customer_id == customer_id).order_by(Request.received_at)
        )
    )
    rights: dict[int, list[Code]] = defaultdict(list)
    if requests:
        for request_id, right in session.execute(
            select(RequestRight.request_id, RequestRight.right)
            .where(RequestRight.request_id.in_([r.id for r in requests]))
            .order_by(RequestRight.id)
        ):
            rights[request_id].append(Code("right", right))
    return Table(
        "requests",
        ("request_number", "received_at", "channel", "rights", "status", "outcome", "closed_at", "summary"),
        [
            (
                r.id,
                _local(r.received_at),
                Code("channel", r.channel),
                tuple(rights[r.id]),
                Code("case_status", r.status),
                Code("case_outcome", r.outcome) if r.outcome else None,
                _local(r.closed_at),
                r.summary,
            )
            for r in requests
        ],
    )


def _addressee(view: CustomerView) -> Addressee:
    profile = view.profile
    billing = [a for a in view.addresses if a.kind == "billing"] or view.addresses
    lines: tuple[str, ...] = ()
    if billing:
        a = billing[0]
        number = f"{a.house_number}{a.house_number_suffix}".strip()
        postcode = (
            f"{a.postcode[:4]} {a.postcode[4:]}" if len(a.postcode) == 6 and a.country == "NL" else a.postcode
        )
        lines = (f"{a.street} {number}".strip(), f"{postcode}  {a.city}".strip())
        if a.country != "NL":
            lines += (a.country,)
    return Addressee(profile.name, profile.company_name, lines, profile.email)


def _purposes(view: CustomerView, recipients: list[RecipientUse], language: str) -> Table:
    """R9(a): the purposes that apply to this customer, with legal basis and, for consent, its state."""
    orders = view.orders
    applies = {
        "orders": bool(orders),
        "deliveries": any(o.shipments for o in orders),
        "returns-repairs": bool(view.returns_repairs),
        "customer-service": bool(view.service_contacts),
        "customer-account": view.portal_account is not None,
        "tax-records": any(o.invoices or o.payments for o in orders),
        "fraud-prevention": bool(view.legal_holds),
    }
    asked = {h.purpose_key for h in view.consent_history}
    shown_on_social_media = any(r.reason == "social_media_ads" for r in recipients)
    rows: list[tuple[Value, ...]] = []
    for purpose in view.purposes:
        consent = purpose.consent
        if purpose.legal_basis in ("consent", "objection"):
            if purpose.key not in asked and not (
                purpose.legal_basis == "objection" and shown_on_social_media
            ):
                continue
            kind = "objection_status" if purpose.legal_basis == "objection" else "consent_status"
            state: Value = Code(kind, consent.status.value) if consent else None
            since: Value = _local(consent.since) if consent and consent.since else None
        else:
            if not applies.get(purpose.key, False):
                continue
            state, since = None, None
        name = purpose.name_nl if language == "nl" else purpose.name_en
        rows.append((purpose.key, name, Code("legal_basis", purpose.legal_basis), state, since))
    return Table("purposes", ("purpose_key", "purpose", "legal_basis", "status", "since"), rows)


def _counts(view: CustomerView, requests: Table) -> dict[str, int]:
    orders = view.orders
    return {
        "profile": 1,
        "addresses": len(view.addresses),
        "orders": len(orders),
        "order_lines": sum(len(o.lines) for o in orders),
        "invoices": sum(len(o.invoices) for o in orders),
        "payments": sum(len(o.payments) for o in orders),
        "shipments": sum(len(o.shipments) for o in orders),
        "returns_repairs": len(view.returns_repairs),
        "service_contacts": len(view.service_contacts),
        "portal_account": 1 if view.portal_account else 0,
        "webshop_accounts": len(view.webshop_accounts),
        "consent_history": len(view.consent_history),
        "requests": len(requests.rows),
        "rectifications": len(view.rectifications),
        "legal_holds": len(view.legal_holds),
    }


def _sources(view: CustomerView, requests: Table) -> Table:
    """R9(g): where each category of data came from."""

    def distinct(values: Iterable[str]) -> list[str]:
        return list(dict.fromkeys(values))

    by_category = {
        "profile": [view.profile.source],
        "addresses": [view.profile.source] if view.addresses else [],
        "orders": distinct(o.channel for o in view.orders),
        "returns_repairs": ["shop"] if view.returns_repairs else [],
        "service_contacts": distinct(c.channel for c in view.service_contacts),
        "portal_account": ["webshop"] if view.portal_account else [],
        "webshop_accounts": ["webshop"] if view.webshop_accounts else [],
        "consent_history": distinct(h.channel for h in view.consent_history),
        "requests": distinct(str(row[2].value) for row in requests.rows if isinstance(row[2], Code)),
        "rectifications": ["shop"] if view.rectifications else [],
        "legal_holds": ["shop"] if view.legal_holds else [],
    }
    rows: list[tuple[Value, ...]] = [
        (Code("data_category", category), Code("source", source))
        for category, sources in by_category.items()
        for source in sources
    ]
    return Table("sources", ("category", "source"), rows)


def _answers(
    view: CustomerView, recipients: list[RecipientUse], requests: Table, language: str
) -> list[Table]:
    counts = _counts(view, requests)
    categories = Table(
        "categories",
        ("category", "records"),
        [(Code("data_category", key), count) for key, count in counts.items() if count],
    )
    recipient_table = Table(
        "recipients",
        ("recipient", "recipient_category", "role", "country", "reason", "records", "transfer_safeguard"),
        [
            (
                r.name,
                Code("recipient_category", r.category),
                Code("recipient_role", r.role),
                r.country,
                Code("recipient_reason", r.reason),
                r.count,
                Code("transfer_safeguard", r.transfer_safeguard),
            )
            for r in recipients
        ],
    )
    retention = Table(
        "retention",
        ("category", "rule", "period_months", "records", "first_removal_on", "last_removal_on", "held_until"),
        [
            (
                Code("retention_category", c.rule.category.value),
                Code("retention_rule", c.rule.category.value, c.rule.period_months),
                c.rule.period_months,
                c.record_count,
                c.first_due,
                c.last_due,
                c.held_until,
            )
            for c in view.retention
            if c.record_count
        ],
    )
    transfers = Table(
        "transfers",
        ("recipient", "country", "transfer_safeguard"),
        [
            (r.name, r.country, Code("transfer_safeguard", r.transfer_safeguard))
            for r in recipients
            if r.transfer_safeguard != "none_needed"
        ],
    )
    return [
        _purposes(view, recipients, language),
        categories,
        recipient_table,
        retention,
        _sources(view, requests),
        transfers,
    ]


def _data(
    view: CustomerView,
    requests: Table,
    wordings: dict[tuple[str, int], tuple[str, str, str]],
    language: str,
    disclose_holds: bool,
) -> list[Table]:
    p = view.profile
    profile = Table(
        "profile",
        (
            "customer_number",
            "customer_kind",
            "first_name",
            "name_prefix",
            "last_name",
            "company_name",
            "vat_number",
            "kvk_number",
            "email",
            "phone",
            "mobile",
            "language",
            "source",
            "customer_since",
            "restricted_since",
            "notes",
        ),
        [
            (
                p.customer_number,
                Code("customer_kind", p.kind),
                p.first_name,
                p.name_prefix,
                p.last_name,
                p.company_name,
                p.vat_number,
                p.kvk_number,
                p.email,
                p.phone,
                p.mobile,
                Code("language", p.language),
                Code("source", p.source),
                _local(p.created_at),
                _local(p.restricted_at),
                p.notes,
            )
        ],
        record=True,
    )
    addresses = Table(
        "addresses",
        ("address_kind", "street", "house_number", "house_number_suffix", "postcode", "city", "country"),
        [
            (
                Code("address_kind", a.kind),
                a.street,
                a.house_number,
                a.house_number_suffix,
                a.postcode,
                a.city,
                a.country,
            )
            for a in view.addresses
        ],
    )
    orders = sorted(view.orders, key=lambda o: (o.ordered_at, o.order_id))
    order_table = Table(
        "orders",
        ("order_number", "ordered_at", "channel", "order_status", "total", "delivery_address"),
        [
            (
                o.order_number,
                _local(o.ordered_at),
                Code("channel", o.channel),
                Code("order_status", o.status),
                Money(o.total_cents),
                o.delivery_address,
            )
            for o in orders
        ],
    )
    lines = Table(
        "order_lines",
        ("order_number", "product_code", "description", "quantity", "unit_price", "vat_rate_percent"),
        [
            (
                o.order_number,
                line.product_code,
                line.description,
                line.quantity,
                Money(line.unit_price_cents),
                line.vat_rate_percent,
            )
            for o in orders
            for line in o.lines
        ],
    )
    invoices = Table(
        "invoices",
        ("order_number", "invoice_number", "issued_on", "total", "vat"),
        [
            (o.order_number, i.invoice_number, i.issued_on, Money(i.total_cents), Money(i.vat_cents))
            for o in orders
            for i in o.invoices
        ],
    )
    payments = Table(
        "payments",
        ("order_number", "paid_at", "amount", "payment_method", "payment_provider"),
        [
            (
                o.order_number,
                _local(pay.paid_at),
                Money(pay.amount_cents),
                Code("payment_method", pay.method),
                pay.provider,
            )
            for o in orders
            for pay in o.payments
        ],
    )
    shipments = Table(
        "shipments",
        ("order_number", "carrier", "tracking_code", "shipped_at", "delivered_at"),
        [
            (o.order_number, s.carrier, s.tracking_code, _local(s.shipped_at), _local(s.delivered_at))
            for o in orders
            for s in o.shipments
        ],
    )
    returns = Table(
        "returns_repairs",
        ("return_kind", "order_number", "opened_at", "closed_at", "return_status", "description"),
        [
            (
                Code("return_kind", r.kind),
                r.order_number,
                _local(r.opened_at),
                _local(r.closed_at),
                Code("case_status", r.status),
                r.description,
            )
            for r in reversed(view.returns_repairs)
        ],
    )
    contacts = Table(
        "service_contacts",
        ("contact_kind", "occurred_at", "channel", "subject", "summary"),
        [
            (
                Code("contact_kind", c.kind),
                _local(c.occurred_at),
                Code("channel", c.channel),
                c.subject,
                c.summary,
            )
            for c in reversed(view.service_contacts)
        ],
    )
    account = view.portal_account
    portal = Table(
        "portal_account",
        ("login_name", "created_at", "last_login_at"),
        [(account.login_name, _local(account.created_at), _local(account.last_login_at))] if account else [],
        record=True,
    )
    bases = {purpose.key: purpose.legal_basis for purpose in view.purposes}
    names = {
        purpose.key: purpose.name_nl if language == "nl" else purpose.name_en for purpose in view.purposes
    }
    consent_rows: list[tuple[Value, ...]] = []
    for h in reversed(view.consent_history):
        wording = wordings.get((h.purpose_key, h.wording_version)) if h.wording_version else None
        action_kind = "objection_action" if bases.get(h.purpose_key) == "objection" else "consent_action"
        consent_rows.append(
            (
                _local(h.occurred_at),
                h.purpose_key,
                names.get(h.purpose_key, h.purpose_key),
                Code(action_kind, h.action),
                Code("consent_basis", h.basis),
                Code("channel", h.channel),
                Code("mechanism", h.mechanism),
                h.wording_version,
                wording[0] if wording else None,
                (wording[1] if language == "nl" else wording[2]) if wording else None,
            )
        )
    consent = Table(
        "consent_history",
        (
            "occurred_at",
            "purpose_key",
            "purpose",
            "action",
            "consent_basis",
            "channel",
            "mechanism",
            "wording_version",
            "policy_version",
            "wording",
        ),
        consent_rows,
    )
    rectifications = Table(
        "rectifications",
        ("changed_at", "field", "old_value", "new_value", "request_number"),
        [
            (_local(r.changed_at), Code("field", r.field), r.old_value, r.new_value, r.request_id)
            for r in reversed(view.rectifications)
        ],
    )
    tables = [
        profile,
        addresses,
        order_table,
        lines,
        invoices,
        payments,
        shipments,
        returns,
        contacts,
        portal,
        Table(
            "webshop_accounts",
            ("webshop_platform", "webshop_customer_id"),
            [(Code("platform", a.platform), a.customer_id) for a in view.webshop_accounts],
        ),
        consent,
        requests,
        rectifications,
    ]
    if disclose_holds:
        tables.append(
            Table(
                "legal_holds",
                ("reason", "placed_at", "review_on"),
                [(h.reason, _local(h.placed_at), h.review_on) for h in view.legal_holds],
            )
        )
    return tables


def build_access_copy(
    session: Session,
    customer_id: int,
    clock: Clock,
    *,
    language: str | None = None,
    case_reference: str | None = None,
    disclose_holds: bool = True,
) -> AccessCopy:
    """One customer's copy as plain data, in `language` (default: the customer's own)."""
    view = load_customer_view(session, customer_id, clock)
    chosen = language or view.profile.language
    if chosen not in LANGUAGES:
        chosen = "nl"
    recipients = recipients_of(session, customer_id)
    requests = _requests_table(session, customer_id)
    return AccessCopy(
        language=chosen,
        created_on=view.today,
        case_reference=case_reference,
        customer_number=view.profile.customer_number,
        addressee=_addressee(view),
        controller=controller(),
        answers=_answers(view, recipients, requests, chosen),
        data=_data(view, requests, _wordings(session), chosen, disclose_holds),
    )
