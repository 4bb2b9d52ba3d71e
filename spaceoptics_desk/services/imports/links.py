"""A customer's and an order's ids at the webshops they came from (store/models/imports.py)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from spaceoptics_desk.domain.incoming import link_key
from spaceoptics_desk.store.models import CustomerLink


def customer_link_keys(session: Session, customer_id: int) -> list[str]:
    """The customer's webshop ids as the erasure journal names them ("woocommerce:42")."""
    rows = session.execute(
        select(CustomerLink.source, CustomerLink.external_id)
        .where(CustomerLink.customer_id == customer_id)
        .order_by(CustomerLink.id)
    )
    return [link_key(source, external_id) for source, external_id in rows]
