"""What the retention schedule says may go today (R23-R25): candidates for the weekly review.

The whole database is scanned with one set-based query per rule (no per-customer loop): each rule's
trigger and period become one cut-off date (`RetentionRule.latest_due_trigger`), so "due" is a range
condition on an indexed column. Customers under an active legal hold (R25) or with restricted processing
(R15: their data may only be stored) are left out of every rule; a postponed candidate stays out until
its new date. The fraud rule lists the holds whose review date has come.

Descriptions of what will happen are derived from the personal-data registry (store/registry.py).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Date, Select, and_, exists, func, literal, or_, select
from sqlalchemy.orm import Session, aliased

from spaceoptics_desk.domain.clock import AMSTERDAM, to_local
from spaceoptics_desk.domain.retention import RetentionAction, RetentionCategory, RetentionRule
from spaceoptics_desk.errors import QT_TRANSLATE_NOOP
from spaceoptics_desk.services.retention_rules import list_rules
from spaceoptics_desk.services.typed_input import checked_day
from spaceoptics_desk.store.models import (
    ConsentEvent,
    Customer,
    Invoice,
    LegalHold,
    Order,
    Payment,
    PortalAccount,
    Request,
    RetentionDecision,
    ServiceContact,
    Shipment,
)
from spaceoptics_desk.store.registry import (
    KEPT_BY_LAW,
    KEPT_WHAT,
    OWNER_LINKS,
    PERSONAL_DATA,
    TABLE_NAMES,
    Erasure,
    PersonalColumn,
    columns_kept_by,
)
from spaceoptics_desk.store.types import UTCDateTime

Keep = RetentionCategory
SCAN_BATCH = 1000  # rows per fetch (see `scan`)
# (owner customer id or None, record id, trigger moment or date) of each due record of a rule.
DueRecords = Select[Any, Any, Any]

# The table a rule's records live in; the registry says which of its columns go and how.
RULE_TABLE: dict[Keep, str] = {
    Keep.PROFILE: "customers",
    Keep.FISCAL: "orders",
    Keep.PORTAL_ACCOUNT: "portal_accounts",
    Keep.CONSENT: "consent_events",
    Keep.SERVICE_CONTACTS: "service_contacts",
    Keep.CASES: "requests",
    Keep.FRAUD: "legal_holds",
}
# Rules applied before others for the same customer (anonymise old orders before the profile goes).
APPLY_ORDER = (
    Keep.FISCAL,
    Keep.CONSENT,
    Keep.SERVICE_CONTACTS,
    Keep.PORTAL_ACCOUNT,
    Keep.CASES,
    Keep.FRAUD,
    Keep.PROFILE,
)


@dataclass(frozen=True)
class KeptItem:
    """Something that stays after the action, why, and until when (None: until its own rule says)."""

    what: str
    why: str
    until: date | None


@dataclass(frozen=True)
class FieldGroup:
    """Fields of one table, in the registry's words (screens translate both, context "registry")."""

    table: str
    fields: tuple[str, ...]

    @property
    def label(self) -> str:
        """The table as people call it ("customer-service contacts")."""
        return TABLE_NAMES.get(self.table, self.table)

    def __str__(self) -> str:
        return f"{self.label}: {', '.join(self.fields)}"


@dataclass(frozen=True)
class Candidate:
    """One thing the schedule says may go.

    Attributes:
        key: stable between scans ("profile:customer:123"); what review decisions refer to.
        subject_kind: customer | order | request | hold: what `subject_id` is the id of.
        reference: the customer number, or "order …" / "case …" for records without a customer.
        record_count: how many records of the rule's table are involved.
        erased / anonymised: descriptions of the fields that go (from the registry).
        kept: what stays, why and until when.
    """

    key: str
    rule: RetentionCategory
    action: RetentionAction
    subject_kind: str
    subject_id: int
    customer_id: int | None
    reference: str
    due_on: date
    record_count: int
    automatic: bool
    erased: tuple[FieldGroup, ...]
    anonymised: tuple[FieldGroup, ...]
    kept: tuple[KeptItem, ...]

    @property
    def description(self) -> str:
        parts = []
        if self.erased:
            parts.append("Erased: " + "; ".join(map(str, self.erased)) + ".")
        if self.anonymised:
            parts.append(
                "Anonymised (removed, the record stays): " + "; ".join(map(str, self.anonymised)) + "."
            )
        for item in self.kept:
            until = f" until {item.until.isoformat()}" if item.until else ""
            parts.append(f"Kept: {item.what}{until} ({item.why}).")
        return " ".join(parts)


