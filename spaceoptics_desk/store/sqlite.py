"""Everything that is SQLite: connection pragmas, the FTS5 search index, online backup.

The only module that may know the dialect is SQLite (DESIGN: PostgreSQL comes later without a rewrite).
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from contextlib import closing, contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, event, make_url, text
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session

from spaceoptics_desk.domain.search_terms import KEY_PUNCTUATION, RANK_CANDIDATES, Term
from spaceoptics_desk.private_files import create_private_file, private_folder, tighten
from spaceoptics_desk.store import cipher, failures
from spaceoptics_desk.store import errors as store_errors
from spaceoptics_desk.store.cipher import DatabaseKey

SEARCH_TABLE = "customer_search"
BUSY_TIMEOUT_MS = 3000


# The driver's own errors, when they surface outside SQLAlchemy (in a connect event, a raw connection):
# sqlcipher3's, which are not the standard library's sqlite3 classes.
DriverError = cipher.Error
DriverOperationalError = cipher.OperationalError


def url_for(target: str) -> str:
    """A path becomes a SQLite URL; anything with '://' is taken as a SQLAlchemy URL."""
    if "://" in target:
        return target
    return f"sqlite:///{Path(target).expanduser().resolve()}"


def shown(target: str) -> str:
    """How a database is named in messages: a path as it is, a URL without its password."""
    if "://" not in target:
        return target
    try:
        url = make_url(target)
        # libpq also takes a password in the query ("?password=…"): never shown either.
        return url.difference_update_query(["password", "sslpassword"]).render_as_string(hide_password=True)
    except (ArgumentError, ValueError):
        return target.split("://", 1)[0] + "://…"  # unreadable: nothing after the scheme is shown


def file_of(url: str) -> Path | None:
    """The database file a URL names; None for a server (or a URL that cannot be read at all)."""
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):
        return None
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def file_of_session(session: Session) -> Path | None:
    """The database file a session works in (None for a server database), e.g. for a file the action
    writes that must never replace it."""
    return file_of(session.get_bind().engine.url.render_as_string(hide_password=False))


def check_file(path: Path, display: str, create: bool, key: DatabaseKey | None = None) -> None:
    """Refuses (DatabaseUnavailable) a file that is missing, not SQLite, not writable, encrypted without
    `key` or with another key, or plain while a `key` is given, before the engine opens it."""
    if not path.exists():
        if not create:
            raise store_errors.missing(display)
        if not path.parent.exists():
            private_folder(path.parent)
        if not os.access(path.parent, os.W_OK):
            raise store_errors.read_only(display)
        # Owner-only before SQLite writes a byte; its -wal and -shm take the same permissions.
        create_private_file(path)
        return
    if not path.is_file():
        raise store_errors.not_a_database(display)
    try:
        # An empty file becomes a database only when one is being made on purpose (`demo`): opened as
        # "the shop's database" it is more likely a truncated copy than a fresh start.
        if not create and path.stat().st_size == 0:
            raise store_errors.not_a_database(display)
        encrypted = cipher.is_encrypted_file(path)
        if not looks_like_sqlite_file(path, key):
            raise _not_openable(path, display, encrypted)
    except PermissionError as error:
        raise store_errors.cannot_open(display) from error
    if key is not None and encrypted:
        _check_key(path, display, key)
    # WAL mode needs to write next to the file as well as into it.
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        raise store_errors.read_only(display)
    for own in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        tighten(own)  # a database made before issue 10 was 0644


def is_sqlite(engine_or_connection: Engine | Connection) -> bool:
    return engine_or_connection.dialect.name == "sqlite"


# Execution option of a connection whose transaction will write (see `configure_engine`).
WRITE_TRANSACTION = "spaceoptics_write"


def configure_engine(engine: Engine, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> None:
    """Pragmas on every new connection: foreign keys, secure delete (R31), a busy timeout.

    WAL mode is not set here: it is stored in the file itself, and a file that turns out not to be ours
    (or to be newer than this app) must be left untouched. `use_wal` sets it once the file is accepted.
    """

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: cipher.Connection, _record: Any) -> None:
        # Let SQLAlchemy manage transactions; the sqlite3 module's implicit BEGIN would get in the way.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        cursor.execute("PRAGMA foreign_keys = ON")
        # R31: overwrite deleted content instead of leaving it in free pages; not the default everywhere.
        cursor.execute("PRAGMA secure_delete = ON")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        # A user action takes the write lock at once and waits for it (busy timeout); a deferred BEGIN
        # that reads first could not write after someone else committed, and would fail instead.
        writes = connection.get_execution_options().get(WRITE_TRANSACTION, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")


def rows_changed_so_far(connection: Connection) -> int:
    """How many rows this connection has inserted, updated or deleted since it opened (sqlite3's
    total_changes): equal before and after a transaction's work means it wrote nothing."""
    dbapi = connection.connection.dbapi_connection
    return int(getattr(dbapi, "total_changes", 0))


