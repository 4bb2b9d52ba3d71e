"""The database while it opens in the background, so the window can show (and take typing) at once.

Opening means importing SQLAlchemy, checking the file and its schema: a few hundred milliseconds the
shop assistant should not wait for a window. app.py hands this to the screens straight away; an
operation that needs the database waits for it in its worker thread, never on the GUI thread.
SQLAlchemy is imported only for types here, so that importing this module costs nothing at start.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session

    from spaceoptics_desk.store.cipher import DatabaseKey
    from spaceoptics_desk.store.database import Database, DatabaseAccess
    from spaceoptics_desk.store.desk_writes import WriteMarks

_PASSWORD_IN_URL = re.compile(r"(://[^:/@]+):[^@]*@")


def display_location(target: str) -> str:
    """Where the database is, for the status bar: a full path, or a URL without its password."""
    if "://" in target:
        return _PASSWORD_IN_URL.sub(r"\1:***@", target)
    return str(Path(target).expanduser().resolve())


class OpeningDatabase:
    """A database that becomes usable once `opened()` is called (or reports why not, via `failed()`).

    Attributes:
        location: where it is, for messages and the status bar.
    """

    def __init__(self, target: str) -> None:
        self.location = display_location(target)
        self._target = target
        self._settled = threading.Event()
        self._database: Database | None = None
        self._error: BaseException | None = None

    def opened(self, database: Database) -> None:
        self._database = database
        self.location = database.location
        self._settled.set()

    def failed(self, error: BaseException) -> None:
        self._error = error
        self._settled.set()

    @property
    def is_open(self) -> bool:
        return self._database is not None

    @property
    def error(self) -> BaseException | None:
        return self._error

    @property
    def file(self) -> Path | None:
        """The database file, known before it opens (None for a server URL): no file dialog may pick it."""
        if self._database is not None:
            return self._database.file
        return None if "://" in self._target else Path(self._target).expanduser().resolve()

    def _wait(self) -> Database:
        self._settled.wait()
        if self._database is None:
            assert self._error is not None
            raise self._error
        return self._database

    @property
    def engine(self) -> Engine:
        """The open database's engine (the trace clean-up after an erasure checkpoints through it)."""
        return self._wait().engine

    @property
    def key(self) -> DatabaseKey | None:
        return self._wait().key

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with self._wait().reading() as session:
            yield session

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        with self._wait().transaction() as session:
            yield session

    @contextmanager
    def pinned(self) -> Iterator[DatabaseAccess]:
        with self._wait().pinned() as pinned:
            yield pinned

    def others_marks(self) -> WriteMarks:
        return self._wait().others_marks()

    def close(self) -> None:
        if self._database is not None:
            self._database.close()
