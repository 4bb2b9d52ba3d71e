"""Everything that is PostgreSQL (issue 14): the server's URL and engine, whether a transaction wrote,
and the server's failures as messages. Beside store/sqlite.py, the only module that knows a dialect.

The search index is a table of keys, one row per key of a customer's search document
(domain/search_terms.py makes them: only [0-9a-z] and "@.+_-"), compared byte for byte (COLLATE "C"),
so a prefix is a range of one b-tree index: the same matches as SQLite's FTS5 index of the same
documents.

The live refresh between desks: every transaction that wrote sends a NOTIFY on WRITES_CHANNEL, which
the server delivers at its commit (never for a rollback); a desk's WriteListener, on a connection of its
own, hears it and the desk looks at once who wrote (store/desk_writes.py), instead of at its next poll.
"""

from __future__ import annotations

import contextlib
import itertools
from collections.abc import Sequence

import psycopg
from sqlalchemy import URL, Connection, Engine, create_engine, make_url, text
from sqlalchemy.exc import ArgumentError, DBAPIError

from spaceoptics_desk.domain.search_terms import RANK_CANDIDATES, Term
from spaceoptics_desk.store import errors

# SQLAlchemy's plain `postgresql://` means psycopg2; the app ships psycopg 3.
DRIVER = "postgresql+psycopg"
CONNECT_TIMEOUT_S = 5
APPLICATION_NAME = "spaceoptics-desk"
# A network stall (issue 14). The server ends the session of a desk that stopped in the middle of a
# transaction (its computer hangs, its cable is pulled): what it wrote is rolled back and the rows it
# locked are free for the other desks again, instead of blocking them until the server restarts. Longer
# than the pauses the app makes inside a transaction: the slowest, a dry-run sync waiting for the
# webshop's next page, takes up to 20 s per try; a shop that keeps asking it to wait (Retry-After) for
# more than the limit ends that dry run with the message (errors.server_ended_a_paused_action).
IDLE_IN_TRANSACTION_S = 120
# The desk's side of a dead way to the server: TCP gives up on data the server does not acknowledge
# after TCP_USER_TIMEOUT_S and probes a silent connection after KEEPALIVE_IDLE_S, instead of the kernel's
# quarter of an hour; the action then says the server cannot be reached. The server probes its side too.
TCP_USER_TIMEOUT_S = 30
KEEPALIVE_IDLE_S = 10

# SQLSTATEs (https://www.postgresql.org/docs/current/errcodes-appendix.html).
_INVALID_PASSWORD = "28P01"
_INVALID_AUTHORIZATION = "28000"  # no pg_hba.conf entry: this computer or user may not connect
_NO_SUCH_DATABASE = "3D000"
_DISK_FULL = "53100"
_TOO_MANY_CONNECTIONS = "53300"
_LOCK_NOT_AVAILABLE = "55P03"
_DEADLOCK = "40P01"
_SERIALIZATION_FAILURE = "40001"
_IDLE_IN_TRANSACTION_TIMEOUT = "25P03"  # IDLE_IN_TRANSACTION_S ran out: the server ended the session
# The server went down or restarted under an open connection, or the connection broke.
_SERVER_WENT_AWAY = ("57P01", "57P02", "57P03")
_CONNECTION_LOST = "08"  # class 08: the connection failed


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
        connect_args={
            "connect_timeout": CONNECT_TIMEOUT_S,
            "application_name": APPLICATION_NAME,
            "keepalives": 1,
            "keepalives_idle": KEEPALIVE_IDLE_S,
            "keepalives_interval": 5,
            "keepalives_count": 3,
            "tcp_user_timeout": TCP_USER_TIMEOUT_S * 1000,
            # Read when the engine is made: a test shortens it before it opens the database.
            "options": (
                f"-c idle_in_transaction_session_timeout={IDLE_IN_TRANSACTION_S * 1000}"
                f" -c tcp_keepalives_idle={KEEPALIVE_IDLE_S * 3} -c tcp_keepalives_interval=10"
                " -c tcp_keepalives_count=3"
            ),
        },
    )


SEARCH_TABLE = "customer_search_keys"
# Above every character a key may hold ("z" is the highest): `key < prefix || _AFTER_EVERY_KEY` ends the
# range of the keys that start with the prefix.
_AFTER_EVERY_KEY = "~"


