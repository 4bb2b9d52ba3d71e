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
import weakref
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
    """Holds nothing but the task's id: the pool deletes a job on its worker thread, and whatever the
    job held would be freed there. A work function or its result may hold the last reference to a
    widget or a timer, and Qt destroys those from another thread by crashing (a segmentation fault with
    no Python frame, docs/notes.md). So the runner keeps the work and its outcome, on the GUI thread."""

    def __init__(self, runner: TaskRunner, task_id: int) -> None:
        super().__init__()
        self._runner = weakref.ref(runner)
        self._task_id = task_id

    def run(self) -> None:
        runner = self._runner()
        if runner is not None:
            runner._work_on(self._task_id)


class TaskRunner(QObject):
    """Runs work functions on a thread pool and calls back on the GUI thread.

    A failure goes to `on_failed` when given; otherwise a KnownError is shown as a message and anything
    else goes to the crash handler (sys.excepthook).

    Attributes:
        pool: the runner's own thread pool (not the global one, so shutting down waits only for ours).

    The owner calls `shutdown()` before it drops the runner.

    Signals:
        task_ended(task_id): emitted from the worker thread once the outcome is stored; delivered queued
            to the GUI thread. Internal: callers use the callbacks.
        idle(): the last running task was delivered or dropped.
    """

    task_ended = Signal(int)
    idle = Signal()

    def __init__(self, parent: QObject | None = None, max_threads: int = 2) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self._ids = itertools.count(1)
        # Written on the GUI thread, read by the worker; the worker only adds an outcome. Both are
        # emptied on the GUI thread, so every last reference is dropped there.
        self._running: dict[int, tuple[Task[Any], Callable[[], Any]]] = {}
        self._outcomes: dict[int, tuple[object, BaseException | None]] = {}
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
        self._running[task.task_id] = (task, work)
        self.pool.start(_Job(self, task.task_id))
        return task

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def shutdown(self, timeout_ms: int = 10_000) -> None:
        """Drops queued work and waits for running work (called before the database is closed)."""
        self.pool.clear()
        for task, _work in self._running.values():
            task.discard()
        self.pool.waitForDone(timeout_ms)

    def _work_on(self, task_id: int) -> None:
        """On a pool thread: runs the task's work and stores its outcome for the GUI thread."""
        work = self._running[task_id][1]
        try:
            outcome: tuple[object, BaseException | None] = (work(), None)
        except BaseException as error:  # handed to the GUI thread, which decides what it is
            outcome = (None, error)
        # The traceback holds this frame: its locals must not keep the work alive on this thread.
        del work
        self._outcomes[task_id] = outcome
        del outcome
        self.task_ended.emit(task_id)

    @Slot(int)
    def _on_task_ended(self, task_id: int) -> None:
        task, _work = self._running.pop(task_id)
        result, error = self._outcomes.pop(task_id)
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
