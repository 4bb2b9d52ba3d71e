"""Opening a database on a real PostgreSQL server (issue 14): the same `open_database` as for a file,
the schema made by the migrations and the reference data seeded, another desk's write noticed, and the
server's failures as messages that never show the password."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import date

import psycopg
import pytest
from sqlalchemy import func, make_url, select, text

from spaceoptics_desk.store.database import open_database
from spaceoptics_desk.store.errors import DatabaseUnavailable
from spaceoptics_desk.store.models import Holiday, Purpose
from tests.mail_server import free_port
from tests.postgres_server import PostgresServer


def test_an_empty_server_database_gets_the_schema_and_the_policys_purposes(postgres_url: str) -> None:
    database = open_database(postgres_url)
    try:
        with database.reading() as session:
            purposes = session.scalar(select(func.count()).select_from(Purpose))
            holidays = session.scalar(select(func.count()).select_from(Holiday))
    finally:
        database.close()
    assert purposes and holidays  # seeded as in a new file: the policy's purposes, the Atw holidays
    again = open_database(postgres_url)  # at the newest schema: opened by reading only
    again.close()


def test_a_plain_postgresql_url_uses_the_driver_the_app_ships(postgres_url: str) -> None:
    plain = postgres_url.replace("postgresql+psycopg://", "postgresql://")
    database = open_database(plain)
    try:
        assert database.engine.dialect.driver == "psycopg"
        secret = make_url(postgres_url).password
        assert secret and str(secret) not in database.location and "@127.0.0.1" in database.location
    finally:
        database.close()


def test_another_desks_write_is_noticed_and_a_read_is_not(postgres_url: str) -> None:
    """The change hub's question on a server: did someone else write since I last looked?"""
    desk, other = open_database(postgres_url), open_database(postgres_url)
    try:
        seen = desk.others_marks()
        with other.reading() as session:
            session.execute(select(func.count()).select_from(Holiday)).scalar_one()
        with other.transaction() as session:
            session.execute(select(func.count()).select_from(Purpose)).scalar_one()  # read, no write
        assert desk.others_marks() == seen
        with other.transaction() as session:
            session.add(Holiday(day=date(2031, 1, 2), name="Inventaris"))
        assert desk.others_marks() != seen
    finally:
        desk.close()
        other.close()


def test_a_wrong_password_is_a_message_without_the_password(postgres_server: PostgresServer) -> None:
    url = postgres_server.url("postgres", password="verkeerd-geheim")
    with pytest.raises(DatabaseUnavailable, match="refused the user name or password") as refused:
        open_database(url)
    assert "verkeerd-geheim" not in refused.value.text()


def test_a_server_that_is_not_there_is_a_message_without_the_password() -> None:
    url = f"postgresql://desk:heel-geheim@127.0.0.1:{free_port()}/spaceoptics"
    with pytest.raises(DatabaseUnavailable, match="cannot be reached") as refused:
        open_database(url)
    assert "heel-geheim" not in refused.value.text()


def test_a_database_that_is_not_on_the_server_is_named_missing(postgres_server: PostgresServer) -> None:
    with pytest.raises(DatabaseUnavailable, match="There is no database at"):
        open_database(postgres_server.url("spaceoptics_nergens"))


def test_another_applications_database_is_refused_untouched(postgres_url: str) -> None:
    with psycopg.connect(postgres_url.replace("postgresql+psycopg://", "postgresql://")) as connection:
        connection.execute("CREATE TABLE boekhouding (id integer primary key, bedrag integer)")
    with pytest.raises(DatabaseUnavailable, match="is not a SpaceOptics Desk database"):
        open_database(postgres_url)
    with psycopg.connect(postgres_url.replace("postgresql+psycopg://", "postgresql://")) as connection:
        tables = connection.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
        ).fetchall()
    assert tables == [("boekhouding",)]


def test_a_newer_schema_is_refused_untouched(postgres_url: str) -> None:
    database = open_database(postgres_url)
    with database.transaction() as session:
        session.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    database.close()
    with pytest.raises(DatabaseUnavailable, match="made by a newer version"):
        open_database(postgres_url)


