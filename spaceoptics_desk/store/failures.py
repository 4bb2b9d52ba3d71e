"""Database failures classified by SQLite's error code, so they reach people as a message, not a crash.

Every database call of a user action runs inside `Database.transaction()` / `reading()` or
`open_database`; there, `speaking_failures` turns an SQLite failure of the environment (another desk
holding the write lock, a read-only file, a full disk, a disk error, a damaged file) into the
DatabaseUnavailable that says so: the CLI exits 3, the GUI shows the message. The driver's errors
(sqlcipher3's, store/cipher.py: not the standard library's sqlite3 classes) carry SQLite's extended
result code (`sqlite_errorcode`); SQLAlchemy wraps them and keeps the driver's error in `.orig`.
Anything else (a mistake in our SQL, a broken constraint) stays a bug.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy.exc import DBAPIError

from spaceoptics_desk.store import cipher, errors, postgresql

# SQLite's primary result codes (https://sqlite.org/rescode.html); an extended code keeps its primary
# code in the low byte (SQLITE_IOERR_WRITE = SQLITE_IOERR | 3 << 8).
SQLITE_PERM = 3
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_PROTOCOL = 15
SQLITE_NOTADB = 26

_MESSAGE_BY_CODE: dict[int, Callable[[str], errors.DatabaseUnavailable]] = {
    # Busy and locked: the busy timeout already waited for the other desk (BEGIN IMMEDIATE).
    SQLITE_BUSY: errors.busy,
    SQLITE_LOCKED: errors.busy,
    # "Locking protocol": another program committed while this transaction believed it held the write
    # lock (something in this process opened the -shm and dropped SQLite's locks mid-transaction, see
    # store/sqlite_locks.py). SQLite refused our commit, so nothing of it was saved: try again.
    SQLITE_PROTOCOL: errors.busy,
    SQLITE_PERM: errors.read_only,
    SQLITE_READONLY: errors.read_only,
    SQLITE_FULL: errors.full,
    SQLITE_IOERR: errors.disk_error,
    SQLITE_CANTOPEN: errors.cannot_open,
    SQLITE_CORRUPT: errors.damaged,
    SQLITE_NOTADB: errors.damaged,
}


def sqlite_result_code(error: BaseException) -> int | None:
    """SQLite's extended result code behind `error` (raised by the driver or wrapped by SQLAlchemy)."""
    driver_error = error.orig if isinstance(error, DBAPIError) else error
    return cipher.result_code(driver_error) if driver_error is not None else None


def classify(error: BaseException, location: str) -> errors.DatabaseUnavailable | None:
    """The message for a failure of the environment; None for anything that is a bug of ours."""
    code = sqlite_result_code(error)
    if code is None:
        return postgresql.classify(error, location)  # a server database's failure (issue 14)
    message = _MESSAGE_BY_CODE.get(code & 0xFF)
    return message(location) if message is not None else None


@contextmanager
def changed_meanwhile() -> Iterator[None]:
    """ChangedMeanwhile for an update of a versioned record that another transaction saved first."""
    from sqlalchemy.orm.exc import StaleDataError

    from spaceoptics_desk.errors import CHANGED_MEANWHILE, ChangedMeanwhile

    try:
        yield
    except StaleDataError as error:
        raise ChangedMeanwhile(CHANGED_MEANWHILE) from error


@contextmanager
def speaking_failures(location: str) -> Iterator[None]:
    """Raises the DatabaseUnavailable of an environment failure inside the block (the cause kept)."""
    try:
        yield
    except (DBAPIError, cipher.Error) as error:
        known = classify(error, location)
        if known is None:
            raise
        raise known from error
