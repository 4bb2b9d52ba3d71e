"""The import's quick insert stores exactly what SQLAlchemy's insert stores (issue 13; R13, R31 rely on
the stored values: a moment in another format would sort, compare and erase differently)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import Connection, Table, insert

from spaceoptics_desk.store.bulk_insert import insert_rows
from spaceoptics_desk.store.database import Database, open_database
from spaceoptics_desk.store.models import Base

SUMMER = timezone(timedelta(hours=2))

# Every row of a table with the same keys (SQLAlchemy takes the first row's keys for all of them); the
# defaults left out (prefix, language, currency) and values of every type: text, None, numbers, moments
# in and out of summer time, with and without microseconds.
ROWS: dict[str, list[dict[str, object]]] = {
    "customers": [
        {
            "id": 1,
            "customer_number": "K100001",
            "kind": "private",
            "first_name": "Jan",
            "last_name": "Berg",
            "company_name": None,
            "email": "jan@example.nl",
            "mobile": None,
            "source": "webshop",
            "created_at": datetime(2024, 7, 1, 23, 30, 5, 120, tzinfo=SUMMER),
            "restricted_at": None,
        },
        {
            "id": 2,
            "customer_number": "K100002",
            "kind": "business",
            "first_name": "Anna",
            "last_name": "Berg",
            "company_name": "Sterren B.V.",
            "email": None,
            "mobile": "+31612345678",
            "source": "webshop",
            "created_at": datetime(2025, 1, 2, 3, 4, 5, tzinfo=UTC),
            "restricted_at": datetime(2025, 2, 1, tzinfo=UTC),
        },
    ],
    "orders": [
        {
            "id": 1,
            "order_number": "100001",
            "customer_id": 1,
            "ordered_at": datetime(2024, 12, 31, 23, 59, 59, 999999, tzinfo=UTC),
            "channel": "webshop",
            "status": "refunded",
            "total_cents": 59900,
            "delivery_name": "Jan Berg",
        },
        {  # no customer: an anonymised order
            "id": 2,
            "order_number": "100002",
            "customer_id": None,
            "ordered_at": datetime(2021, 3, 28, 2, 30, tzinfo=SUMMER),
            "channel": "webshop",
            "status": "shipped",
            "total_cents": 0,
            "delivery_name": None,
        },
    ],
}


def _stored(database: Database, table: str) -> list[tuple[object, ...]]:
    with database.transaction() as session:
        return [
            tuple(row) for row in session.connection().exec_driver_sql(f"SELECT * FROM {table} ORDER BY id")
        ]


def _by_sqlalchemy(connection: Connection, table: Table, rows: list[dict[str, object]]) -> None:
    connection.execute(insert(table), rows)


def _fill(
    database: Database, table: str, write: Callable[[Connection, Table, list[dict[str, object]]], None]
) -> None:
    with database.transaction() as session:
        for name in dict.fromkeys(["customers", table]):  # an order's customer first
            write(session.connection(), Base.metadata.tables[name], ROWS[name])


@pytest.mark.parametrize("table", sorted(ROWS))
def test_rows_are_stored_as_sqlalchemy_stores_them(database: Database, tmp_path: Path, table: str) -> None:
    theirs = open_database(str(tmp_path / "by-sqlalchemy.db"), create=True)
    try:
        _fill(database, table, insert_rows)
        _fill(theirs, table, _by_sqlalchemy)
        assert len(_stored(database, table)) == len(ROWS[table])
        assert _stored(database, table) == _stored(theirs, table)
    finally:
        theirs.close()


def test_a_row_with_a_column_the_first_row_lacks_keeps_its_value(database: Database) -> None:
    """SQLAlchemy would drop it silently (its executemany takes the first row's columns)."""
    first = {key: value for key, value in ROWS["customers"][0].items() if key != "mobile"}
    with database.transaction() as session:
        insert_rows(session.connection(), Base.metadata.tables["customers"], [first, ROWS["customers"][1]])
    mobiles = [row[11] for row in _stored(database, "customers")]
    assert mobiles == [None, "+31612345678"]


def test_a_naive_moment_is_refused_as_sqlalchemy_refuses_it(database: Database) -> None:
    row = {**ROWS["customers"][0], "created_at": datetime(2024, 7, 1, 12, 0)}
    with pytest.raises(ValueError, match="naive"), database.transaction() as session:
        insert_rows(session.connection(), Base.metadata.tables["customers"], [row])
    assert _stored(database, "customers") == []  # nothing half-written
