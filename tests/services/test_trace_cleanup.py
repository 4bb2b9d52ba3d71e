"""An erasure while another program reads (issue 10 §3, R31): the clean-up of its traces waits for that
reader, is recorded as pending, and is finished as soon as the reader has gone or at the next start.

Every test runs on a plain and on an encrypted database (issue 12): on the encrypted one the probes read
its pages decrypted (tests/raw_files.py), so the same traces are looked for in the same places."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import select

from spaceoptics_desk.domain.clock import FixedClock
from spaceoptics_desk.services import erasure, trace_cleanup
from spaceoptics_desk.services.staff import acting_user
from spaceoptics_desk.store.cipher import DatabaseKey
from spaceoptics_desk.store.database import Database, open_database
from tests.conftest import KEYS, encrypted_or_plain
from tests.raw_files import readable_in_files
from tests.readers import reader_holding_a_snapshot
from tests.records import request_case
from tests.services.conftest import Shop

# Not the e-mail address: the open recipient tasks keep it until told (R16); not the street: every
# order of tests/records goes to it.
JAN = ["K000123", "06-22993969", "0622993969", "4021HR"]


@pytest.fixture(params=KEYS)
def database_key(request: pytest.FixtureRequest) -> DatabaseKey | None:
    return encrypted_or_plain(request)


def test_R31_an_erasure_while_another_process_reads_is_cleaned_up_once_it_closes(
    database: Database, db_path: Path, shop: Shop, clock: FixedClock, database_key: DatabaseKey | None
) -> None:
    case_id = request_case(database, clock, shop.jan, "erasure")
    with reader_holding_a_snapshot(db_path, database_key):
        with database.transaction() as session:
            erasure.erase_customer(session, acting_user(session, "owner"), clock, shop.jan, case_id)
        assert trace_cleanup.finish_pending(database, wait_ms=0) is False  # the reader holds the log
        assert trace_cleanup.pending(database)
        assert "K000123" in readable_in_files(db_path, JAN, database_key)  # what the fault left behind
        assert trace_cleanup.finish_pending(database) is False  # still reading: still pending
    # The reader has gone; this process is still connected, so SQLite leaves the log as it is.
    assert "K000123" in readable_in_files(db_path, JAN, database_key)
    assert trace_cleanup.pending(database)
    assert trace_cleanup.finish_pending(database) is True
    assert not trace_cleanup.pending(database)
    assert readable_in_files(db_path, JAN, database_key) == []


_ERASE_THEN_DIE = textwrap.dedent(
    """
    import os, signal, sys
    from datetime import UTC, datetime
    from spaceoptics_desk.domain.clock import FixedClock
    from spaceoptics_desk.services import erasure
    from spaceoptics_desk.services.staff import acting_user
    from spaceoptics_desk.store.cipher import DatabaseKey
    from spaceoptics_desk.store.database import open_database

    secret = sys.stdin.read().strip()  # the key's hex (empty: a plain file), never on the command line
    database = open_database(sys.argv[1], key=DatabaseKey(bytes.fromhex(secret)) if secret else None)
    clock = FixedClock(datetime(2026, 11, 25, 9, 30, tzinfo=UTC))
    customer_id, case_id = int(sys.argv[2]), int(sys.argv[3])
    with database.transaction() as session:
        erasure.erase_customer(session, acting_user(session, "owner"), clock, customer_id, case_id)
    os.kill(os.getpid(), signal.SIGKILL)  # committed, and gone before the clean-up
    """
)


def test_R31_a_clean_up_left_by_a_program_that_died_is_finished_at_the_next_start(
    database: Database, db_path: Path, shop: Shop, clock: FixedClock, database_key: DatabaseKey | None
) -> None:
    case_id = request_case(database, clock, shop.jan, "erasure")
    database.close()
    died = subprocess.run(
        [sys.executable, "-c", _ERASE_THEN_DIE, str(db_path), str(shop.jan), str(case_id)],
        env=dict(os.environ),
        input=(database_key.hex() if database_key is not None else "").encode(),
        capture_output=True,
        check=False,
    )
    assert died.returncode == -signal.SIGKILL, died.stderr.decode()
    # The search index still holds Jan's keys (deleted, not purged) and the log his row.
    assert readable_in_files(db_path, JAN, database_key) != []
    again = open_database(str(db_path), key=database_key)
    try:
        assert trace_cleanup.pending(again)
        assert trace_cleanup.finish_pending(again) is True
        assert readable_in_files(db_path, JAN, database_key) == []
        assert not trace_cleanup.pending(again)
    finally:
        again.close()


def test_R31_a_review_run_leaves_nothing_of_the_people_it_erased_in_the_pages_sqlite_moved(
    database: Database, db_path: Path, clock: FixedClock, database_key: DatabaseKey | None
) -> None:
    """Found by `make faults`: after a review run had erased 275 of 700 demo customers, and its clean-up
    was done, three of their customer numbers and one e-mail address could still be read in the file.
    SQLite's b-tree balancing copies cells to new places in a page and leaves the old copies in the
    page's unused space; secure_delete zeroes a deleted cell and a freed page, not those copies."""
    from spaceoptics_desk.demo import shop as demo_data
    from spaceoptics_desk.domain.permissions import OWNER
    from spaceoptics_desk.domain.staff import StaffMember
    from spaceoptics_desk.operations import retention
    from spaceoptics_desk.operations.context import Context
    from spaceoptics_desk.services.retention_scan import scan
    from spaceoptics_desk.store.models import Customer
    from tests.records import at

    demo_data.create_demo_data(database, customers=450, seed=8, clock=FixedClock(at(2021, 1, 15)))
    with database.reading() as session:
        people = dict(session.execute(select(Customer.id, Customer.customer_number)).all())
        found = scan(session, clock.now().date())
    # Through the operation: it pays the run's clean-up once, after the last customer.
    owner = Context(database, StaffMember("owner", "Eigenaar", OWNER), clock)
    retention.apply_review(owner, found, clock.now().date())
    with database.reading() as session:
        erased = [number for cid, number in people.items() if session.get(Customer, cid) is None]
    assert len(erased) > 100  # the run erased people whose cells SQLite had moved
    assert not trace_cleanup.pending(database)
    assert readable_in_files(db_path, erased, database_key) == []


