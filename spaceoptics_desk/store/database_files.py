"""Whole database files for a restore: the checks a backup passes before anything live is touched, the
sibling file a restore is prepared in, and putting it in place in one step (issue 10 §2, R32).

A restore never works on the live database: the backup is copied into `<database>.restoring`, checked
there (it opens, it is ours, its schema is one this version knows, `integrity_check` says ok), upgraded,
and the erasure journal is replayed in it. Only then does it replace the live database, in one SQLite
transaction (the online backup API writing every page at once) or, when there is no live file, by an
atomic rename. A restore killed at any moment leaves either the old database or the new one with every
erasure re-applied; a sibling left behind by a killed restore holds people's data and is removed the next
time the database is opened.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from spaceoptics_desk.store import errors, failures, sqlite_locks
from spaceoptics_desk.store.installation import DATABASE_ID, SALT

RESTORING_SUFFIX = ".restoring"
# The tables every SpaceOptics Desk database has had since its first schema.
OUR_TABLES = frozenset({"alembic_version", "customers", "orders", "staff_users", "audit_log"})


def restoring_path(database_file: Path) -> Path:
    return database_file.with_name(database_file.name + RESTORING_SUFFIX)


def _with_companions(path: Path) -> list[Path]:
    return [path, *(path.with_name(path.name + end) for end in ("-wal", "-shm", "-journal"))]


def remove_restoring(database_file: Path) -> None:
    for leftover in _with_companions(restoring_path(database_file)):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()


def remove_unfinished_restore(database_file: Path) -> None:
    """A sibling left by a killed restore (people's data, erased ones too) goes, unless a restore runs."""
    sibling = restoring_path(database_file)
    if sibling.exists() and not sqlite_locks.others_have_open(sibling):
        remove_restoring(database_file)


def _read_only(path: Path) -> sqlite3.Connection:
    # immutable: no -shm or -wal is made beside a backup. Only when it has no write-ahead log of its own
    # (someone opened it with another tool): then what the log holds is part of it.
    has_log = path.with_name(path.name + "-wal").exists()
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro{'' if has_log else '&immutable=1'}", uri=True)


def copy_backup(backup: Path, target: Path) -> None:
    """Copies the backup file `backup` into the new file `target` (owner-only), page by page.

    Raises BackupRefused when it is not a database at all; `target` is then removed.
    """
    display = str(backup)
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o600)
    os.close(fd)
    try:
        with closing(_read_only(backup)) as source, closing(sqlite3.connect(target)) as destination:
            source.backup(destination)
    except sqlite3.Error as error:
        for leftover in _with_companions(target):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
        if (failures.sqlite_result_code(error) or 0) & 0xFF in (
            failures.SQLITE_NOTADB,
            failures.SQLITE_CORRUPT,
        ):
            raise errors.not_a_backup(display) from error
        raise  # the disk or folder of the copy: said by `failures` where the restore runs


@dataclass(frozen=True)
class BackupFacts:
    """What a checked copy of a backup is: its schema revision, and whose database it was."""

    revision: str
    database_id: str | None
    salt: str | None


def check_copy(copy: Path, display: str, known_revisions: frozenset[str]) -> BackupFacts:
    """Refuses (BackupRefused) a copy that is damaged, not ours, or of a newer schema."""
    with closing(sqlite3.connect(copy)) as connection:
        try:
            verdict = [row[0] for row in connection.execute("PRAGMA integrity_check")]
            tables = {
                row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
        except sqlite3.DatabaseError as error:
            raise errors.not_a_backup(display) from error
        if verdict != ["ok"]:
            raise errors.damaged_backup(display)
        if not tables >= OUR_TABLES:
            raise errors.not_a_backup(display)
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        if revision is None:
            raise errors.not_a_backup(display)
        if revision[0] not in known_revisions:
            raise errors.backup_too_new(display)
        secrets = (
            dict(connection.execute("SELECT key, value FROM installation_secrets").fetchall())
            if "installation_secrets" in tables
            else {}
        )
    return BackupFacts(str(revision[0]), secrets.get(DATABASE_ID), secrets.get(SALT))


def put_in_place(prepared: Path, database_file: Path) -> None:
    """Makes the prepared copy the database: one transaction over an existing file, else a rename.

    `prepared` must not be open anywhere (its Database closed)."""
    with closing(sqlite3.connect(prepared)) as settle:
        # Everything into the file itself: a rename moves only the file, never its -wal.
        busy = settle.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    if busy:
        raise sqlite3.OperationalError("the prepared restore is still in use")
    _fsync(prepared)
    if not database_file.exists():
        prepared.replace(database_file)
        with contextlib.suppress(OSError):
            _fsync(database_file.parent)
        return
    with (
        closing(sqlite3.connect(prepared)) as source,
        closing(sqlite3.connect(database_file, timeout=30)) as destination,
    ):
        destination.execute("PRAGMA secure_delete = ON")
        source.backup(destination)  # all pages in one step: one transaction in the live file
        # R31: the old pages, with the people erased since the backup, leave the write-ahead log.
        destination.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
