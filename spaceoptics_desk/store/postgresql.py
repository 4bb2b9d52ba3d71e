"""Everything that is PostgreSQL (issue 14): the server's URL and engine, whether a transaction wrote,
and the server's failures as messages. Beside store/sqlite.py, the only module that knows a dialect.

The search index and the live refresh between desks (LISTEN/NOTIFY) are not here yet: until they are,
the operations layer refuses a server database (operations/signing_in.py), and only the store opens one.
"""

from __future__ import annotations

from sqlalchemy import Connection, Engine, create_engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from spaceoptics_desk.store import errors

# SQLAlchemy's plain `postgresql://` means psycopg2; the app ships psycopg 3.
DRIVER = "postgresql+psycopg"
CONNECT_TIMEOUT_S = 5
APPLICATION_NAME = "spaceoptics-desk"

# SQLSTATEs (https://www.postgresql.org/docs/current/errcodes-appendix.html).
_INVALID_PASSWORD = "28P01"
_INVALID_AUTHORIZATION = "28000"  # no pg_hba.conf entry: this computer or user may not connect
_NO_SUCH_DATABASE = "3D000"
_DISK_FULL = "53100"
_TOO_MANY_CONNECTIONS = "53300"


def is_postgresql(engine_or_connection: Engine | Connection) -> bool:
    return engine_or_connection.dialect.name == "postgresql"


def server_url(url: str) -> str | None:
    """`url` with the driver the app ships when it names a PostgreSQL server; None for any other URL."""
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):
        return None
    if parsed.get_backend_name() != "postgresql":
        return None
    return parsed.set(drivername=DRIVER).render_as_string(hide_password=False)


def server_engine(url: str) -> Engine:
    """An engine for the server: connections checked before use (a server restarted in between is
    reconnected to, not an error on the next click) and given up after CONNECT_TIMEOUT_S."""
    return create_engine(
        url,
        pool_pre_ping=True,
        connect_args={"connect_timeout": CONNECT_TIMEOUT_S, "application_name": APPLICATION_NAME},
    )


def wrote_in_transaction(connection: Connection) -> bool:
    """Whether the connection's transaction has changed anything so far: PostgreSQL gives a transaction
    its id at its first write, not before."""
    assigned = connection.exec_driver_sql("SELECT pg_current_xact_id_if_assigned() IS NOT NULL")
    return bool(assigned.scalar_one())


def classify(error: BaseException, location: str) -> errors.DatabaseUnavailable | None:
    """The message for a failure of the server or the way to it; None for anything that is a bug of
    ours. `location` is the URL without its password."""
    import psycopg

    driver_error = error.orig if isinstance(error, DBAPIError) else error
    if not isinstance(driver_error, psycopg.Error):
        return None
    state = driver_error.sqlstate
    if state is None and isinstance(driver_error, psycopg.OperationalError):
        return _connection_failure(str(driver_error), location)
    if state in (_INVALID_PASSWORD, _INVALID_AUTHORIZATION):
        return errors.server_refused_sign_in(location)
    if state == _NO_SUCH_DATABASE:
        return errors.missing(location)
    if state == _DISK_FULL:
        return errors.full(location)
    if state == _TOO_MANY_CONNECTIONS:
        return errors.server_unreachable(location)
    return None


def _connection_failure(message: str, location: str) -> errors.DatabaseUnavailable:
    """libpq gives a failed connection no SQLSTATE, only the text: the server's own words when it
    answered (in its language: these are PostgreSQL's English ones, the server's default), else the
    way there failed (down, wrong host or port, a network stall)."""
    if "password authentication failed" in message or "no pg_hba.conf entry" in message:
        return errors.server_refused_sign_in(location)
    if "does not exist" in message and 'database "' in message:
        return errors.missing(location)
    if "FATAL" in message:
        return errors.cannot_open(location)  # the server answered, in words we do not know
    return errors.server_unreachable(location)
