"""Whole database files for a restore: the checks a backup passes before anything live is touched, the
sibling file a restore is prepared in, and putting it in place in one step (issue 10 §2, R32).

A restore never works on the live database: the backup is copied into `<database>.restoring`, checked
there (it opens, it is ours, its schema is one this version knows, `integrity_check` says ok), upgraded,
and the erasure journal is replayed in it. Only then does it replace the live database's contents, in one
SQLite transaction that holds the write lock from its last look at the live journal to its commit (so an
erasure made at another desk meanwhile is replayed too, never lost), or, when there is no live file, by
linking it into place. A restore killed at any moment leaves either the old database or the new one with
every erasure re-applied; a sibling left behind by a killed restore holds people's data and is removed
the next time the database is opened.

The sibling is encrypted with the live database's key, as the backup is (issue 12); a plain backup from
before the database was encrypted is exported into it encrypted (`sqlcipher_export`).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path

from spaceoptics_desk.private_files import synced, tighten
from spaceoptics_desk.store import cipher, errors, failures, sqlite_locks
from spaceoptics_desk.store.cipher import DatabaseKey
from spaceoptics_desk.store.installation import DATABASE_ID, SALT
from spaceoptics_desk.store.sqlite import SEARCH_TABLE

RESTORING_SUFFIX = ".restoring"
# The tables every SpaceOptics Desk database has had since its first schema.
OUR_TABLES = frozenset({"alembic_version", "customers", "orders", "staff_users", "audit_log"})


CREATING_SUFFIX = ".creating"


def creating_path(database_file: Path) -> Path:
    """Where a first start makes the new database, until its first owner is in it."""
    return database_file.with_name(database_file.name + CREATING_SUFFIX)


def remove_creating(database_file: Path) -> None:
    """What a killed first start left (no person's data: the reference data and perhaps the owner)."""
    for leftover in _with_companions(creating_path(database_file)):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()


def place_created(database_file: Path) -> None:
    """The new database, closed, takes its place (where there is none; refused if one appeared
    meanwhile): a kill before leaves no database, which the next first start makes anew; after, a
    whole one with its owner."""
    created = creating_path(database_file)
    if created.with_name(created.name + "-wal").exists():
        raise errors.in_use(str(created))  # still open somewhere: its last pages are not in the file
    synced(created)
    try:
        os.link(created, database_file)
    except FileExistsError as error:
        raise errors.in_use(str(database_file)) from error
    created.unlink()
    with contextlib.suppress(OSError):
        synced(database_file.parent)


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
    if sibling.exists() and not sqlite_locks.restore_mark_held(sibling):
        remove_restoring(database_file)


@contextmanager
def preparing(database_file: Path) -> Iterator[Path]:
    """The sibling a restore prepares the restored database in: new, owner-only, marked as this restore's
    own until the block ends (then removed). Refused while another restore of the database runs."""
    sibling = restoring_path(database_file)
    handle, name = tempfile.mkstemp(prefix=f".{sibling.name}.", dir=database_file.parent)
    temporary = Path(name)
    try:
        sqlite_locks.hold_restore_mark(handle)
        # Linked into place already marked: another restore never sees it unmarked.
        for _attempt in range(2):
            try:
                os.link(temporary, sibling)
                break
            except FileExistsError:
                if sqlite_locks.restore_mark_held(sibling):
                    raise errors.restore_running(str(database_file)) from None
                remove_restoring(database_file)  # left by a restore that was killed
        else:
            raise errors.restore_running(str(database_file))
        temporary.unlink()
        try:
            yield sibling
        finally:
            remove_restoring(database_file)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
        os.close(handle)


def _read_only(path: Path, key: DatabaseKey | None) -> cipher.Connection:
    # immutable: no -shm or -wal is made beside a backup. Only when it has no write-ahead log of its own
    # (someone opened it with another tool): then what the log holds is part of it.
    has_log = path.with_name(path.name + "-wal").exists()
    return cipher.connect(path.resolve(), key, read_only=True, immutable=not has_log)


def copy_backup(backup: Path, target: Path, key: DatabaseKey | None = None) -> None:
    """Copies the backup file `backup` into the empty file `target` (made by `preparing`), encrypted with
    `key` (None: plain): page by page, or, from a plain backup into an encrypted database, by export.

    Raises BackupRefused when it is not a database at all, or not one this key (or no key) opens.
    """
    # Not the live file (restore refuses that one), so reading its first bytes drops no lock.
    plain_into_encrypted = key is not None and not cipher.is_encrypted_file(backup)
    try:
        with closing(_read_only(backup, None if plain_into_encrypted else key)) as source:
            if plain_into_encrypted:
                assert key is not None
                source.execute(cipher.attach_statement("encrypted", key), (str(target),))
                source.execute("SELECT sqlcipher_export('encrypted')")
                version = int(source.execute("PRAGMA main.user_version").fetchone()[0])
                source.execute(f"PRAGMA encrypted.user_version = {version}")
                source.execute("DETACH DATABASE encrypted")
            else:
                with closing(cipher.connect(target, key)) as destination:
                    source.backup(destination)
    except cipher.Error as error:
        code = (failures.sqlite_result_code(error) or 0) & 0xFF
        if code in (failures.SQLITE_NOTADB, failures.SQLITE_CORRUPT):
            raise errors.not_a_backup(str(backup)) from error
        raise  # the disk or folder of the copy: said by `failures` where the restore runs


@dataclass(frozen=True)
class BackupFacts:
    """What a checked copy of a backup is: its schema revision, and whose database it was."""

    revision: str
    database_id: str | None
    salt: str | None


def check_copy(
    copy: Path, display: str, known_revisions: frozenset[str], key: DatabaseKey | None = None
) -> BackupFacts:
    """Refuses (BackupRefused) a copy that is damaged, not ours, or of a newer schema."""
    with closing(cipher.connect(copy, key, must_exist=True)) as connection:
        try:
            verdict = [row[0] for row in connection.execute("PRAGMA integrity_check")]
            tables = {
                row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
        except cipher.DatabaseError as error:
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


def _settle(prepared: Path, key: DatabaseKey | None) -> None:
    """Everything of the prepared copy into its file, on disk: a rename moves only the file, never its
    -wal. `prepared` must not be open anywhere (its Database closed)."""
    with closing(cipher.connect(prepared, key, must_exist=True)) as settle:
        busy = settle.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    if busy:
        raise cipher.OperationalError("the prepared restore is still in use")
    synced(prepared)


def clear_orphaned_log(database_file: Path) -> bool:
    """A -wal and -shm left without their database file (deleted under them) are removed: their pages
    belong to a file that is gone and would be replayed into the restored one, damaging it. Refused
    while a program still uses them. Returns whether anything was removed."""
    companions = _with_companions(database_file)[1:]
    if sqlite_locks.log_in_use(companions[1]):
        raise errors.in_use(str(database_file))
    removed = False
    for leftover in companions:
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()
            removed = True
    return removed


def place_new(prepared: Path, database_file: Path, key: DatabaseKey | None = None) -> None:
    """The prepared copy becomes the database where there is none; refused if one appeared meanwhile."""
    _settle(prepared, key)
    try:
        os.link(prepared, database_file)  # unlike a rename, never replaces a file made meanwhile
    except FileExistsError as error:
        raise errors.in_use(str(database_file)) from error
    with contextlib.suppress(OSError):
        synced(database_file.parent)


def set_aside_damaged(database_file: Path, stamp: str) -> Path:
    """Moves a damaged database (and its log) out of the way, owner-only, for the owner to delete."""
    aside = database_file.with_name(f"{database_file.name}.damaged-{stamp}")
    for source, target in zip(_with_companions(database_file), _with_companions(aside), strict=True):
        with contextlib.suppress(FileNotFoundError):
            source.replace(target)
            tighten(target)
    return aside


def _copied_tables(live: cipher.Connection) -> list[str]:
    rows = live.execute(
        "SELECT name, sql FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).fetchall()
    virtual = {name for name, sql in rows if str(sql).upper().startswith("CREATE VIRTUAL TABLE")}
    # A full-text table's own tables (name_data, name_idx, ...) are written by it, not copied.
    shadow = {name for name, _sql in rows if any(name.startswith(f"{v}_") for v in virtual)}
    return [name for name, _sql in rows if name not in virtual | shadow]


def _copy_rows(live: cipher.Connection) -> None:
    """Every row of `restored` into `main`, whose rows go first (foreign keys checked at the commit)."""
    live.execute("PRAGMA defer_foreign_keys = ON")
    tables = _copied_tables(live)
    for table in tables:
        live.execute(f'DELETE FROM main."{table}"')
    for table in tables:
        names = [row[1] for row in live.execute(f'PRAGMA main.table_info("{table}")')]
        columns = ", ".join(f'"{name}"' for name in names)
        live.execute(f'INSERT INTO main."{table}" ({columns}) SELECT {columns} FROM restored."{table}"')
    if live.execute("SELECT 1 FROM main.sqlite_master WHERE name = 'sqlite_sequence'").fetchone():
        live.execute("DELETE FROM main.sqlite_sequence")
        live.execute("INSERT INTO main.sqlite_sequence SELECT * FROM restored.sqlite_sequence")
    live.execute(f"DELETE FROM main.{SEARCH_TABLE}")
    documents = f"SELECT rowid, document FROM restored.{SEARCH_TABLE}"
    live.execute(f"INSERT INTO main.{SEARCH_TABLE}(rowid, document) {documents}")


def replace_contents(
    prepared: Path,
    database_file: Path,
    replayed: set[str],
    owed: Sequence[str],
    key: DatabaseKey | None = None,
) -> list[str] | None:
    """Makes the live database hold what `prepared` holds, in one transaction that holds the write lock
    from before the live journal is read to the commit: no erasure can slip in between.

    Returns None when done. When the live database committed erasures that `replayed` lacks (made while
    the restore was being prepared), nothing is replaced and their journal ids are returned: replay them
    into `prepared` and call again. `owed` names the trace clean-ups the live database owes afterwards.
    """
    with closing(
        cipher.connect(database_file, key, must_exist=True, timeout=30, isolation_level=None)
    ) as live:
        live.execute("PRAGMA secure_delete = ON")
        # Not possible inside a transaction. The prepared copy has the live database's key.
        live.execute(cipher.attach_statement("restored", key), (str(prepared),))
        live.execute("BEGIN IMMEDIATE")
        try:
            journal = live.execute("SELECT id FROM main.erasure_journal").fetchall()
            missed = [row[0] for row in journal if row[0] not in replayed]
            if missed:
                live.execute("ROLLBACK")
                return missed
            _copy_rows(live)
            owed_rows = [(kind,) for kind in owed]
            live.executemany("INSERT OR IGNORE INTO main.pending_cleanups(kind) VALUES (?)", owed_rows)
            live.execute("COMMIT")
        except BaseException:
            if live.in_transaction:
                live.execute("ROLLBACK")
            raise
        live.execute("DETACH DATABASE restored")
    return None
