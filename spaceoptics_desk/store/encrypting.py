"""The one-time encryption of a database from before issue 12 (AVG 32, 34(3)(a)).

First a plain backup copy beside the other backups (store/backup_files.py: named, stamped and rotated out
like any backup, R32). Then the plain file's write-ahead log is copied into it and emptied, SQLCipher's
`sqlcipher_export` writes every table and index into the sibling `<name>.encrypting` (keyed), its
`user_version` is copied by hand (the export drops it), the sibling is checked (integrity_check, the same
rows in every table) and flushed to disk, and only then renamed over the database in one step.

A kill at any moment before the rename leaves the plain database as it was (it was only read, and its
log copied in by SQLite's checkpoint, which is itself safe against a kill) and the next attempt removes
the sibling; after it, the database is the encrypted one, whole. The caller writes the key slots first,
so an encrypted database is never without a way to open it.
"""

from __future__ import annotations

import contextlib
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

from spaceoptics_desk.private_files import create_private_file, synced
from spaceoptics_desk.store import backup_files, cipher, errors, failures, sqlite_locks
from spaceoptics_desk.store.cipher import DatabaseKey

SIBLING_SUFFIX = ".encrypting"
_SCHEMA = "encrypted"


def sibling_path(database_file: Path) -> Path:
    return database_file.with_name(database_file.name + SIBLING_SUFFIX)


def convert_to_encrypted(path: Path, key: DatabaseKey) -> Path:
    """Encrypts the plain database `path` with `key`; returns the plain backup copy taken first.

    Refused (DatabaseUnavailable), the file untouched: a missing file, one that is not a plain database,
    one another program has open, a failure of the disk (said as `store/failures.py` says it).
    """
    display = str(path)
    if not path.is_file():
        raise errors.missing(display)
    if cipher.is_encrypted_file(path) or path.stat().st_size == 0:
        raise errors.not_a_database(display)  # nothing to encrypt (or encrypted already)
    if sqlite_locks.others_have_open(path):
        raise errors.in_use(display)
    sibling = sibling_path(path)
    _remove_with_companions(sibling)  # left by a kill during an earlier attempt
    with failures.speaking_failures(display):
        copy = backup_files.make_copy(path, datetime.now(UTC), None)
        try:
            _export(path, sibling, key, display)
            _check(path, sibling, key, display)
            synced(sibling)
            # Nothing of the plain database's log may outlive it beside the encrypted file.
            for companion in ("-wal", "-shm"):
                path.with_name(path.name + companion).unlink(missing_ok=True)
            sibling.replace(path)
        except BaseException:
            _remove_with_companions(sibling)
            raise
    with contextlib.suppress(OSError):
        synced(path.parent)  # the rename itself survives a power cut
    return copy


def _export(path: Path, sibling: Path, key: DatabaseKey, display: str) -> None:
    create_private_file(sibling)  # owner-only before SQLite writes a byte
    with closing(cipher.connect(path, None, must_exist=True, isolation_level=None)) as plain:
        # Everything of the log into the file, the log emptied: the plain file alone is the database.
        if plain.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0] != 0:
            raise errors.in_use(display)
        plain.execute(cipher.attach_statement(_SCHEMA, key), (str(sibling),))
        plain.execute(f"SELECT sqlcipher_export('{_SCHEMA}')")
        version = int(plain.execute("PRAGMA main.user_version").fetchone()[0])
        plain.execute(f"PRAGMA {_SCHEMA}.user_version = {version}")
        plain.execute(f"DETACH DATABASE {_SCHEMA}")


def _check(path: Path, sibling: Path, key: DatabaseKey, display: str) -> None:
    """The encrypted copy is whole and holds every row of every table the plain one holds."""
    with (
        closing(cipher.connect(path, None, read_only=True, must_exist=True)) as plain,
        closing(cipher.connect(sibling, key, must_exist=True)) as encrypted,
    ):
        if encrypted.execute("PRAGMA integrity_check").fetchall() != [("ok",)]:
            raise errors.damaged(display)
        if _row_counts(plain) != _row_counts(encrypted):
            raise errors.damaged(display)


def _row_counts(connection: cipher.Connection) -> dict[str, int]:
    tables = [
        row[0]
        for row in connection.execute(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'"
        )
    ]
    return {name: int(connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]) for name in tables}


def _remove_with_companions(path: Path) -> None:
    for end in ("", "-journal", "-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            path.with_name(path.name + end).unlink()
