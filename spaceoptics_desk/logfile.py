"""The log file: a rotating file in the user's log folder, for bugs and environment problems.

Nothing personal goes in: messages are codes, counts and ids, never names, addresses or queries.
Beside it, faults.log takes what Python's faulthandler writes when the process dies (a crash in Qt, an
abort such as "none_dealloc"): the stack of every thread as file, line and function, never values.
"""

from __future__ import annotations

import faulthandler
import io
import logging
import os
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path

from spaceoptics_desk.private_files import private_folder, private_opener, tighten

MAX_BYTES = 1_000_000
BACKUPS = 5
FAULT_LOG = "faults.log"

_fault_log: tuple[Path, io.FileIO] | None = None  # the file faulthandler writes to, while ours


class _NoDataFormatter(logging.Formatter):
    """Tracebacks keep where it happened (file, line, function) and the exception type, not its message.

    Exception messages may quote data (SQLAlchemy puts the statement's parameters in its messages).
    """

    def formatException(
        self, ei: tuple[type[BaseException], BaseException, object] | tuple[None, ...]
    ) -> str:
        kind, error = ei[0], ei[1]
        if kind is None or not isinstance(error, BaseException):
            return ""
        frames = traceback.extract_tb(error.__traceback__)
        lines = [f"  {frame.filename}:{frame.lineno} in {frame.name}" for frame in frames]
        return "\n".join([f"{kind.__module__}.{kind.__qualname__} (message withheld)", *lines])


class _PrivateRotatingFileHandler(RotatingFileHandler):
    """Log files are owner-only from their first byte, the rotated ones too (issue 10 §4)."""

    def _open(self):  # type: ignore[no-untyped-def]
        return open(self.baseFilename, self.mode, encoding=self.encoding, opener=private_opener)


def configure_logging(log_file: Path, level: int = logging.INFO) -> None:
    """Sends the app's log records to `log_file` (rotated at 1 MB, five old files kept)."""
    try:
        private_folder(log_file.parent)
        tighten(log_file)
        handler: logging.Handler = _PrivateRotatingFileHandler(
            log_file, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
        )
    except OSError:
        # A log folder we cannot write must not keep the shop from working.
        handler = logging.NullHandler()
    handler.setFormatter(_NoDataFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("spaceoptics_desk")
    close_logging()
    root.addHandler(handler)
    root.setLevel(level)
    root.propagate = False


def close_logging() -> None:
    """Closes the log file (tests, and a second configure_logging in the same process)."""
    root = logging.getLogger("spaceoptics_desk")
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()


def enable_fault_log(log_dir: Path) -> Path | None:
    """From now on a fatal error writes the Python stack of every thread to `log_dir`/faults.log.

    The file is opened here, once, and kept open: when the process is dying nothing can be opened any
    more. Owner-only (0600). A faulthandler someone already turned on (`python -X faulthandler`,
    PYTHONFAULTHANDLER, pytest) is left alone: they read stderr. Returns the file, or None when not ours.
    """
    global _fault_log
    path = log_dir / FAULT_LOG
    if _fault_log is not None and _fault_log[0] == path:
        return path
    if _fault_log is None and faulthandler.is_enabled():
        return None
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        if path.exists() and path.stat().st_size > MAX_BYTES:
            path.replace(path.with_name(f"{FAULT_LOG}.1"))  # one old file is enough to see a pattern
        stream = io.FileIO(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600), "ab")
        if hasattr(os, "fchmod"):  # POSIX (Windows has no such mode bits)
            os.fchmod(stream.fileno(), 0o600)  # also a file an older version left, whatever its umask
    except OSError:
        return None  # a log folder we cannot write must not keep the shop from working
    close_fault_log()
    faulthandler.enable(file=stream, all_threads=True)
    _fault_log = (path, stream)
    return path


def close_fault_log() -> None:
    """Turns our faulthandler off and closes faults.log (tests; the process's end does it anyway)."""
    global _fault_log
    if _fault_log is None:
        return
    faulthandler.disable()
    _fault_log[1].close()
    _fault_log = None
