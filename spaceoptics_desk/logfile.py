"""The log file: a rotating file in the user's log folder, for bugs and environment problems.

Nothing personal goes in: messages are codes, counts and ids, never names, addresses or queries.
"""

from __future__ import annotations

import logging
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path

from spaceoptics_desk.private_files import private_folder, private_opener, tighten

MAX_BYTES = 1_000_000
BACKUPS = 5


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