def test_R31_the_page_rewrite_keeps_its_temporary_copy_in_the_private_data_folder(
    database: Database, db_path: Path
) -> None:
    """VACUUM's temporary database spills to /var/tmp by default: people's data outside the 0700 folder."""
    from spaceoptics_desk.store import sqlite

    sqlite.rewrite_every_page(database.engine)
    raw = database.engine.raw_connection()
    try:
        sqlite_connection = raw.driver_connection
        assert sqlite_connection is not None
        folder = sqlite_connection.execute("PRAGMA temp_store_directory").fetchone()[0]
    finally:
        raw.close()
    assert folder == str(db_path.parent)


def test_R31_a_review_run_that_anonymises_orders_leaves_their_numbers_in_no_search_key_of_the_customer(
    database: Database, db_path: Path, shop: Shop, clock: FixedClock, database_key: DatabaseKey | None
) -> None:
    """The fiscal rule keeps an old order (tax law) but takes it away from its customer, so the run
    rewrites the customer's search document without its number. The index's old segments still held
    the deleted document (the customer's keys with the order's) and VACUUM copies them as they are:
    the run must purge them too. The order keeps "SO-2017-4711" as typed; only the search index holds
    the folded key "so-2017-4711", so that form being readable is the old link being readable."""
    from spaceoptics_desk.domain.permissions import OWNER
    from spaceoptics_desk.domain.staff import StaffMember
    from spaceoptics_desk.operations import retention
    from spaceoptics_desk.operations.context import Context
    from spaceoptics_desk.services.retention_scan import scan
    from spaceoptics_desk.store.models import Customer, Order
    from spaceoptics_desk.store.search import reindex_customers
    from tests.records import add_order, at

    with database.transaction() as session:
        jan = session.get(Customer, shop.jan)
        assert jan is not None
        add_order(session, jan, "SO-2017-4711", at(2017, 5, 1))
        reindex_customers(session, [shop.jan])
    with database.reading() as session:
        found = [c for c in scan(session, clock.now().date()) if c.customer_id == shop.jan]
    assert [c.key for c in found] == [f"fiscal:customer:{shop.jan}"]  # Jan stays, the 2017 order goes
    owner = Context(database, StaffMember("owner", "Eigenaar", OWNER), clock)
    retention.apply_review(owner, found, clock.now().date())
    with database.reading() as session:
        order = session.scalars(select(Order).where(Order.order_number == "SO-2017-4711")).one()
        assert order.customer_id is None and session.get(Customer, shop.jan) is not None
    assert not trace_cleanup.pending(database)
    database.close()
    assert readable_in_files(db_path, ["so-2017-4711"], database_key) == []
