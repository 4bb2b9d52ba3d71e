"""The one place every open window learns what changed (issue 11), from this desk's operations and,
through the database, from every other program that writes to it.

    desk.hub.changed.connect(self._on_changes)      # a window refreshes what it shows

Like Anki's `operation_did_execute`, without a global main window: the hub travels in the `Desk`.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, QTimer, Signal

from spaceoptics_desk.errors import KnownError
from spaceoptics_desk.operations.changes import EVERYTHING, Changes
from spaceoptics_desk.ui.error_reporting import report_failure
from spaceoptics_desk.ui.tasks import Task

log = logging.getLogger(__name__)

# How often another program's writes are looked for: the issue asks for them within two seconds.
POLL_INTERVAL_MS = 1000
# On a server the desk also hears of every commit at once (issue 14: within a second). How long one wait
# for it lasts (and so how long closing the window waits for the listening thread), and how long after
# a lost connection it tries again (the polls go on meanwhile, and say when the server is gone).
HEAR_TIMEOUT_S = 0.5
HEAR_AGAIN_AFTER_S = 5.0


class Listener(Protocol):
    """store/postgresql.WriteListener, as the watch uses it."""

    def wait(self, timeout_s: float) -> bool: ...

    def close(self) -> None: ...


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
    publishes them as `EVERYTHING`: what they changed is not known here, only that they wrote. On a
    server a thread of its own also waits for the server to say that someone committed, and the watch
    looks at once.

    Signals:
        heard(): the server said someone committed (emitted on the listening thread, handled here).

    Attributes:
        timer: the poll timer (runs while the watch is started; slower after an unexpected failure).
    """

    heard = Signal()

    def __init__(
        self,
        hub: ChangeHub,
        poll: Callable[[Callable[[object], None], Callable[[BaseException], None]], Task[Any]],
        parent: QObject | None = None,
        *,
        ready: Callable[[], bool] = lambda: True,
        listen: Callable[[], Listener | None] | None = None,
    ) -> None:
        """`poll(on_done, on_failed)` starts one look at the database (the desk runs
        operations.watching.others_writes) and returns its task; `ready()`: the database is open (a
        look while it still opens would hold one of the two pool threads the opening may need);
        `listen()`: a listener for the server's commits (operations.watching.write_listener; None for
        a file), made and used on the listening thread."""
        super().__init__(parent)
        self._hub = hub
        self._poll = poll
        self._ready = ready
        self._listen = listen
        self._seen: object = None
        self._task: Task[Any] | None = None
        self._look_again = False
        self._failure_reported = False
        self._stopping = threading.Event()
        self._listening: threading.Thread | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_INTERVAL_MS)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.heard.connect(self._on_heard)

    def start(self) -> None:
        if not self.timer.isActive():
            self.timer.start()
            self._on_timer_timeout()
        if self._listen is not None and self._listening is None:
            self._stopping.clear()
            self._listening = threading.Thread(
                target=_hear_commits, args=(self._listen, self._ready, self._stopping, self.heard.emit),
                name="spaceoptics-listen", daemon=True,
            )  # fmt: skip
            self._listening.start()

    def stop(self) -> None:
        self.timer.stop()
        if self._task is not None:
            self._task.discard()
            self._task = None
        if self._listening is not None:
            # Joined here, on the GUI thread: nothing of the watch is let go on the listening thread.
            self._stopping.set()
            self._listening.join(timeout=HEAR_TIMEOUT_S * 4)
            self._listening = None

    def _on_heard(self) -> None:
        if self._task is None:
            self._on_timer_timeout()
        else:
            self._look_again = True  # the look under way may have started before that commit

    def _on_timer_timeout(self) -> None:
        if self._task is None and self._ready():
            self._task = self._poll(self._on_polled, self._on_poll_failed)

    def _on_polled(self, marks: object) -> None:
        self._task = None
        if self._look_again and self.timer.isActive():
            self._look_again = False
            QTimer.singleShot(0, self, self._on_timer_timeout)
        self._failure_reported = False
        self.timer.setInterval(POLL_INTERVAL_MS)
        if self._seen is not None and marks != self._seen:
            self._hub.publish(EVERYTHING)
        self._seen = marks

    def _on_poll_failed(self, error: BaseException) -> None:
        self._task = None
        self._look_again = False
        if not isinstance(error, KnownError):
            # A bug that stays (every look fails): one report, then look less often until a look works.
            if not self._failure_reported:
                self._failure_reported = True
                report_failure(None, error)
            self.timer.setInterval(BACK_OFF_INTERVAL_MS)
        # A KnownError (busy, briefly unavailable): the next tick tries again; a window that needs the
        # database says so itself.


def _hear_commits(
    listen: Callable[[], Listener | None],
    ready: Callable[[], bool],
    stopping: threading.Event,
    heard: Callable[[], None],
) -> None:
    """The listening thread: waits for the server's word of a commit and says so (`heard`, a signal's
    emit: handled on the GUI thread). Holds nothing of Qt but that bound emit, and the watch joins it."""
    listener: Listener | None = None
    try:
        while not stopping.is_set():
            try:
                if listener is None:
                    if not ready():
                        stopping.wait(HEAR_TIMEOUT_S)
                        continue
                    listener = listen()
                    if listener is None:
                        return  # a database file: the polls are all there is
                if listener.wait(HEAR_TIMEOUT_S):
                    heard()
            except Exception:
                # The server went (restarted, the network): the polls say so; listen again later.
                log.info("the server's word of other desks' writes was lost; listening again soon")
                if listener is not None:
                    listener.close()
                    listener = None
                stopping.wait(HEAR_AGAIN_AFTER_S)
    finally:
        if listener is not None:
            listener.close()
