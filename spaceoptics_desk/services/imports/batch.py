"""One batch of an import as the database has it now (issue 13): the customers its records may be, the
orders they name, and the new rows waiting to be written (ids given here, one executemany per table)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import bindparam, func, select, update
from sqlalchemy.orm import Session, selectinload

from spaceoptics_desk.domain.incoming import IncomingOrder, IncomingPerson, Read
from spaceoptics_desk.store import installation
from spaceoptics_desk.store.bulk_insert import insert_rows
from spaceoptics_desk.store.models import (
    Address,
    Base,
    Customer,
    CustomerLink,
    LegalHold,
    Order,
    OrderLine,
    OrderLink,
    Payment,
)


@dataclass
class Known:
    """The customers this batch's records may be, read in a few queries."""

    by_link: dict[str, int]
    by_email: dict[str, list[int]]
    facts: dict[int, CustomerFacts]  # every customer the batch may be
    customers: dict[int, Customer]  # those whose details must be compared (not seen so in this run)
    held: set[int]
    orders: dict[str, tuple[int, str]]  # webshop order number -> (order id, import run)
    taken_numbers: set[str]
    stored_orders: dict[int, StoredOrder]  # the orders above as they are here
    owners: dict[int, OrderOwner]  # the customers those orders belong to


@dataclass(frozen=True)
class CustomerFacts:
    customer_number: str
    restricted: bool
    email: str | None


@dataclass
class StoredOrder:
    status: str
    total_cents: int
    ordered_at: datetime
    customer_id: int | None
    refunded_cents: int


@dataclass(frozen=True)
class OrderOwner:
    customer_number: str
    restricted: bool
    held: bool


class PendingRows:
    """The batch's new rows, with their ids given here and written with one executemany per table at
    the end of the batch (one INSERT per record would cost many times the import's floor: README)."""

    TABLES: tuple[type[Base], ...] = (Customer, Address, CustomerLink, Order, OrderLine, Payment, OrderLink)

    def __init__(self, session: Session) -> None:
        self._next: dict[type[Base], int] = {
            model: (session.scalar(select(func.max(Base.metadata.tables[model.__tablename__].c.id))) or 0) + 1
            for model in self.TABLES
        }
        self.rows: dict[type[Base], list[dict[str, object]]] = {model: [] for model in self.TABLES}
        self.customers: dict[int, dict[str, object]] = {}
        self.addresses: dict[int, dict[str, dict[str, object]]] = {}
        self.orders: dict[int, tuple[str, int, datetime]] = {}  # id -> (status, total, ordered at)
        # Earlier runs' orders whose status or total the shop changed (a sync's refunds): one
        # executemany too, as one UPDATE each was most of a 1,000-order sync's writing.
        self.order_changes: list[dict[str, object]] = []

    def add(self, model: type[Base], row: dict[str, object]) -> int:
        row_id = self._next[model]
        self._next[model] = row_id + 1
        self.rows[model].append({"id": row_id, **row})
        return row_id

    def change_order(self, order_id: int, status: str, total_cents: int) -> None:
        self.order_changes.append({"order_id": order_id, "new_status": status, "new_total": total_cents})

    def write(self, session: Session) -> None:
        for model in self.TABLES:
            if self.rows[model]:
                # Not the ORM's bulk path (these rows need no ORM bookkeeping), nor Core's parameter sets.
                insert_rows(session.connection(), Base.metadata.tables[model.__tablename__], self.rows[model])
                self.rows[model] = []
        if self.order_changes:
            orders = Base.metadata.tables["orders"]
            session.connection().execute(
                update(orders)
                .where(orders.c.id == bindparam("order_id"))
                .values(status=bindparam("new_status"), total_cents=bindparam("new_total")),
                self.order_changes,
            )
            self.order_changes = []


