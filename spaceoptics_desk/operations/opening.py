"""How the command line gets at the database without importing the store: open it for one command,
name who acts (`--by`), pay what an earlier erasure left to clean up (R31), and the live database's place
for a restore (opened only once the restore is in place).

Not doors: nothing here is a user action; the operations a command then calls are.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING

from spaceoptics_desk.domain.clock import Clock
from spaceoptics_desk.domain.permissions import Action, Role
from spaceoptics_desk.domain.staff import StaffMember
from spaceoptics_desk.operations.context import Context

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session

    from spaceoptics_desk.store.cipher import DatabaseKey
    from spaceoptics_desk.store.database import Database, DatabaseAccess
    from spaceoptics_desk.store.desk_writes import WriteMarks

# Whoever runs a command without `--by`, or the app before the staff picker has been answered: may take
# what every staff member may (read, search, list the staff) and nothing more. Every write looks the
# staff row up by name (Context.acting) and there is none by this name, so it writes nothing.
UNNAMED = StaffMember(username="", display_name="", role=Role.STAFF)


@contextmanager
def opened(target: str, *, create: bool = False, key: DatabaseKey | None = None) -> Iterator[Database]:
    """The database at `target` (a path or URL) for one command, closed afterwards (encrypted with `key`;
    None: a plain file).

    A clean-up of erased data's traces left pending (R31) is finished first, without waiting: a reader
    that held it up may have gone since. Another program writing now (locked, busy): it stays pending
    for the next command, and this one goes on (a reading command must not wait for a long write).
    """
    from sqlalchemy.exc import OperationalError

    from spaceoptics_desk.services import trace_cleanup
    from spaceoptics_desk.store.database import open_database
    from spaceoptics_desk.store.errors import DatabaseBusy

    database = open_database(target, create=create, key=key)
    try:
        with suppress(OperationalError, DatabaseBusy):
            trace_cleanup.finish_pending(database, wait_ms=0)
        yield database
    finally:
        database.close()


@contextmanager
def command_context(
    target: str,
    username: str | None,
    clock: Clock,
    *,
    create: bool = False,
    owner_by_default: Action | None = None,
    trace_wait_ms: int | None = None,
    key: DatabaseKey | None = None,
) -> Iterator[Context]:
    """The database at `target` for one command (see `opened`), with the active staff member named
    `username` (NotFound when there is none). Without a name: when `owner_by_default` names an action
    (a command the owner's scheduled job runs, such as the newsletter list), the longest-serving staff
    member who may take it; else UNNAMED. `trace_wait_ms`: how long this command's own erasure waits
    for another program's reader (None: the busy timeout)."""
    with opened(target, create=create, key=key) as database:
        context = Context(database, UNNAMED, clock, trace_wait_ms)
        staff = _staff_member(context, username, owner_by_default)
        yield context if staff is None else context.as_staff(staff)


def _staff_member(context: Context, username: str | None, by_default: Action | None) -> StaffMember | None:
    from spaceoptics_desk.services.staff import acting_user, first_allowed

    with context.database.reading() as session:
        if username is not None:
            user = acting_user(session, username)
        elif by_default is not None:
            found = first_allowed(session, by_default)
            if found is None:
                return None
            user = found
        else:
            return None
        return StaffMember(user.username, user.display_name, user.role)


def staff_member(database: DatabaseAccess, username: str) -> StaffMember:
    """The active staff member with this user name (NotFound otherwise): who a command's `--by` names."""
    from spaceoptics_desk.services.staff import acting_user

    with database.reading() as session:
        user = acting_user(session, username)
        return StaffMember(user.username, user.display_name, user.role)


def restoring_staff(target: str, username: str | None, key: DatabaseKey | None = None) -> StaffMember:
    """Who restores into the database at `target`: the named staff member, or the owner when nobody is
    named, as the live database knows them (opened and closed again before the restore begins).

    A live database that is missing or damaged cannot say: the named person is taken as the owner they
    claim to be for now, and the restore checks their row in the backup's copy before anything takes
    the live file's place (operations/backups.py makes every transaction of it its own)."""
    from spaceoptics_desk.services.staff import first_allowed
    from spaceoptics_desk.store import errors, sqlite
    from spaceoptics_desk.store.database import open_database

    file = sqlite.file_of(sqlite.url_for(target))
    try:
        if file is not None and not file.exists():
            raise errors.missing(str(file))
        live = open_database(target, key=key)
    except errors.DatabaseUnavailable:
        if file is None:
            raise
        if not username:
            raise _name_who_restores() from None
        return StaffMember(username, username, Role.OWNER)
    try:
        if username:
            return staff_member(live, username)
        with live.reading() as session:
            owner = first_allowed(session, Action.RESTORE)
            if owner is None:
                raise _name_who_restores()
            return StaffMember(owner.username, owner.display_name, owner.role)
    finally:
        live.close()


def _name_who_restores() -> Exception:
    from spaceoptics_desk.errors import QT_TRANSLATE_NOOP
    from spaceoptics_desk.services.errors import InvalidInput

    return InvalidInput(QT_TRANSLATE_NOOP("errors", "Name the staff member who restores (--by)."))


class DatabaseAt:
    """The database at a place, opened when first used and closed by `close` (a restore must not have
    the live database open while it replaces its contents). `key`: what it is encrypted with."""

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
