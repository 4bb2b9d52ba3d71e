"""Files the app hands to people (data copies, e-mail drafts, reports, mailing lists): all or nothing.

Each file goes to a temporary file in its own folder first and is renamed into place (`os.replace`,
atomic within one folder), so a full disk, a read-only folder or a vanishing USB stick never leaves a
half-written file, and no personal data lands in a temporary folder elsewhere.
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


class FileNotWritten(InvalidInput):
    """The folder or the disk refused the file(s); nothing of them was left behind."""


def _not_written(error: OSError, folder: Path) -> FileNotWritten:
    if isinstance(error, PermissionError) or error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return FileNotWritten(
            QT_TRANSLATE_NOOP(
                "errors", "The folder {folder} is read-only. Choose another folder; nothing was saved."
            ),
            folder=str(folder),
        )
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
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


def write_files(folder: Path, contents: Mapping[Path, bytes]) -> None:
    """Writes every file (all in `folder`) or none of them."""
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


def write_file(target: Path, data: bytes) -> None:
    """Writes one file whole or not at all."""
    write_files(target.parent, {target: data})
