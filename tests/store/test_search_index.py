"""The search index (SQLite's FTS5 table, a server's table of keys: store/sqlite.py, store/postgresql.py):
hostile input never raises, and the index follows the records, on both databases (issue 14)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import insert

from spaceoptics_desk.domain.search_terms import Term, search_terms
from spaceoptics_desk.store.database import Database
from spaceoptics_desk.store.models import Base, Customer
from spaceoptics_desk.store.search import find_customer_ids, rebuild_search_index, reindex_customers
from tests.postgres_server import DIALECTS, both_databases


@pytest.fixture(params=DIALECTS)
def database(request: pytest.FixtureRequest, db_path: Path) -> Iterator[Database]:
    yield from both_databases(request, db_path)


HOSTILE = [
    '"',
    "'",
    "*",
    '" OR "" = "',
    'a" OR rowid > 0 OR "b',
    "NEAR(jan berg)",
    "jan AND NOT berg",
    "^piet",
    "%",
    "_",
    "'; DROP TABLE customers; --",
    "😀",
    "\x00",
    "jan\x00berg",
    "x" * 10_000,
    "",
    " ",
    "{document}: jan",
    "document:jan",
    "-jan",
]


def add_customer(database: Database, number: str, first: str, last: str, email: str) -> int:
    with database.transaction() as session:
        customer = Customer(
            customer_number=number,
            kind="private",
            first_name=first,
            last_name=last,
            email=email,
            source="webshop",
            created_at=datetime(2024, 1, 1, tzinfo=UTC),
        )
        session.add(customer)
        session.flush()
        reindex_customers(session, [customer.id])
        return customer.id


def test_hostile_raw_terms_never_raise(database: Database) -> None:
    add_customer(database, "K1", "Jan", "Berg", "jan@example.nl")
    with database.reading() as session:
        for text in HOSTILE:
            assert find_customer_ids(session, [Term((text,))], 10) == [], repr(text[:20])
            assert isinstance(find_customer_ids(session, [Term((text, "jan"))], 10), list)
        assert find_customer_ids(session, [], 10) == []


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=200, deadline=None)
@given(st.text())
@example("jan\x00")
@example('"*" NEAR "')
def test_any_typed_query_runs_against_the_index(database: Database, query: str) -> None:
    with database.reading() as session:
        assert isinstance(find_customer_ids(session, search_terms(query), 10), list)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=100, deadline=None)
@given(st.lists(st.lists(st.text(), min_size=1, max_size=3).map(tuple), max_size=4))
def test_any_raw_terms_run_against_the_index(database: Database, alternatives: list[tuple[str, ...]]) -> None:
    with database.reading() as session:
        terms = [Term(a) for a in alternatives]
        assert isinstance(find_customer_ids(session, terms, 10), list)


def test_every_term_must_match_and_results_are_limited(database: Database) -> None:
    jan = add_customer(database, "K1", "Jan", "Berg", "jan@example.nl")
    piet = add_customer(database, "K2", "Piet", "Berg", "piet@example.nl")
    with database.reading() as session:
        assert sorted(find_customer_ids(session, search_terms("berg"), 10)) == [jan, piet]
        assert find_customer_ids(session, search_terms("jan berg"), 10) == [jan]
        assert len(find_customer_ids(session, search_terms("berg"), 1)) == 1


def test_rebuild_gives_the_same_answers_as_incremental_indexing(database: Database) -> None:
    jan = add_customer(database, "K1", "Jan", "Berg", "jan@example.nl")
    with database.transaction() as session:
        rebuild_search_index(session.connection())
    with database.reading() as session:
        assert find_customer_ids(session, search_terms("jan@example"), 10) == [jan]
        assert find_customer_ids(session, search_terms("K1"), 10) == [jan]


def test_a_customer_with_thousands_of_orders_is_indexed_and_found_by_each(database: Database) -> None:
    """The shop's biggest buyer: 12,000 orders make 36,000 keys (each order number three ways), more
    than a small integer holds."""
    busiest = add_customer(database, "K7", "Groot", "Inkoper", "inkoop@example.nl")
    orders = Base.metadata.tables["orders"]
    moment = datetime(2025, 1, 1, tzinfo=UTC)
    with database.transaction() as session:
        session.execute(
            insert(orders),
            [
                {"order_number": f"2025-{n:06d}", "customer_id": busiest, "ordered_at": moment,
                 "channel": "webshop", "status": "delivered", "total_cents": 100, "currency": "EUR"}
                for n in range(1, 12_001)
            ],
        )  # fmt: skip
        reindex_customers(session, [busiest])
    with database.reading() as session:
        for number in ("2025-000001", "2025006000", "012000"):
            assert find_customer_ids(session, search_terms(number), 10) == [busiest], number
