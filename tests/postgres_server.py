"""A real PostgreSQL server for the tests (issue 14): a throwaway cluster on 127.0.0.1, started once per
test session from Debian's server binaries, in a temporary data folder, and stopped at the end.

PostgreSQL refuses to run as root, and the tests run as root here (and in CI): the cluster then runs as
the `postgres` user (Debian's package makes it), its folder handed to that user. The cluster takes
connections on 127.0.0.1 only, with passwords (scram-sha-256): the superuser's is made here, so a test
can also try a wrong one. Durability is off (`fsync=off`): a test cluster is thrown away anyway, and
that makes creating a database per test cheap.

tests/conftest.py registers the fixtures: ask for `postgres_server` or `postgres_url` (a new empty
database per test); the server starts with the first test that asks. A module whose tests must hold on
both databases overrides `database` with `both_databases` (a parametrised suite, not a copy). With
SPACEOPTICS_TEST_DATABASE=postgresql every test's `database` is on the server (tests/conftest.py): how the
services' suite is tried against it while the server is not yet supported by every service.
"""

from __future__ import annotations

import itertools
import os
import secrets
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest

from spaceoptics_desk.store.database import Database, open_database
from tests.mail_server import free_port

SUPERUSER = "postgres"
SERVER_USER = "postgres"  # the system account the server runs as when the tests run as root
START_TIMEOUT_S = 60


def server_binaries() -> Path:
    """The newest installed server's bin folder (Debian: /usr/lib/postgresql/<major>/bin)."""
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"), key=lambda p: int(p.parent.parent.name))
    if not found:
        raise RuntimeError("No PostgreSQL server is installed: `make test` installs Debian's `postgresql`.")
    return found[-1].parent


@dataclass
class PostgresServer:
    """Attributes:
    port: on 127.0.0.1.
    password: the superuser's (`postgres`).
    folder: the cluster's data folder (its relation files are read by the erasure tests).
    """

    port: int
    password: str
    folder: Path
    options: str = ""
    _names = itertools.count(1)
    _shop_template: str | None = None

    def url(self, database: str = "postgres", user: str = SUPERUSER, password: str | None = None) -> str:
        secret = self.password if password is None else password
        return f"postgresql+psycopg://{user}:{secret}@127.0.0.1:{self.port}/{database}"

    def connect(self, database: str = "postgres") -> psycopg.Connection[tuple[object, ...]]:
        return psycopg.connect(
            host="127.0.0.1", port=self.port, user=SUPERUSER, password=self.password, dbname=database,
            autocommit=True,
        )  # fmt: skip

    def new_database(self, template: str = "template1") -> str:
        """A new database, a copy of `template` (PostgreSQL's empty one by default); its name."""
        name = f"test_{os.getpid()}_{next(self._names)}"
        with self.connect() as connection:
            connection.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        return name

    def shop_template(self) -> str:
        """A database the app opened once (migrated, reference data seeded), made at the first call:
        copying it costs a few milliseconds, running the migrations again half a second per test."""
        if self._shop_template is None:
            name = self.new_database()
            open_database(self.url(name)).close()
            self._shop_template = name
        return self._shop_template

    def stop(self) -> None:
        """The server goes away (a fast shutdown: connections are cut), as when its computer restarts."""
        stop = [str(server_binaries() / "pg_ctl"), "-D", str(self.folder), "-m", "fast", "-w", "stop"]
        subprocess.run(_as_server_user(stop), check=True, capture_output=True, timeout=START_TIMEOUT_S)

    def start(self) -> None:
        """Back, with the options it was started with (pg_ctl keeps them in postmaster.opts)."""
        log = self.folder.parent / "server.log"
        start = [
            str(server_binaries() / "pg_ctl"), "-D", str(self.folder), "-l", str(log), "-w",
            "-t", str(START_TIMEOUT_S), "-o", self.options, "start",
        ]  # fmt: skip
        subprocess.run(_as_server_user(start), check=True, capture_output=True, timeout=START_TIMEOUT_S + 10)

    def drop_database(self, name: str) -> None:
        with self.connect() as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _as_server_user(argv: list[str]) -> list[str]:
    return ["runuser", "-u", SERVER_USER, "--", *argv] if os.geteuid() == 0 else argv


