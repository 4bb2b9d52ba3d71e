"""Stable JSON for scripts (documented in README.md): plain keys, ISO dates, UTC timestamps with "Z".

Amounts stay in cents (integers), codes stay codes (`"status": "delivered"`), so a script never has to
parse text meant for people.
"""

from __future__ import annotations

import dataclasses
import enum
import json
from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spaceoptics_desk.services.cases import CaseDetail, CaseSummary
    from spaceoptics_desk.services.consent import PurposeToggle
    from spaceoptics_desk.services.customer_view import ConsentHistoryEntry, CustomerView
    from spaceoptics_desk.services.lookup import CustomerMatch


def plain(value: Any) -> Any:
    """Dataclasses, dates and enums as JSON-ready values (recursively)."""
    if isinstance(value, datetime):
        return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [plain(item) for item in value]
    if isinstance(value, dict):
        return {str(key): plain(item) for key, item in value.items()}
    return value


def match_json(match: CustomerMatch) -> dict[str, Any]:
    return {
        "customer_number": match.customer_number,
        "name": match.name,
        "company_name": match.company_name,
        "postcode": match.postcode,
        "city": match.city,
        "email_masked": match.masked_email,
        "last_order_on": plain(match.last_order_on),
        "restricted": match.restricted,
    }


def customer_json(view: CustomerView) -> dict[str, Any]:
    document: dict[str, Any] = plain(view)
    profile = document["profile"]
    profile["name"] = view.profile.name
    del profile["customer_id"]  # an internal key; scripts use the customer number
    for address in document["addresses"]:
        del address["address_id"]
    for order in document["orders"]:
        del order["order_id"]
    document["today"] = view.today.isoformat()
    return document


def dumps(document: Any) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2)


def consent_json(toggles: Sequence[PurposeToggle], history: Sequence[ConsentHistoryEntry]) -> dict[str, Any]:
    return {
        "purposes": [
            {
                "purpose": t.key,
                "legal_basis": t.legal_basis,
                "on": t.on,
                "status": t.status.value,
                "since": plain(t.since),
                "channel": t.channel,
                "basis": t.basis,
            }
            for t in toggles
        ],
        "history": plain(list(history)),
    }


def case_summary_json(case: CaseSummary) -> dict[str, Any]:
    return {
        "id": case.case_id,
        "customer": case.customer_number,
        "received": plain(case.received_at),
        "due": plain(case.first_due),
        "extended_due": plain(case.extended_due),
        "due_with_pause": plain(case.due_with_pause),
        "status": case.status,
        "rights": list(case.rights),
        "days_left": case.days_left,
        "identity_verified": case.identity_verified,
    }


def case_json(detail: CaseDetail) -> dict[str, Any]:
    document = case_summary_json(detail.summary)
    document.update(
        {
            "channel": detail.summary.channel,
            "summary": detail.case_summary_text,
            "contact_details": detail.contact_details,
            "identity_method": detail.identity_method,
            "identity_verified_at": plain(detail.identity_verified_at),
            "extension_reason": detail.extension_reason,
            "extension_told_on": plain(detail.extension_told_on),
            "paused_from": plain(detail.paused_from),
            "paused_until": plain(detail.paused_until),
            "outcome": detail.outcome,
            "outcome_reasons": detail.outcome_reasons,
            "complaint_right_told": detail.complaint_right_told,
            "closed_at": plain(detail.closed_at),
            "timeline": plain(detail.timeline),
            "recipient_tasks": plain(detail.recipient_tasks),
        }
    )
    return document
