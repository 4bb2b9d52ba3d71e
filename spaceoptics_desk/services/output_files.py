"""Files the app hands to people (data copies, e-mail drafts, reports, mailing lists): all or nothing.

Each file goes to a temporary file in its own folder first and is renamed into place (`os.replace`,
atomic within one folder), so a full disk, a read-only folder or a vanishing USB stick never leaves a
half-written file, and no personal data lands in a temporary folder elsewhere. Only the kinds of file the
app makes are written: a name of any other kind (`shop.db`) could replace the database itself. And a
database that is itself named like an output (`shop.csv`) is never replaced by one: a target that is the
database file or its -wal/-shm (the same path, or the same file by device and inode: a hard link) is
refused. That check only looks at the names and stat()s them: the database file is never opened outside
SQLite (store/sqlite_locks.py).
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Mapping
from pathlib import Path

from spaceoptics_desk.errors import QT_TRANSLATE_NOOP
from spaceoptics_desk.services.errors import InvalidInput

# Issue 10 §1: an output never replaces the database (or its -wal/-shm) that happens to have the name chosen.
OUTPUT_SUFFIXES = (".pdf", ".csv", ".json", ".eml")


class FileNotWritten(InvalidInput):
    """The folder or the disk refused the file(s); nothing of them was left behind."""


def refused_by_folder(error: OSError) -> bool:
    """The folder may not be written: its permissions, an immutable folder, a read-only file system."""
    return isinstance(error, PermissionError) or error.errno in (errno.EACCES, errno.EPERM, errno.EROFS)


def refused_by_full_disk(error: OSError) -> bool:
    return error.errno in (errno.ENOSPC, errno.EDQUOT)


def _not_written(error: OSError, folder: Path) -> FileNotWritten:
    if refused_by_folder(error):
        return FileNotWritten(
            QT_TRANSLATE_NOOP(
                "errors", "The folder {folder} is read-only. Choose another folder; nothing was saved."
            ),
            folder=str(folder),
        )
    if refused_by_full_disk(error):
        return FileNotWritten(
            QT_TRANSLATE_NOOP(
                "errors",
                "The disk of {folder} is full. Make room or choose another folder; nothing was saved.",
            ),
            folder=str(folder),
        )
    return FileNotWritten(
        QT_TRANSLATE_NOOP("errors", "Could not save in {folder} ({reason}); nothing was saved."),
        folder=str(folder),
        reason=error.strerror or type(error).__name__,
    )


def _database_files(database_file: Path) -> list[Path]:
    return [database_file, *(database_file.with_name(database_file.name + end) for end in ("-wal", "-shm"))]


def replaces_database(target: Path, database_file: Path | None) -> bool:
    """Whether writing `target` would replace the database file or its -wal/-shm (by stat, never open)."""
    if database_file is None:
        return False
    protected = _database_files(database_file)
    resolved = target.resolve()
    if any(resolved == file.resolve() for file in protected):
        return True
    try:
        status = target.stat()
    except OSError:
        return False  # nothing there to replace
    for file in protected:
        with contextlib.suppress(OSError):
            other = file.stat()
            if (status.st_dev, status.st_ino) == (other.st_dev, other.st_ino):
                return True
    return False


def database_target_refused(target: Path) -> FileNotWritten:
    return FileNotWritten(
        QT_TRANSLATE_NOOP(
            "errors",
            "{name} is the database this app is working in (or one of its -wal and -shm files): saving "
            "there would destroy it. Choose another name or folder; nothing was saved.",
        ),
        name=target.name,
    )


def write_files(folder: Path, contents: Mapping[Path, bytes], *, database_file: Path | None = None) -> None:
    """Writes every file (all in `folder`) or none of them; never over `database_file` or its -wal/-shm."""
    for target in contents:
        if target.suffix.lower() not in OUTPUT_SUFFIXES:
            raise FileNotWritten(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{name} is not a name for a file of this app: give a name ending in .pdf, .csv, "
                    ".json or .eml. Nothing was saved.",
                ),
                name=target.name,
            )
        if replaces_database(target, database_file):
            raise database_target_refused(target)
    if not folder.is_dir():
        raise FileNotWritten(
            QT_TRANSLATE_NOOP("errors", "The folder {folder} does not exist."), folder=str(folder)
        )
    staged: list[tuple[Path, Path]] = []
    placed: list[Path] = []
    try:
        for target, data in contents.items():
            handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial", dir=folder)
            staged.append((Path(name), target))
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
                stream.flush()
                os.fsync(stream.fileno())
        for temporary, target in staged:
            temporary.replace(target)
            placed.append(target)
    except OSError as error:
        for leftover in [temporary for temporary, _ in staged] + placed:
            with contextlib.suppress(OSError):
                leftover.unlink(missing_ok=True)
        raise _not_written(error, folder) from error


def write_file(target: Path, data: bytes, *, database_file: Path | None = None) -> None:
    """Writes one file whole or not at all (never over `database_file` or its -wal/-shm)."""
    write_files(target.parent, {target: data}, database_file=database_file)
