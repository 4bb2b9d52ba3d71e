"""R31 on a PostgreSQL server (issue 14): after the owner erases someone, nothing of them is readable
in the relation files of the cluster the tests started (its tables and indexes, read as bytes after a
checkpoint), and a clean-up another desk holds up waits and is finished later."""

from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest
from sqlalchemy import text

from spaceoptics_desk.domain.clock import FixedClock
from spaceoptics_desk.domain.permissions import OWNER
from spaceoptics_desk.domain.staff import StaffMember
from spaceoptics_desk.operations import erasure
from spaceoptics_desk.operations.context import Context
from spaceoptics_desk.services import trace_cleanup
from spaceoptics_desk.store.database import Database
from tests.postgres_server import PostgresServer, server_database
from tests.records import request_case
from tests.services.conftest import Shop

# As in test_erasure.py: not the e-mail address, which the open recipient tasks keep until told (R16),
# nor the street, which his kept invoices hold (tax law). The phone's digits in any form; the search
# keys are lower case.
JAN = ["K000123", "k000123", "22993969", "4021HR", "4021hr"]


@pytest.fixture
def database(request: pytest.FixtureRequest) -> Iterator[Database]:
    yield from server_database(request)


def readable_in_relation_files(server: PostgresServer, database: Database, needles: list[str]) -> list[str]:
    """Which of the needles the database's files hold, once a checkpoint has written every page out."""
    name = database.engine.url.database
    with server.connect() as connection:
        connection.execute("CHECKPOINT")
        oid = connection.execute("SELECT oid FROM pg_database WHERE datname = %s", (name,)).fetchone()
    assert oid is not None
    contents = b"".join(path.read_bytes() for path in (server.folder / "base" / str(oid[0])).iterdir())
    return [needle for needle in needles if needle.encode() in contents]


def test_R31_an_erasure_on_a_server_leaves_nothing_of_the_person_in_its_files(
    database: Database, shop: Shop, clock: FixedClock, postgres_server: PostgresServer
) -> None:
    assert readable_in_relation_files(postgres_server, database, JAN) == JAN  # the reading can see them
    case_id = request_case(database, clock, shop.jan, "erasure", verified=True)
    owner = Context(database, StaffMember("owner", "Eigenaar", OWNER), clock)
    erased = erasure.erase_customer(owner, case_id, "K000123").result
    assert erased.traces_gone and not trace_cleanup.pending(database)
    assert readable_in_relation_files(postgres_server, database, JAN) == []


def test_R31_a_desk_in_the_middle_of_a_read_makes_the_clean_up_wait_then_it_is_finished(
    database: Database, shop: Shop, clock: FixedClock, postgres_server: PostgresServer
) -> None:
    case_id = request_case(database, clock, shop.jan, "erasure", verified=True)
    owner = Context(database, StaffMember("owner", "Eigenaar", OWNER), clock)
    url = database.engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(url) as other_desk:
        other_desk.execute("SELECT count(*) FROM customers").fetchone()  # its transaction stays open
        erased = erasure.erase_customer(owner, case_id, "K000123").result
        assert not erased.traces_gone and trace_cleanup.pending(database)
    assert trace_cleanup.finish_pending(database)
    assert readable_in_relation_files(postgres_server, database, JAN) == []
    for _ in range(3):  # every pooled connection: the clean-up's lock limit went with it
        with database.transaction() as session:
            assert session.execute(text("SHOW lock_timeout")).scalar_one() == "0"
