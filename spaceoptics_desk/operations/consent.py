"""Switching a consent or an objection, and stopping all direct marketing at once (R18-R20)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from spaceoptics_desk.domain.permissions import Action
from spaceoptics_desk.operations.changes import NOTHING, Outcome, customer_changed
from spaceoptics_desk.operations.context import Context, operation

if TYPE_CHECKING:
    from spaceoptics_desk.services.consent import ConsentChange, PurposeToggle


@dataclass(frozen=True)
class ConsentControls:
    """What the switches need, read in the same session as the customer view.

    Attributes:
        toggles: one per consent or objection purpose, in policy order, state from the ledger.
        email_suppressed: the customer's address is on the suppression list (R18).
        channels: the channel codes the service accepts, in the order offered.
        spoken_channels: channels where a "yes" needs the wording read out (R19).
    """

    toggles: list[PurposeToggle]
    email_suppressed: bool
    channels: tuple[str, ...]
    spoken_channels: frozenset[str]


@operation(Action.CHANGE_CONSENT)
def switch_consent(
    context: Context,
    customer_id: int,
    purpose_key: str,
    on: bool,
    channel: str,
    wording_read_out: bool = False,
    note: str | None = None,
) -> Outcome[ConsentChange | None]:
    """R19/R20: gives or withdraws a consent (or records or withdraws an objection) as one event in the
    ledger; None when it already was so (nothing is recorded)."""
    from spaceoptics_desk.services.consent import set_consent

    with context.acting(Action.CHANGE_CONSENT) as act:
        change = set_consent(
            act.session,
            act.actor,
            context.clock,
            customer_id,
            purpose_key,
            on,
            channel,
            wording_read_out=wording_read_out,
            note=note,
        )
    return Outcome(change, NOTHING if change is None else customer_changed(customer_id))


@operation(Action.CHANGE_CONSENT)
def object_to_marketing(
    context: Context, customer_id: int, channel: str, note: str | None = None
) -> Outcome[list[ConsentChange]]:
    """R18 (AVG 21(2)-(3)): every marketing consent withdrawn and the objection recorded, at once; never
    refused, also not while processing is restricted. Returns the events recorded (none: all was off)."""
    from spaceoptics_desk.services import consent

    with context.acting(Action.CHANGE_CONSENT) as act:
        changes = consent.object_to_marketing(
            act.session, act.actor, context.clock, customer_id, channel, note
        )
    return Outcome(changes, customer_changed(customer_id) if changes else NOTHING)