def change_stamp(connection: Connection) -> tuple[int, int]:
    """Which connection this is, and its PRAGMA data_version: equal stamps mean no *other* connection
    committed in between (the connection's own commits do not change it). Read it first in a
    transaction: in WAL mode a transaction whose snapshot went stale cannot write, so a check made
    before the snapshot still holds for everything the transaction writes.
    """
    version = connection.exec_driver_sql("PRAGMA data_version").scalar_one()
    return id(connection.connection.dbapi_connection), int(version)


def use_wal(engine: Engine) -> None:
    """Switches an accepted database file to WAL mode (persistent; a no-op when it already is)."""
    raw = engine.raw_connection()
    try:
        raw.driver_connection.execute("PRAGMA journal_mode = WAL")  # type: ignore[union-attr]
    finally:
        raw.close()


@contextmanager
def foreign_keys_off(connection: Connection) -> Iterator[None]:
    """Foreign keys off around a migration (outside any transaction, where SQLite honours it).

    A migration that changes a table rebuilds it (copy, drop, rename); with foreign keys on, dropping the
    old table would delete or unlink every row that refers to it (request rights, case events).
    """
    if not is_sqlite(connection):
        yield
        return
    raw = connection.connection.driver_connection
    raw.execute("PRAGMA foreign_keys = OFF")  # type: ignore[union-attr]
    try:
        yield
    finally:
        raw.execute("PRAGMA foreign_keys = ON")  # type: ignore[union-attr]


def check_foreign_keys(connection: Connection) -> None:
    """Fails the migration (it rolls back) when it left a reference to a row that is not there."""
    if is_sqlite(connection) and connection.exec_driver_sql("PRAGMA foreign_key_check").first() is not None:
        raise RuntimeError("a schema upgrade left broken references; nothing was changed")


def looks_like_sqlite_file(path: Path, key: DatabaseKey | None = None) -> bool:
    """Whether the file can be a database opened this way: plain SQLite's header (or empty) without a key;
    with a key, an encrypted file (no plain header: it starts with its salt) or an empty one."""
    encrypted = cipher.is_encrypted_file(path)
    return encrypted if key is not None and path.stat().st_size > 0 else not encrypted


def _not_openable(path: Path, display: str, encrypted: bool) -> store_errors.DatabaseUnavailable:
    if not encrypted:
        # A plain database given a key: the app encrypts it once (store/encrypting.py), never here.
        return store_errors.not_encrypted(display)
    from spaceoptics_desk.store import key_slots  # only here: argon2 is not needed to open a database

    # Without its key an encrypted database is noise, as is any other file: its key file tells them apart.
    if key_slots.exists(path):
        return store_errors.needs_key(display)
    return store_errors.not_a_database(display)


def _check_key(path: Path, display: str, key: DatabaseKey) -> None:
    """Opens the file with `key` once, through SQLite (so no lock of this process is lost): a key that
    does not decrypt its first page is said to be the wrong key, not a damaged database."""
    try:
        cipher.connect(path, key, read_only=True, must_exist=True).close()
    except cipher.Error as error:
        code = cipher.result_code(error)
        if code is not None and code & 0xFF == failures.SQLITE_NOTADB:
            raise store_errors.wrong_key(display) from None  # the driver's text adds nothing
        known = failures.classify(error, display)  # page 1 decrypts, the rest is damaged (or busy, ...)
        if known is None:
            raise
        raise known from error


