"""Signing in on a PostgreSQL server (issue 14): nothing is unlocked there (the connection opens the
database, the server's disk and TLS are the server's), so a password is checked against the staff
row's argon2id hash (services/server_passwords.py), counted and waited for as a key file's attempts are.
Also the server's first owner, the recovery key, the connection test of the first start, and the
erasure journal every desk keeps of a server database (R32). operations/signing_in.py hands over here
for a server target; the same rules (domain/sign_in.py) hold on both.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from spaceoptics_desk.domain.clock import Clock
from spaceoptics_desk.domain.permissions import Role, keeps_the_staff_list
from spaceoptics_desk.domain.staff import StaffMember
from spaceoptics_desk.errors import QT_TRANSLATE_NOOP, SignInRefused
from spaceoptics_desk.operations.context import Context
from spaceoptics_desk.operations.signing_in import DatabaseState, FirstStart, active_member

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from spaceoptics_desk.store.database import Database, DatabaseAccess

log = logging.getLogger(__name__)


def database_state(target: str) -> DatabaseState:
    """NEW until someone can sign in; the database is opened (and made, when it is empty) to ask it."""
    from spaceoptics_desk.services import server_passwords
    from spaceoptics_desk.store.database import open_database

    database = open_database(target)
    try:
        with database.reading() as session:
            ready = server_passwords.anyone_can_sign_in(session)
    finally:
        database.close()
    return DatabaseState.SIGN_IN if ready else DatabaseState.NEW


def _refuse_while_waiting(session: Session, clock: Clock) -> None:
    from spaceoptics_desk.services import server_passwords

    seconds = server_passwords.seconds_to_wait(session, clock)
    if seconds:
        raise SignInRefused(server_passwords.WAIT_MESSAGE, wait_seconds=seconds, seconds=seconds)


def server_state(target: str) -> DatabaseState:
    """What the server database at `target` is, read without changing anything (the first start's
    connection test): NEW when it is empty or nobody can sign in to it yet, SIGN_IN when it is set up.
    DatabaseUnavailable saying why it cannot be used: unreachable, the password, no such database,
    another application's tables, a newer schema."""
    from sqlalchemy import inspect, text
    from sqlalchemy.exc import DBAPIError

    from spaceoptics_desk.store import errors, migrate, postgresql, sqlite

    url = postgresql.server_url(sqlite.url_for(target))
    shown = sqlite.shown(target)
    if url is None:
        raise errors.unsupported(shown)
    engine = postgresql.server_engine(url)
    try:
        with engine.connect() as connection:
            if not postgresql.holds_app_tables(connection):
                if inspect(connection).get_table_names():
                    raise errors.not_a_database(shown)
                return DatabaseState.NEW
            revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
            if revision not in migrate.known_revisions():
                raise errors.too_new(shown)
            columns = {column["name"] for column in inspect(connection).get_columns("staff_users")}
            if "password_hash" not in columns:
                return DatabaseState.NEW  # a schema from before sign-in on a server: nobody has a password
            ready = connection.execute(
                text("SELECT 1 FROM staff_users WHERE active AND password_hash IS NOT NULL LIMIT 1")
            ).scalar()
            return DatabaseState.SIGN_IN if ready else DatabaseState.NEW
    except DBAPIError as error:
        raise (postgresql.classify(error, shown) or errors.cannot_open(shown)) from error
    finally:
        engine.dispose()


def sign_in(
    target: str, username: str | None, password: str, clock: Clock, trace_wait_ms: int | None
) -> Context:
    from spaceoptics_desk.store.database import open_database

    database = open_database(target)
    try:
        name = check_password(database, username, password, clock)
        _keep_erasures_erased(database, name, clock)
        return Context(database, active_member(database, name), clock, trace_wait_ms)
    except BaseException:
        database.close()
        raise


def _keep_erasures_erased(database: Database, username: str, clock: Clock) -> None:
    """R32 on a server: this desk keeps the database's erasure journal too (a file keeps it beside its
    backups). A server restored from a dump older than an erasure would have the person back: whoever
    signs in first replays the journal, before anyone sees them (recorded in the audit log)."""
    from spaceoptics_desk.services.restore import replay_journal
    from spaceoptics_desk.workstation import locations

    missing = database.keep_journal_in(locations().server_journals)
    if missing:
        erased = replay_journal(database, missing, username, clock)
        log.warning(
            "the server database lacked %d erasure(s) of its journal; %d erased again", len(missing), erased
        )


