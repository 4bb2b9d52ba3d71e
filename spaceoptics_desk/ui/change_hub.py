"""The one place every open window learns what changed (issue 11), from this desk's operations and,
through the database, from every other program that writes to it.

    desk.hub.changed.connect(self._on_changes)      # a window refreshes what it shows

Like Anki's `operation_did_execute`, without a global main window: the hub travels in the `Desk`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from spaceoptics_desk.errors import KnownError
from spaceoptics_desk.operations.changes import EVERYTHING, Changes
from spaceoptics_desk.ui.error_reporting import report_failure
from spaceoptics_desk.ui.tasks import Task

# How often another program's writes are looked for: the issue asks for them within two seconds.
POLL_INTERVAL_MS = 1000
# After an unexpected failure (reported once): how long until the next look, not a report every second.
BACK_OFF_INTERVAL_MS = 30_000


class ChangeHub(QObject):
    """Signals:
    changed(Changes): something changed; every window checks whether it shows it.
    """

    changed = Signal(object)

    def publish(self, changes: Changes) -> None:
        if changes:
            self.changed.emit(changes)


class OthersWatch(QObject):
    """Polls the database for writes by other programs (another desk, the CLI, the scheduled review) and
    publishes them as `EVERYTHING`: what they changed is not known here, only that they wrote.

    Attributes:
        timer: the poll timer (runs while the watch is started; slower after an unexpected failure).
    """

    def __init__(
        self,
        hub: ChangeHub,
        poll: Callable[[Callable[[object], None], Callable[[BaseException], None]], Task[Any]],
        parent: QObject | None = None,
        *,
        ready: Callable[[], bool] = lambda: True,
    ) -> None:
        """`poll(on_done, on_failed)` starts one look at the database (the desk runs
        operations.watching.others_writes) and returns its task; `ready()`: the database is open (a
        look while it still opens would hold one of the two pool threads the opening may need)."""
        super().__init__(parent)
        self._hub = hub
        self._poll = poll
        self._ready = ready
        self._seen: object = None
        self._task: Task[Any] | None = None
        self._failure_reported = False
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_INTERVAL_MS)
        self.timer.timeout.connect(self._on_timer_timeout)

    def start(self) -> None:
        if not self.timer.isActive():
            self.timer.start()
            self._on_timer_timeout()

    def stop(self) -> None:
        self.timer.stop()
        if self._task is not None:
            self._task.discard()
            self._task = None

    def _on_timer_timeout(self) -> None:
        if self._task is None and self._ready():
            self._task = self._poll(self._on_polled, self._on_poll_failed)

    def _on_polled(self, marks: object) -> None:
        self._task = None
        self._failure_reported = False
        self.timer.setInterval(POLL_INTERVAL_MS)
        if self._seen is not None and marks != self._seen:
            self._hub.publish(EVERYTHING)
        self._seen = marks

    def _on_poll_failed(self, error: BaseException) -> None:
        self._task = None
        if not isinstance(error, KnownError):
            # A bug that stays (every look fails): one report, then look less often until a look works.
            if not self._failure_reported:
                self._failure_reported = True
                report_failure(None, error)
            self.timer.setInterval(BACK_OFF_INTERVAL_MS)
        # A KnownError (busy, briefly unavailable): the next tick tries again; a window that needs the
        # database says so itself.
