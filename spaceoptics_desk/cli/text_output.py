"""Plain-text output for people at a terminal: short, aligned, dates in Dutch time."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from spaceoptics_desk.domain.clock import to_local
from spaceoptics_desk.domain.phones import format_phone
from spaceoptics_desk.domain.postcodes import display_postcode

if TYPE_CHECKING:
    from spaceoptics_desk.services.cases import CaseDetail, CaseSummary
    from spaceoptics_desk.services.consent import PurposeToggle
    from spaceoptics_desk.services.customer_view import ConsentHistoryEntry, CustomerView
    from spaceoptics_desk.services.lookup import CustomerMatch


def _moment(value: datetime | None) -> str:
    return to_local(value).strftime("%Y-%m-%d %H:%M") if value else "-"


def _phone(value: str | None) -> str:
    return format_phone(value) if value else "-"


def _euros(cents: int) -> str:
    return f"EUR {cents / 100:,.2f}"


def table(header: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    body = [list(header), *[list(row) for row in rows]]
    widths = [max(len(row[i]) for row in body) for i in range(len(header))]
    return "\n".join(
        "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip() for row in body
    )


def matches_text(matches: Sequence[CustomerMatch]) -> str:
    if not matches:
        return "No customers match."
    return table(
        ("Number", "Name", "Postcode", "City", "Last order", "E-mail"),
        (
            (
                m.customer_number + (" (restricted)" if m.restricted else ""),
                m.name + (f" / {m.company_name}" if m.company_name else ""),
                m.postcode or "",
                m.city or "",
                m.last_order_on.isoformat() if m.last_order_on else "",
                m.masked_email or "",
            )
            for m in matches
        ),
    )


def customer_text(view: CustomerView) -> str:
    p = view.profile
    lines = [f"{p.customer_number}  {p.name}" + (f"  ({p.company_name})" if p.company_name else "")]
    if p.restricted_at:
        lines.append(f"PROCESSING RESTRICTED since {_moment(p.restricted_at)} (R15)")
    lines += [
        f"  e-mail:   {p.email or '-'}",
        f"  phone:    {_phone(p.phone)}   mobile: {_phone(p.mobile)}",
        f"  language: {p.language}   source: {p.source}   customer since: {_moment(p.created_at)}",
    ]
    for a in view.addresses:
        number = f"{a.house_number}{a.house_number_suffix}"
        lines.append(
            f"  {a.kind + ':':9} {a.street} {number}, {display_postcode(a.postcode)} {a.city} ({a.country})"
        )
    lines.append(f"\nOrders ({len(view.orders)})")
    for o in view.orders[:20]:
        invoices = ", ".join(i.invoice_number for i in o.invoices)
        payments = ", ".join(f"{pay.method}" for pay in o.payments)
        lines.append(
            f"  {o.order_number}  {_moment(o.ordered_at)}  {o.status:9} {_euros(o.total_cents):>14}"
            f"  {invoices}  {payments}"
        )
    if len(view.orders) > 20:
        lines.append(f"  ... and {len(view.orders) - 20} older orders (use --json for all)")
    lines.append(
        f"\nReturns & repairs: {len(view.returns_repairs)}   Service contacts: {len(view.service_contacts)}"
    )
    if view.portal_account:
        lines.append(f"Portal account: last login {_moment(view.portal_account.last_login_at)}")
    lines.append("\nPurposes")
    for purpose in view.purposes:
        state = purpose.consent.status.value if purpose.consent else purpose.legal_basis
        lines.append(f"  {purpose.name_en:40} {state}")
    if view.open_requests:
        lines.append("\nOpen requests")
        lines += [
            f"  #{r.request_id}  {_moment(r.received_at)}  {', '.join(r.rights)}" for r in view.open_requests
        ]
    if view.legal_holds:
        lines.append("\nLegal holds")
        lines += [f"  {h.case_reference}  review on {h.review_on.isoformat()}" for h in view.legal_holds]
    lines.append("\nRetention (earliest date each category may go)")
    for item in view.retention:
        due = item.first_due.isoformat() if item.first_due else "-"
        held = f"  held until {item.held_until.isoformat()}" if item.held_until else ""
        lines.append(f"  {item.rule.category.value:18} {item.rule.action.value:15} {due}{held}")
    if view.rectifications:
        lines.append("\nCorrections")
        lines += [
            f"  {_moment(r.changed_at)}  {r.field}: {r.old_value or '-'} -> {r.new_value or '-'}"
            f"  by {r.staff}"
            for r in view.rectifications
        ]
    return "\n".join(lines)


def consent_text(toggles: Sequence[PurposeToggle], history: Sequence[ConsentHistoryEntry]) -> str:
    lines = ["Purpose               State        Since             Channel  Basis"]
    for t in toggles:
        state = ("objected" if t.on else "no objection") if t.legal_basis == "objection" else t.status.value
        lines.append(f"{t.key:21} {state:12} {_moment(t.since):17} {t.channel or '-':8} {t.basis or '-'}")
    lines.append("\nHistory, newest first")
    if not history:
        lines.append("  (none)")
    for h in history:
        wording = f"wording v{h.wording_version}" if h.wording_version else ""
        lines.append(
            f"  {_moment(h.occurred_at)}  {h.purpose_key:17} {h.action:9} {h.basis:11} {h.channel:7}"
            f" {h.mechanism:13} {wording:11} {h.staff or ''}".rstrip()
        )
    return "\n".join(lines)


def cases_text(found: Sequence[CaseSummary]) -> str:
    if not found:
        return "No cases."
    return table(
        ("Case", "Customer", "Received", "Rights", "Due", "Days left", "Status"),
        (
            (
                str(c.case_id),
                c.customer_number or "(unknown)",
                _moment(c.received_at),
                ", ".join(c.rights),
                c.due.isoformat() + (" (extended)" if c.extended_due else ""),
                str(c.days_left) if c.status != "closed" else "",
                c.status,
            )
            for c in found
        ),
    )


def case_text(detail: CaseDetail) -> str:
    c = detail.summary
    lines = [
        f"Case {c.case_id}  {c.customer_number or '(unknown caller)'}  {c.customer_name or ''}".rstrip(),
        f"  received {_moment(c.received_at)} by {c.channel}; rights: {', '.join(c.rights)}",
        f"  due {c.first_due.isoformat()}"
        + (
            f", extended to {c.extended_due.isoformat()} ({detail.extension_reason})"
            if c.extended_due
            else ""
        )
        + (f"; {c.days_left} days left" if c.status != "closed" else ""),
        f"  identity: {detail.identity_method or 'not checked yet'}",
        f"  status: {c.status}" + (f", outcome {detail.outcome}" if detail.outcome else ""),
        "Timeline",
    ]
    lines += [
        f"  {_moment(t.occurred_at)}  {t.kind:9} {t.staff}  {t.note or ''}".rstrip() for t in detail.timeline
    ]
    if detail.recipient_tasks:
        lines.append("Recipients to tell (R16; close with `case tell TASK`)")
        for t in detail.recipient_tasks:
            lines.append(
                f"  task {t.task_id:<5} {t.recipient}  ({t.trigger}): {t.status}  {t.note or ''}".rstrip()
            )
            if t.reference:
                # What to pass on: the recipient finds the person by it, also after an erasure.
                lines.append(
                    "        known by: "
                    + ", ".join(f"{_REFERENCE_WORDS.get(r.kind, r.kind)} {r.value}" for r in t.reference)
                )
    return "\n".join(lines)


# The kinds of a recipient's reference, as `case show` names them.
_REFERENCE_WORDS = {
    "order_number": "order",
    "tracking_code": "tracking code",
    "payment_reference": "payment reference",
    "email": "e-mail",
    "login_name": "login",
    "email_sha256": "e-mail SHA-256",
}