def create_search_index(connection: Connection) -> None:
    # Keys are made by domain.search_terms; tokenchars keeps e-mail addresses and order numbers whole.
    tokenchars = KEY_PUNCTUATION.replace("'", "''")
    connection.exec_driver_sql(
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {SEARCH_TABLE} USING fts5("
        f"document, tokenize = \"unicode61 remove_diacritics 2 tokenchars '{tokenchars}'\", "
        f"prefix = '2 3 4')"
    )


def drop_search_index(connection: Connection) -> None:
    connection.exec_driver_sql(f"DROP TABLE IF EXISTS {SEARCH_TABLE}")


def replace_search_documents(connection: Connection, documents: Sequence[tuple[int, str]]) -> None:
    """Writes the documents of these customers (rowid = customer id), replacing what was there."""
    if not documents:
        return
    connection.execute(
        text(f"DELETE FROM {SEARCH_TABLE} WHERE rowid = :id"), [{"id": cid} for cid, _ in documents]
    )
    connection.execute(
        text(f"INSERT INTO {SEARCH_TABLE}(rowid, document) VALUES (:id, :doc)"),
        [{"id": cid, "doc": doc} for cid, doc in documents],
    )


def delete_search_documents(connection: Connection, customer_ids: Sequence[int]) -> None:
    connection.execute(
        text(f"DELETE FROM {SEARCH_TABLE} WHERE rowid = :id"), [{"id": cid} for cid in customer_ids]
    )


def match_expression(terms: Sequence[Term]) -> str:
    """An FTS5 MATCH expression: every term must match, any of its alternatives by prefix."""

    def quoted(key: str) -> str:
        return '"' + key.replace('"', '""') + '"*'

    groups = []
    for term in terms:
        # A NUL ends the query string inside FTS5 ("unterminated string"); it is never part of a key.
        cleaned = (alt.replace("\x00", "") for alt in term.alternatives)
        alternatives = [quoted(alt) for alt in cleaned if alt]
        if alternatives:
            groups.append("(" + " OR ".join(alternatives) + ")")
    return " AND ".join(groups)


def search_customer_ids(connection: Connection, terms: Sequence[Term], limit: int) -> list[int]:
    """Customer ids matching every term, best first (bm25 rank, then id)."""
    expression = match_expression(terms)
    if not expression:
        return []
    # Ranking every match of a broad prefix ("de", "+31", "2026-") costs up to 100 ms on 200,000
    # customers; ranking only the first RANK_CANDIDATES keeps every keystroke under 30 ms (issue 2).
    # A query that broad cannot show its best 50 anyway: the next keystroke narrows it.
    rows = connection.execute(
        text(
            f"SELECT rowid FROM (SELECT rowid, rank FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH :q"
            " LIMIT :candidates) ORDER BY rank, rowid LIMIT :n"
        ),
        {"q": expression, "candidates": max(RANK_CANDIDATES, limit), "n": limit},
    )
    return [row[0] for row in rows]


def backup_file(source: Path, target: Path, key: DatabaseKey | None = None) -> None:
    """A consistent copy of a live database file (SQLite online backup API), encrypted with the same
    `key` as the source (a plain database's copy stays plain). A missing source is an error
    (SQLITE_CANTOPEN), not a new empty database."""
    with (
        closing(cipher.connect(source, key, must_exist=True)) as src,
        closing(cipher.connect(target, key)) as dst,
    ):
        src.backup(dst)


def stamp_backup(path: Path, moment: datetime, key: DatabaseKey | None = None) -> None:
    """Writes into a fresh backup copy when it was made (installation.BACKED_UP_AT), before it is checked."""
    with closing(cipher.connect(path, key, must_exist=True)) as copy, copy:
        copy.execute(
            "INSERT OR REPLACE INTO installation_secrets(key, value) VALUES ('backed_up_at', ?)",
            (moment.isoformat(),),
        )


def passes_quick_check(path: Path, key: DatabaseKey | None = None) -> bool:
    """Whether a database file that is not the live one (a backup just made) is whole: PRAGMA
    quick_check reads every page and checks its structure (integrity_check also compares every index
    with its table, which costs more). Raises the driver's Error when the file cannot be read at all."""
    with closing(cipher.connect(path, key, must_exist=True)) as connection:
        rows: list[tuple[str]] = connection.execute("PRAGMA quick_check").fetchall()
    return rows == [("ok",)]


# FTS5 removes a deleted document's terms from its segments in place from SQLite 3.42 on ('secure-delete');
# older versions only add a delete marker and leave the terms readable until the segment is merged.
FTS_SECURE_DELETE = cipher.sqlite_version_info >= (3, 42, 0)


def purge_search_traces(connection: Connection) -> None:
    """R31: leaves no term of a deleted search document readable in the index's storage.

    Without FTS5 secure-delete (SQLite < 3.42), 'optimize' merges every segment into one, so the
    segments that held deleted terms are freed (and zeroed by PRAGMA secure_delete): about a second on
    200,000 customers, done once per erasure or per review run. With it (the SQLite bundled with
    sqlcipher3 is 3.53), the option is switched on after one such merge (it is stored in the file), and
    later deletes remove their terms in place, so every later purge returns at once.
    """
    if FTS_SECURE_DELETE and _fts_secure_delete_on(connection):
        return
    connection.exec_driver_sql(f"INSERT INTO {SEARCH_TABLE}({SEARCH_TABLE}) VALUES('optimize')")
    if FTS_SECURE_DELETE:
        connection.exec_driver_sql(
            f"INSERT INTO {SEARCH_TABLE}({SEARCH_TABLE}, rank) VALUES('secure-delete', 1)"
        )


def _fts_secure_delete_on(connection: Connection) -> bool:
    row = connection.exec_driver_sql(f"SELECT v FROM {SEARCH_TABLE}_config WHERE k = 'secure-delete'").first()
    return row is not None and str(row[0]) == "1"


def rewrite_every_page(engine: Engine) -> None:
    """R31: VACUUM, so every page is written anew, without the copies of deleted rows that b-tree
    balancing leaves in a page's unused space (PRAGMA secure_delete does not reach them).

    Writes every page into the write-ahead log (checkpoint it afterwards); runs outside any transaction.
    """
    folder = file_of(str(engine.url))
    raw = engine.raw_connection()
    try:
        if folder is not None:
            # VACUUM builds the new file as a temporary database, which spills to /var/tmp once it is
            # bigger than the cache: the people's data then sits outside the owner-only data folder.
            quoted = str(folder.parent).replace("'", "''")
            raw.driver_connection.execute(f"PRAGMA temp_store_directory = '{quoted}'")  # type: ignore[union-attr]
        raw.driver_connection.execute("VACUUM")  # type: ignore[union-attr]
    finally:
        raw.close()


def checkpoint_truncate(engine: Engine, wait_ms: int | None = None) -> bool:
    """R31: copies the write-ahead log into the file and truncates it to zero bytes.

    Returns False when another connection still reads an older snapshot (the log could not be emptied
    yet). SQLite waits for such readers up to the busy timeout; `wait_ms` sets another wait for this
    checkpoint (0: do not wait, for a retry on a timer). Runs outside any transaction.
    """
    raw = engine.raw_connection()
    try:
        driver = raw.driver_connection
        assert driver is not None
        usual = driver.execute("PRAGMA busy_timeout").fetchone()[0]
        if wait_ms is not None:
            driver.execute(f"PRAGMA busy_timeout = {max(0, int(wait_ms))}")
        try:
            row = driver.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        finally:
            driver.execute(f"PRAGMA busy_timeout = {int(usual)}")  # the pooled connection's own again
    finally:
        raw.close()
    return row is not None and int(row[0]) == 0
