"""Finding a customer, showing everything about them, and correcting their details (R9, R13)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spaceoptics_desk.domain.corrections import FieldEdit
from spaceoptics_desk.domain.permissions import Action
from spaceoptics_desk.operations.changes import NOTHING, Outcome, customer_changed
from spaceoptics_desk.operations.consent import ConsentControls
from spaceoptics_desk.operations.context import Context, operation

if TYPE_CHECKING:
    from spaceoptics_desk.services.customer_view import CustomerView
    from spaceoptics_desk.services.lookup import CustomerMatch

__all__ = [
    "CustomerOnScreen",
    "FieldEdit",
    "correct",
    "correct_to",
    "customer_id_of",
    "open_customer",
    "search",
]

# How many matches a search gives unless asked otherwise (services.lookup.DEFAULT_LIMIT, not imported
# here: it would load SQLAlchemy when a screen imports this module).
SEARCH_LIMIT = 50


@dataclass(frozen=True)
class CustomerOnScreen:
    """The customer view with its consent switches, read in one session: one moment, one truth (R19).

    Attributes:
        view: everything the shop holds about the customer.
        consent: the state of each switch and what a change must record.
    """

    view: CustomerView
    consent: ConsentControls


@operation(Action.SEARCH)
def search(context: Context, text: str, limit: int = SEARCH_LIMIT) -> Outcome[list[CustomerMatch]]:
    """Matches for a query as typed, best first. The lookup path: the role is checked without a query
    (Context.reading) and the service loads on first use, in the worker (cold start)."""
    from spaceoptics_desk.services.lookup import find_customers

    with context.reading(Action.SEARCH) as session:
        return Outcome(find_customers(session, text, limit=limit))


@operation(Action.VIEW_CUSTOMER)
def open_customer(context: Context, customer_id: int) -> Outcome[CustomerOnScreen]:
    """Everything about one customer, with the consent switches (R9, R19)."""
    from spaceoptics_desk.services.consent import (
        CHANNELS,
        SPOKEN_CHANNELS,
        is_address_suppressed,
        purpose_toggles,
    )
    from spaceoptics_desk.services.customer_view import load_customer_view

    with context.reading(Action.VIEW_CUSTOMER) as session:
        view = load_customer_view(session, customer_id, context.clock)
        consent = ConsentControls(
            purpose_toggles(session, customer_id, context.clock),
            is_address_suppressed(session, view.profile.email),
            CHANNELS,
            SPOKEN_CHANNELS,
        )
        return Outcome(CustomerOnScreen(view, consent))


@operation(Action.VIEW_CUSTOMER)
def customer_id_of(context: Context, reference: str) -> Outcome[int]:
    """The customer with this customer number (also without its K) or e-mail address, as the command
    line names them; NotFound when there is none."""
    from spaceoptics_desk.services.customer_view import resolve_customer

    with context.reading(Action.VIEW_CUSTOMER) as session:
        return Outcome(resolve_customer(session, reference))


@operation(Action.CORRECT)
def correct(
    context: Context, customer_id: int, edits: Sequence[FieldEdit], request_id: int | None = None
) -> Outcome[list[str]]:
    """R13: applies the edits that change something (each checked against the value seen); returns the
    fields corrected. Within a case (`request_id`) the case's timeline and recipient tasks follow (R16)."""
    from spaceoptics_desk.services.rectification import rectify

    with context.acting(Action.CORRECT) as act:
        written = rectify(act.session, act.actor, context.clock, customer_id, edits, request_id)
        fields = [entry.field for entry in written]
    return Outcome(fields, customer_changed(customer_id, cases=(request_id,)) if fields else NOTHING)


@operation(Action.CORRECT)
def correct_to(
    context: Context,
    customer_id: int,
    values: Mapping[str, str],
    billing_values: Mapping[str, str],
    request_id: int | None = None,
) -> Outcome[list[str]]:
    """R13 from the command line: sets these customer fields and fields of the billing address to these
    values, replacing what is stored now (read in the same transaction); returns the fields corrected."""
    from spaceoptics_desk.services.customer_view import load_customer_view
    from spaceoptics_desk.services.errors import InvalidInput
    from spaceoptics_desk.services.rectification import rectify

    if not values and not billing_values:
        raise InvalidInput("Nothing to correct: give at least one field, for example --email.")
    with context.acting(Action.CORRECT) as act:
        view = load_customer_view(act.session, customer_id, context.clock)
        edits = [FieldEdit(name, getattr(view.profile, name), value) for name, value in values.items()]
        if billing_values:
            billing = next((a for a in view.addresses if a.kind == "billing"), None)
            if billing is None:
                raise InvalidInput("This customer has no billing address to correct.")
            edits += [
                FieldEdit(name, getattr(billing, name), value, billing.address_id)
                for name, value in billing_values.items()
            ]
        written = rectify(act.session, act.actor, context.clock, customer_id, edits, request_id)
        fields = [entry.field for entry in written]
    return Outcome(fields, customer_changed(customer_id, cases=(request_id,)) if fields else NOTHING)
