"""The customer search index: built from the records (derived, never a second truth) and queried.

Services call `reindex_customers` after changing a customer, an address or an order; the demo generator
calls `rebuild_search_index` once after bulk inserts.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Protocol

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from spaceoptics_desk.domain.search_terms import CustomerKeys, Term, customer_document
from spaceoptics_desk.store import postgresql, sqlite
from spaceoptics_desk.store.models import Address, Customer, Order

_BATCH = 5000


class _SearchIndex(Protocol):
    """What store/sqlite.py (FTS5) and store/postgresql.py (a table of keys) each provide."""

    def create_search_index(self, connection: Connection) -> None: ...

    def drop_search_index(self, connection: Connection) -> None: ...

    def replace_search_documents(
        self, connection: Connection, documents: Sequence[tuple[int, str]]
    ) -> None: ...

    def delete_search_documents(self, connection: Connection, customer_ids: Sequence[int]) -> None: ...

    def search_customer_ids(self, connection: Connection, terms: Sequence[Term], limit: int) -> list[int]: ...


def _dialect(connection: Connection) -> _SearchIndex:
    """The module that keeps this database's index (DESIGN: dialect-specific SQL, one module each)."""
    return postgresql if postgresql.is_postgresql(connection) else sqlite


def customer_documents(connection: Connection, customer_ids: Sequence[int]) -> list[tuple[int, str]]:
    """(customer id, search document) of these customers as their records are now (missing ones left out)."""
    customers = connection.execute(
        select(
            Customer.id,
            Customer.customer_number,
            Customer.first_name,
            Customer.name_prefix,
            Customer.last_name,
            Customer.company_name,
            Customer.email,
            Customer.phone,
            Customer.mobile,
        ).where(Customer.id.in_(customer_ids))
    ).all()
    addresses: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for cid, postcode, number in connection.execute(
        select(Address.customer_id, Address.postcode, Address.house_number).where(
            Address.customer_id.in_(customer_ids)
        )
    ):
        addresses[cid].append((postcode, number))
    orders: dict[int, list[str]] = defaultdict(list)
    for owner_id, number in connection.execute(
        select(Order.customer_id, Order.order_number).where(Order.customer_id.in_(customer_ids))
    ):
        if owner_id is not None:
            orders[owner_id].append(number)
    return [
        (
            c.id,
            customer_document(
                CustomerKeys(
                    customer_number=c.customer_number,
                    first_name=c.first_name,
                    name_prefix=c.name_prefix,
                    last_name=c.last_name,
                    company_name=c.company_name or "",
                    email=c.email or "",
                    phones=tuple(p for p in (c.phone, c.mobile) if p),
                    addresses=tuple(addresses[c.id]),
                    order_numbers=tuple(orders[c.id]),
                )
            ),
        )
        for c in customers
    ]


def reindex_customers(session: Session, customer_ids: Iterable[int]) -> None:
    """Brings the index up to date for these customers, inside the caller's transaction."""
    ids = sorted(set(customer_ids))
    connection = session.connection()
    index = _dialect(connection)
    for start in range(0, len(ids), _BATCH):
        batch = ids[start : start + _BATCH]
        present = customer_documents(connection, batch)
        index.delete_search_documents(connection, batch)
        index.replace_search_documents(connection, present)


def rebuild_search_index(connection: Connection) -> None:
    """Drops and rebuilds the whole index (after bulk loading, or to purge erased keys for good)."""
    index = _dialect(connection)
    index.drop_search_index(connection)
    index.create_search_index(connection)
    all_ids = [row[0] for row in connection.execute(select(Customer.id).order_by(Customer.id))]
    for start in range(0, len(all_ids), _BATCH):
        batch = all_ids[start : start + _BATCH]
        index.replace_search_documents(connection, customer_documents(connection, batch))


def find_customer_ids(session: Session, terms: Sequence[Term], limit: int) -> list[int]:
    connection = session.connection()
    return _dialect(connection).search_customer_ids(connection, terms, limit)
