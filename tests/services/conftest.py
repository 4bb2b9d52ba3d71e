"""A small shop of hand-made customers, inserted through the models (no demo generator)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

import pytest
from sqlalchemy import event

from spaceoptics_desk.services.staff import ensure_staff
from spaceoptics_desk.store.database import Database
from spaceoptics_desk.store.search import reindex_customers
from tests.records import add_customer, add_order, at


@dataclass
class Shop:
    jan: int
    zoe: int
    johan: int
    optiek: int


@pytest.fixture
def shop(database: Database) -> Shop:
    """Jan van der Berg and Johan de Vries in Maurik, Zoë de Vries in Amsterdam, a business customer."""
    with database.transaction() as session:
        ensure_staff(session, "owner", "Eigenaar", "owner")
        ensure_staff(session, "staff", "Medewerker", "staff")
        jan = add_customer(
            session,
            "K000123",
            "Jan",
            "van der",
            "Berg",
            email="jan.vdberg@example.nl",
            mobile="06-22993969",
            address=("Dorpsstraat", "151", "4021HR", "Maurik"),
        )
        add_order(session, jan, "2019-000042", at(2019, 6, 1))
        add_order(session, jan, "2025-000123", at(2025, 3, 14))
        zoe = add_customer(
            session,
            "K000124",
            "Zoë",
            "de",
            "Vries",
            email="zoe.devries@example.nl",
            phone="020-6241111",
            address=("Prinsengracht", "263", "1016GV", "Amsterdam"),
        )
        add_order(session, zoe, "2024-000777", at(2024, 11, 2))
        johan = add_customer(
            session,
            "K000125",
            "Johan",
            "de",
            "Vries",
            email="j.devries@ziggo.nl",
            mobile="+31 6 1234 5678",
            address=("Kerkstraat", "2", "4021BC", "Maurik"),
        )
        optiek = add_customer(
            session,
            "K000126",
            "Els",
            "",
            "Smit",
            company="Sterrenwacht Optiek B.V.",
            email="inkoop@sterrenwacht.nl",
            address=("Molenweg", "12", "3811AB", "Amersfoort"),
        )
        ids = [jan.id, zoe.id, johan.id, optiek.id]
        reindex_customers(session, ids)
        return Shop(*ids)


@dataclass
class QueryCounter:
    statements: list[str]

    @property
    def count(self) -> int:
        return len(self.statements)


@pytest.fixture
def count_queries(database: Database) -> Iterator[QueryCounter]:
    """Counts every SQL statement sent to the database while the test runs."""
    counter = QueryCounter([])

    def _count(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        counter.statements.append(statement)

    event.listen(database.engine, "before_cursor_execute", _count)
    yield counter
    event.remove(database.engine, "before_cursor_execute", _count)


TODAY = date(2026, 11, 25)
