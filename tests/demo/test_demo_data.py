"""The demo generator (issue 10 §4): killed at any moment, it leaves nothing or a complete, searchable shop.

Found by `make faults`: a `demo` killed half-way left thousands of customers that no search finds (each
batch was committed on its own and the index was built at the end), and a second `demo` then refused the
database because it already held customers.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select, text

from spaceoptics_desk.demo import shop as demo_data
from spaceoptics_desk.domain.clock import FixedClock
from spaceoptics_desk.services import lookup
from spaceoptics_desk.store.database import Database, open_database
from spaceoptics_desk.store.models import Customer, Order
from spaceoptics_desk.store.sqlite import SEARCH_TABLE

# Kills its own process right after the second batch of customers was written (small batches, so the
# test is quick; the real batches hold 2,000 customers).
_KILLED_DEMO = textwrap.dedent(
    """
    import os, signal, sys
    from datetime import UTC, datetime
    from spaceoptics_desk.domain.clock import FixedClock
    from spaceoptics_desk.demo import shop as demo_data
    from spaceoptics_desk.store.database import open_database

    demo_data._BATCH_CUSTOMERS = 10
    database = open_database(sys.argv[1], create=True)

    def progress(done, total):
        if done == 20:
            os.kill(os.getpid(), signal.SIGKILL)

    demo_data.create_demo_data(
        database, customers=40, seed=4, clock=FixedClock(datetime(2026, 11, 24, 16, 0, tzinfo=UTC)),
        progress=progress,
    )
    """
)


def _indexed_ids(database: Database) -> set[int]:
    with database.reading() as session:
        return {row[0] for row in session.execute(text(f"SELECT rowid FROM {SEARCH_TABLE}"))}


def test_a_demo_killed_half_way_leaves_no_customer_and_can_be_made_again(
    db_path: Path, clock: FixedClock
) -> None:
    killed = subprocess.run(
        [sys.executable, "-c", _KILLED_DEMO, str(db_path)], env=dict(os.environ), capture_output=True
    )
    assert killed.returncode == -signal.SIGKILL, killed.stderr.decode()
    database = open_database(str(db_path))
    try:
        with database.reading() as session:
            assert session.scalar(select(func.count()).select_from(Customer)) == 0
            assert session.scalar(select(func.count()).select_from(Order)) == 0
        assert _indexed_ids(database) == set()
        made = demo_data.create_demo_data(database, customers=40, seed=4, clock=clock)
        assert made.customers == 40
        with database.reading() as session:
            ids = set(session.scalars(select(Customer.id)))
            first = session.scalars(select(Customer.customer_number).order_by(Customer.id).limit(1)).one()
            found = lookup.find_customers(session, first, 5)
        assert len(ids) == 40 and _indexed_ids(database) == ids  # every customer can be found
        assert [m.customer_number for m in found] == [first]
    finally:
        database.close()


def test_a_demo_shop_on_a_server_takes_new_customers_and_is_searchable(postgres_url: str) -> None:
    """Issue 14: the demo writes its rows with their ids; on a server the table's sequence moves past
    them, so the next customer the app adds gets a free id."""
    from spaceoptics_desk.store.search import reindex_customers
    from tests.records import add_customer

    database = open_database(postgres_url)
    try:
        demo_data.create_demo_data(
            database, customers=30, seed=4, clock=FixedClock(datetime(2026, 11, 24, 16, 0, tzinfo=UTC))
        )
        with database.transaction() as session:
            walk_in = add_customer(session, "K900001", "Piet", "", "Smit", email="piet.smit@example.nl")
            reindex_customers(session, [walk_in.id])
        with database.reading() as session:
            assert session.scalar(select(func.count()).select_from(Customer)) == 31
            [found] = lookup.find_customers(session, "K900001")
            assert found.name == "Piet Smit"
    finally:
        database.close()