def check_password(database: DatabaseAccess, username: str | None, password: str, clock: Clock) -> str:
    """Whose password this is on the server's database, counted and waited for as a key file's
    attempts are (services/signing_in.unlock); SignInRefused otherwise."""
    from spaceoptics_desk.services import server_passwords
    from spaceoptics_desk.services.signing_in import WRONG_NAME_OR_PASSWORD

    if not password:
        raise SignInRefused(QT_TRANSLATE_NOOP("errors", "Type your password."))
    with database.reading() as session:
        _refuse_while_waiting(session, clock)
        name = server_passwords.who(session, username, password)
    with database.transaction() as session:
        if name is not None:
            server_passwords.clear_wrong(session)
            return name
        attempts = server_passwords.record_wrong(session, clock.now())
    raise server_passwords.refused(attempts, WRONG_NAME_OR_PASSWORD)


def recover(target: str, recovery_key: str, username: str, new_password: str, clock: Clock) -> Context:
    from spaceoptics_desk.domain.sign_in import normalised_recovery_key
    from spaceoptics_desk.services import server_passwords, staff
    from spaceoptics_desk.services.signing_in import NOT_A_RECOVERY_KEY
    from spaceoptics_desk.store.database import open_database

    typed = normalised_recovery_key(recovery_key)
    if typed is None:
        raise SignInRefused(NOT_A_RECOVERY_KEY)
    database = open_database(target)
    try:
        with database.reading() as session:
            _refuse_while_waiting(session, clock)
            matches = server_passwords.recovery_key_matches(session, typed)
        if not matches:
            with database.transaction() as session:
                attempts = server_passwords.record_wrong(session, clock.now())
            raise server_passwords.refused(
                attempts, QT_TRANSLATE_NOOP("errors", "That recovery key is not right.")
            )
        member = active_member(database, username)
        if not keeps_the_staff_list(member.role):
            raise SignInRefused(
                QT_TRANSLATE_NOOP("errors", "The recovery key sets an owner's password; staff ask the owner.")
            )
        with database.transaction() as session:
            server_passwords.clear_wrong(session)
            user = staff.acting_user(session, username)
            staff.record_password_set(session, user, clock, user, "recovery_key")
            server_passwords.set_password(session, user, new_password)
        return Context(database, member, clock, 0)
    except BaseException:
        database.close()
        raise


def first_owner(target: str, username: str, display_name: str, password: str, clock: Clock) -> FirstStart:
    from spaceoptics_desk.services import server_passwords, signing_in, staff
    from spaceoptics_desk.store import postgresql
    from spaceoptics_desk.store.database import open_database

    signing_in.checked_new_password(password)
    recovery_key = signing_in.new_recovery_key()
    database = open_database(target)
    try:
        with database.transaction() as session:
            # Two desks at their first start at once: one makes the owner, the other is told to sign in.
            postgresql.lock_until_commit(session.connection(), "first owner")
            if server_passwords.anyone_can_sign_in(session):
                raise _first_start_done_elsewhere()
            owner = staff.ensure_staff(session, username, display_name.strip(), Role.OWNER)
            if not keeps_the_staff_list(owner.role) or not owner.active:
                raise _first_start_done_elsewhere()  # a moved database's staff member, not its owner
            staff.record_password_set(session, owner, clock, owner, "first")
            server_passwords.set_password(session, owner, password)
            server_passwords.set_recovery_key(session, recovery_key)
        _keep_erasures_erased(database, username, clock)
        member = StaffMember(username, display_name.strip(), Role.OWNER)
        return FirstStart(Context(database, member, clock), recovery_key)
    except BaseException:
        database.close()
        raise


def _first_start_done_elsewhere() -> Exception:
    from spaceoptics_desk.services.errors import Conflict

    return Conflict(
        QT_TRANSLATE_NOOP("errors", "This database has its staff already: sign in with your own password.")
    )
