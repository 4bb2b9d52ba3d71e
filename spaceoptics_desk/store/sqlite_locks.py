"""Keeps the database safe to share with other programs whatever else in this process opens its files.

SQLite locks a database with POSIX record locks, which belong to the *process*: when anything in the
process opens the database file (or its -shm) through another file descriptor and closes it (a file
dialog sniffing file contents for an icon, a header check, a copy), every lock of the process on that file
is gone. The next program to close its connection then believes it is the last one, checkpoints and
deletes the write-ahead log, and this process goes on writing into a deleted file: its writes are lost
(SQLite's "How To Corrupt An SQLite Database File", 2.2; reproduced here, issue 10 §1).

`LockGuard` makes that impossible on Linux with open-file-description (OFD) locks, which belong to one
open file and are not dropped when another descriptor closes:
- a read lock on the database file's SHARED range: no other program can take the EXCLUSIVE lock it needs
  to delete the write-ahead log (or leave WAL mode) while this process has the database open;
- a read lock on the -shm file's "dead man switch" byte: no other program can think the shared index is
  unused and reset it under us.
Neither blocks anything SQLite does in WAL mode for normal reads, writes and checkpoints. It also
*detects* a lost lock (from /proc/locks) before each write and takes it again, and logs that it happened.

Windows locks belong to a file handle, so closing another handle takes nothing away: no guard is needed
there, and `LockGuard` does nothing where the platform has no OFD locks.
"""

from __future__ import annotations

import contextlib
import logging
import os
import struct
import sys
from pathlib import Path

log = logging.getLogger(__name__)

# SQLite's lock bytes (os_unix.c): the SHARED range of the database file, and the -shm file's DMS byte.
SHARED_FIRST = 0x40000000 + 2
SHARED_SIZE = 510
SHM_DEAD_MAN_SWITCH = 128
WAL_WRITE_LOCK = 120  # held in the -shm file by the connection that writes, from BEGIN to its commit
# A byte SQLite never locks: held by a restore on the sibling it prepares, so nobody removes it meanwhile.
RESTORE_MARK = 0x50000000

_FLOCK = "hhqqi4x"  # struct flock on Linux: type, whence, start, len, pid (+ padding)
_F_OFD_GETLK = 36
_F_OFD_SETLK = 37
_F_SETLK = 6
_F_RDLCK, _F_WRLCK, _F_UNLCK = 0, 1, 2

SUPPORTED = sys.platform.startswith("linux")


def _lock(fd: int, command: int, kind: int, start: int, length: int) -> bytes:
    import fcntl

    request = struct.pack(_FLOCK, kind, os.SEEK_SET, start, length, 0)
    return fcntl.fcntl(fd, command, request)


def _process_holds(path: Path, start: int, kind: str | None = None) -> bool | None:
    """Whether this process holds its POSIX (SQLite's own) lock at `start` of the file (of `kind` READ or
    WRITE, when given); None: cannot tell."""
    try:
        inode = path.stat().st_ino
        lines = Path("/proc/locks").read_text().splitlines()
    except OSError:
        return None
    pid = str(os.getpid())
    for line in lines:
        # "2: POSIX  ADVISORY  READ 6455 fe:00:2163246 1073741826 1073742335"
        fields = line.split()
        if (
            len(fields) >= 8
            and fields[1] == "POSIX"
            and fields[4] == pid
            and fields[5].rsplit(":", 1)[-1] == str(inode)
            and fields[6] == str(start)
            and kind in (None, fields[3])
        ):
            return True
    return False


# The files this process has open through SQLite (each guarded): never to be opened by anything else here.
_GUARDED: set[Path] = set()


class LockGuard:
    """OFD read locks on one database's files for as long as this process has it open (Linux).

    Attributes:
        path: the database file.
        repairs: how often a lost lock was found and taken again (for tests and the log).
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.repairs = 0
        self._handles: list[tuple[int, Path, int, int]] = []
        _GUARDED.add(path.resolve())
        if not SUPPORTED:
            return
        shm = path.with_name(path.name + "-shm")
        for file, start, length in ((path, SHARED_FIRST, SHARED_SIZE), (shm, SHM_DEAD_MAN_SWITCH, 1)):
            try:
                # Kept open until `release`: closing it would itself drop this process's SQLite locks.
                fd = os.open(file, os.O_RDONLY | os.O_CLOEXEC)
            except OSError:
                continue  # no -shm (not in WAL mode), or not readable: SQLite's own locks as before
            try:
                _lock(fd, _F_OFD_SETLK, _F_RDLCK, start, length)
            except OSError:
                # Another program holds an exclusive lock right now; SQLite itself will wait for it.
                log.warning("could not guard the database locks (%s)", file.suffix or "db")
            self._handles.append((fd, file, start, length))

    def check(self) -> bool:
        """True when SQLite's own locks are all still held. A lost one is taken again (it is the same
        process-wide lock SQLite believes it holds) and logged, without any path or data."""
        intact = True
        for fd, file, start, length in self._handles:
            if _process_holds(file, start) is False:
                intact = False
                self.repairs += 1
                log.warning("a lock on the database was lost (something opened its file); taken again")
                with contextlib.suppress(OSError):
                    _lock(fd, _F_SETLK, _F_RDLCK, start, length)
        return intact

    def still_writing(self) -> bool:
        """Inside a write transaction, before its commit: whether this process still holds SQLite's write
        lock on the log. If something opened the -shm meanwhile it is gone, another program may have
        written since, and committing could overwrite that without SQLite noticing."""
        shm = next((file for _fd, file, start, _n in self._handles if start == SHM_DEAD_MAN_SWITCH), None)
        return shm is None or _process_holds(shm, WAL_WRITE_LOCK, "WRITE") is not False

    def release(self) -> None:
        """Before the last connection closes: lets SQLite clean up the write-ahead log as usual."""
        for fd, *_rest in self._handles:
            with contextlib.suppress(OSError):
                os.close(fd)
        self._handles.clear()
        _GUARDED.discard(self.path.resolve())


def others_have_open(path: Path) -> bool | None:
    """Whether any other program has the database open (holds a lock on it); None: cannot tell here.

    Call it only while this process has no connection to `path`: the probe opens and closes the file.
    """
    return _held_by_others(path, SHARED_FIRST, SHARED_SIZE)


def log_in_use(shm: Path) -> bool | None:
    """Whether a program still uses the shared index `shm` (its "dead man switch" byte is held), which
    may be so even when the database file itself was deleted under it."""
    return _held_by_others(shm, SHM_DEAD_MAN_SWITCH, 1)


def _held_by_others(path: Path, start: int, length: int) -> bool | None:
    if not SUPPORTED:
        return None
    owner = path.with_name(path.name.removesuffix("-shm")).resolve()
    if owner in _GUARDED:
        return True  # open here: probing it would open and close it, and drop this process's locks
    try:
        fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
    except FileNotFoundError:
        return False
    try:
        answer = _lock(fd, _F_OFD_GETLK, _F_WRLCK, start, length)
    finally:
        os.close(fd)
    return bool(struct.unpack(_FLOCK, answer)[0] != _F_UNLCK)


def hold_restore_mark(fd: int) -> None:
    """Marks the file open as `fd` as a restore's own, for as long as `fd` stays open (raises OSError when
    another restore holds it)."""
    _lock(fd, _F_OFD_SETLK, _F_WRLCK, RESTORE_MARK, 1)


def restore_mark_held(path: Path) -> bool:
    """Whether a restore (this process's or another's) is preparing `path` right now."""
    if not SUPPORTED:
        return False
    return bool(_held_by_others(path, RESTORE_MARK, 1))
