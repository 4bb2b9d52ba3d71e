"""Moving a SQLite database to a PostgreSQL server in one step (issue 14): a dry run that counts the
rows per table and says whether the server's database can take them, and the move itself, which copies
every row in one server transaction, checks that the counts match before it commits, and leaves the file
as it was (it stays the copy from before: the desks are pointed at the server afterwards).

Passwords do not move: a key slot opens a key, it holds no password to hash. The owner who moves gives
theirs (the one they signed in with), so they can sign in on the server at once; the other staff get a
password from them there (`staff set USER --reset-password`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spaceoptics_desk.domain.permissions import Action
from spaceoptics_desk.errors import QT_TRANSLATE_NOOP
from spaceoptics_desk.operations.changes import Outcome
from spaceoptics_desk.operations.context import Context, operation

if TYPE_CHECKING:
    from sqlalchemy import Connection
    from sqlalchemy.orm import Session

Progress = Callable[[str, int, int], None]  # table, rows copied so far, rows in it


@dataclass(frozen=True)
class MoveReport:
    """Attributes:
    rows: per table, the rows of the file (and, once moved, of the server: the same).
    moved: False for a dry run.
    server_had_schema: whether the server's database had this app's tables before (a dry run
        makes none; the move does).
    without_password: the active staff who cannot sign in on the server until the owner sets one.
    """

    rows: dict[str, int]
    moved: bool
    server_had_schema: bool
    without_password: list[str]


@operation(Action.MOVE_DATABASE)
def move_to_server(
    context: Context, server: str, password: str, *, dry_run: bool = False, progress: Progress | None = None
) -> Outcome[MoveReport]:
    """Every row of this database file into the empty database at `server` (a postgresql:// URL);
    `password`: the moving owner's, checked, and their password on the server."""
    from spaceoptics_desk.operations.signing_in import confirm_password, is_server
    from spaceoptics_desk.services.errors import InvalidInput
    from spaceoptics_desk.store import moving

    if context.database.file is None:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "This database is on a server already."))
    if not is_server(server):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "Give the server's database as postgresql://USER@HOST/DATABASE.")
        )
    confirm_password(context, context.staff.username, password)
    had_schema = _check_server_is_empty(server)
    # The file's write lock for as long as the copy takes: no desk changes it half-way (they wait, as
    # for any long write), and what is copied is one moment of it. Nothing is written to the file.
    with context.acting(Action.MOVE_DATABASE) as act:
        source = act.session.connection()
        rows = moving.row_counts(source)
        staff = _staff_without_hash(act.session, context.staff.username)
        if dry_run:
            return Outcome(MoveReport(rows, False, had_schema, staff))
        _copy_into(server, context, source, rows, password, progress)
    return Outcome(MoveReport(rows, True, had_schema, staff))


def _check_server_is_empty(server: str) -> bool:
    """Whether the server's database has this app's tables; Conflict when they hold a shop's data.
    Reads only: a dry run changes nothing on the server either."""
    from sqlalchemy.exc import DBAPIError

    from spaceoptics_desk.services.errors import Conflict
    from spaceoptics_desk.store import errors, moving, postgresql, sqlite

    url = postgresql.server_url(sqlite.url_for(server))
    assert url is not None
    engine = postgresql.server_engine(url)
    try:
        with engine.connect() as connection:
            had_schema = postgresql.holds_app_tables(connection)
            if had_schema and moving.holds_own_data(connection):
                raise Conflict(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "The database {location} holds a shop's data already: a database moves only into "
                        "an empty one. Nothing was copied.",
                    ),
                    location=sqlite.shown(server),
                )
            return had_schema
    except DBAPIError as error:
        known = postgresql.classify(error, sqlite.shown(server))
        raise (known or errors.cannot_open(sqlite.shown(server))) from error
    finally:
        engine.dispose()


def _copy_into(
    server: str,
    context: Context,
    source: Connection,
    rows: dict[str, int],
    password: str,
    progress: Progress | None,
) -> None:
    from spaceoptics_desk.services import audit, server_passwords
    from spaceoptics_desk.services.errors import Conflict
    from spaceoptics_desk.services.staff import acting_user
    from spaceoptics_desk.store import moving, postgresql
    from spaceoptics_desk.store.database import open_database

    target = open_database(server)  # the schema, made or brought up to date (committed on its own)
    try:
        with target.transaction() as session:
            connection = session.connection()
            # Two owners moving into the same database at once: the second finds it full and stops.
            postgresql.lock_until_commit(connection, "move to server")
            if moving.holds_own_data(connection):
                raise Conflict(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Another desk has just moved a database into {location}. Nothing was copied.",
                    ),
                    location=target.location,
                )
            moving.copy_all_rows(source, connection, progress)
            copied = moving.row_counts(connection)
            if copied != rows:
                raise _counts_differ(rows, copied)
            mover = acting_user(session, context.staff.username)
            server_passwords.set_password(session, mover, password)
            audit.record(
                session, mover, context.clock, "database_moved", "database", None, {"tables": len(rows)}
            )
    finally:
        target.close()


def _counts_differ(expected: dict[str, int], found: dict[str, int]) -> Exception:
    from spaceoptics_desk.services.errors import Conflict

    tables = ", ".join(sorted(name for name in expected if expected[name] != found.get(name)))
    return Conflict(
        QT_TRANSLATE_NOOP(
            "errors",
            "The server's copy does not have the same number of rows as the file ({tables}): nothing was "
            "kept on the server; the file is as it was.",
        ),
        tables=tables,
    )


def _staff_without_hash(session: Session, mover: str) -> list[str]:
    from sqlalchemy import select

    from spaceoptics_desk.store.models import StaffUser

    query = select(StaffUser.username).where(StaffUser.active, StaffUser.username != mover)
    return sorted(session.scalars(query.order_by(StaffUser.username)))
