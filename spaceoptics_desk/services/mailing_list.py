"""Who may receive a marketing mailing today, for the newsletter tool (R21), and the CSV it imports.

On the list: customers whose newest event for the purpose is "given" (opt-in or soft opt-in), with an
e-mail address. Never on it: restricted customers (R15), anyone whose last word was an objection or a
withdrawal (R18, R20), and addresses on the suppression list.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from spaceoptics_desk.domain.clock import Clock
from spaceoptics_desk.domain.names import display_name
from spaceoptics_desk.errors import QT_TRANSLATE_NOOP
from spaceoptics_desk.reports.spreadsheet import spreadsheet_safe
from spaceoptics_desk.services import audit, suppression
from spaceoptics_desk.services.errors import InvalidInput
from spaceoptics_desk.store.models import ConsentEvent, Customer, Purpose, StaffUser

CSV_COLUMNS = ("email", "name", "language", "basis")


@dataclass(frozen=True)
class MailingEntry:
    email: str
    name: str
    language: str
    basis: str  # opt_in | soft_opt_in


def mailing_list(session: Session, purpose_key: str = "newsletter") -> list[MailingEntry]:
    purpose = session.scalar(select(Purpose).where(Purpose.key == purpose_key))
    if purpose is None or purpose.legal_basis != "consent" or not purpose.is_marketing:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "'{purpose}' is not a marketing purpose that needs consent."),
            purpose=purpose_key,
        )
    # The newest event per customer, by time and then ledger order (the same rule as domain/consent.py).
    ranked = (
        select(
            ConsentEvent.customer_id,
            ConsentEvent.action,
            ConsentEvent.basis,
            func.row_number()
            .over(
                partition_by=ConsentEvent.customer_id,
                order_by=(ConsentEvent.occurred_at.desc(), ConsentEvent.id.desc()),
            )
            .label("rank"),
        )
        .where(ConsentEvent.purpose_id == purpose.id)
        .subquery()
    )
    rows = session.execute(
        select(
            Customer.email, Customer.first_name, Customer.name_prefix, Customer.last_name, Customer.language
        )
        .add_columns(ranked.c.basis)
        .join(ranked, ranked.c.customer_id == Customer.id)
        .where(
            ranked.c.rank == 1,
            ranked.c.action == "given",
            Customer.email.is_not(None),
            Customer.restricted_at.is_(None),
        )
        .order_by(Customer.customer_number)
    )
    suppressed = suppression.suppressed_hashes(session)
    entries = []
    for email, first, prefix, last, language, basis in rows:
        if suppression.email_hash(session, email) in suppressed:
            continue
        entries.append(MailingEntry(email, display_name(first, prefix, last), language, basis))
    return entries


def export_mailing_list(
    session: Session, actor: StaffUser, clock: Clock, purpose_key: str = "newsletter"
) -> list[MailingEntry]:
    """The list as it leaves the app, logged (who, when, how many; no addresses). Only the owner may
    (R21; operations/mailing_list.py enforces it)."""
    entries = mailing_list(session, purpose_key)
    audit.record(
        session,
        actor,
        clock,
        "mailing_list_exported",
        "purpose",
        None,
        {"purpose": purpose_key, "addresses": len(entries)},
    )
    return entries


def mailing_csv(entries: list[MailingEntry]) -> str:
    """UTF-8 CSV text with a header; cells that a spreadsheet would run as formulas are escaped."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for entry in entries:
        writer.writerow(
            [spreadsheet_safe(entry.email), spreadsheet_safe(entry.name), entry.language, entry.basis]
        )
    return buffer.getvalue()
