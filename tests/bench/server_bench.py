"""`make bench` (issue 14): the as-you-type lookup on a PostgreSQL server, beside its floor.

The server is the tests' throwaway cluster (tests/postgres_server.py) on this machine; the shop the same
demo as the SQLite benchmark's (200,000 customers, seed 2026, as of 2026-11-24), filled through the
operation `demo` uses. The 30 queries are drawn from it as run_bench.py draws them, each typed prefix
by prefix from three characters on. Ours: the operation the search box uses (`operations.customers
.search`). The floor: the very statements that search sent (captured from the engine), run again in raw
psycopg on a connection of its own, so the difference is what SQLAlchemy and our Python add. Taken in
turns, so the machine's load falls on both alike.

    python -m tests.bench.server_bench [--customers N]
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import UTC, datetime
from typing import Any

import psycopg
from sqlalchemy import event

from spaceoptics_desk.domain.clock import FixedClock, SystemClock
from spaceoptics_desk.domain.permissions import STAFF
from spaceoptics_desk.domain.staff import StaffMember
from spaceoptics_desk.operations.context import Context
from spaceoptics_desk.operations.customers import search
from spaceoptics_desk.operations.demo import fill_demo_database
from spaceoptics_desk.operations.opening import UNNAMED
from spaceoptics_desk.store.database import Database, open_database
from tests.bench.run_bench import BUSIEST_ORDERS, REPEATS, Figure, _ms, _percentile, _print, _queries
from tests.postgres_server import start_server, stop_server

DEMO_AS_OF = datetime(2026, 11, 24, 16, 0, tzinfo=UTC)


class _QmarkConnection:
    """run_bench._queries's SQL (sqlite3's `?` placeholders) on a psycopg connection."""

    def __init__(self, connection: psycopg.Connection[Any]) -> None:
        self._connection = connection

    def execute(self, sql: str, parameters: tuple[object, ...] = ()) -> psycopg.Cursor[Any]:
        return self._connection.execute(sql.replace("?", "%s"), parameters)


def _statements_of(database: Database, action: Any) -> list[tuple[str, Any]]:
    """The statements (with their parameters) the action sends to the server."""
    sent: list[tuple[str, Any]] = []

    def capture(
        _conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any, _many: bool
    ) -> None:
        sent.append((statement, parameters))

    event.listen(database.engine, "before_cursor_execute", capture)
    try:
        action()
    finally:
        event.remove(database.engine, "before_cursor_execute", capture)
    return [
        (sql, params) for sql, params in sent if not sql.lstrip().upper().startswith(("BEGIN", "SELECT 1"))
    ]


def figures(customers: int) -> list[Figure]:
    server, folder = start_server()
    try:
        name = server.new_database()
        database = open_database(server.url(name))
        print(f"Generating {customers:,} customers on the server...", file=sys.stderr)
        started = time.monotonic()
        fill_demo_database(
            Context(database, UNNAMED, FixedClock(DEMO_AS_OF)), customers, 2026, BUSIEST_ORDERS
        )
        print(f"  {time.monotonic() - started:.0f} s", file=sys.stderr)
        raw = server.connect(name)
        raw.execute("ANALYZE")
        queries = _queries(_QmarkConnection(raw))  # the same SQL, psycopg's way
        context = Context(database, StaffMember("staff", "Sam Jansen", STAFF), SystemClock())
        ours: list[float] = []
        floor: list[float] = []
        for query in queries:
            for text in [query[:n] for n in range(3, len(query) + 1)] or [query]:
                statements = _statements_of(database, lambda text=text: search(context, text))
                for _ in range(REPEATS):
                    begun = time.perf_counter()
                    search(context, text)
                    ours.append(time.perf_counter() - begun)
                    begun = time.perf_counter()
                    with raw.transaction():
                        for sql, parameters in statements:
                            raw.execute(sql, parameters).fetchall()
                    floor.append(time.perf_counter() - begun)
        raw.close()
        database.close()
    finally:
        stop_server(server, folder)
    p95, floor95 = _percentile(ours, 0.95), _percentile(floor, 0.95)
    return [
        Figure(
            f"Lookup as you type on PostgreSQL, p50 ({len(ours) // REPEATS} searches from 30 queries, "
            f"{customers:,} customers)",
            _ms(_percentile(ours, 0.5)),
            _ms(_percentile(floor, 0.5)),
            "",
            True,
        ),
        Figure(
            "Lookup as you type on PostgreSQL, p95 (floor: the same statements in raw psycopg)",
            _ms(p95),
            _ms(floor95),
            "≤ 30 ms and ≤ 3× floor",
            p95 <= 0.030 and p95 <= 3 * floor95,
        ),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=200_000)
    args = parser.parse_args(argv)
    rows = figures(args.customers)
    _print(rows)
    return 0 if all(row.met for row in rows) else 1


if __name__ == "__main__":
    raise SystemExit(main())