def start_server() -> tuple[PostgresServer, Path]:
    """initdb and pg_ctl start in a new temporary folder; the server and that folder (to remove)."""
    binaries = server_binaries()
    top = Path(tempfile.mkdtemp(prefix="spaceoptics-pg-"))
    folder, sockets, password_file = top / "data", top / "sockets", top / "password"
    sockets.mkdir()
    password = secrets.token_urlsafe(18)
    password_file.write_text(password, encoding="ascii")
    if os.geteuid() == 0:
        shutil.chown(top, SERVER_USER)
        for path in (sockets, password_file):
            shutil.chown(path, SERVER_USER)
    initdb = [
        str(binaries / "initdb"), "-D", str(folder), "-U", SUPERUSER, "--pwfile", str(password_file),
        "--auth-host=scram-sha-256", "--auth-local=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8",
    ]  # fmt: skip
    subprocess.run(_as_server_user(initdb), check=True, capture_output=True, timeout=START_TIMEOUT_S)
    password_file.unlink()
    port = free_port()
    options = f"-c listen_addresses=127.0.0.1 -p {port} -c unix_socket_directories={sockets} -c fsync=off"
    start = [
        str(binaries / "pg_ctl"), "-D", str(folder), "-o", options, "-l", str(top / "server.log"), "-w",
        "-t", str(START_TIMEOUT_S), "start",
    ]  # fmt: skip
    subprocess.run(_as_server_user(start), check=True, capture_output=True, timeout=START_TIMEOUT_S + 10)
    return PostgresServer(port, password, folder, options), top


def stop_server(server: PostgresServer, top: Path) -> None:
    stop = [str(server_binaries() / "pg_ctl"), "-D", str(server.folder), "-m", "fast", "-w", "stop"]
    subprocess.run(_as_server_user(stop), check=False, capture_output=True, timeout=START_TIMEOUT_S)
    shutil.rmtree(top, ignore_errors=True)


@pytest.fixture(scope="session", name="postgres_server")
def postgres_server_fixture() -> Iterator[PostgresServer]:
    server, top = start_server()
    try:
        yield server
    finally:
        stop_server(server, top)


@pytest.fixture(name="postgres_url")
def postgres_url_fixture(postgres_server: PostgresServer) -> Iterator[str]:
    """A new empty database on the test cluster, dropped after the test; its SQLAlchemy URL."""
    name = postgres_server.new_database()
    try:
        yield postgres_server.url(name)
    finally:
        postgres_server.drop_database(name)


def app_rows(url: str) -> dict[str, int] | None:
    """Rows per table of the app in the server's database at `url`, None while it has none of the app's
    tables (read on a connection of its own)."""
    from sqlalchemy import create_engine

    from spaceoptics_desk.store import moving, postgresql

    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return moving.row_counts(connection) if postgresql.holds_app_tables(connection) else None
    finally:
        engine.dispose()


DIALECTS = ["sqlite", "postgresql"]


def both_databases(request: pytest.FixtureRequest, db_path: Path) -> Iterator[Database]:
    """For a module's `database` fixture with params=DIALECTS (or parametrised indirectly, test by test:
    a test without the parameter gets the file): a new, migrated and seeded database file, or the same
    on the test server."""
    if getattr(request, "param", "sqlite") == "postgresql":
        yield from server_database(request)
        return
    database = open_database(str(db_path), create=True)
    try:
        yield database
    finally:
        database.close()


def server_database(request: pytest.FixtureRequest) -> Iterator[Database]:
    """A new database on the test server as the app leaves it after its first opening, dropped after."""
    server: PostgresServer = request.getfixturevalue("postgres_server")
    name = server.new_database(server.shop_template())
    database = open_database(server.url(name))
    try:
        yield database
    finally:
        database.close()
        server.drop_database(name)