def test_the_app_needs_a_role_that_owns_its_database_and_nothing_more(
    postgres_server: PostgresServer,
) -> None:
    """The README's setting-up: one login role, no superuser, no right to make databases or roles, the
    owner of the shop's database. It can make the schema, write, and rewrite its tables after an erasure
    (R31); no extension is needed."""
    from spaceoptics_desk.services.trace_cleanup import PAGES, finish_pending, mark

    with postgres_server.connect() as connection:
        connection.execute(
            "CREATE ROLE winkel LOGIN PASSWORD 'winkel-2026' NOSUPERUSER NOCREATEDB NOCREATEROLE"
        )
        connection.execute('CREATE DATABASE "spaceoptics" OWNER winkel')
    try:
        database = open_database(postgres_server.url("spaceoptics", user="winkel", password="winkel-2026"))
        try:
            with database.transaction() as session:
                session.add(Holiday(day=date(2031, 1, 2), name="Inventaris"))
                mark(session, PAGES)
            assert finish_pending(database)  # VACUUM FULL of every table: only their owner may
        finally:
            database.close()
    finally:
        postgres_server.drop_database("spaceoptics")
        with postgres_server.connect() as connection:
            connection.execute("DROP ROLE winkel")


def test_a_role_that_may_write_but_does_not_own_the_tables_is_told_it_cannot_erase_without_a_trace(
    postgres_url: str, postgres_server: PostgresServer
) -> None:
    """VACUUM FULL by a role that does not own a table only warns and does nothing: the clean-up must
    say so, not report the traces gone (R31)."""
    from spaceoptics_desk.services.trace_cleanup import PAGES, finish_pending, mark

    open_database(postgres_url).close()  # the tables, made by the superuser
    name = postgres_url.rsplit("/", 1)[1]
    with postgres_server.connect(name) as connection:
        connection.execute("CREATE ROLE balie LOGIN PASSWORD 'balie-2026'")
        connection.execute("GRANT ALL ON ALL TABLES IN SCHEMA public TO balie")
        connection.execute("GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO balie")
    try:
        database = open_database(postgres_server.url(name, user="balie", password="balie-2026"))
        try:
            with database.transaction() as session:
                mark(session, PAGES)
            with pytest.raises(DatabaseUnavailable, match="did not let this connection rewrite") as refused:
                finish_pending(database)
            assert "balie-2026" not in refused.value.text()
            with database.reading() as session:  # still owed: tried again at the next start
                assert session.execute(text("SELECT count(*) FROM pending_cleanups")).scalar_one() > 0
        finally:
            database.close()
    finally:
        postgres_server.drop_database(name)
        with postgres_server.connect() as connection:
            connection.execute("DROP ROLE balie")


def test_a_password_in_the_urls_query_is_not_shown_either(postgres_url: str) -> None:
    """libpq takes `?password=…` too; the app names the database without it."""
    url = make_url(postgres_url)
    in_query = url.set(password=None).update_query_dict({"password": str(url.password)})
    database = open_database(in_query.render_as_string(hide_password=False))
    try:
        assert str(url.password) not in database.location
    finally:
        database.close()


def test_desks_opening_a_new_server_database_at_once_all_get_the_one_schema(
    postgres_server: PostgresServer,
) -> None:
    """Three desks started at the same moment on an empty database: each runs the migrations, one after
    the other (an advisory lock), and the later ones find them done; none fails, one schema results."""
    import threading

    failures: list[BaseException] = []
    for _round in range(3):
        name = postgres_server.new_database()
        url = postgres_server.url(name)
        start = threading.Barrier(3)

        def desk_starts(url: str = url, start: threading.Barrier = start) -> None:
            start.wait()
            try:
                open_database(url).close()
            except BaseException as error:
                failures.append(error)

        desks = [threading.Thread(target=desk_starts) for _ in range(3)]
        for desk in desks:
            desk.start()
        for desk in desks:
            desk.join(timeout=120)
        try:
            assert failures == []
            with psycopg.connect(make_url(url).set(drivername="postgresql").render_as_string(False)) as raw:
                assert raw.execute("SELECT count(*) FROM alembic_version").fetchone() == (1,)
                assert raw.execute("SELECT count(*) FROM purposes").fetchone()[0] > 0  # type: ignore[index]
        finally:
            postgres_server.drop_database(name)


