"""Signing in: the door before every other door. A password opens the person's key slot, the key opens
the database, and the staff row says who is at the desk (issue 12, AVG 32). Also the first start (a new
database and its first owner), the one-time encryption of a database from before, the recovery key, and
the check behind the lock screen and "switch staff".

On a server (issue 14) nothing is unlocked: each of these hands over to operations/server_sign_in.py.

Not doors in the permission table: nobody is signed in yet. Each returns a Context whose database is
open; the caller closes it (`context.database.close()`, or `signed_in_context` for a command).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from spaceoptics_desk.domain.clock import Clock
from spaceoptics_desk.domain.permissions import Role, keeps_the_staff_list
from spaceoptics_desk.domain.staff import StaffMember
from spaceoptics_desk.operations.context import Context

if TYPE_CHECKING:
    from spaceoptics_desk.store.cipher import DatabaseKey
    from spaceoptics_desk.store.database import DatabaseAccess


class DatabaseState(StrEnum):
    """What the first window asks for."""

    NEW = "new"  # no database yet: make it and its first owner
    PLAIN = "plain"  # a database from before issue 12: encrypt it once, after a backup copy
    SIGN_IN = "sign_in"  # an encrypted file, or a server whose staff have passwords


@dataclass(frozen=True)
class FirstStart:
    """A database just made or just encrypted. Attributes:
    context: its first owner, signed in.
    recovery_key: shown once, to print and keep; never stored in readable form.
    plain_copy: for an encrypted database from before: the backup copy taken first (still readable:
        the owner is told to keep it safe or remove it).
    """

    context: Context
    recovery_key: str = field(repr=False)
    plain_copy: Path | None = None


def database_state(target: str) -> DatabaseState:
    """Which it is, read before anything opens the file (DESIGN: no other handle on a file SQLite holds).
    A server database is opened (and made, when it is empty) to ask it: NEW until someone can sign in."""
    from spaceoptics_desk.store import backup_files, cipher, errors, key_slots

    if is_server(target):
        from spaceoptics_desk.operations import server_sign_in

        return server_sign_in.database_state(target)
    file = _file(target)
    if not file.exists() or (file.is_file() and file.stat().st_size == 0):
        if key_slots.exists(file) and backup_files.existing(file):
            # Moved, deleted, a share not mounted: a new key would make every backup unreadable.
            raise errors.missing_with_backups(str(file), str(key_slots.key_file_copy(file).parent))
        # Nothing to lose: a first start (a key file a killed first start left is replaced).
        return DatabaseState.NEW
    if not cipher.is_encrypted_file(file):
        return DatabaseState.PLAIN
    if key_slots.exists(file) or key_slots.key_file_copy(file).exists():
        return DatabaseState.SIGN_IN  # a missing key file with a copy: sign-in says where the copy is
    # No SQLite header and no key file anywhere: some other program's file, left untouched.
    raise errors.not_a_database(str(file))


def sign_in(
    target: str, username: str | None, password: str, clock: Clock, *, trace_wait_ms: int | None = 0
) -> Context:
    """The person whose password this is, at the open database. SignInRefused when it is not their
    password, or when they are no longer on the staff (the same message: nothing is told about who is).
    `username` None: the password alone says who (the command line without --by)."""
    from spaceoptics_desk.services import signing_in

    if is_server(target):
        from spaceoptics_desk.operations import server_sign_in

        return server_sign_in.sign_in(target, username, password, clock, trace_wait_ms)
    unlocked = signing_in.unlock(_file(target), username, password, clock)
    assert unlocked.username is not None
    return _open_as(target, _database_key(unlocked.key), unlocked.username, clock, trace_wait_ms)


def sign_in_with_recovery_key(
    target: str, recovery_key: str, username: str, new_password: str, clock: Clock
) -> Context:
    """An owner who forgot their password: the recovery key opens the database and gives them a new
    password (recorded in the audit log). Only an owner's: staff ask the owner."""
    from spaceoptics_desk.services import signing_in, staff

    signing_in.checked_new_password(new_password)
    if is_server(target):
        from spaceoptics_desk.operations import server_sign_in

        return server_sign_in.recover(target, recovery_key, username, new_password, clock)
    file = _file(target)
    unlocked = signing_in.unlock_with_recovery_key(file, recovery_key, clock)
    key = _database_key(unlocked.key)
    context = _open_as(target, key, username, clock, 0)
    try:
        if not keeps_the_staff_list(context.staff.role):
            from spaceoptics_desk.errors import QT_TRANSLATE_NOOP, SignInRefused

            raise SignInRefused(
                QT_TRANSLATE_NOOP("errors", "The recovery key sets an owner's password; staff ask the owner.")
            )
        with context.database.transaction() as session:
            user = staff.acting_user(session, username)
            staff.record_password_set(session, user, clock, user, "recovery_key")
            signing_in.set_password(file, key.raw, username, new_password)
        return context
    except BaseException:
        context.database.close()
        raise


