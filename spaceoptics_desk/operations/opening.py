"""How the command line gets at the database without importing the store: sign in and open it for one
command, pay what an earlier erasure left to clean up (R31), and the live database's place for a restore
(opened only once the restore is in place).

Not doors: nothing here is a user action; the operations a command then calls are.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING

from spaceoptics_desk.domain.clock import Clock
from spaceoptics_desk.domain.permissions import Role
from spaceoptics_desk.domain.staff import StaffMember
from spaceoptics_desk.operations.context import Context

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session

    from spaceoptics_desk.store.cipher import DatabaseKey
    from spaceoptics_desk.store.database import Database, DatabaseAccess
    from spaceoptics_desk.store.desk_writes import WriteMarks

# The app before the staff picker has been answered (the command line always signs in): may take what
# every staff member may (read, search, list the staff) and nothing more. Every write looks the
# staff row up by name (Context.acting) and there is none by this name, so it writes nothing.
UNNAMED = StaffMember(username="", display_name="", role=Role.STAFF)


@contextmanager
def command_context(
    target: str,
    username: str | None,
    password: str | Callable[[], str],
    clock: Clock,
    *,
    trace_wait_ms: int | None = None,
) -> Iterator[Context]:
    """The database at `target` for one command, signed in as the staff member whose password this is
    (`username` None: the password says who; SignInRefused otherwise), closed afterwards. `password`:
    the text, or how to get it (a prompt is shown only once the database is known to need it).
    `trace_wait_ms`: how long this command's own erasure waits for another program's reader (None: the
    busy timeout).

    A database that is not there, or not encrypted yet, is refused before a password is tried: the
    one-time encryption is its own step (`encrypt`, or the app's first start).

    A clean-up of erased data's traces left pending (R31) is finished first, without waiting: a reader
    that held it up may have gone since. Another program writing now (locked, busy): it stays pending
    for the next command, and this one goes on (a reading command must not wait for a long write).
    """
    from sqlalchemy.exc import OperationalError

    from spaceoptics_desk.operations.signing_in import sign_in, signed_in_context
    from spaceoptics_desk.services import trace_cleanup
    from spaceoptics_desk.store.errors import DatabaseBusy

    refuse_unless_encrypted(target)
    typed = password if isinstance(password, str) else password()
    with signed_in_context(sign_in(target, username, typed, clock, trace_wait_ms=trace_wait_ms)) as context:
        with suppress(OperationalError, DatabaseBusy):
            trace_cleanup.finish_pending(context.database, wait_ms=0)
        yield context


def refuse_unless_encrypted(target: str) -> None:
    """DatabaseUnavailable for a database that is not there, or from before issue 12 (not encrypted:
    nobody can sign in to it until its owner encrypts it once)."""
    from spaceoptics_desk.errors import QT_TRANSLATE_NOOP
    from spaceoptics_desk.operations.signing_in import DatabaseState, database_state
    from spaceoptics_desk.store import errors, sqlite

    state = database_state(target)
    file = sqlite.file_of(sqlite.url_for(target))
    if state is DatabaseState.NEW and file is None:
        raise errors.DatabaseUnavailable(
            QT_TRANSLATE_NOOP(
                "errors",
                "Nobody can sign in to the database {location} yet: its owner makes it ready once, with "
                "the app's first start or `spaceoptics-desk move-to-server`.",
            ),
            location=sqlite.shown(target),
        )
    if state is DatabaseState.NEW:
        raise errors.missing(str(file))
    if state is DatabaseState.PLAIN:
        raise errors.DatabaseUnavailable(
            QT_TRANSLATE_NOOP(
                "errors",
                "The database {path} is not encrypted yet, so nobody can sign in to it: its owner "
                "encrypts it once with `spaceoptics-desk encrypt --by OWNER` or by opening it in the app.",
            ),
            path=str(file),
        )


def refuse_unless_plain(target: str) -> None:
    """Before the one-time encryption: DatabaseUnavailable when there is no database, InvalidInput
    when it is encrypted already."""
    from spaceoptics_desk.errors import QT_TRANSLATE_NOOP
    from spaceoptics_desk.operations.signing_in import DatabaseState, database_state
    from spaceoptics_desk.services.errors import InvalidInput
    from spaceoptics_desk.store import errors, sqlite

    state = database_state(target)
    file = sqlite.file_of(sqlite.url_for(target))
    if state is DatabaseState.NEW:
        raise errors.missing(str(file))
    if state is DatabaseState.SIGN_IN:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "The database {path} is encrypted already."), path=str(file)
        )


@contextmanager
def restoring_context(
    target: str,
    username: str | None,
    password: str | Callable[[], str],
    clock: Clock,
    *,
    trace_wait_ms: int | None = None,
) -> Iterator[Context]:
    """Who restores into the database at `target`, signed in by the database's key file (which stays
    beside it, and has its copy in backups/, when the database itself is damaged or gone), with the
    live database's place (`DatabaseAt`: opened only once the restore is in place).

    Their role is the one the live database gives them; a live database that is missing or damaged
    cannot say, so whoever the password proves is taken as the owner they claim to be for now, and the
    restore checks their row in the backup's copy before anything takes the live file's place
    (operations/backups.py makes every transaction of it its own). `password` as for command_context."""
    from spaceoptics_desk.operations.signing_in import DatabaseState, active_member, database_state
    from spaceoptics_desk.services import signing_in
    from spaceoptics_desk.store import errors, sqlite
    from spaceoptics_desk.store.cipher import DatabaseKey
    from spaceoptics_desk.store.database import open_database

    file = sqlite.file_of(sqlite.url_for(target))
    if file is None:
        raise errors.backups_on_the_server(sqlite.shown(target))  # never the password
    try:
        state: DatabaseState | None = database_state(target)
    except errors.DatabaseUnavailable:
        state = None  # gone or not ours: what a restore is for
    if state is DatabaseState.PLAIN:
        refuse_unless_encrypted(target)
    typed = password if isinstance(password, str) else password()
    unlocked = signing_in.unlock(file, username, typed, clock)
    assert unlocked.username is not None  # a person's slot opened, not the recovery key's
    key = DatabaseKey(unlocked.key)
    try:
        live = open_database(target, key=key)
    except errors.DatabaseUnavailable:
        staff = StaffMember(unlocked.username, unlocked.username, Role.OWNER)
    else:
        try:
            staff = active_member(live, unlocked.username)
        finally:
            live.close()
    with database_at(target, key) as place:
        yield Context(place, staff, clock, trace_wait_ms)


class DatabaseAt:
    """The database at a place, opened when first used and closed by `close` (a restore must not have
    the live database open while it replaces its contents). `key`: the encrypted database's (None for
    a plain one: a test's)."""

    def __init__(self, target: str, key: DatabaseKey | None = None) -> None:
        self._target = target
        self._key = key
        self._database: Database | None = None

    def _open(self) -> Database:
        if self._database is None:
            from spaceoptics_desk.store.database import open_database

            self._database = open_database(self._target, key=self._key)
        return self._database

    @property
    def key(self) -> DatabaseKey | None:
        return self._key

    @property
    def location(self) -> str:
        return self._target if self._database is None else self._database.location

    @property
    def file(self) -> Path | None:
        from spaceoptics_desk.store import sqlite

        return sqlite.file_of(sqlite.url_for(self._target))

    @property
    def engine(self) -> Engine:
        return self._open().engine

    def reading(self) -> AbstractContextManager[Session]:
        return self._open().reading()

    def transaction(self) -> AbstractContextManager[Session]:
        return self._open().transaction()

    def pinned(self) -> AbstractContextManager[DatabaseAccess]:
        return self._open().pinned()

    def others_marks(self) -> WriteMarks:
        return self._open().others_marks()

    def close(self) -> None:
        if self._database is not None:
            self._database.close()
            self._database = None


@contextmanager
def database_at(target: str, key: DatabaseKey | None = None) -> Iterator[DatabaseAt]:
    """`DatabaseAt(target, key)`, closed when the block ends."""
    database = DatabaseAt(target, key)
    try:
        yield database
    finally:
        database.close()
