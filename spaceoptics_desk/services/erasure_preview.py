"""What an erasure request (R14) will do to the case's customer, shown before anyone confirms it.

Derived from the same places the erasure itself uses: the profile rule's plan from the personal-data
registry (retention_scan.rule_plan) for what goes, and the customer's retention overview (domain
retention rules) for what another law keeps and until when. Nothing is changed here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from spaceoptics_desk.domain.clock import Clock
from spaceoptics_desk.domain.retention import RetentionCategory
from spaceoptics_desk.errors import QT_TRANSLATE_NOOP
from spaceoptics_desk.services.customer_view import load_customer_view
from spaceoptics_desk.services.errors import NotFound
from spaceoptics_desk.services.retention_scan import rule_plan
from spaceoptics_desk.store.models import Request
from spaceoptics_desk.store.registry import KEPT_BY_LAW

Keep = RetentionCategory


@dataclass(frozen=True)
class KeptPreview:
    what: str
    count: int
    why: str
    until: date | None  # None: until that record's own rule says (cases: after closing)


@dataclass(frozen=True)
class ErasurePreview:
    """Attributes:
    customer: "Name (K000123)", for the confirmation that names the customer.
    erased: per table, the fields that go with their rows.
    anonymised: per table, the fields emptied in records another law keeps.
    kept: what stays, why and until when (for the reply letter).
    held_until: the review date of an active legal hold (R25): erasure is refused until it is lifted.
    """

    customer_id: int
    customer: str
    erased: tuple[str, ...]
    anonymised: tuple[str, ...]
    kept: tuple[KeptPreview, ...]
    held_until: date | None


def erasure_preview(session: Session, clock: Clock, case_id: int) -> ErasurePreview:
    customer_id = session.scalar(select(Request.customer_id).where(Request.id == case_id))
    if customer_id is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "This request has no customer (any more) to erase."))
    view = load_customer_view(session, customer_id, clock)
    plan = rule_plan(Keep.PROFILE)
    by_rule = {r.rule.category: r for r in view.retention}
    kept: list[KeptPreview] = []
    fiscal = by_rule.get(Keep.FISCAL)
    if view.orders:
        kept.append(
            KeptPreview(
                "orders with their invoices and payments",
                len(view.orders),
                KEPT_BY_LAW[Keep.FISCAL],
                fiscal.last_due if fiscal else None,
            )
        )
    cases = session.scalars(select(Request.id).where(Request.customer_id == customer_id)).all()
    if cases:
        kept.append(KeptPreview("requests (cases) of the person", len(cases), KEPT_BY_LAW[Keep.CASES], None))
    profile = view.profile
    held = max((h.review_on for h in view.legal_holds), default=None)
    return ErasurePreview(
        customer_id,
        f"{profile.name} ({profile.customer_number})",
        plan.erased,
        plan.anonymised,
        tuple(kept),
        held,
    )