def candidate_key(rule: RetentionCategory, subject_kind: str, subject_id: int) -> str:
    return f"{rule.value}:{subject_kind}:{subject_id}"


def _start_of_day_after(day: date) -> datetime:
    """The UTC moment Dutch day `day` ends: a local date <= day iff the moment is before this."""
    return datetime.combine(day + timedelta(days=1), time(0), AMSTERDAM).astimezone(UTC)


def _described(columns: Iterable[PersonalColumn]) -> tuple[FieldGroup, ...]:
    by_table: dict[str, list[str]] = {}
    for col in columns:
        by_table.setdefault(col.table, []).append(col.description)
    return tuple(FieldGroup(table, tuple(texts)) for table, texts in by_table.items())


def _person_columns() -> list[PersonalColumn]:
    """Every column of one person's rows (tables linked to a customer)."""
    return [c for c in PERSONAL_DATA if c.table in OWNER_LINKS]


@dataclass(frozen=True)
class RulePlan:
    erased: tuple[FieldGroup, ...]
    anonymised: tuple[FieldGroup, ...]
    kept: tuple[tuple[str, str], ...]  # (what, why) without dates


def rule_plan(rule: RetentionCategory) -> RulePlan:
    """What applying `rule` does to one subject, in words derived from the registry."""
    if rule is Keep.PROFILE:
        # The whole person goes (R24: fiscal retention never keeps the profile alive); what another law
        # keeps is anonymised as far as that law allows and stays unlinked (R14).
        columns = _person_columns()
        kept_categories = set(KEPT_BY_LAW)
        erased = [
            c for c in columns if c.retention not in kept_categories and c.erasure is Erasure.DELETE_ROW
        ]
        anonymised = [c for c in columns if c.retention in kept_categories and c.erasure is Erasure.NULLIFY]
        kept = tuple((KEPT_WHAT[category], why) for category, why in KEPT_BY_LAW.items())
        return RulePlan(_described(erased), _described(anonymised), kept)
    table = RULE_TABLE[rule]
    tables = {table} | {t for t, (_col, parent) in OWNER_LINKS.items() if parent == table}
    columns = [c for c in columns_kept_by(rule) if c.table in tables]
    if rule is Keep.FISCAL:
        nullified = [c for c in columns if c.erasure is Erasure.NULLIFY]
        return RulePlan(
            (),
            _described(nullified),
            (
                (
                    QT_TRANSLATE_NOOP("registry", "order numbers, amounts, VAT, dates and products"),
                    QT_TRANSLATE_NOOP("registry", "no longer about a person once anonymised"),
                ),
            ),
        )
    if rule is Keep.CONSENT:
        return RulePlan(
            _described(columns),
            (),
            (
                (
                    QT_TRANSLATE_NOOP("registry", "the newest consent event per purpose"),
                    QT_TRANSLATE_NOOP("registry", "it is the consent or objection in force (R19)"),
                ),
            ),
        )
    return RulePlan(_described(columns), (), ())


def _blocked(owner: Any) -> Any:
    """R25 holds and R15 restrictions keep every record of the customer out of the cleanup."""
    held = exists().where(LegalHold.customer_id == owner, LegalHold.lifted_at.is_(None))
    restricted_customer = aliased(Customer)
    restricted = exists().where(
        restricted_customer.id == owner, restricted_customer.restricted_at.is_not(None)
    )
    return held | restricted


def _postponed(session: Session, today: date) -> set[tuple[str, str, int]]:
    rows = session.execute(
        select(
            RetentionDecision.category, RetentionDecision.subject_kind, RetentionDecision.subject_id
        ).where(
            RetentionDecision.decision == "postponed",
            RetentionDecision.postponed_until > today,
            RetentionDecision.subject_id.is_not(None),
        )
    )
    return {(c, k, int(i)) for c, k, i in rows if i is not None}


# --- the due records of each rule: (owner customer id or None, record id, trigger moment) -------------


Only = Collection[int] | None  # limit to these customers (the re-check at apply time)


def _only(query: DueRecords, owner: Any, only: Only) -> DueRecords:
    return query if only is None else query.where(owner.in_(list(only)))