def create_search_index(connection: Connection) -> None:
    # `keys`: how many keys the customer's document has (each of its rows holds it): the rank, without
    # counting them per match. (customer_id, key): "does this customer also match the next term".
    connection.exec_driver_sql(
        f"CREATE TABLE IF NOT EXISTS {SEARCH_TABLE} ("
        ' key text COLLATE "C" NOT NULL,'
        " customer_id integer NOT NULL REFERENCES customers(id) ON DELETE CASCADE,"
        " keys integer NOT NULL,"  # a customer with 20,000 orders has some 60,000 keys
        " PRIMARY KEY (key, customer_id))"
    )
    connection.exec_driver_sql(
        f"CREATE INDEX IF NOT EXISTS {SEARCH_TABLE}_customer ON {SEARCH_TABLE} (customer_id, key)"
    )


def drop_search_index(connection: Connection) -> None:
    connection.exec_driver_sql(f"DROP TABLE IF EXISTS {SEARCH_TABLE}")


def replace_search_documents(connection: Connection, documents: Sequence[tuple[int, str]]) -> None:
    """Writes the keys of these customers' documents, replacing what was there."""
    if not documents:
        return
    delete_search_documents(connection, [customer_id for customer_id, _ in documents])
    rows = []
    for customer_id, document in documents:
        keys = list(dict.fromkeys(document.split()))
        rows += [{"id": customer_id, "key": key, "keys": len(keys)} for key in keys]
    if rows:
        connection.execute(
            text(f"INSERT INTO {SEARCH_TABLE} (key, customer_id, keys) VALUES (:key, :id, :keys)"), rows
        )


def delete_search_documents(connection: Connection, customer_ids: Sequence[int]) -> None:
    if customer_ids:
        connection.execute(
            text(f"DELETE FROM {SEARCH_TABLE} WHERE customer_id = ANY(:ids)"), {"ids": list(customer_ids)}
        )


def search_customer_ids(connection: Connection, terms: Sequence[Term], limit: int) -> list[int]:
    """Customer ids matching every term (any alternative a prefix of one of their keys); the ones with
    the shortest documents first (as FTS5's bm25 prefers), then by id. As on SQLite only the first
    RANK_CANDIDATES matches are ranked: a prefix as broad as "de" cannot show its best 50 anyway, and
    the next keystroke narrows it."""
    parameters: dict[str, object] = {"n": limit, "candidates": max(RANK_CANDIDATES, limit)}
    conditions: list[str] = []
    for term in terms:
        t = len(conditions)  # a term with nothing left to look for gets no join (and no number)
        ranges = []
        # A NUL cannot be sent to the server at all; it is never part of a key.
        alternatives = (alt.replace("\x00", "") for alt in term.alternatives)
        for a, alternative in enumerate(alt for alt in alternatives if alt):
            parameters[f"low{t}_{a}"] = alternative
            parameters[f"high{t}_{a}"] = alternative + _AFTER_EVERY_KEY
            ranges.append(f"(t{t}.key >= :low{t}_{a} AND t{t}.key < :high{t}_{a})")
        if ranges:
            conditions.append("(" + " OR ".join(ranges) + ")")
    if not conditions:
        return []
    # One join per term on the same customer: the planner starts from the rarest prefix.
    joins = "".join(
        f" JOIN {SEARCH_TABLE} t{t} ON t{t}.customer_id = t0.customer_id" for t in range(1, len(conditions))
    )
    # Without DISTINCT inside, the scan stops at the candidates (a customer may come more than once).
    candidates = (
        f"SELECT t0.customer_id, t0.keys FROM {SEARCH_TABLE} t0{joins} WHERE "
        + " AND ".join(conditions)
        + " LIMIT :candidates"
    )
    rows = connection.execute(
        text(
            f"SELECT customer_id FROM (SELECT DISTINCT customer_id, keys FROM ({candidates}) AS c) AS m"
            " ORDER BY keys, customer_id LIMIT :n"
        ),
        parameters,
    )
    return [row[0] for row in rows]


def rewrite_tables(engine: Engine, tables: Sequence[str], wait_ms: int | None, location: str) -> bool:
    """R31 on a server: VACUUM FULL writes each table and its indexes into new files, without the dead
    rows a DELETE or UPDATE leaves (a plain VACUUM frees their space but leaves index entries readable:
    docs/notes.md), then a checkpoint writes the new pages out. False when a reader (another desk's
    transaction) kept the table locked for `wait_ms` (None: as long as it takes); the rest waits.

    What the server's write-ahead log still holds afterwards, and for how long: README."""
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        # On this connection only while it rewrites: the pool would hand the limit to the next action.
        connection.exec_driver_sql(f"SET lock_timeout = {0 if wait_ms is None else max(1, int(wait_ms))}")
        try:
            for table in tables:
                before = _file_of(connection, table)
                connection.exec_driver_sql(f'VACUUM (FULL) "{table}"')
                # A role that does not own the table gets a warning, not an error, and nothing is done.
                if _file_of(connection, table) == before:
                    raise errors.server_cannot_rewrite(location)
        except DBAPIError as error:
            if getattr(error.orig, "sqlstate", None) == _LOCK_NOT_AVAILABLE:
                return False
            raise
        finally:
            connection.exec_driver_sql("RESET lock_timeout")
        with contextlib.suppress(DBAPIError):  # CHECKPOINT needs pg_checkpoint; the server's own follows
            connection.exec_driver_sql("CHECKPOINT")
    return True


