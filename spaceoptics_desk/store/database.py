"""Opening the database and running one user action as one transaction.

database = open_database("~/shop.db")
with database.transaction() as session:   # on error nothing of the action remains
    ...
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Protocol

from sqlalchemy import Connection, Engine, create_engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from spaceoptics_desk.store import (
    cipher,
    database_files,
    desk_writes,
    erasure_journal,
    errors,
    failures,
    installation,
    migrate,
    postgresql,
    sqlite,
)
from spaceoptics_desk.store.cipher import DatabaseKey
from spaceoptics_desk.store.reference_data import missing_reference_data, seed_reference_data
from spaceoptics_desk.store.sqlite_locks import LockGuard

log = logging.getLogger(__name__)


class DatabaseAccess(Protocol):
    """What services and screens use of a database: an open `Database`, or the app's one still opening."""

    @property
    def location(self) -> str: ...

    @property
    def file(self) -> Path | None:
        """The database file (None for a server database): what no output file may replace."""
        ...

    @property
    def engine(self) -> Engine: ...

    @property
    def key(self) -> DatabaseKey | None:
        """The key the file is encrypted with (None: plain): a backup or restore of it needs it."""
        ...

    def reading(self) -> AbstractContextManager[Session]: ...

    def transaction(self) -> AbstractContextManager[Session]: ...

    def pinned(self) -> AbstractContextManager[DatabaseAccess]: ...

    def others_marks(self) -> desk_writes.WriteMarks:
        """What the other programs on this database have written so far (changes once any of them wrote)."""
        ...

    def close(self) -> None:
        """Closes it: for whoever opened it (a command, the app at its end, a signed-in context's owner)."""
        ...


