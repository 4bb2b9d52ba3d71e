"""`make bench` (issue 14): the as-you-type lookup, the customer view, the retention scan, the live
refresh between two desks and an erasure on a PostgreSQL server, each beside its floor where one exists.

The server is the tests' throwaway cluster (tests/postgres_server.py) on this machine; the shop the same
demo as the SQLite benchmark's (200,000 customers, seed 2026, as of 2026-11-24), filled through the
operation `demo` uses. The 30 queries are drawn from it as run_bench.py draws them, each typed prefix
by prefix from three characters on. Ours: the operation the search box uses (`operations.customers
.search`). The floor: the very statements that search sent (captured from the engine), run again in raw
psycopg on a connection of its own, so the difference is what SQLAlchemy and our Python add. Taken in
turns, so the machine's load falls on both alike.

The customer view of the customer with 500 orders: `load_customer_view`, against run_bench's raw
statements of the same view in psycopg. The live refresh: desk B corrects a customer (the operation),
desk A's WriteListener hears the commit and desk A reads the customer view again; the floor is the same
round trip in raw psycopg (UPDATE and NOTIFY on one connection, LISTEN on another, the raw view
statements). The retention scan and the erasure (with its clean-up: the personal tables rewritten,
VACUUM FULL, timed apart as well) have no floor, as on SQLite.

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
from spaceoptics_desk.store import postgresql
from spaceoptics_desk.store.database import Database, open_database
from tests.bench.run_bench import (
    BUSIEST_ORDERS,
    REPEATS,
    VIEW_RUNS,
    Figure,
    _ms,
    _percentile,
    _print,
    _queries,
    _raw_customer,
    _timed,
    erasure_case_of_the_busiest,
)
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
        more = _view_figures(database, raw, server.url(name)) + _retention_and_erasure_figures(database)
        raw.close()
        database.close()
    finally:
        stop_server(server, folder)
    p95, floor95 = _percentile(ours, 0.95), _percentile(floor, 0.95)
    return [
        *more,
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


REFRESHES = 20


def _view_figures(database: Database, raw: psycopg.Connection[Any], url: str) -> list[Figure]:
    from spaceoptics_desk.operations.customers import correct_to, open_customer
    from spaceoptics_desk.services.customer_view import load_customer_view, resolve_customer

    clock = SystemClock()
    with database.reading() as session:
        busiest = resolve_customer(session, "K100000")
        orders = len(load_customer_view(session, busiest, clock).orders)
        corrected = resolve_customer(session, "K100001")

    def service() -> None:
        with database.reading() as session:
            load_customer_view(session, busiest, clock)

    ours = _timed(service, VIEW_RUNS)
    floor = _timed(lambda: _raw_customer(_QmarkConnection(raw), busiest), VIEW_RUNS)
    view = Figure(
        f"Customer view on PostgreSQL, {orders} orders (p95 of {VIEW_RUNS})",
        _ms(_percentile(ours, 0.95)),
        _ms(_percentile(floor, 0.95)),
        "≤ 50 ms",
        _percentile(ours, 0.95) <= 0.050,
    )
    # Two desks: B saves, A hears it and reads the view again.
    desk_b = open_database(url)
    owner = StaffMember("owner", "Owner", "owner")
    with desk_b.transaction() as session:
        from spaceoptics_desk.services.staff import ensure_staff

        ensure_staff(session, "owner", "Owner", "owner")
    listener = postgresql.write_listener(database.engine)
    assert listener is not None
    desk_a = Context(database, owner, clock)
    refresh: list[float] = []
    for turn in range(REFRESHES):
        listener.wait(0)  # nothing left over
        begun = time.perf_counter()
        correct_to(Context(desk_b, owner, clock), corrected, {}, {"city": f"Tiel {turn}"})
        assert listener.wait(5.0)
        open_customer(desk_a, corrected)
        refresh.append(time.perf_counter() - begun)
    listener.close()
    desk_b.close()
    hearing = psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://"), autocommit=True)
    hearing.execute("LISTEN bench_floor")
    raw_floor: list[float] = []
    for turn in range(REFRESHES):
        begun = time.perf_counter()
        with raw.transaction():
            raw.execute("UPDATE addresses SET city = %s WHERE customer_id = %s", (f"Buren {turn}", corrected))
            raw.execute("NOTIFY bench_floor")
        assert any(True for _ in hearing.notifies(timeout=5.0, stop_after=1))
        _raw_customer(_QmarkConnection(raw), corrected)
        raw_floor.append(time.perf_counter() - begun)
    hearing.close()
    live = Figure(
        f"Live refresh on PostgreSQL: a save at desk B in desk A's view (p95 of {REFRESHES})",
        _ms(_percentile(refresh, 0.95)),
        _ms(_percentile(raw_floor, 0.95)),
        "≤ 1 s",
        _percentile(refresh, 0.95) <= 1.0,
    )
    return [view, live]


def _retention_and_erasure_figures(database: Database) -> list[Figure]:
    """Destructive: the erasure is the last thing done to the bench's database."""
    from spaceoptics_desk.operations import erasure
    from spaceoptics_desk.services.retention_scan import scan

    clock = FixedClock(datetime(2026, 11, 25, 9, 30, tzinfo=UTC))
    with database.reading() as session:
        started = time.perf_counter()
        found = scan(session, clock.moment.date())
        scan_seconds = time.perf_counter() - started
    customer_id, case_id = erasure_case_of_the_busiest(database, clock)
    approver = Context(database, StaffMember("owner", "Owner", "owner"), clock)
    rewriting: list[float] = []  # the clean-up's part: each VACUUM FULL and the checkpoint after them

    def rewrite_began(_c: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        if statement.startswith(("VACUUM", "CHECKPOINT")):
            rewriting.append(-time.perf_counter())

    def rewrite_ended(_c: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        if statement.startswith(("VACUUM", "CHECKPOINT")):
            rewriting[-1] += time.perf_counter()

    event.listen(database.engine, "before_cursor_execute", rewrite_began)
    event.listen(database.engine, "after_cursor_execute", rewrite_ended)
    started = time.perf_counter()
    erasure.erase_customer(approver, case_id, customer_id)  # the clean-up right after the commit
    erase_seconds = time.perf_counter() - started
    event.remove(database.engine, "before_cursor_execute", rewrite_began)
    event.remove(database.engine, "after_cursor_execute", rewrite_ended)
    return [
        Figure(
            f"Retention scan on PostgreSQL, whole database ({len(found):,} candidates)",
            _ms(scan_seconds),
            "",
            "≤ 2 s",
            scan_seconds <= 2.0,
        ),
        Figure(
            "Erase the customer with 500 orders on PostgreSQL, incl. the clean-up (VACUUM FULL)",
            _ms(erase_seconds),
            "",
            "≤ 1 s",
            erase_seconds <= 1.0,
        ),
        Figure(
            "  of which the clean-up (VACUUM FULL of the personal tables, CHECKPOINT)",
            _ms(sum(rewriting)),
            "",
            "",
            True,
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
