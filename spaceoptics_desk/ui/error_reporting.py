"""Errors that reach a person: known errors as a plain message, bugs via the crash dialog.

A KnownError's English message is translated in the "errors" context before its placeholders are
filled. Bugs are logged to the log file (where, not what: no personal data) and shown as "an unexpected
error, logged to <file>"; no traceback is ever shown.
"""

from __future__ import annotations

import html
import logging
import sys
from pathlib import Path
from types import TracebackType
from typing import TypeGuard

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from spaceoptics_desk import APP_NAME
from spaceoptics_desk.errors import DatabaseUnavailable, KnownError
from spaceoptics_desk.ui.labels import label

log = logging.getLogger(__name__)


def translate_error_source(source: str) -> str:
    return QCoreApplication.translate("errors", source)


def error_text(error: KnownError, **shown: object) -> str:
    """The translated message; `shown` replaces placeholder values for display. A field the message
    names ("summary", "city") is shown by its label in the user's language."""
    source = translate_error_source(error.message)
    field = error.params.get("field")
    labelled = {"field": label("field", field)} if isinstance(field, str) else {}
    try:
        return source.format(**{**error.params, **labelled, **shown})
    except (KeyError, IndexError, ValueError):
        return error.text(translate_error_source)


class _Presentation:
    """Whether failures are shown in dialogs (normal) or only counted and logged (the smoke test)."""

    quiet = False
    failures = 0


def set_quiet(quiet: bool) -> None:
    """Quiet: no dialog ever blocks (the unattended smoke test); failures are counted and logged."""
    _Presentation.quiet = quiet
    _Presentation.failures = 0


def quiet_failures() -> int:
    return _Presentation.failures


def show_known_error(parent: QWidget | None, error: KnownError) -> None:
    if _Presentation.quiet:
        _Presentation.failures += 1
        log.warning("refused: %s", type(error).__name__)
        return
    QMessageBox.warning(parent, APP_NAME, error_text(error))


def report_failure(parent: QWidget | None, error: BaseException) -> None:
    """What the task runner does with a failure nobody handled."""
    if isinstance(error, KnownError):
        show_known_error(parent, error)
    else:
        sys.excepthook(type(error), error, error.__traceback__)


class CrashHandler(QObject):
    """The sys.excepthook of the GUI: bugs are logged and reported, never shown as a traceback.

    Attributes:
        log_file: where the details went (named in the dialog).
        crash_count: how many bugs were reported (the smoke test fails when it is not zero).
    """

    def __init__(self, log_file: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_file = log_file
        self.crash_count = 0
        self._previous = sys.excepthook
        self._showing = False

    def install(self) -> None:
        self._previous = sys.excepthook
        sys.excepthook = self.handle

    def uninstall(self) -> None:
        if sys.excepthook == self.handle:
            sys.excepthook = self._previous

    def message(self) -> str:
        """The dialog's text (rich text): the log file in a paragraph of its own that never wraps."""
        intro = self.tr("An unexpected error happened. It was logged to this file:")
        advice = self.tr(
            "Your last action may not have been completed; please check it. "
            "If this keeps happening, send the log file to whoever looks after this computer."
        )
        # Qt breaks a long path after its slashes; "white-space: pre" works on a paragraph, not a span.
        return (
            f"<p>{html.escape(intro)}</p>"
            f'<p style="white-space: pre">{html.escape(str(self.log_file))}</p>'
            f"<p>{html.escape(advice)}</p>"
        )

    def handle(
        self, kind: type[BaseException], error: BaseException, traceback: TracebackType | None
    ) -> None:
        if isinstance(error, KnownError):
            show_known_error(QApplication.activeWindow(), error)
            return
        if issubclass(kind, KeyboardInterrupt):
            QApplication.exit(130)
            return
        self.crash_count += 1
        # The log formatter keeps file, line and exception type, never the message (it may hold data).
        log.error("unexpected error", exc_info=(kind, error, traceback))
        if _Presentation.quiet:
            _Presentation.failures += 1
            sys.stderr.write(f"unexpected error ({kind.__name__}); details in {self.log_file}\n")
            return
        if self._showing:  # an error while the dialog is open: logged, not stacked
            return
        self._showing = True
        try:
            QMessageBox.critical(QApplication.activeWindow(), APP_NAME, self.message())
        finally:
            self._showing = False


def is_refusal(error: BaseException) -> TypeGuard[KnownError]:
    """A refusal of what was typed, shown beside the input; not a database that cannot be used now
    (busy, read-only, full, damaged: a message of its own, issue 10 §4) and not a bug (the crash report)."""
    return isinstance(error, KnownError) and not isinstance(error, DatabaseUnavailable)


def show_refusal(parent: QWidget, label: QLabel, error: BaseException) -> None:
    """A refusal shown inside the dialog, where the input stays as typed; the rest as `report_failure`."""
    if not is_refusal(error):
        report_failure(parent, error)
        return
    label.setText(error_text(error))
    label.show()