def due_profiles(rule: RetentionRule, today: date, only: Only = None) -> DueRecords:
    boundary = _start_of_day_after(rule.latest_due_trigger(today))
    last_order = select(func.max(Order.ordered_at)).where(Order.customer_id == Customer.id).scalar_subquery()
    newer_order = exists().where(Order.customer_id == Customer.id, Order.ordered_at >= boundary)
    return _only(
        select(Customer.id, Customer.id, func.coalesce(last_order, Customer.created_at)).where(
            Customer.created_at < boundary, ~newer_order
        ),
        Customer.id,
        only,
    )


def _fiscal_identity_present() -> list[object]:
    """Registry-driven: any column the fiscal rule nullifies, on the order or its papers, still set."""
    conditions: list[object] = []
    for col in columns_kept_by(Keep.FISCAL):
        if col.erasure is not Erasure.NULLIFY:
            continue
        model = _MODELS[col.table]
        column = getattr(model, col.column)
        if col.table == "orders":
            conditions.append(column.is_not(None))
        else:
            conditions.append(exists().where(model.order_id == Order.id, column.is_not(None)))
    return conditions


_MODELS: dict[str, Any] = {"orders": Order, "invoices": Invoice, "payments": Payment, "shipments": Shipment}


def due_fiscal(rule: RetentionRule, today: date, only: Only = None) -> DueRecords:
    last_year_end = rule.latest_due_trigger(today)  # 31 Dec of the newest year that may go
    boundary = _start_of_day_after(last_year_end)
    # R23: the order, its invoices and its payments are each documents of their own year; the order is
    # anonymised when the newest of them is due.
    later_invoice = exists().where(Invoice.order_id == Order.id, Invoice.issued_on > last_year_end)
    later_payment = exists().where(Payment.order_id == Order.id, Payment.paid_at >= boundary)
    return _only(select(Order.customer_id, Order.id, Order.ordered_at), Order.customer_id, only).where(
        Order.ordered_at < boundary,
        ~later_invoice,
        ~later_payment,
        or_(*_fiscal_identity_present()),  # type: ignore[arg-type]
    )


def due_portal_accounts(rule: RetentionRule, today: date, only: Only = None) -> DueRecords:
    boundary = _start_of_day_after(rule.latest_due_trigger(today))
    last_use = func.coalesce(PortalAccount.last_login_at, PortalAccount.created_at)
    return _only(
        select(PortalAccount.customer_id, PortalAccount.id, last_use), PortalAccount.customer_id, only
    ).where(last_use < boundary)


def due_consent_events(rule: RetentionRule, today: date, only: Only = None) -> DueRecords:
    """R22: an event is proof while it is in force; it may go `period` after a newer event replaced it.

    The newest event per purpose is the consent or objection in force and is never due by this rule (it
    goes with the profile); deleting it would turn an objection into "never asked".
    """
    boundary = _start_of_day_after(rule.latest_due_trigger(today))
    replaced_at = (
        func.lead(ConsentEvent.occurred_at)
        .over(
            partition_by=(ConsentEvent.customer_id, ConsentEvent.purpose_id),
            order_by=(ConsentEvent.occurred_at, ConsentEvent.id),
        )
        .label("replaced_at")
    )
    events = _only(
        select(ConsentEvent.customer_id, ConsentEvent.id, replaced_at), ConsentEvent.customer_id, only
    ).subquery()
    return select(events.c.customer_id, events.c.id, events.c.replaced_at).where(
        events.c.replaced_at < boundary
    )


def due_service_contacts(rule: RetentionRule, today: date, only: Only = None) -> DueRecords:
    boundary = _start_of_day_after(rule.latest_due_trigger(today))
    return _only(
        select(ServiceContact.customer_id, ServiceContact.id, ServiceContact.occurred_at),
        ServiceContact.customer_id,
        only,
    ).where(ServiceContact.occurred_at < boundary)


def due_cases(rule: RetentionRule, today: date, only: Only = None) -> DueRecords:
    boundary = _start_of_day_after(rule.latest_due_trigger(today))
    return _only(select(Request.customer_id, Request.id, Request.closed_at), Request.customer_id, only).where(
        Request.status == "closed", Request.closed_at.is_not(None), Request.closed_at < boundary
    )


def due_holds(today: date, only: Only = None) -> DueRecords:
    return _only(
        select(LegalHold.customer_id, LegalHold.id, LegalHold.review_on), LegalHold.customer_id, only
    ).where(LegalHold.lifted_at.is_(None), LegalHold.review_on <= today)


