"""The database encrypted at rest (issue 12, AVG 32 and 34(3)(a)): the one place that opens its file.

SQLCipher 4 through `sqlcipher3` (docs/research/encryption-at-rest.md): every page of the file, its
write-ahead log and its backups is AES-256 encrypted with a random 32-byte key that the staff's key
slots unwrap (store/key_slots.py). The raw key is given (`PRAGMA key = "x'…'"`), never a passphrase:
no PBKDF2 per pooled connection (~125 ms), and the key slots already are the memory-hard part.

Every connection to a database file in this package comes from `connect`, keyed or (key None) plain, so
the SQLite library, its locks (DESIGN.md "SQLite and POSIX locks") and its error classes are the same
everywhere. A wrong key fails in `connect` itself (`SQLITE_NOTADB`), never half-way through an action.
"""

from __future__ import annotations

import hmac
import secrets
from pathlib import Path
from typing import Any

import sqlcipher3

KEY_BYTES = 32
# A plain SQLite file starts with this; an SQLCipher file starts with its random salt.
SQLITE_HEADER = b"SQLite format 3\x00"

# The driver's error classes: not sqlite3's (the standard library's SQLite is another library).
Error = sqlcipher3.Error
DatabaseError = sqlcipher3.DatabaseError
OperationalError = sqlcipher3.OperationalError
Connection = sqlcipher3.Connection
# The bundled SQLite's version (3.53 with sqlcipher3 0.6.4), not the standard library's.
sqlite_version_info: tuple[int, int, int] = sqlcipher3.sqlite_version_info


class DatabaseKey:
    """The database's key: 32 random bytes. Never shown: not in a repr, a str, a log or a message."""

    __slots__ = ("_raw",)

    def __init__(self, raw: bytes) -> None:
        if not isinstance(raw, bytes) or len(raw) != KEY_BYTES:
            raise ValueError("a database key is 32 bytes")
        self._raw = raw

    @classmethod
    def new(cls) -> DatabaseKey:
        return cls(secrets.token_bytes(KEY_BYTES))

    @property
    def raw(self) -> bytes:
        return self._raw

    def hex(self) -> str:
        return self._raw.hex()

    def __repr__(self) -> str:
        return "DatabaseKey(hidden)"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, DatabaseKey):
            return NotImplemented
        return hmac.compare_digest(self._raw, other._raw)

    def __hash__(self) -> int:
        return hash((DatabaseKey, self._raw))

    def __reduce__(self) -> Any:
        # Not pickled into anything (a multiprocessing queue, a crash dump's locals): it stays in memory.
        raise TypeError("a database key is not pickled")


def key_statement(key: DatabaseKey, schema: str = "main") -> str:
    """`PRAGMA key` with the raw key (no passphrase derivation); only ever executed, never logged."""
    return f"PRAGMA {schema}.key = \"x'{key.hex()}'\""


def attach_statement(schema: str, key: DatabaseKey | None) -> str:
    """ATTACH of the file in parameter 1 as `schema`, with the key (KEY '' : a plain file)."""
    secret = f"\"x'{key.hex()}'\"" if key is not None else "''"
    return f"ATTACH DATABASE ? AS {schema} KEY {secret}"


def connect(
    path: Path,
    key: DatabaseKey | None,
    *,
    read_only: bool = False,
    immutable: bool = False,
    must_exist: bool = False,
    timeout: float = 5.0,
    isolation_level: str | None = "",
    check_same_thread: bool = True,
) -> sqlcipher3.Connection:
    """A connection to the database file `path`: keyed (the file is encrypted with `key`) or plain.

    `read_only` / `immutable` (a backup never gets a -wal or -shm beside it) / `must_exist` (a missing
    file is SQLITE_CANTOPEN, not a new empty database). Raises the driver's DatabaseError
    (SQLITE_NOTADB) here when the key does not open the file, or the file is not a database.
    """
    mode = "ro" if read_only or immutable else ("rw" if must_exist else "rwc")
    uri = f"{path.absolute().as_uri()}?mode={mode}{'&immutable=1' if immutable else ''}"
    connection = sqlcipher3.connect(
        uri, uri=True, timeout=timeout, isolation_level=isolation_level, check_same_thread=check_same_thread
    )
    try:
        _quiet(connection)
        if key is not None:
            connection.execute(key_statement(key))  # the first statement that touches the file
        # Reads page 1: a wrong key (or not a database at all) fails now, with SQLITE_NOTADB.
        connection.execute("SELECT count(*) FROM sqlite_schema").fetchone()
    except BaseException:
        connection.close()
        raise
    return connection


def _quiet(connection: sqlcipher3.Connection) -> None:
    """SQLCipher logs a failed page decryption to stderr by default: the app's log must not depend on it,
    and a program's stderr is no place for "hmac check failed for pgno=1" on every wrong key."""
    rows = connection.execute("PRAGMA cipher_log_level = NONE").fetchall()
    if rows != [("NONE",)]:
        # Not SQLCipher (a plain SQLite would ignore PRAGMA key and write the data unencrypted).
        raise RuntimeError("the SQLite driver has no SQLCipher: the database cannot be encrypted")


def is_encrypted_file(path: Path) -> bool:
    """Whether `path` is a non-empty file that does not start with SQLite's plain header: an encrypted
    database (or not a database at all, which opening it with the key tells).

    Reads the file outside SQLite: call it only before this process opens the database (DESIGN.md
    "SQLite and POSIX locks"), as `check_file` does."""
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    return header != b"" and header != SQLITE_HEADER


def result_code(error: BaseException) -> int | None:
    """SQLite's extended result code of a driver error (None for anything else)."""
    code = getattr(error, "sqlite_errorcode", None)
    return code if isinstance(error, sqlcipher3.Error) and isinstance(code, int) else None
