"""Opening the database and running one user action as one transaction.

database = open_database("~/shop.db")
with database.transaction() as session:   # on error nothing of the action remains
    ...
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Protocol

from sqlalchemy import Engine, create_engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from spaceoptics_desk.store import errors, failures, migrate, sqlite
from spaceoptics_desk.store.reference_data import seed_reference_data


class DatabaseAccess(Protocol):
    """What services and screens use of a database: an open `Database`, or the app's one still opening."""

    @property
    def location(self) -> str: ...

    @property
    def engine(self) -> Engine: ...

    def reading(self) -> AbstractContextManager[Session]: ...

    def transaction(self) -> AbstractContextManager[Session]: ...

    def pinned(self) -> AbstractContextManager[DatabaseAccess]: ...


class Database:
    """An open, migrated database.

    Attributes:
        engine: the SQLAlchemy engine (one per process).
        location: where it is, for messages (a path or a URL without password).
        backup_made: the copy taken before an upgrade of an older schema, if any.
    """

    def __init__(self, engine: Engine, location: str, backup_made: Path | None = None) -> None:
        self.engine = engine
        self.location = location
        self.backup_made = backup_made
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One user action: committed at the end, rolled back completely on any error.

        A failure of the database itself (busy, read-only, full, damaged) raises its DatabaseUnavailable.
        """
        with failures.speaking_failures(self.location), self._sessions() as session, session.begin():
            session.connection(execution_options={sqlite.WRITE_TRANSACTION: True})
            yield session

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
            pinned = Database(self.engine, self.location)
            pinned._sessions = sessionmaker(bind=connection, expire_on_commit=False)
            yield pinned

    def close(self) -> None:
        self.engine.dispose()


def open_database(
    target: str, *, create: bool = False, busy_timeout_ms: int = sqlite.BUSY_TIMEOUT_MS
) -> Database:
    """Opens (and if needed creates, migrates and seeds) the database at `target`.

    Raises DatabaseUnavailable with a message for the user; an unusable file is never overwritten.
    `busy_timeout_ms` is how long to wait for another program's write lock before calling it locked.
    """
    url = sqlite.url_for(target)
    path = sqlite.file_of(url)
    display = str(path) if path else make_url(url).render_as_string(hide_password=True)
    if path is not None:
        sqlite.check_file(path, display, create)
    try:
        engine = create_engine(url)
    except (ArgumentError, NoSuchModuleError, ImportError) as error:
        # A server URL (PostgreSQL comes later) or a typo in the URL: say so instead of crashing.
        raise errors.unsupported(display) from error
    if not sqlite.is_sqlite(engine):
        engine.dispose()
        raise errors.unsupported(display)
    if sqlite.is_sqlite(engine):
        sqlite.configure_engine(engine, busy_timeout_ms)
    try:
        if sqlite.is_sqlite(engine):
            sqlite.probe_write_lock(engine)
        backup = migrate.upgrade(engine, display, path)
        if sqlite.is_sqlite(engine):
            sqlite.use_wal(engine)
        database = Database(engine, display, backup)
        with database.transaction() as session:
            seed_reference_data(session)
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
