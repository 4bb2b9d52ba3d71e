"""No silent overwrite between desks on a server (issue 14): every update of a customer, an address, a
case or a retention rule checks that the row still has the version it read. Two desks on PostgreSQL
(READ COMMITTED: a transaction sees what others committed, and takes no lock by reading): the one that
saves second over the same record is refused with ChangedMeanwhile and nothing of it is written; the
first one's change stays. On SQLite a write transaction holds the file's write lock from its start, so
the same interleaving cannot happen there; the version still rises with every update."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from spaceoptics_desk.errors import ChangedMeanwhile
from spaceoptics_desk.services.staff import ensure_staff
from spaceoptics_desk.store.database import Database, open_database
from spaceoptics_desk.store.models import Address, Customer, Request, RetentionRuleRow
from tests.postgres_server import DIALECTS, both_databases
from tests.records import add_customer, at


@pytest.fixture(params=DIALECTS)
def database(request: pytest.FixtureRequest, db_path: object) -> Iterator[Database]:
    yield from both_databases(request, db_path)  # type: ignore[arg-type]


@pytest.fixture
def jan(database: Database) -> int:
    with database.transaction() as session:
        customer = add_customer(
            session, "K000123", "Jan", "van der", "Berg", email="jan@example.nl",
            address=("Dorpsstraat", "151", "4021HR", "Maurik"), created=at(2020, 1, 1),
        )  # fmt: skip
        staff = ensure_staff(session, "owner", "Eigenaar", "owner")
        case = Request(
            customer_id=customer.id, channel="phone", received_at=at(2026, 11, 1), staff_user_id=staff.id
        )
        session.add(case)
        return customer.id


# What a desk changes in each kind of record, and how to read it back.
Edit = tuple[Callable[[Session, int], object], str, object, object]
EDITS: dict[str, Edit] = {
    "customer": (lambda s, c: s.get(Customer, c), "email", "jan@desk-a.nl", "jan@desk-b.nl"),
    "address": (
        lambda s, c: s.scalar(select(Address).where(Address.customer_id == c)),
        "city",
        "Tiel",
        "Buren",
    ),
    "case": (lambda s, c: s.scalar(select(Request).where(Request.customer_id == c)), "summary", "A", "B"),
    "rule": (lambda s, c: s.get(RetentionRuleRow, "profile"), "period_months", 30, 36),
}


@pytest.mark.parametrize("kind", EDITS)
def test_every_update_raises_the_version(database: Database, jan: int, kind: str) -> None:
    find, field, value, _ = EDITS[kind]
    with database.reading() as session:
        before = find(session, jan).version  # type: ignore[attr-defined]
    with database.transaction() as session:
        setattr(find(session, jan), field, value)
    with database.reading() as session:
        record = find(session, jan)
        assert getattr(record, field) == value and record.version == before + 1  # type: ignore[attr-defined]


@pytest.mark.parametrize("database", ["postgresql"], indirect=True)
@pytest.mark.parametrize("kind", EDITS)
def test_the_second_desk_to_save_the_same_record_is_refused_and_the_first_change_stays(
    database: Database, jan: int, kind: str
) -> None:
    find, field, first_value, second_value = EDITS[kind]
    other_desk = open_database(database.engine.url.render_as_string(hide_password=False))
    try:
        with pytest.raises(ChangedMeanwhile), database.transaction() as session:
            seen = find(session, jan)  # this desk reads the record ...
            with other_desk.transaction() as other:  # ... another desk saves it meanwhile ...
                setattr(find(other, jan), field, first_value)
            setattr(seen, field, second_value)  # ... and this desk saves over what it read
        with database.reading() as session:
            assert getattr(find(session, jan), field) == first_value
    finally:
        other_desk.close()