def due_records(rule: RetentionRule, today: date, only: Only = None) -> DueRecords:
    match rule.category:
        case Keep.PROFILE:
            return due_profiles(rule, today, only)
        case Keep.FISCAL:
            return due_fiscal(rule, today, only)
        case Keep.PORTAL_ACCOUNT:
            return due_portal_accounts(rule, today, only)
        case Keep.CONSENT:
            return due_consent_events(rule, today, only)
        case Keep.SERVICE_CONTACTS:
            return due_service_contacts(rule, today, only)
        case Keep.CASES:
            return due_cases(rule, today, only)
        case Keep.FRAUD:
            return due_holds(today, only)
    raise ValueError(rule.category)


def subject_kind_of(rule: RetentionCategory, customer_id: int | None) -> str:
    if rule is Keep.CASES:
        return "request"
    if rule is Keep.FRAUD:
        return "hold"
    if rule is Keep.FISCAL and customer_id is None:
        return "order"
    return "customer"


def _local_date(value: datetime | date) -> date:
    return to_local(value).date() if isinstance(value, datetime) else value


def scan(
    session: Session,
    today: date,
    *,
    customer_ids: Collection[int] | None = None,
    rules: Collection[RetentionCategory] | None = None,
    subject: tuple[str, int] | None = None,
) -> list[Candidate]:
    """Every candidate due on `today`, rule by rule in schedule order, oldest due date first.

    `customer_ids` limits the scan to those customers (and their records), `subject` to one subject
    (kind, id): the re-check at apply time.
    """
    checked_day("today", today)
    postponed = _postponed(session, today)
    by_rule: dict[RetentionCategory, list[Candidate]] = {}
    for rule in list_rules(session):
        if rules is not None and rule.category not in rules:
            continue
        plan = rule_plan(rule.category)
        records = due_records(rule, today, customer_ids).subquery()
        owner, record_id, trigger = records.c[0], records.c[1], records.c[2]
        conditions = [or_(owner.is_(None), ~_blocked(owner))]
        if rule.category is Keep.FRAUD:
            conditions = []  # the hold itself is what is reviewed
        if customer_ids is not None:
            conditions.append(owner.in_(list(customer_ids)))
        if subject is not None:
            kind, sid = subject
            conditions.append(owner == sid if kind == "customer" else record_id == sid)
        if rule.category in (Keep.CASES, Keep.FRAUD):
            grouping: Any = record_id
        elif rule.category is Keep.FISCAL:
            # Orders of an erased customer (no owner any more) are candidates one by one.
            grouping = func.coalesce(owner, -record_id)
        else:
            grouping = owner
        customer = aliased(Customer)
        trigger_type: Date | UTCDateTime = Date() if rule.category is Keep.FRAUD else UTCDateTime()
        grouped = (
            select(
                grouping, owner, func.count(), func.max(trigger, type_=trigger_type), customer.customer_number
            )
            .select_from(records)
            .outerjoin(customer, customer.id == owner)
            .where(and_(literal(True), *conditions))
            .group_by(grouping, owner, customer.customer_number)
            # Oldest first, sorted by SQLite: due dates grow with the trigger moment. Sorting 65,000
            # candidates in Python is one C call that holds the GIL and stalls the window.
            .order_by(func.max(trigger), grouping)
        )
        found = by_rule.setdefault(rule.category, [])
        # In batches: one fetch of tens of thousands of rows holds the GIL long enough to stall the window.
        rows = session.execute(grouped.execution_options(yield_per=SCAN_BATCH))
        for subject_id, owner_id, count, newest, number in rows:
            kind = subject_kind_of(rule.category, owner_id)
            sid = -subject_id if kind == "order" else subject_id
            if (rule.category.value, kind, sid) in postponed:
                continue
            due_on = newest if rule.category is Keep.FRAUD else rule.due_date(_local_date(newest))
            if isinstance(due_on, datetime):
                due_on = due_on.date()
            found.append(
                Candidate(
                    key=candidate_key(rule.category, kind, sid),
                    rule=rule.category,
                    action=rule.action,
                    subject_kind=kind,
                    subject_id=sid,
                    customer_id=owner_id,
                    reference=number or _reference(kind, sid),
                    due_on=due_on,
                    record_count=count,
                    automatic=rule.automatic,
                    erased=plan.erased,
                    anonymised=plan.anonymised,
                    kept=tuple(KeptItem(what, why, None) for what, why in plan.kept),
                )
            )
    return [candidate for category in Keep for candidate in by_rule.get(category, [])]


def _reference(kind: str, subject_id: int) -> str:
    return f"{kind} {subject_id}"
