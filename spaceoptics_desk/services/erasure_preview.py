"""What an erasure request (R14) will do to the case's customer, shown before anyone confirms it.

Derived from the same places the erasure itself uses: the profile rule's plan from the personal-data
registry (retention_scan.rule_plan) for what goes, and `erasure.kept_by_law` for what another law keeps
and until when. Nothing is changed here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from spaceoptics_desk.domain.clock import Clock
from spaceoptics_desk.domain.retention import RetentionCategory
from spaceoptics_desk.errors import QT_TRANSLATE_NOOP
from spaceoptics_desk.services.customer_view import load_customer_view
from spaceoptics_desk.services.erasure import KeptRecords, kept_by_law
from spaceoptics_desk.services.errors import NotFound
from spaceoptics_desk.services.recipients import recipients_of
from spaceoptics_desk.services.retention_scan import FieldGroup, rule_plan
from spaceoptics_desk.store.models import Request

Keep = RetentionCategory


@dataclass(frozen=True)
class ErasurePreview:
    """Attributes:
    customer: "Name (K000123)", for the confirmation that names the customer.
    erased: per table, the fields that go with their rows.
    anonymised: per table, the fields emptied in records another law keeps.
    kept: what stays, why and until when (for the reply letter).
    held_until: the review date of an active legal hold (R25): erasure is refused until it is lifted.
    told: the recipients to be told (R16); each one's task keeps what they know the person by (order
        numbers, tracking codes, payment references, e-mail address or its hash) until it is closed.
    keeps_reply_contact: the request has contact details, which it keeps for the reply until closed.
    """

    customer_id: int
    customer: str
    erased: tuple[FieldGroup, ...]
    anonymised: tuple[FieldGroup, ...]
    kept: tuple[KeptRecords, ...]
    held_until: date | None
    told: tuple[str, ...]
    keeps_reply_contact: bool


def erasure_preview(session: Session, clock: Clock, case_id: int) -> ErasurePreview:
    request = session.get(Request, case_id)
    customer_id = request.customer_id if request is not None else None
    if request is None or customer_id is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "This request has no customer (any more) to erase."))
    view = load_customer_view(session, customer_id, clock)
    plan = rule_plan(Keep.PROFILE)
    profile = view.profile
    held = max((h.review_on for h in view.legal_holds), default=None)
    return ErasurePreview(
        customer_id,
        f"{profile.name} ({profile.customer_number})",
        plan.erased,
        plan.anonymised,
        tuple(kept_by_law(session, customer_id)),
        held,
        tuple(use.name for use in recipients_of(session, customer_id)),
        request.contact_details is not None,
    )
