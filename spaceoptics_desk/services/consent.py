"""Consent and objection on an append-only ledger (R18-R21): give, withdraw, object to all marketing.

Every change is a new ConsentEvent; nothing here updates or deletes one. The current state is derived
from the events (domain/consent.py), never stored a second time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from spaceoptics_desk.domain.clock import Clock, local_today
from spaceoptics_desk.domain.consent import ConsentAction, ConsentEventFacts, ConsentStatus, current_consent
from spaceoptics_desk.errors import QT_TRANSLATE_NOOP
from spaceoptics_desk.services import audit, suppression
from spaceoptics_desk.services.errors import InvalidInput, NotAllowed, NotFound
from spaceoptics_desk.services.typed_input import checked_text
from spaceoptics_desk.store.models import ConsentEvent, ConsentWording, Customer, Order, Purpose, StaffUser

CHANNELS = ("phone", "email", "web", "counter", "letter")
# Consent given by voice needs the standard wording read out (R19: the exact text shown or said).
SPOKEN_CHANNELS = frozenset({"phone", "counter"})
_MECHANISM = {
    "phone": "spoken",
    "counter": "spoken",
    "email": "written",
    "letter": "written",
    "web": "checkbox",
}
TOGGLE_BASES = ("consent", "objection")


@dataclass(frozen=True)
class Wording:
    version: int
    policy_version: str
    text_nl: str
    text_en: str


@dataclass(frozen=True)
class PurposeToggle:
    """One switch in the customer view.

    For a consent purpose "on" means consent is given; for the objection purpose (social-media ads) "on"
    means the person objected ("do not use my data for ads").
    """

    key: str
    name_en: str
    name_nl: str
    legal_basis: str  # consent | objection
    on: bool
    status: ConsentStatus
    since: datetime | None
    channel: str | None
    basis: str | None  # opt_in | soft_opt_in | objection, of the event that set the state
    wording: Wording | None


@dataclass(frozen=True)
class ConsentChange:
    """What one recorded event did (returned to the screen and the command line)."""

    event_id: int
    purpose_key: str
    action: str
    basis: str
    occurred_at: datetime
    channel: str


def _purpose(session: Session, key: str) -> Purpose:
    purpose = session.scalar(select(Purpose).where(Purpose.key == key))
    if purpose is None:
        valid = ", ".join(_toggle_keys(session))
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "Unknown purpose '{purpose}'. Valid purposes: {valid}."),
            purpose=key,
            valid=valid,
        )
    if purpose.legal_basis not in TOGGLE_BASES:
        # Section I of COMPLIANCE.md: contract and law are not consent and cannot be "withdrawn".
        raise NotAllowed(
            QT_TRANSLATE_NOOP(
                "errors", "'{purpose}' rests on a contract or the law, not on consent; it cannot be switched."
            ),
            purpose=key,
        )
    return purpose


def _toggle_keys(session: Session) -> list[str]:
    return list(
        session.scalars(
            select(Purpose.key).where(Purpose.legal_basis.in_(TOGGLE_BASES)).order_by(Purpose.sort_order)
        )
    )


def _check_channel(channel: str) -> None:
    if channel not in CHANNELS:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "Unknown channel '{channel}'. Valid channels: {valid}."),
            channel=channel,
            valid=", ".join(CHANNELS),
        )


def _customer(session: Session, customer_id: int) -> Customer:
    customer = session.get(Customer, customer_id, with_for_update=True)
    if customer is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "This customer no longer exists."))
    return customer


def current_wording(session: Session, purpose_id: int, today: date) -> ConsentWording | None:
    """The newest wording in force today; older events keep pointing at the version they used."""
    return session.scalar(
        select(ConsentWording)
        .where(ConsentWording.purpose_id == purpose_id, ConsentWording.valid_from <= today)
        .order_by(ConsentWording.version.desc())
        .limit(1)
    )


def _events(session: Session, customer_id: int) -> list[tuple[ConsentEvent, str]]:
    return [
        (event, key)
        for event, key in session.execute(
            select(ConsentEvent, Purpose.key)
            .join(Purpose, Purpose.id == ConsentEvent.purpose_id)
            .where(ConsentEvent.customer_id == customer_id)
            .order_by(ConsentEvent.occurred_at, ConsentEvent.id)
        )
    ]


def _newest_by_purpose(session: Session, customer_id: int) -> dict[str, ConsentEvent]:
    newest: dict[str, ConsentEvent] = {}
    for event, key in _events(session, customer_id):
        newest[key] = event  # ordered by time, then by ledger order
    return newest


def purpose_toggles(session: Session, customer_id: int, clock: Clock) -> list[PurposeToggle]:
    """The switches for one customer, in policy order, with the state derived from the ledger."""
    events = _events(session, customer_id)
    facts = [
        ConsentEventFacts(key, ConsentAction(e.action), e.occurred_at, e.channel, e.id) for e, key in events
    ]
    newest = {key: e for e, key in events}
    purposes = list(
        session.scalars(
            select(Purpose).where(Purpose.legal_basis.in_(TOGGLE_BASES)).order_by(Purpose.sort_order)
        )
    )
    states = {s.purpose_key: s for s in current_consent([p.key for p in purposes], facts)}
    today = local_today(clock)
    toggles = []
    for purpose in purposes:
        state = states[purpose.key]
        wording = current_wording(session, purpose.id, today)
        last = newest.get(purpose.key)
        toggles.append(
            PurposeToggle(
                key=purpose.key,
                name_en=purpose.name_en,
                name_nl=purpose.name_nl,
                legal_basis=purpose.legal_basis,
                on=state.status is ConsentStatus.GIVEN,
                status=state.status,
                since=state.since,
                channel=state.channel,
                basis=last.basis if last else None,
                wording=Wording(wording.version, wording.policy_version, wording.text_nl, wording.text_en)
                if wording
                else None,
            )
        )
    return toggles


def _record(
    session: Session,
    actor: StaffUser,
    clock: Clock,
    customer: Customer,
    purpose: Purpose,
    action: ConsentAction,
    basis: str,
    channel: str,
    mechanism: str,
    note: str | None,
) -> ConsentEvent:
    wording = current_wording(session, purpose.id, local_today(clock))
    event = ConsentEvent(
        customer_id=customer.id,
        purpose_id=purpose.id,
        action=action.value,
        basis=basis,
        occurred_at=clock.now(),
        channel=channel,
        mechanism=mechanism,
        # R19: the exact text the person agreed to (or objected with); a withdrawal needs no text.
        wording_id=wording.id if wording is not None and action is ConsentAction.GIVEN else None,
        staff_user_id=actor.id,
        note=(note or "").strip() or None,
    )
    session.add(event)
    session.flush()
    return event


def _change(event: ConsentEvent, key: str) -> ConsentChange:
    return ConsentChange(event.id, key, event.action, event.basis, event.occurred_at, event.channel)


def set_consent(
    session: Session,
    actor: StaffUser,
    clock: Clock,
    customer_id: int,
    purpose_key: str,
    on: bool,
    channel: str,
    *,
    wording_read_out: bool = False,
    note: str | None = None,
) -> ConsentChange | None:
    """Switches one purpose on or off; returns the event recorded, or None when it already was so.

    Refused for a restricted customer (R15). Giving consent by phone or at the counter needs the
    confirmation that the standard wording was read out (R19). Withdrawing asks nothing more (R20).
    """
    note = checked_text("note", note, multiline=True)
    _check_channel(channel)
    purpose = _purpose(session, purpose_key)
    customer = _customer(session, customer_id)
    if customer.restricted_at is not None:
        raise NotAllowed(
            QT_TRANSLATE_NOOP(
                "errors", "Processing of this customer is restricted; consents cannot be changed now."
            )
        )
    newest = _newest_by_purpose(session, customer_id).get(purpose_key)
    action = ConsentAction.GIVEN if on else ConsentAction.WITHDRAWN
    if newest is not None and newest.action == action.value:
        return None  # a second click on the same state records nothing twice
    # A "no" from someone never asked is recorded too: it is their choice, and a soft opt-in must respect it.
    giving = on and purpose.legal_basis == "consent"
    if giving and channel in SPOKEN_CHANNELS and not wording_read_out:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors", "Read the standard wording out to the customer and confirm that you did."
            )
        )
    basis = "objection" if purpose.legal_basis == "objection" else "opt_in"
    event = _record(
        session, actor, clock, customer, purpose, action, basis, channel, _MECHANISM[channel], note
    )
    audit.record(
        session, actor, clock, f"consent_{action.value}", "customer", customer_id, {"purpose": purpose_key}
    )
    return _change(event, purpose_key)


def object_to_marketing(
    session: Session, actor: StaffUser, clock: Clock, customer_id: int, channel: str, note: str | None = None
) -> list[ConsentChange]:
    """R18: one action that stops all direct marketing; it is never refused (also not when restricted).

    Every marketing consent that is on is withdrawn and the social-media objection is switched on, all
    recorded with basis "objection".
    """
    note = checked_text("note", note, multiline=True)
    _check_channel(channel)
    customer = _customer(session, customer_id)
    newest = _newest_by_purpose(session, customer_id)
    changes = []
    marketing = session.scalars(
        select(Purpose)
        .where(Purpose.is_marketing, Purpose.legal_basis.in_(TOGGLE_BASES))
        .order_by(Purpose.sort_order)
    )
    for purpose in marketing:
        last = newest.get(purpose.key)
        is_on = last is not None and last.action == ConsentAction.GIVEN.value
        wanted_on = purpose.legal_basis == "objection"
        if is_on == wanted_on:
            continue
        action = ConsentAction.GIVEN if wanted_on else ConsentAction.WITHDRAWN
        event = _record(
            session, actor, clock, customer, purpose, action, "objection", channel, _MECHANISM[channel], note
        )
        changes.append(_change(event, purpose.key))
    audit.record(
        session, actor, clock, "marketing_objection", "customer", customer_id, {"events": len(changes)}
    )
    return changes


def record_soft_opt_in(
    session: Session, actor: StaffUser, clock: Clock, customer_id: int, channel: str = "web"
) -> ConsentChange | None:
    """Tw 11.7 (R21): newsletter by soft opt-in, for an address obtained in a sale with the objection offered.

    Refused when the customer never bought anything: then only a real opt-in will do.
    """
    _check_channel(channel)
    customer = _customer(session, customer_id)
    if customer.restricted_at is not None:
        raise NotAllowed(
            QT_TRANSLATE_NOOP(
                "errors", "Processing of this customer is restricted; consents cannot be changed now."
            )
        )
    if session.scalar(select(Order.id).where(Order.customer_id == customer_id).limit(1)) is None:
        raise NotAllowed(
            QT_TRANSLATE_NOOP(
                "errors", "Soft opt-in needs an address obtained in a sale; this customer never ordered."
            )
        )
    newest = _newest_by_purpose(session, customer_id).get("newsletter")
    if newest is not None:
        return None  # given, withdrawn or objected before: a soft opt-in never overrides a choice
    purpose = _purpose(session, "newsletter")
    event = _record(
        session,
        actor,
        clock,
        customer,
        purpose,
        ConsentAction.GIVEN,
        "soft_opt_in",
        channel,
        "checkbox",
        None,
    )
    audit.record(
        session, actor, clock, "consent_soft_opt_in", "customer", customer_id, {"purpose": "newsletter"}
    )
    return _change(event, "newsletter")


def is_address_suppressed(session: Session, email: str | None) -> bool:
    """True when this address belongs to someone erased after objecting to marketing (R18)."""
    return bool(email) and suppression.is_suppressed(session, email or "")