class Database:
    """An open, migrated database.

    Attributes:
        engine: the SQLAlchemy engine (one per process).
        location: where it is, for messages (a path or a URL without password).
        backup_made: the copy taken before an upgrade of an older schema, if any.
        file: the database file (None for a server database).
        lock_guard: keeps this process's SQLite locks on the file (store/sqlite_locks.py); None for a
            server database or a platform that needs none.
        writer: this opening's id in desk_writes: every write transaction raises its serial, so the
            others know (store/desk_writes.py).
        key: the key the file is encrypted with (None: a plain file); backups, a restore and the key
            slots need it (its repr hides it).
    """

    def __init__(
        self,
        engine: Engine,
        location: str,
        backup_made: Path | None = None,
        file: Path | None = None,
        lock_guard: LockGuard | None = None,
        key: DatabaseKey | None = None,
    ) -> None:
        self.engine = engine
        self.key = key
        self.location = location
        self.backup_made = backup_made
        self.file = file
        self.lock_guard = lock_guard
        self.writer = desk_writes.new_writer_id()
        self._sessions = self._sessionmaker(engine)

    def _sessionmaker(self, bind: Engine | Connection) -> sessionmaker[Session]:
        sessions = sessionmaker(bind, expire_on_commit=False)
        if self.file is not None:
            # R32: each committed erasure journal entry is copied beside the backups at once.
            erasure_journal.mirror_commits(sessions, erasure_journal.backups_folder(self.file))
        return sessions

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One user action: committed at the end, rolled back completely on any error.

        A failure of the database itself (busy, read-only, full, damaged) raises its DatabaseUnavailable;
        an update of a record another desk saved since it was read (store/models/base.Versioned),
        ChangedMeanwhile.
        """
        with (
            failures.speaking_failures(self.location),
            failures.changed_meanwhile(),
            self._sessions() as session,
            session.begin(),
        ):
            connection = session.connection(execution_options={sqlite.WRITE_TRANSACTION: True})
            if self.lock_guard is not None:
                self.lock_guard.check()  # issue 10 §1: a write never goes where nobody else looks
            rows_before = _changes_so_far(connection)
            yield session
            session.flush()
            # Only a transaction that wrote tells the others: one that only checked (a refused restore)
            # leaves the file as it was, byte for byte.
            if _changes_so_far(connection) != rows_before:
                desk_writes.mark_write(session, self.writer)
                if postgresql.is_postgresql(connection):
                    postgresql.notify_write(connection)  # the other desks hear it at the commit
            if self.lock_guard is not None and not self.lock_guard.still_writing():
                # The connection's cached pages may predate the other program's commit (SQLite 3.53
                # then calls the intact file malformed on its next use): it leaves the pool.
                connection.invalidate()
                raise errors.busy(self.location)  # rolled back: nothing of it, nothing over others' writes

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only unit of work (rolled back at the end; nothing is written)."""
        with failures.speaking_failures(self.location), self._sessions() as session:
            # Said explicitly: on a pinned connection the option of an earlier action would stick.
            session.connection(execution_options={sqlite.WRITE_TRANSACTION: False})
            try:
                yield session
            finally:
                session.rollback()

    @contextmanager
    def pinned(self) -> Iterator[Database]:
        """This database over one connection held for the whole block, for a long job of many
        transactions: anyone else writing meanwhile (another thread, another program) must use another
        connection, which `sqlite.change_stamp` notices. Do not close the object it yields."""
        with failures.speaking_failures(self.location), self.engine.connect() as connection:
            pinned = Database(
                self.engine, self.location, file=self.file, lock_guard=self.lock_guard, key=self.key
            )
            pinned.writer = self.writer
            pinned._sessions = pinned._sessionmaker(connection)
            yield pinned

    def others_marks(self) -> desk_writes.WriteMarks:
        with self.reading() as session:
            return desk_writes.others_marks(session, self.writer)

    def keep_journal_in(self, folder: Path) -> list[erasure_journal.JournalLine]:
        """For a server database (a file keeps its journal beside its backups): every erasure journal
        entry a transaction commits is appended to the journal file in `folder` too, and the entries
        the database has and the file lacks are added now. Returns the entries the file has and the
        database lacks: erasures the database no longer knows of (it was restored from an older dump),
        to be replayed (R32)."""
        erasure_journal.mirror_commits(self._sessions, folder)
        with self.reading() as session:
            identity = installation.read(session.connection())[0]
            in_database = erasure_journal.entries_in(session)
        if identity is None:
            return []
        found = erasure_journal.find_journals([folder], identity)
        known = {line.id for line in in_database}
        missing = [line for journal in found for line in journal.lines if line.id not in known]
        if in_database:
            erasure_journal.append(folder, identity, in_database)
        return missing

    def close(self) -> None:
        if self.lock_guard is not None:
            self.lock_guard.check()
            self.lock_guard.release()
        self.engine.dispose()


