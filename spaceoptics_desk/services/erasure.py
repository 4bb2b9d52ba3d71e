"""Erasing a person (R14) and removing a rule's records (R23), driven by the personal-data registry.

What goes and how comes from store/registry.py: rows whose columns say DELETE_ROW are deleted; rows kept by
another law (KEPT_BY_LAW: fiscal records, cases) stay with their NULLIFY columns emptied and their
KEEP_UNLINKED columns left as they are. The audit log keeps that someone was erased, by whom, under which
case or rule, with a pseudonymous reference (the journal id), never the person's data (R31); the erasure
journal keeps salted hashes so a restored backup can be cleaned again (R32).

The transaction marks the clean-up it owes (services/trace_cleanup.py): after the commit, the operation
purges the search index's old segments and empties the write-ahead log, so nothing of the person stays
readable in the files (R31).

Restriction (R15) does not stop an erasure the person asks for: restricting is a temporary measure the
person chose, and asking for erasure ends it. A legal hold (R25) does stop it.
"""

from __future__ import annotations

import functools
import secrets
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Delete, Executable, Integer, Table, bindparam, delete, func, select, update
from sqlalchemy.orm import Session

from spaceoptics_desk.domain.clock import Clock, local_today, to_local
from spaceoptics_desk.domain.retention import RetentionCategory, Trigger
from spaceoptics_desk.errors import QT_TRANSLATE_NOOP
from spaceoptics_desk.services import audit, suppression, trace_cleanup
from spaceoptics_desk.services.case_steps import case_for_update, log_event, require_open
from spaceoptics_desk.services.errors import Conflict, NotAllowed, NotFound
from spaceoptics_desk.services.imports.links import customer_link_keys
from spaceoptics_desk.services.recipient_tasks import create_tasks, note_missing_references
from spaceoptics_desk.services.retention_rules import list_rules
from spaceoptics_desk.store.models import (
    Base,
    CaseEvent,
    ConsentEvent,
    Customer,
    ErasureJournalEntry,
    Invoice,
    LegalHold,
    Order,
    Payment,
    RecipientTask,
    Request,
    RequestRight,
    RetentionDecision,
    StaffUser,
)
from spaceoptics_desk.store.registry import (
    BUSINESS_INVOICE_LAW,
    BUSINESS_INVOICE_WHAT,
    KEPT_BY_LAW,
    KEPT_FOR_BUSINESS,
    KEPT_WHAT,
    OWNER_LINKS,
    Erasure,
    erasure_tables,
    personal_columns,
)
from spaceoptics_desk.store.search import reindex_customers

Keep = RetentionCategory
ERASED = "erased"  # the case event of an erasure request carried out


@dataclass(frozen=True)
class KeptRecords:
    """For the reply letter: what stays, why (the law) and until when."""

    what: str
    count: int
    why: str
    until: date | None


@dataclass(frozen=True)
class ErasureResult:
    """Attributes:
    reference: the pseudonymous reference in the audit log and the journal ("E-…").
    removed: rows deleted per table.
    kept: what another law keeps, anonymised as far as it allows.
    reply_contact: the case's contact details, for the reply; the case keeps them until it is closed
        (the person must be answered, AVG 12(3)), then they go with its other free text (R31).
    """

    reference: str
    removed: dict[str, int]
    kept: list[KeptRecords]
    reply_contact: str | None


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


def _owned_ids(table: str, customer_id: object) -> object:
    """A SELECT of the ids of `table`'s rows that belong to the customer (following OWNER_LINKS)."""
    column, parent = OWNER_LINKS[table]
    t = _table(table)
    if parent is None:
        return select(t.c.id).where(t.c[column] == customer_id)
    return select(t.c.id).where(t.c[column].in_(_owned_ids(parent, customer_id)))  # type: ignore[arg-type]


@functools.cache
def _erase_statements(business: bool) -> tuple[tuple[str, Executable], ...]:
    """Per table, children first: the UPDATE that empties a kept row or the DELETE of a row that goes.

    Built once with the customer id as a parameter (building them per customer cost more than running
    them when a review erases a thousand customers).
    """
    kept_tables = {c.table for c in personal_columns() if c.retention in KEPT_BY_LAW}
    kept_tables.add("retention_decisions")
    customer = bindparam("erased_customer", type_=Integer)
    statements: list[tuple[str, Executable]] = []
    for table in erasure_tables():
        t = _table(table)
        ids = _owned_ids(table, customer)
        if table in kept_tables:
            cleared = {
                c.column: None
                for c in personal_columns(table)
                if c.erasure is Erasure.NULLIFY and not (business and (table, c.column) in KEPT_FOR_BUSINESS)
            }
            if cleared:
                statements.append((table, update(t).where(t.c.id.in_(ids)).values(**cleared)))  # type: ignore[arg-type]
            continue
        statements.append((table, delete(t).where(t.c.id.in_(ids))))  # type: ignore[arg-type]
    return tuple(statements)


