"""A demo shop in a plain (unencrypted) database file, as every database was before issue 12: the
command line's `demo` makes an encrypted one now, and the benchmark's floors and the fault run's
conversion read the plain file with raw SQLite. The operation `demo` uses, on a database opened
without a key."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from pathlib import Path


def make_plain_demo(
    database_file: Path, *, customers: int, seed: int, as_of: date, busiest_orders: int = 0
) -> None:
    from spaceoptics_desk.domain.clock import AMSTERDAM, FixedClock
    from spaceoptics_desk.operations.context import Context
    from spaceoptics_desk.operations.demo import fill_demo_database
    from spaceoptics_desk.operations.opening import UNNAMED
    from spaceoptics_desk.store.database import open_database

    clock = FixedClock(datetime.combine(as_of, time(17, 0), AMSTERDAM).astimezone(UTC))
    database = open_database(str(database_file), create=True)
    try:
        fill_demo_database(Context(database, UNNAMED, clock), customers, seed, busiest_orders)
    finally:
        database.close()
