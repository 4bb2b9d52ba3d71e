"""The app's files and folders are the owner's only (0600 / 0700), whatever the umask (issue 10 §4).

The database and its -wal and -shm (SQLite gives those the database file's own permissions), backups, the
erasure journal, settings and the log hold personal data or tell something about it. Created with these
modes from the first byte, and tightened when found looser. Only folders the app makes (or its own data,
config and log folders) are tightened: a database kept in the user's Documents leaves Documents alone.
On Windows, files in the user's profile are private already and chmod cannot say more.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

FILE_MODE = 0o600
FOLDER_MODE = 0o700
POSIX = os.name == "posix"


def tighten(path: Path, mode: int = FILE_MODE) -> None:
    """Removes group and other permissions from a file or folder of ours (by path: the file is not
    opened, which matters for a database another connection of this process has open)."""
    if not POSIX:
        return
    with contextlib.suppress(OSError):
        status = path.stat()
        if status.st_uid == os.getuid() and status.st_mode & 0o077:
            path.chmod(mode)


def private_folder(path: Path) -> Path:
    """The folder, made if needed; it and every parent made for it are owner-only."""
    missing = [path, *(parent for parent in path.parents if not parent.exists())]
    for folder in reversed(missing):
        folder.mkdir(mode=FOLDER_MODE, exist_ok=True)
        tighten(folder, FOLDER_MODE)
    return path


def private_opener(path: str, flags: int) -> int:
    """For `open(..., opener=private_opener)`: a new file is owner-only from the start."""
    return os.open(path, flags, FILE_MODE)


def create_private_file(path: Path) -> None:
    """An empty owner-only file, unless it exists (then it is tightened)."""
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, FILE_MODE))
    tighten(path)


def replace_privately(path: Path, data: bytes) -> None:
    """Writes `data` as the whole of `path`, owner-only: into a sibling of its own first (two writers at
    once never rename each other's half), flushed, then renamed over it, so a kill or a full disk leaves
    either the old file or the new one, never half of either."""
    handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".writing", dir=path.parent)
    sibling = Path(name)
    try:
        with os.fdopen(handle, "wb") as stream:  # mkstemp made it 0600
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        sibling.replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            sibling.unlink()
        raise
    if POSIX:
        synced(path.parent)  # the rename itself survives a power cut


def synced(path: Path) -> None:
    """Flushes a file or folder to disk (a folder: the names in it, such as a rename just made)."""
    fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextlib.contextmanager
def held_exclusively(path: Path) -> Iterator[bool]:
    """An advisory lock on `path` (made owner-only if needed) for the block: yields False at once when
    another process holds it. The operating system lets go when the holder dies, so a kill leaves no
    stale lock behind."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, FILE_MODE)
    try:
        try:
            if POSIX:
                import fcntl

                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            else:
                import msvcrt

                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
        except OSError:
            yield False
            return
        yield True
    finally:
        os.close(fd)  # closing lets go of the lock
