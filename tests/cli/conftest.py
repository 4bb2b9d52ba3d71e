"""Runs the command line in-process, as a user would type it, capturing what they would see; signed in
with the demo passwords (README "Demo passwords")."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from spaceoptics_desk.cli.main import main
from spaceoptics_desk.cli.passwords import PASSWORD_ENV
from spaceoptics_desk.domain.clock import FixedClock
from spaceoptics_desk.operations.demo import DEMO_OWNER_PASSWORD, DEMO_STAFF_PASSWORD
from spaceoptics_desk.operations.signing_in import sign_in, signed_in_context
from spaceoptics_desk.private_files import private_folder
from spaceoptics_desk.store import key_slots
from spaceoptics_desk.store.cipher import DatabaseKey
from spaceoptics_desk.store.database import DatabaseAccess
from tests.conftest import NOW

# Who `--by` names, and the password they sign in with.
DEMO_PASSWORDS = {"owner": DEMO_OWNER_PASSWORD, "staff": DEMO_STAFF_PASSWORD}
# `run(..., password=AS_BY)`: the demo password of whoever `--by` names, the owner's without --by.
AS_BY = "\0as --by"


@dataclass(frozen=True)
class Outcome:
    code: int
    out: str
    err: str


Run = Callable[..., Outcome]


@pytest.fixture(autouse=True)
def owner_signs_in(monkeypatch: pytest.MonkeyPatch) -> None:
    """A command without --by signs in with the demo owner's password (as a scheduled job would)."""
    monkeypatch.setenv(PASSWORD_ENV, DEMO_OWNER_PASSWORD)


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Run:
    """`run(*argv)`: the command as typed, signed in with the demo password of the person `--by` names
    (the owner's without --by; someone else's: the owner's, which is not theirs). `password=` gives
    another one; None leaves SPACEOPTICS_DESK_PASSWORD as the test set it."""

    def _run(*argv: str, password: str | None = AS_BY) -> Outcome:
        by = argv[argv.index("--by") + 1] if "--by" in argv[:-1] else "owner"
        typed = DEMO_PASSWORDS.get(by, DEMO_OWNER_PASSWORD) if password == AS_BY else password
        if typed is not None:
            monkeypatch.setenv(PASSWORD_ENV, typed)
        try:
            code = main(list(argv))
        except SystemExit as stop:  # argparse's --help and usage errors
            code = stop.code if isinstance(stop.code, int) else 1
        captured = capsys.readouterr()
        return Outcome(code, captured.out, captured.err)

    return _run


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One 300-customer demo database for the session; tests copy it so none sees another's changes."""
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    with pytest.MonkeyPatch.context() as patch:  # cheap key slots, as tests/conftest.py quick_key_slots
        patch.setattr(key_slots, "DEFAULT_COST", key_slots.KdfCost(memory_kib=256, passes=1, lanes=1))
        argv = ["--db", str(path), "demo", "--customers", "300", "--seed", "11", "--as-of", "2026-11-20"]
        assert main(argv) == 0
    return path


def copy_database(source: Path, target: Path) -> Path:
    """The database with its key file (`<db>.keys`) and the key file's copy beside the backups: what a
    user copying a database to another place takes with it."""
    target.write_bytes(source.read_bytes())
    return copy_key_files(source, target)


def copy_key_files(source: Path, target: Path) -> Path:
    """The key file of the database `source`, and its copy, for the database `target`."""
    shutil.copyfile(key_slots.key_file(source), key_slots.key_file(target))
    copy = key_slots.key_file_copy(target)
    private_folder(copy.parent)
    shutil.copyfile(key_slots.key_file_copy(source), copy)
    for file in (target, key_slots.key_file(target), copy):
        file.chmod(0o600)
    return target


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Path:
    return copy_database(demo_template, tmp_path / "demo.db")


@contextmanager
def unlocked_database(db: Path) -> Iterator[DatabaseAccess]:
    """The encrypted demo database, opened with the demo owner's password, closed when the block ends."""
    context = sign_in(str(db), "owner", DEMO_OWNER_PASSWORD, FixedClock(NOW))
    with signed_in_context(context):
        yield context.database


@contextmanager
def raw_connection(db: Path) -> Iterator[Any]:
    """A DB-API connection to the encrypted database, opened with its key as its owner can (for a test
    that looks at or changes rows behind the app's back); committed when the block ends."""
    with unlocked_database(db) as database:
        connection = database.engine.raw_connection()
        try:
            yield connection
            connection.commit()
        finally:
            connection.close()


def demo_key(db: Path) -> DatabaseKey:
    """The demo database's key, as the demo owner's password unwraps it (for another process that
    opens the file behind the app's back)."""
    from spaceoptics_desk.services.signing_in import unlock

    return DatabaseKey(unlock(db, "owner", DEMO_OWNER_PASSWORD, FixedClock(NOW)).key)
