"""R31 in the main window: a clean-up of erased data's traces that had to wait is finished as soon as it
can be, and the window says so until then (issue 10 §3).

The clean-up waits when another connection (another desk, a script, a second connection of this app)
holds an old read snapshot: the erased data then stays readable in the database file until that reader
has gone. The debt is recorded in the database (services/trace_cleanup.py); this watch pays it in the
worker (operations/traces.py), never waiting for the reader: at start, after every erasure or case step,
every RETRY_MS while it is pending, and every TICK_MS otherwise (another program may have left one).
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMainWindow

from spaceoptics_desk.operations.traces import finish_owed_traces
from spaceoptics_desk.ui.desk import Desk
from spaceoptics_desk.ui.tasks import Task

log = logging.getLogger(__name__)


class TraceCleanupWatch(QObject):
    """Finishes a pending clean-up in the worker and shows a banner while it is pending.

    Attributes:
        banner: the bar for the top of the main window ("still readable … until that program closes").
        pending: whether a clean-up was pending at the last check (None before the first).
        retry_timer: the retry while pending; tick_timer: the slow check otherwise.

    Signals:
        checked(bool): a check ended; True when nothing is pending any more.
    """

    RETRY_MS = 2000
    TICK_MS = 60_000

    checked = Signal(bool)

    def __init__(self, desk: Desk, window: QMainWindow) -> None:
        super().__init__(window)
        self._desk = desk
        self._window = window
        self._task: Task[Any] | None = None
        self._again = False
        self.pending: bool | None = None

        self.retry_timer = QTimer(self)
        self.retry_timer.setSingleShot(True)
        self.retry_timer.timeout.connect(self.check_now)
        self.tick_timer = QTimer(self)
        self.tick_timer.timeout.connect(self.check_now)

        self.banner = QFrame(window)
        self.banner.setObjectName("reviewBanner")
        self.banner_label = QLabel(self.pending_text(), self.banner)
        self.banner_label.setObjectName("reviewBannerText")
        self.banner_label.setWordWrap(True)
        row = QHBoxLayout(self.banner)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.banner_label, 1)
        self.banner.hide()
        window.installEventFilter(self)

    def pending_text(self) -> str:
        return self.tr(
            "Erased data is still readable in the database file while another program reads it; it is "
            "removed as soon as that program closes its connection."
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Show and not self.tick_timer.isActive():
            self.tick_timer.start(self.TICK_MS)
            self.check_now()  # at start: what an earlier run (or another program) left pending
        return super().eventFilter(watched, event)

    def stop(self) -> None:
        self.tick_timer.stop()
        self.retry_timer.stop()
        if self._task is not None:
            self._task.discard()
            self._task = None

    def check_now(self) -> None:
        """Finishes what is pending, in the worker; one check at a time (another is asked for after)."""
        if self._task is not None:
            self._again = True
            return
        if not getattr(self._desk.database, "is_open", True):
            self.retry_timer.start(self.RETRY_MS)  # app start: the database is still opening
            return
        self._again = False
        self._task = self._desk.run(finish_owed_traces, self._on_checked, self._on_failed)

    def _on_checked(self, done: bool) -> None:
        self._task = None
        was_pending, self.pending = self.pending, not done
        self.banner.setVisible(not done)
        status = self._window.statusBar()
        if not done:
            status.showMessage(self.tr("Erased data waits for another program to let go"))
            self.retry_timer.start(self.RETRY_MS)
        elif was_pending:
            status.showMessage(self.tr("The erased data's traces are gone from the database file."), 10_000)
        self.checked.emit(done)
        if self._again:
            self.check_now()

    def _on_failed(self, error: BaseException) -> None:
        # Another desk writing at this moment (locked), or the like: not worth a dialog; try again.
        self._task = None
        log.warning("trace clean-up failed: %s", type(error).__name__)
        self.retry_timer.start(self.RETRY_MS)
        if self._again:
            self.check_now()
