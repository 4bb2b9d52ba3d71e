"""Why a database could not be opened: environment errors with a message for the user."""

from __future__ import annotations

from spaceoptics_desk.errors import QT_TRANSLATE_NOOP, KnownError

# Defined in errors.py, so that the screens and the command line catch it without importing the store.
from spaceoptics_desk.errors import DatabaseUnavailable as DatabaseUnavailable


# What SQLite said went wrong (store/failures.py classifies its error codes into these).
class DatabaseBusy(DatabaseUnavailable):
    """Another connection held the write lock for longer than the busy timeout."""


class DatabaseReadOnly(DatabaseUnavailable):
    """The file or its folder cannot be written."""


class DatabaseFull(DatabaseUnavailable):
    """The disk (or the file's size limit) is full."""


class DatabaseDiskError(DatabaseUnavailable):
    """The operating system could not read or write the file (a failing disk, a lost network share)."""


class DatabaseDamaged(DatabaseUnavailable):
    """The file is an SQLite file whose content is corrupt (cut short, overwritten)."""


def missing(path: str) -> DatabaseUnavailable:
    return DatabaseUnavailable(QT_TRANSLATE_NOOP("errors", "There is no database at {path}."), path=path)


class NotOurDatabase(DatabaseUnavailable):
    """The file is not a SpaceOptics Desk database at all (or its header is garbage)."""


def not_a_database(path: str) -> NotOurDatabase:
    return NotOurDatabase(
        QT_TRANSLATE_NOOP("errors", "{path} is not a SpaceOptics Desk database; it was left untouched."),
        path=path,
    )


def read_only(path: str) -> DatabaseReadOnly:
    return DatabaseReadOnly(
        QT_TRANSLATE_NOOP("errors", "The database {path} is read-only. Check the file's permissions."),
        path=path,
    )


def busy(path: str) -> DatabaseBusy:
    # SQLite already waited the busy timeout (BEGIN IMMEDIATE, store/sqlite.py) before saying so.
    return DatabaseBusy(
        QT_TRANSLATE_NOOP(
            "errors",
            "The database is busy: another desk or program is writing to it. Nothing was saved; try again.",
        ),
        path=path,
    )


def full(path: str) -> DatabaseFull:
    return DatabaseFull(
        QT_TRANSLATE_NOOP(
            "errors",
            "The disk that holds the database {path} is full. Nothing was saved; make room on it and "
            "try again.",
        ),
        path=path,
    )


def disk_error(path: str) -> DatabaseDiskError:
    return DatabaseDiskError(
        QT_TRANSLATE_NOOP(
            "errors",
            "The database {path} could not be read or written (a disk or network error). Nothing was "
            "saved; check the disk or the network connection and try again.",
        ),
        path=path,
    )


def damaged(path: str) -> DatabaseDamaged:
    return DatabaseDamaged(
        QT_TRANSLATE_NOOP(
            "errors",
            "The database {path} is damaged and cannot be used; nothing was changed. Restore the newest "
            "backup, or ask whoever looks after this computer.",
        ),
        path=path,
    )


def too_new(path: str) -> DatabaseUnavailable:
    return DatabaseUnavailable(
        QT_TRANSLATE_NOOP(
            "errors",
            "The database {path} was made by a newer version of SpaceOptics Desk. "
            "Install that version; this one will not change the file.",
        ),
        path=path,
    )


def cannot_open(path: str) -> DatabaseUnavailable:
    return DatabaseUnavailable(
        QT_TRANSLATE_NOOP("errors", "The database {path} cannot be opened."), path=path
    )


def server_unreachable(path: str) -> DatabaseUnavailable:
    return DatabaseUnavailable(
        QT_TRANSLATE_NOOP(
            "errors",
            "The database server {path} cannot be reached. Check that the server is on and that this "
            "computer is on its network, then try again; nothing was changed.",
        ),
        path=path,
    )


def server_ended_a_paused_action(path: str, seconds: int) -> DatabaseUnavailable:
    # This desk stood still in the middle of an action (the computer hung, the network was gone) for
    # longer than the server keeps another desk's records waiting (store/postgresql.IDLE_IN_TRANSACTION_S).
    return DatabaseUnavailable(
        QT_TRANSLATE_NOOP(
            "errors",
            "The database server {path} stopped this action because this computer did not answer for "
            "more than {seconds} seconds. Nothing of it was saved; try again.",
        ),
        path=path,
        seconds=seconds,
    )


def server_refused_sign_in(path: str) -> DatabaseUnavailable:
    return DatabaseUnavailable(
        QT_TRANSLATE_NOOP(
            "errors",
            "The database server {path} refused the user name or password of the connection (or does not "
            "let this computer in). Check them with whoever set up the server.",
        ),
        path=path,
    )


def server_cannot_rewrite(path: str) -> DatabaseUnavailable:
    return DatabaseUnavailable(
        QT_TRANSLATE_NOOP(
            "errors",
            "The database server {path} did not let this connection rewrite the app's tables, so what "
            "was erased may still be readable in its files. The connection's role must own the app's "
            "tables (see the README); the clean-up is tried again at the next start.",
        ),
        path=path,
    )


def unsupported(path: str) -> DatabaseUnavailable:
    return DatabaseUnavailable(
        QT_TRANSLATE_NOOP(
            "errors",
            "{path} is not a kind of database this version can use; give the path of a database file.",
        ),
        path=path,
    )


def backups_on_the_server(location: str) -> DatabaseUnavailable:
    """Backup and restore of a server's database are the server's (README: pg_dump); not yet the app's."""
    return DatabaseUnavailable(
        QT_TRANSLATE_NOOP(
            "errors",
            "The database {location} is on a server: back it up and restore it there with pg_dump and "
            'pg_restore (README, "A PostgreSQL server"); this app backs up database files only.',
        ),
        location=location,
    )