def _fiscal_until(session: Session, customer_id: int) -> date | None:
    """When the newest fiscal record of the customer may go (end of its year + the fiscal period)."""
    rule = next(r for r in list_rules(session) if r.category is Keep.FISCAL)
    mine = select(Order.id).where(Order.customer_id == customer_id).scalar_subquery()
    newest = [
        session.scalar(select(func.max(Order.ordered_at)).where(Order.customer_id == customer_id)),
        session.scalar(select(func.max(Payment.paid_at)).where(Payment.order_id.in_(mine))),
    ]
    days = [to_local(m).date() for m in newest if m is not None]
    issued = session.scalar(select(func.max(Invoice.issued_on)).where(Invoice.order_id.in_(mine)))
    if issued is not None:
        days.append(issued)
    return rule.due_date(max(days)) if days else None


def _cases_until(session: Session) -> str:
    rule = next(r for r in list_rules(session) if r.category is Keep.CASES)
    assert rule.trigger is Trigger.CASE_CLOSED
    return f"{rule.period_months} months after the case is closed"


def objected_to_marketing(session: Session, customer_id: int) -> bool:
    return (
        session.scalar(
            select(ConsentEvent.id)
            .where(ConsentEvent.customer_id == customer_id, ConsentEvent.basis == "objection")
            .limit(1)
        )
        is not None
    )


def kept_by_law(session: Session, customer_id: int) -> list[KeptRecords]:
    """What erasing this customer keeps, why and until when (R14): the preview and the erasure agree."""
    customer = session.get(Customer, customer_id)
    if customer is None:
        return []
    kept: list[KeptRecords] = []
    fiscal_until = _fiscal_until(session, customer_id)
    mine = select(Order.id).where(Order.customer_id == customer_id)
    orders = session.scalar(select(func.count()).select_from(mine.subquery())) or 0
    if orders:
        kept.append(KeptRecords(KEPT_WHAT[Keep.FISCAL], orders, KEPT_BY_LAW[Keep.FISCAL], fiscal_until))
    invoices = session.scalar(select(func.count()).select_from(Invoice).where(Invoice.order_id.in_(mine)))
    if customer.kind == "business" and invoices:
        kept.append(KeptRecords(BUSINESS_INVOICE_WHAT, invoices, BUSINESS_INVOICE_LAW, fiscal_until))
    cases = session.scalar(select(func.count()).where(Request.customer_id == customer_id)) or 0
    if cases:
        kept.append(KeptRecords(KEPT_WHAT[Keep.CASES], cases, KEPT_BY_LAW[Keep.CASES], None))
    return kept


def erase_person(
    session: Session, actor: StaffUser, clock: Clock, customer_id: int, basis: str, case_id: int | None
) -> ErasureResult:
    """Everything of one customer that no law keeps goes; kept records lose what identifies the person.

    The shared core of an erasure request and of the profile rule. Writes the journal entry and the
    audit entry; no check of holds here (the callers check).
    """
    customer = session.get(Customer, customer_id, with_for_update=True)
    if customer is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "This customer no longer exists."))
    reference = "E-" + secrets.token_hex(8)
    email = customer.email
    # R18: an objector's address goes on the suppression list (as a hash) before it is erased.
    if email and objected_to_marketing(session, customer_id):
        suppression.suppress(session, clock, email)
    # R16: open recipient tasks keep what their recipient needs, taken while the records still hold it.
    note_missing_references(session, customer_id)
    # R31: the files owe a clean-up from this commit on, whatever happens to the caller afterwards.
    trace_cleanup.mark(session, trace_cleanup.SEARCH_INDEX)
    session.add(
        ErasureJournalEntry(
            id=reference,
            erased_at=clock.now(),
            basis=basis,
            number_hash=suppression.salted_hash(session, customer.customer_number),
            email_hash=suppression.email_hash(session, email) if email else None,
            request_id=case_id,
        )
    )
    # Issue 13: the person's ids at the webshop are journalled too (one entry each, no e-mail hash), so a
    # later import or sync of the same webshop customer is refused even when the e-mail address changed.
    # A restore's replay matches entries on customer numbers, which these hashes never are.
    for number, link in enumerate(customer_link_keys(session, customer_id), start=1):
        session.add(
            ErasureJournalEntry(
                id=f"{reference}-{number}",
                erased_at=clock.now(),
                basis=basis,
                number_hash=suppression.salted_hash(session, link),
                email_hash=None,
                request_id=None,
            )
        )
    kept = kept_by_law(session, customer_id)
    # Decisions still waiting (postponements) would otherwise apply to a later customer with the same id.
    session.execute(
        delete(RetentionDecision).where(
            RetentionDecision.customer_id == customer_id, RetentionDecision.outcome.is_(None)
        )
    )
    removed: dict[str, int] = {}
    for table, statement in _erase_statements(customer.kind == "business"):
        result = session.execute(statement, {"erased_customer": customer_id})
        if isinstance(statement, Delete):
            removed[table] = result.rowcount  # type: ignore[attr-defined]
    reindex_customers(session, [customer_id])  # the customer is gone: its search document is deleted
    audit.record(
        session,
        actor,
        clock,
        "customer_erased",
        "customer",
        # Issue 12: earlier entries about this id stay as they were (the chain forbids a change; they
        # hold no personal data): this entry says they were about someone erased, should the id be reused.
        customer_id,
        {"ref": reference, "basis": basis, "case": case_id, "records_kept": sum(k.count for k in kept)},
    )
    return ErasureResult(reference, removed, kept, None)