def load_known(session: Session, links: str, records: Sequence[Read], seen: Mapping[int, int]) -> Known:
    """`seen`: per customer, the hash of the details this run last applied to them; a record with the
    same details again needs no comparison (in an order export a person comes back with every order)."""
    people = [person_of(r.record) for r in records]
    ids = {p.external_id for p in people if p.external_id is not None}
    emails = {p.email for p in people if p.email}
    numbers = {r.record.order_number for r in records if isinstance(r.record, IncomingOrder)}
    by_link = {
        external_id: customer_id
        for external_id, customer_id in session.execute(
            select(CustomerLink.external_id, CustomerLink.customer_id).where(
                CustomerLink.source == links, CustomerLink.external_id.in_(ids)
            )
        )
    }
    by_email: dict[str, list[int]] = defaultdict(list)
    for email, cid in session.execute(
        select(Customer.email, Customer.id).where(Customer.email.in_(emails)).order_by(Customer.id)
    ):
        if email is not None:
            by_email[email].append(cid)
    wanted = set(by_link.values()) | {cid for cids in by_email.values() for cid in cids}
    facts = {
        cid: CustomerFacts(number, restricted is not None, email)
        for cid, number, restricted, email in session.execute(
            select(Customer.id, Customer.customer_number, Customer.restricted_at, Customer.email).where(
                Customer.id.in_(wanted)
            )
        )
    }
    compare = set()
    for person in people:
        match = by_link.get(person.external_id) if person.external_id is not None else None
        if match is None and person.email and len(by_email.get(person.email, [])) == 1:
            match = by_email[person.email][0]
        if match is not None and seen.get(match) != hash(person):
            compare.add(match)
    customers = {
        c.id: c
        for c in session.scalars(
            select(Customer).where(Customer.id.in_(compare)).options(selectinload(Customer.addresses))
        )
    }
    held = set(
        session.scalars(
            select(LegalHold.customer_id).where(
                LegalHold.customer_id.in_(wanted), LegalHold.lifted_at.is_(None)
            )
        )
    )
    orders = {
        number: (order_id, run)
        for number, order_id, run in session.execute(
            select(OrderLink.external_id, OrderLink.order_id, OrderLink.import_run).where(
                OrderLink.source == links, OrderLink.external_id.in_(numbers)
            )
        )
    }
    taken = set(session.scalars(select(Order.order_number).where(Order.order_number.in_(numbers))))
    order_ids = [order_id for order_id, _run in orders.values()]
    refunds = dict(
        session.execute(
            select(Payment.order_id, func.sum(Payment.amount_cents))
            .where(Payment.order_id.in_(order_ids), Payment.amount_cents < 0)
            .group_by(Payment.order_id)
        ).all()
    )
    stored = {
        order_id: StoredOrder(status, total, ordered_at, owner, -(refunds.get(order_id) or 0))
        for order_id, status, total, ordered_at, owner in session.execute(
            select(Order.id, Order.status, Order.total_cents, Order.ordered_at, Order.customer_id).where(
                Order.id.in_(order_ids)
            )
        )
    }
    owner_ids = {o.customer_id for o in stored.values() if o.customer_id is not None}
    held_owners = set(
        session.scalars(
            select(LegalHold.customer_id).where(
                LegalHold.customer_id.in_(owner_ids), LegalHold.lifted_at.is_(None)
            )
        )
    )
    owners = {
        cid: OrderOwner(number, restricted is not None, cid in held_owners)
        for cid, number, restricted in session.execute(
            select(Customer.id, Customer.customer_number, Customer.restricted_at).where(
                Customer.id.in_(owner_ids)
            )
        )
    }
    return Known(by_link, by_email, facts, customers, held, orders, taken, stored, owners)


def customer_with_addresses(session: Session, customer_id: int) -> Customer:
    """A customer the batch did not load for comparison (a merge found them later in the batch)."""
    return session.scalars(
        select(Customer).where(Customer.id == customer_id).options(selectinload(Customer.addresses))
    ).one()


def first_free_number(session: Session) -> int:
    """One above every number given out before: the counter kept in the database (read in the batch's
    transaction, so another desk's import or sync in between is counted), or, the first time, one above
    the highest number in use."""
    given = installation.last_customer_number(session)
    if given is None:
        given = 100_000
        for (number,) in session.execute(
            select(Customer.customer_number).where(Customer.customer_number.like("K%"))
        ):
            digits = number[1:]
            if digits.isdigit():
                given = max(given, int(digits))
    return given + 1


def person_of(record: IncomingPerson | IncomingOrder) -> IncomingPerson:
    return record if isinstance(record, IncomingPerson) else record.customer
