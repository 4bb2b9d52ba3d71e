"""Why a database could not be opened: environment errors with a message for the user."""

from __future__ import annotations

from spaceoptics_desk.errors import QT_TRANSLATE_NOOP, KnownError


class DatabaseUnavailable(KnownError):
    """The database cannot be used; nothing was changed."""


def missing(path: str) -> DatabaseUnavailable:
    return DatabaseUnavailable(QT_TRANSLATE_NOOP("errors", "There is no database at {path}."), path=path)


def not_a_database(path: str) -> DatabaseUnavailable:
    return DatabaseUnavailable(
        QT_TRANSLATE_NOOP("errors", "{path} is not a SpaceOptics Desk database; it was left untouched."),
        path=path,
    )


def read_only(path: str) -> DatabaseUnavailable:
    return DatabaseUnavailable(
        QT_TRANSLATE_NOOP("errors", "The database {path} is read-only. Check the file's permissions."),
        path=path,
    )


def locked(path: str) -> DatabaseUnavailable:
    return DatabaseUnavailable(
        QT_TRANSLATE_NOOP(
            "errors", "The database {path} is locked by another program. Close it and try again."
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


def unsupported(path: str) -> DatabaseUnavailable:
    return DatabaseUnavailable(
        QT_TRANSLATE_NOOP(
            "errors",
            "{path} is not a kind of database this version can use; give the path of a database file.",
        ),
        path=path,
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