def erase_customer(
    session: Session, actor: StaffUser, clock: Clock, customer_id: int, case_id: int
) -> ErasureResult:
    """R14: carries out an erasure request of case `case_id` for its customer.

    Refused while a legal hold is active (R25), when the case is closed, is about someone else, does not
    ask for erasure or has no identity check recorded (R7); who may erase is checked by the operation
    (operations/erasure.py). Tells the recipients (R16 tasks, made before the data goes: they are
    derived from it) and notes on the case what was kept, why and until when (no personal data in the
    note).
    """
    case = case_for_update(session, case_id)
    require_open(case)
    if case.customer_id != customer_id:
        raise Conflict(
            QT_TRANSLATE_NOOP("errors", "Case {case} is not about this customer; nothing was erased."),
            case=case_id,
        )
    rights = set(session.scalars(select(RequestRight.right).where(RequestRight.request_id == case_id)))
    if "erasure" not in rights:
        raise NotAllowed(
            QT_TRANSLATE_NOOP(
                "errors", "Case {case} does not ask for erasure; add that right to the case first."
            ),
            case=case_id,
        )
    if case.identity_verified_at is None:
        # R7: an erasure cannot be undone; whoever asked must be the person.
        raise NotAllowed(
            QT_TRANSLATE_NOOP(
                "errors",
                "Check the person's identity first and record it on case {case}: an erasure cannot be "
                "undone.",
            ),
            case=case_id,
        )
    hold = session.scalar(
        select(LegalHold.review_on)
        .where(LegalHold.customer_id == customer_id, LegalHold.lifted_at.is_(None))
        .order_by(LegalHold.review_on.desc())
        .limit(1)
    )
    if hold is not None:
        raise NotAllowed(
            QT_TRANSLATE_NOOP(
                "errors",
                "This customer's data is under a legal hold (review on {date}); it cannot be erased "
                "until the hold is lifted. Tell the person why (R25).",
            ),
            date=hold.isoformat(),
        )
    return carry_out_request(session, actor, clock, customer_id, case, "request")


def carry_out_request(
    session: Session, actor: StaffUser, clock: Clock, customer_id: int, case: Request, basis: str
) -> ErasureResult:
    """The erasure of an erasure request, its checks passed (or, after a restore, passed before): the
    recipients' tasks (R16, made before the data goes: they are derived from it), the erasure, and the
    note on the case of what was kept, why and until when (no personal data in the note)."""
    case_id = case.id
    reply_contact = case.contact_details
    create_tasks(session, actor, clock, case, "erasure")  # R16
    result = erase_person(session, actor, clock, customer_id, basis, case_id)
    # The reply still has to reach the person: this open case keeps the address they gave until it is
    # closed (cases.close empties it with the rest of its free text, R31).
    session.execute(update(Request).where(Request.id == case_id).values(contact_details=reply_contact))
    session.expire(case, ["contact_details"])
    kept_text = "; ".join(
        f"{k.what} ({k.count}) until {k.until.isoformat() if k.until else _cases_until(session)} ({k.why})"
        for k in result.kept
    )
    log_event(
        session,
        actor,
        clock,
        case,
        ERASED,
        f"Erased ({result.reference}). Kept: {kept_text or 'nothing'}.",
    )
    session.flush()
    return ErasureResult(result.reference, result.removed, result.kept, reply_contact)


def forget_text_after_erasure(session: Session, request: Request) -> bool:
    """R31: free text typed into a case after its person was erased (notes on telling recipients, the
    reasons of the outcome) cannot stay: no later erasure reaches an unlinked case. Run at closing;
    returns whether the case had an erasure. The timeline up to the erasure was emptied by it.
    """
    erased_at = session.scalar(
        select(func.max(CaseEvent.id)).where(CaseEvent.request_id == request.id, CaseEvent.kind == ERASED)
    )
    if erased_at is None:
        return False
    links = {"requests": Request.id == request.id, "recipient_tasks": RecipientTask.request_id == request.id}
    links["case_events"] = (CaseEvent.request_id == request.id) & (CaseEvent.id > erased_at)
    for table, link in links.items():
        cleared = {c.column: None for c in personal_columns(table) if c.erasure is Erasure.NULLIFY}
        session.execute(update(_table(table)).where(link).values(**cleared))
    session.expire(request)
    return True


def today_of(clock: Clock) -> date:
    return local_today(clock)
