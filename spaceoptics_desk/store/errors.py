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