def test_a_server_that_went_away_is_said_plainly_and_used_again_once_it_is_back(
    postgres_server: PostgresServer, postgres_url: str
) -> None:
    """Server gone midway (issue 14): the next action says the server cannot be reached (no password,
    nothing written); once it is back the same open database works again, without reopening it."""
    database = open_database(postgres_url)
    try:
        with database.reading() as session:
            before = session.execute(select(func.count()).select_from(Holiday)).scalar_one()
        postgres_server.stop()
        try:
            with (
                pytest.raises(DatabaseUnavailable, match="cannot be reached") as gone,
                database.transaction() as session,
            ):
                session.add(Holiday(day=date(2031, 1, 3), name="Inventaris"))
            assert postgres_server.password not in gone.value.text()
        finally:
            postgres_server.start()
        with database.reading() as session:
            assert session.execute(select(func.count()).select_from(Holiday)).scalar_one() == before
        with database.transaction() as session:
            session.add(Holiday(day=date(2031, 1, 3), name="Inventaris"))
    finally:
        database.close()


# A desk that stops in the middle of a write (its computer hangs, its network is gone): here a real
# process of the app, holding its transaction open, then frozen with SIGSTOP.
_STALLED_DESK = """
import sys
from datetime import date
from sqlalchemy import update
from spaceoptics_desk.store import postgresql
postgresql.IDLE_IN_TRANSACTION_S = 2  # the app's two minutes, shortened for the test
from spaceoptics_desk.store.database import open_database
from spaceoptics_desk.store.models import Holiday
database = open_database(sys.argv[1])
with database.transaction() as session:
    session.execute(update(Holiday).where(Holiday.day == date(2031, 1, 4)).values(name="Halverwege"))
    print("holding", flush=True)
    sys.stdin.readline()
"""


def test_a_desk_stalled_in_the_middle_of_a_write_blocks_the_others_for_seconds_not_for_ever(
    postgres_url: str,
) -> None:
    """Network stall (issue 14): the server ends the stalled desk's session, so its locked row is free
    for the next desk and its half-done write is gone; the stalled desk, once it runs again, is told
    that nothing of its action was saved."""
    database = open_database(postgres_url)
    stalled = None
    try:
        with database.transaction() as session:
            session.add(Holiday(day=date(2031, 1, 4), name="Inventaris"))
        stalled = subprocess.Popen(
            [sys.executable, "-c", _STALLED_DESK, postgres_url],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert stalled.stdout is not None and stalled.stdout.readline() == "holding\n"
        os.kill(stalled.pid, signal.SIGSTOP)
        started = time.monotonic()
        with database.transaction() as session:
            # Without the server's limit this desk would wait for ever; fail the test after 30 s instead.
            session.execute(text("SET LOCAL lock_timeout = '30s'"))
            holiday = session.get(Holiday, date(2031, 1, 4), with_for_update=True)
            assert holiday is not None and holiday.name == "Inventaris"  # not the stalled desk's half
            holiday.name = "Jaarafsluiting"
        assert time.monotonic() - started < 15
        os.kill(stalled.pid, signal.SIGCONT)
        _, stderr = stalled.communicate("\n", timeout=60)
        assert stalled.returncode != 0
        assert "did not answer for more than 2 seconds. Nothing of it was saved" in stderr
        assert "Halverwege" not in stderr
        with database.reading() as session:
            assert session.get(Holiday, date(2031, 1, 4)).name == "Jaarafsluiting"  # type: ignore[union-attr]
    finally:
        if stalled is not None and stalled.poll() is None:
            os.kill(stalled.pid, signal.SIGCONT)
            stalled.kill()
            stalled.wait()
        database.close()


def test_a_server_restarted_in_the_middle_of_an_action_is_said_plainly_and_keeps_none_of_it(
    postgres_server: PostgresServer, postgres_url: str
) -> None:
    """Server gone midway, inside a transaction (issue 14): the open connection is cut; the action says
    the server cannot be reached and nothing of what it wrote before the restart is there."""
    database = open_database(postgres_url)
    try:
        with (
            pytest.raises(DatabaseUnavailable, match="cannot be reached"),
            database.transaction() as session,
        ):
            session.add(Holiday(day=date(2031, 1, 5), name="Inventaris"))
            session.flush()
            postgres_server.stop()
            postgres_server.start()
            session.add(Holiday(day=date(2031, 1, 6), name="Inventaris"))
            session.flush()
        with database.reading() as session:
            days = session.scalars(select(Holiday.day).where(Holiday.name == "Inventaris")).all()
        assert days == []
    finally:
        database.close()
