"""The one runner for background work (like Anki's taskman): database work never blocks the window.

    task = runner.run(lambda: slow_query(), on_done=show_rows, on_failed=show_error)
    task.discard()   # a newer query was typed: this result is dropped when it arrives

The work function runs on a pool thread and never touches a widget. Its result (or exception) comes
back to the GUI thread by a queued signal, and only there are `on_done`/`on_failed` called.
"""

from __future__ import annotations

import itertools
import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from spaceoptics_desk.errors import KnownError
from spaceoptics_desk.ui.error_reporting import report_failure

log = logging.getLogger(__name__)

T = TypeVar("T")

# The GUI thread and the workers share one interpreter lock. A worker busy in Python (an import reading
# thousands of rows) hands it over only when the switch interval has passed (5 ms by default), and one
# event on the GUI thread may need it several times: measured, the window then stalled 35-60 ms now and
# then. At 1 ms it stays near 20 ms (issue 13: an import may stall the window at most 50 ms). Only while
# an import runs: switching that often all the time made a rare crash of a worker thread in the GUI
# tests (docs/notes.md) far more frequent.
SWITCH_INTERVAL_S = 0.001


def share_the_interpreter_quickly() -> float:
    """Sets the interpreter's thread switch interval for a responsive window; returns the previous one
    (the caller sets it back when its long work is done)."""
    previous = sys.getswitchinterval()
    sys.setswitchinterval(SWITCH_INTERVAL_S)
    return previous


@dataclass(eq=False)
class Task(Generic[T]):
    """A piece of work handed to the runner.

    Attributes:
        task_id: unique per runner, for the log.
        discarded: set by `discard()`: the result is dropped instead of delivered.
        finished: set on the GUI thread once the result was delivered or dropped.
    """

    task_id: int
    on_done: Callable[[T], None]
    on_failed: Callable[[BaseException], None] | None
    # Called with the result even when the task was discarded: what the work did happened anyway.
    on_result: Callable[[T], None] | None = None
    # The same for a failure (work that failed part-way may have changed something).
    on_error: Callable[[BaseException], None] | None = None
    discarded: bool = False
    finished: bool = field(default=False)

    def discard(self) -> None:
        """Nobody wants the result any more (a newer search, a closed view); the work still ends."""
        self.discarded = True


class _Job(QRunnable):
    def __init__(self, runner: TaskRunner, task: Task[Any], work: Callable[[], Any]) -> None:
        super().__init__()
        self._runner = runner
        self._task = task
        self._work = work

    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as error:  # handed to the GUI thread, which decides what it is
            self._runner.task_ended.emit(self._task, None, error)
        else:
            self._runner.task_ended.emit(self._task, result, None)


class TaskRunner(QObject):
    """Runs work functions on a thread pool and calls back on the GUI thread.

    A failure goes to `on_failed` when given; otherwise a KnownError is shown as a message and anything
    else goes to the crash handler (sys.excepthook).

    Attributes:
        pool: the runner's own thread pool (not the global one, so shutting down waits only for ours).

    Signals:
        task_ended(task, result, error): emitted from the worker thread; delivered queued to the GUI
            thread. Internal: callers use the callbacks.
        idle(): the last running task was delivered or dropped.
    """

    task_ended = Signal(object, object, object)
    idle = Signal()

    def __init__(self, parent: QObject | None = None, max_threads: int = 2) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self._ids = itertools.count(1)
        self._running: set[Task[Any]] = set()
        self.task_ended.connect(self._on_task_ended)

    def run(
        self,
        work: Callable[[], T],
        on_done: Callable[[T], None],
        on_failed: Callable[[BaseException], None] | None = None,
        on_result: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> Task[T]:
        """`on_result`, when given, is called first with every result, also of a discarded task;
        `on_error` likewise with every failure."""
        task: Task[T] = Task(next(self._ids), on_done, on_failed, on_result, on_error)
        self._running.add(task)
        self.pool.start(_Job(self, task, work))
        return task

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def shutdown(self, timeout_ms: int = 10_000) -> None:
        """Drops queued work and waits for running work (called before the database is closed)."""
        self.pool.clear()
        for task in self._running:
            task.discard()
        self.pool.waitForDone(timeout_ms)

    @Slot(object, object, object)
    def _on_task_ended(self, task: Task[Any], result: object, error: BaseException | None) -> None:
        self._running.discard(task)
        task.finished = True
        try:
            if error is None and task.on_result is not None:
                task.on_result(result)
            if error is not None and task.on_error is not None:
                task.on_error(error)
            if task.discarded:
                # Nobody waits for a stale result, but a bug stays a bug even then.
                if error is not None and not isinstance(error, KnownError):
                    report_failure(None, error)
                return
            if error is None:
                task.on_done(result)
            elif task.on_failed is not None:
                task.on_failed(error)
            else:
                report_failure(None, error)
        finally:
            if not self._running:
                self.idle.emit()
