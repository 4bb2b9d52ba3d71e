"""Fixtures for every test: a private home folder, a real SQLite file per test, a frozen clock."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from spaceoptics_desk.domain.clock import FixedClock
from spaceoptics_desk.logfile import close_logging
from spaceoptics_desk.store.cipher import DatabaseKey
from spaceoptics_desk.store.database import Database, open_database
from spaceoptics_desk.workstation import HOME_ENV
from tests.postgres_server import postgres_server_fixture, postgres_url_fixture, server_database

__all__ = ["postgres_server_fixture", "postgres_url_fixture"]  # issue 14: the test server, for every test

TEST_DATABASE_ENV = "SPACEOPTICS_TEST_DATABASE"

# A Wednesday in November, mid-morning in Maurik (09:30 UTC = 10:30 CET).
NOW = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)


@pytest.fixture(autouse=True)
def private_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Nothing a test does may touch the real user folders (qutebrowser checks the same)."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv(HOME_ENV, str(home / "spaceoptics"))
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local/share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    yield home
    close_logging()


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(NOW)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "shop.db"


@pytest.fixture
def database_key() -> DatabaseKey | None:
    """The key of the `database` fixture's file: None, a plain file, unless a test module overrides it
    (`encrypted_or_plain`) where encryption matters: backups, restore, the R31 traces, failures."""
    return None


def encrypted_or_plain(request: pytest.FixtureRequest) -> DatabaseKey | None:
    """For a module's `database_key` fixture with params=KEYS: every test runs on both kinds of file."""
    return DatabaseKey.new() if request.param == "encrypted" else None


KEYS = ["plain", "encrypted"]


@pytest.fixture
def database(
    request: pytest.FixtureRequest, db_path: Path, database_key: DatabaseKey | None
) -> Iterator[Database]:
    """A new, migrated and seeded database file (reference data only, no customers), encrypted with
    `database_key` when there is one; on the test server with SPACEOPTICS_TEST_DATABASE=postgresql
    (issue 14: tests/postgres_server.py)."""
    on_the_server = os.environ.get(TEST_DATABASE_ENV) == "postgresql"
    if on_the_server and database_key is None and request.node.get_closest_marker("file_only") is None:
        yield from server_database(request)
        return
    db = open_database(str(db_path), create=True, key=database_key)
    yield db
    db.close()


@pytest.fixture
def shared_dir() -> Iterator[Path]:
    """A folder outside pytest's private (0700) temp root, so `nobody` can reach it (unprivileged.py)."""
    with tempfile.TemporaryDirectory(prefix="spaceoptics-ro-") as name:
        folder = Path(name)
        folder.chmod(0o755)
        yield folder


@pytest.fixture(autouse=True)
def quick_key_slots(monkeypatch: pytest.MonkeyPatch) -> None:
    """Key slots made in tests cost 256 KiB and one pass instead of 64 MiB and two: the slot stores its
    cost, so opening it takes the same code path; make bench measures sign-in at the real cost."""
    from spaceoptics_desk.store import key_slots

    monkeypatch.setattr(key_slots, "DEFAULT_COST", key_slots.KdfCost(memory_kib=256, passes=1, lanes=1))