def create_database(target: str, username: str, display_name: str, password: str, clock: Clock) -> FirstStart:
    """A new, empty, encrypted database with its first owner, who is signed in; and the recovery key.
    On a server: its first owner in the (new or empty) database there."""
    from spaceoptics_desk.services import signing_in, staff
    from spaceoptics_desk.services.errors import InvalidInput
    from spaceoptics_desk.store import database_files
    from spaceoptics_desk.store.cipher import DatabaseKey
    from spaceoptics_desk.store.database import open_database

    _check_first_owner(username, display_name)
    if is_server(target):
        from spaceoptics_desk.operations import server_sign_in

        return server_sign_in.first_owner(target, username, display_name, password, clock)
    file = _file(target)
    if database_state(target) is not DatabaseState.NEW:
        from spaceoptics_desk.errors import QT_TRANSLATE_NOOP

        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "There is a database at {path} already."), path=str(file)
        )
    key = DatabaseKey.new()
    # The key file first: a kill after it leaves a key file without a database, which the next first
    # start replaces; the other way round would leave a database nobody can open. The database is made
    # beside its place and put there once its owner is in it: a kill before leaves no database (not
    # one without an owner, which nobody could sign in to).
    database_files.remove_creating(file)
    recovery_key = signing_in.new_key_file(file, key.raw, username, password)
    created = open_database(str(database_files.creating_path(file)), create=True, key=key)
    try:
        with created.transaction() as session:
            owner = staff.ensure_staff(session, username, display_name.strip(), Role.OWNER)
            staff.record_password_set(session, owner, clock, owner, "first")
    finally:
        created.close()
    if file.is_file() and file.stat().st_size == 0:
        file.unlink()  # an empty file in its place (made by hand, or by a version before this one)
    database_files.place_created(file)
    database = open_database(target, key=key)
    member = StaffMember(username, display_name.strip(), Role.OWNER)
    return FirstStart(Context(database, member, clock), recovery_key)


def encrypt_database(target: str, username: str, password: str, clock: Clock) -> FirstStart:
    """The one-time conversion of a database from before issue 12: `username` (an active owner in it)
    gets the first password; a plain backup copy is taken first; a kill at any moment leaves the plain
    database whole (store/encrypting.py). The other staff get passwords from the owner afterwards."""
    from spaceoptics_desk.private_files import held_exclusively
    from spaceoptics_desk.services import signing_in, staff
    from spaceoptics_desk.store.cipher import DatabaseKey
    from spaceoptics_desk.store.database import open_database
    from spaceoptics_desk.store.encrypting import convert_to_encrypted

    file = _file(target)
    signing_in.checked_new_password(password)
    if database_state(target) is not DatabaseState.PLAIN:
        raise _encrypted_meanwhile()
    plain = open_database(target)
    try:
        with plain.reading() as session:
            owner = staff.acting_user(session, username)
            if not keeps_the_staff_list(owner.role):
                from spaceoptics_desk.errors import QT_TRANSLATE_NOOP
                from spaceoptics_desk.services.errors import NotAllowed

                raise NotAllowed(QT_TRANSLATE_NOOP("errors", "Only an owner can encrypt the database."))
    finally:
        plain.close()
    key = DatabaseKey.new()
    # Two desks encrypting at once would each write a key file, and the database would end up with the
    # other's: from the key file to the rename, one desk only (the lock goes with a killed process).
    with held_exclusively(file.with_name(file.name + ".encrypting.lock")) as alone:
        if not alone or database_state(target) is not DatabaseState.PLAIN:
            raise _encrypted_meanwhile()
        recovery_key = signing_in.new_key_file(file, key.raw, username, password)
        plain_copy = convert_to_encrypted(file, key)
    context = _open_as(target, key, username, clock, 0)
    try:
        with context.database.transaction() as session:
            user = staff.acting_user(session, username)
            staff.record_password_set(session, user, clock, user, "first")
        return FirstStart(context, recovery_key, plain_copy)
    except BaseException:
        context.database.close()
        raise