class BackupRefused(KnownError):
    """A file given to restore from is not a usable backup; nothing live was touched."""


def not_a_backup(path: str) -> BackupRefused:
    return BackupRefused(
        QT_TRANSLATE_NOOP(
            "errors",
            "{path} is not a backup of a SpaceOptics Desk database. Nothing was restored; the database "
            "was left untouched.",
        ),
        path=path,
    )


def damaged_backup(path: str) -> BackupRefused:
    return BackupRefused(
        QT_TRANSLATE_NOOP(
            "errors",
            "The backup {path} is damaged (its integrity check failed). Nothing was restored; the database "
            "was left untouched. Choose an older backup.",
        ),
        path=path,
    )


def backup_too_new(path: str) -> BackupRefused:
    return BackupRefused(
        QT_TRANSLATE_NOOP(
            "errors",
            "The backup {path} was made by a newer version of SpaceOptics Desk. Nothing was restored; the "
            "database was left untouched.",
        ),
        path=path,
    )


def backup_of_another_database(path: str, database: str) -> BackupRefused:
    return BackupRefused(
        QT_TRANSLATE_NOOP(
            "errors",
            "The backup {path} is of another database than {database}. Nothing was restored; the database "
            "was left untouched. To bring it back beside this one, restore it to a new path (--db).",
        ),
        path=path,
        database=database,
    )


def in_use(path: str) -> DatabaseUnavailable:
    return DatabaseUnavailable(
        QT_TRANSLATE_NOOP(
            "errors",
            "The database {path} is open in another program (the app at a desk, a scheduled job). Close it "
            "there first; nothing was changed.",
        ),
        path=path,
    )


def live_damaged(path: str) -> DatabaseDamaged:
    return DatabaseDamaged(
        QT_TRANSLATE_NOOP(
            "errors",
            "The database {path} is damaged, so its own erasure journal cannot be read. Nothing was "
            "restored. Restore with --replace-damaged: the damaged file is then kept beside it (as "
            ".damaged-…) and the journal beside the backups is used.",
        ),
        path=path,
    )


def no_journal(path: str, folder: str) -> BackupRefused:
    return BackupRefused(
        QT_TRANSLATE_NOOP(
            "errors",
            "No erasure journal of the database of {path} was found (beside the backup, or in {folder}): "
            "without it, people erased since the backup would come back. Nothing was restored. Put the "
            "erasure-journal-….jsonl of the backups folder beside the backup, or, only if nobody was "
            "erased since the backup was made, restore with --without-journal.",
        ),
        path=path,
        folder=folder,
    )


def backup_beyond_journal(path: str, since: str) -> BackupRefused:
    return BackupRefused(
        QT_TRANSLATE_NOOP(
            "errors",
            "The backup {path} is older than the erasure journal reaches back ({since}): people erased "
            "before then would come back. Nothing was restored; choose a newer backup.",
        ),
        path=path,
        since=since,
    )


def restore_running(path: str) -> DatabaseUnavailable:
    return DatabaseUnavailable(
        QT_TRANSLATE_NOOP(
            "errors", "A restore of the database {path} is running already; wait for it. Nothing was changed."
        ),
        path=path,
    )


class KeyFileUnusable(DatabaseUnavailable):
    """The key file beside an encrypted database is missing or damaged: nobody's password can open it
    until the copy in the backups folder is put back (store/key_slots.py)."""


def key_file_missing(path: str, copy: str) -> KeyFileUnusable:
    return KeyFileUnusable(
        QT_TRANSLATE_NOOP(
            "errors",
            "The key file {path} of this encrypted database is missing, so no password can open it. "
            "Put back its copy from {copy}; nothing was changed.",
        ),
        path=path,
        copy=copy,
    )


def key_file_damaged(path: str, copy: str) -> KeyFileUnusable:
    return KeyFileUnusable(
        QT_TRANSLATE_NOOP(
            "errors",
            "The key file {path} of this database is damaged, so no password can open it. "
            "Put back its copy from {copy}; nothing was changed.",
        ),
        path=path,
        copy=copy,
    )


class WrongKey(DatabaseUnavailable):
    """An encrypted database opened without its key, or with a key that does not decrypt it (a damaged
    or swapped key file: sign-in checks the password against its key slot before the database opens)."""


def wrong_key(path: str) -> WrongKey:
    return WrongKey(
        QT_TRANSLATE_NOOP(
            "errors", "The database {path} could not be opened with this key; nothing was changed."
        ),
        path=path,
    )


def needs_key(path: str) -> WrongKey:
    return WrongKey(
        QT_TRANSLATE_NOOP(
            "errors", "The database {path} is encrypted: sign in to open it. Nothing was changed."
        ),
        path=path,
    )


class NotEncrypted(DatabaseUnavailable):
    """A plain (unencrypted) database opened with a key: the app encrypts it once, after a backup copy
    (store/encrypting.py), instead of opening it."""


def not_encrypted(path: str) -> NotEncrypted:
    return NotEncrypted(
        QT_TRANSLATE_NOOP("errors", "The database {path} is not encrypted yet; it was left untouched."),
        path=path,
    )


def missing_with_backups(path: str, folder: str) -> DatabaseUnavailable:
    """The database is gone but its key file and backups are not: a first start here would make a new
    key, and no backup could be read again (issue 12)."""
    return DatabaseUnavailable(
        QT_TRANSLATE_NOOP(
            "errors",
            "There is no database at {path}, but its key file and backups are still there. Put the "
            "database back, or restore the latest backup from {folder} (spaceoptics-desk restore); "
            "nothing was changed.",
        ),
        path=path,
        folder=folder,
    )
