"""Finding a caller as they spell it.

Name, e-mail, phone, postcode + house number, customer number or order number.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from spaceoptics_desk.domain.clock import to_local
from spaceoptics_desk.domain.masking import mask_email
from spaceoptics_desk.domain.names import display_name
from spaceoptics_desk.domain.postcodes import display_postcode
from spaceoptics_desk.domain.search_terms import search_terms
from spaceoptics_desk.services.typed_input import checked_count
from spaceoptics_desk.store.models import Address, Customer, Order
from spaceoptics_desk.store.search import find_customer_ids

DEFAULT_LIMIT = 50


@dataclass(frozen=True)
class CustomerMatch:
    """One line of the result list: enough to tell two "J. de Vries" apart, not more."""

    customer_id: int
    customer_number: str
    name: str
    company_name: str | None
    city: str | None
    postcode: str | None
    masked_email: str | None
    last_order_on: date | None
    restricted: bool


def find_customers(session: Session, query: str, limit: int = DEFAULT_LIMIT) -> list[CustomerMatch]:
    """Matches for a query as typed, best first; any text is accepted, nothing typed finds nothing."""
    checked_count("limit", limit, minimum=1)
    terms = search_terms(query)
    if not terms:
        return []
    ids = find_customer_ids(session, terms, limit)
    if not ids:
        return []
    customers = {c.id: c for c in session.execute(select(Customer).where(Customer.id.in_(ids))).scalars()}
    first_address: dict[int, tuple[str | None, str | None]] = {}
    for cid, city, postcode in session.execute(
        select(Address.customer_id, Address.city, Address.postcode)
        .where(Address.customer_id.in_(ids))
        .order_by(Address.customer_id, Address.kind, Address.id)
    ):
        first_address.setdefault(cid, (city, postcode))
    last_orders = dict(
        session.execute(
            select(Order.customer_id, func.max(Order.ordered_at))
            .where(Order.customer_id.in_(ids))
            .group_by(Order.customer_id)
        ).all()
    )
    matches = []
    for cid in ids:
        customer = customers.get(cid)
        if customer is None:
            continue
        match_city, match_postcode = first_address.get(cid, (None, None))
        last = last_orders.get(cid)
        matches.append(
            CustomerMatch(
                customer_id=cid,
                customer_number=customer.customer_number,
                name=display_name(customer.first_name, customer.name_prefix, customer.last_name),
                company_name=customer.company_name,
                city=match_city,
                postcode=display_postcode(match_postcode) if match_postcode else None,
                masked_email=mask_email(customer.email) if customer.email else None,
                last_order_on=to_local(last).date() if last else None,
                restricted=customer.restricted_at is not None,
            )
        )
    return matches


def customer_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Customer)) or 0