def _encrypted_meanwhile() -> Exception:
    from spaceoptics_desk.errors import QT_TRANSLATE_NOOP
    from spaceoptics_desk.services.errors import Conflict

    return Conflict(
        QT_TRANSLATE_NOOP(
            "errors", "Another desk is encrypting this database or has just done so: sign in there."
        )
    )


def owners_to_encrypt(target: str) -> list[StaffMember]:
    """The active owners of a database from before issue 12 (PLAIN), one of whom the encryption screen
    asks to choose; the database is opened plain for this and closed again."""
    from spaceoptics_desk.domain.permissions import owners
    from spaceoptics_desk.services import staff
    from spaceoptics_desk.store.database import open_database

    plain = open_database(target)
    try:
        with plain.reading() as session:
            return owners(staff.list_staff(session))
    finally:
        plain.close()


def confirm_password(context: Context, username: str, password: str) -> StaffMember:
    """Who signs in at a locked desk (or takes it over): their password must open their slot and give
    this database's key. The database stays open; the desk then works as the member returned."""
    from spaceoptics_desk.errors import SignInRefused
    from spaceoptics_desk.services import signing_in
    from spaceoptics_desk.services.signing_in import WRONG_NAME_OR_PASSWORD

    file = context.database.file
    if file is None:
        from spaceoptics_desk.operations import server_sign_in

        server_sign_in.check_password(context.database, username, password, context.clock)
        return active_member(context.database, username)
    unlocked = signing_in.unlock(file, username, password, context.clock)
    if context.database.key is None or _database_key(unlocked.key) != context.database.key:
        raise SignInRefused(WRONG_NAME_OR_PASSWORD)
    return active_member(context.database, username)


@contextmanager
def signed_in_context(context: Context) -> Iterator[Context]:
    """A signed-in context for one command, its database closed when the block ends."""
    try:
        yield context
    finally:
        context.database.close()


def _open_as(
    target: str, key: DatabaseKey, username: str, clock: Clock, trace_wait_ms: int | None
) -> Context:
    from spaceoptics_desk.store.database import open_database

    database = open_database(target, key=key)
    try:
        return Context(database, active_member(database, username), clock, trace_wait_ms)
    except BaseException:
        database.close()
        raise


def active_member(database: DatabaseAccess, username: str) -> StaffMember:
    """The staff member, refused as a wrong password when their row is no longer active (a slot left
    by a kill between a deactivation's slot removal and its commit never lets anyone in)."""
    from spaceoptics_desk.errors import SignInRefused
    from spaceoptics_desk.services.errors import NotFound
    from spaceoptics_desk.services.signing_in import WRONG_NAME_OR_PASSWORD
    from spaceoptics_desk.services.staff import acting_user

    with database.reading() as session:
        try:
            user = acting_user(session, username)
        except NotFound:
            raise SignInRefused(WRONG_NAME_OR_PASSWORD) from None
        return StaffMember(user.username, user.display_name, user.role)


def _database_key(raw: bytes) -> DatabaseKey:
    from spaceoptics_desk.store.cipher import DatabaseKey

    return DatabaseKey(raw)


def _check_first_owner(username: str, display_name: str) -> None:
    from spaceoptics_desk.domain.staff import display_name_problem, username_problem
    from spaceoptics_desk.services.errors import InvalidInput

    for problem in (username_problem(username), display_name_problem(display_name)):
        if problem is not None:
            raise InvalidInput(problem)


def is_server(target: str) -> bool:
    """Whether `target` names a PostgreSQL server's database (else a SQLite file)."""
    from spaceoptics_desk.store import postgresql, sqlite

    url = sqlite.url_for(target)
    return sqlite.file_of(url) is None and postgresql.server_url(url) is not None


def _file(target: str) -> Path:
    """The database file, whose key file holds the slots (a server has neither: is_server)."""
    from spaceoptics_desk.store import errors, sqlite

    file = sqlite.file_of(sqlite.url_for(target))
    if file is None:
        raise errors.unsupported(sqlite.shown(target))  # never the password
    return file