def advance_id_sequence(connection: Connection, table: str) -> None:
    """After rows were written with their ids given (the importer's batches, the demo), the table's
    sequence moves past them: the next row added without an id gets a free one, not a taken one."""
    # nextval first: the sequence never goes back below an id another desk has just taken from it.
    connection.exec_driver_sql(
        f'SELECT setval(s, GREATEST((SELECT max(id) FROM "{table}"), nextval(s)))'
        f" FROM pg_get_serial_sequence('{table}', 'id') AS s"
    )


def _file_of(connection: Connection, table: str) -> object:
    return connection.execute(text("SELECT pg_relation_filenode(:t)"), {"t": table}).scalar_one()


WRITES_CHANNEL = "spaceoptics_desk_writes"


def notify_write(connection: Connection) -> None:
    """Tells every listening desk, once this transaction commits, that the database changed."""
    connection.execute(text("SELECT pg_notify(:channel, '')"), {"channel": WRITES_CHANNEL})


class WriteListener:
    """A connection of its own on which the server tells this desk of every committed write (LISTEN).
    Not thread-safe: one thread waits on it, and closes it."""

    def __init__(self, url: URL) -> None:
        conninfo = url.set(drivername="postgresql").render_as_string(hide_password=False)
        self._connection = psycopg.connect(
            conninfo, autocommit=True, connect_timeout=CONNECT_TIMEOUT_S, application_name=APPLICATION_NAME
        )
        self._connection.execute(f"LISTEN {WRITES_CHANNEL}")

    def wait(self, timeout_s: float) -> bool:
        """True when at least one write was committed since the last call (all heard so far are taken
        at once), False after `timeout_s` without one. psycopg.OperationalError when the server went."""
        connection = self._connection
        heard = any(True for _ in connection.notifies(timeout=timeout_s, stop_after=1))
        if heard:
            for _ in connection.notifies(timeout=0):
                pass  # the rest heard meanwhile: one look at the database answers them all
        return heard

    def close(self) -> None:
        with contextlib.suppress(psycopg.Error):
            self._connection.close()


def write_listener(engine: Engine) -> WriteListener | None:
    """A listener for the server's database of `engine`; None for a SQLite file (its desks poll)."""
    return WriteListener(engine.url) if is_postgresql(engine) else None


_STAMPS = itertools.count()


def change_stamp(connection: Connection) -> tuple[int, int]:
    """SQLite's `change_stamp` has no equal here (READ COMMITTED sees every other commit as it comes):
    a stamp that never matches an earlier one, so whatever was checked before is checked again in the
    transaction that writes (the retention review's re-check, services/retention_review.py)."""
    return id(connection), next(_STAMPS)


def holds_app_tables(connection: Connection) -> bool:
    """Whether the database has this app's tables (its migrations ran there), read without changing it."""
    return connection.execute(text("SELECT to_regclass('public.alembic_version')")).scalar() is not None


def lock_until_commit(connection: Connection, name: str) -> None:
    """Waits for, then holds until the transaction ends, the server-wide lock of this name (an advisory
    lock: it guards what no row lock can, such as "the next id of the audit chain")."""
    connection.execute(text("SELECT pg_advisory_xact_lock(hashtext(:name))"), {"name": f"spaceoptics:{name}"})


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
    if state is None:
        return None
    if state in (_INVALID_PASSWORD, _INVALID_AUTHORIZATION):
        return errors.server_refused_sign_in(location)
    if state == _NO_SUCH_DATABASE:
        return errors.missing(location)
    if state == _DISK_FULL:
        return errors.full(location)
    if state == _TOO_MANY_CONNECTIONS or state in _SERVER_WENT_AWAY or state.startswith(_CONNECTION_LOST):
        return errors.server_unreachable(location)
    if state == _IDLE_IN_TRANSACTION_TIMEOUT:
        return errors.server_ended_a_paused_action(location, IDLE_IN_TRANSACTION_S)
    if state in (_LOCK_NOT_AVAILABLE, _DEADLOCK, _SERIALIZATION_FAILURE):
        return errors.busy(location)  # another desk's action was in the way: nothing was saved, again
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