def open_database(
    target: str,
    *,
    key: DatabaseKey | None = None,
    create: bool = False,
    busy_timeout_ms: int = sqlite.BUSY_TIMEOUT_MS,
    copy_before_upgrade: bool = True,
) -> Database:
    """Opens (and if needed creates, migrates and seeds) the database at `target`.

    `key`: the file is encrypted with it (a new file is made encrypted); None: a plain file (issue 12:
    the app encrypts those once, store/encrypting.py). Refused (DatabaseUnavailable): an encrypted file
    without its key or with another key, a plain file given a key, a key for a server database.
    Raises DatabaseUnavailable with a message for the user; an unusable file is never overwritten.
    `busy_timeout_ms` is how long to wait for another program's write lock before calling it locked.
    `copy_before_upgrade`: keep a copy of an older schema's file before upgrading it (not for a copy
    that is itself being prepared, such as a restore's).
    """
    url = sqlite.url_for(target)
    path = sqlite.file_of(url)
    display = str(path) if path else sqlite.shown(url)
    if path is not None:
        # First: a restore killed before its copy was in place leaves only the sibling, no database.
        database_files.remove_unfinished_restore(path)
        sqlite.check_file(path, display, create, key)
    elif key is not None:
        raise errors.unsupported(display)  # a server database is not encrypted by this app (issue 14)
    server = postgresql.server_url(url) if path is None else None
    try:
        engine = postgresql.server_engine(server) if server else _engine(url, path, key, busy_timeout_ms)
    except (ArgumentError, NoSuchModuleError, ImportError, ValueError) as error:
        # Another kind of server, or a typo in the URL: say so instead of crashing.
        raise errors.unsupported(display) from error
    if not sqlite.is_sqlite(engine) and not postgresql.is_postgresql(engine):
        engine.dispose()
        raise errors.unsupported(display)
    if sqlite.is_sqlite(engine):
        sqlite.configure_engine(engine, busy_timeout_ms)
    try:
        backup = migrate.upgrade(engine, display, path if copy_before_upgrade else None, key)
        if sqlite.is_sqlite(engine):
            sqlite.use_wal(engine)
        database = Database(engine, display, backup, path, key=key)
        # A database that has everything is opened by reading only: a desk can open it and read while
        # another program holds a long write; the write lock is waited for only when something is missing
        # (a new database, reference data of a newer version). The journal copy-out writes a file, not the
        # database.
        with database.reading() as session:
            missing = missing_reference_data(session)
            if not missing and path is not None:
                _copy_out_journal(session, path)
        if missing:
            with database.transaction() as session:
                if postgresql.is_postgresql(engine):
                    # Desks opening a new server database at once seed it one after the other; the
                    # later ones find it seeded (seed_reference_data adds only what is missing).
                    postgresql.lock_until_commit(session.connection(), "migrate")
                seed_reference_data(session)
                if path is not None:
                    _copy_out_journal(session, path)
        if path is not None:
            # Only once WAL mode is on: switching to it needs the EXCLUSIVE lock the guard keeps from others.
            database.lock_guard = LockGuard(path)
        return database
    except errors.DatabaseUnavailable:
        engine.dispose()
        raise
    except (DBAPIError, sqlite.DriverError) as error:
        engine.dispose()
        known = failures.classify(error, display)
        if known is not None:
            raise known from error
        if isinstance(error, (OperationalError, sqlite.DriverOperationalError)):
            raise errors.cannot_open(display) from error
        raise errors.not_a_database(display) from error


def change_stamp(connection: Connection) -> tuple[int, int]:
    """Equal stamps mean no other connection committed in between (store/sqlite.change_stamp); on a
    server two stamps are never equal (store/postgresql.change_stamp)."""
    if postgresql.is_postgresql(connection):
        return postgresql.change_stamp(connection)
    return sqlite.change_stamp(connection)


def _changes_so_far(connection: Connection) -> int:
    """A number that differs after the transaction's work exactly when the work changed a row."""
    if postgresql.is_postgresql(connection):
        return int(postgresql.wrote_in_transaction(connection))
    return sqlite.rows_changed_so_far(connection)


def _engine(url: str, path: Path | None, key: DatabaseKey | None, busy_timeout_ms: int) -> Engine:
    """SQLAlchemy's sqlite dialect over sqlcipher3 (`module`: its errors are wrapped as the dialect's), each
    connection made keyed by cipher.connect. The URL stays the file's, so the pool is a QueuePool and
    the key is in no URL (the app shows URLs)."""
    if make_url(url).get_backend_name() != "sqlite":
        return create_engine(url)
    import sqlcipher3

    if path is None:
        return create_engine(url, module=sqlcipher3)

    def connect() -> cipher.Connection:
        return cipher.connect(path, key, timeout=busy_timeout_ms / 1000, check_same_thread=False)

    return create_engine(url, module=sqlcipher3, creator=connect)


def _copy_out_journal(session: Session, path: Path) -> None:
    try:
        erasure_journal.copy_out(session, erasure_journal.backups_folder(path))
    except OSError:
        # Not a reason to refuse the database; every erasure and the next opening try again.
        log.warning("the erasure journal could not be copied beside the backups")
