"""One load at a time for a screen that reloads whenever the change hub speaks (issue 11).

Another program's writes arrive as EVERYTHING up to once a second; a load that is discarded still runs
to its end on one of the task runner's two threads. So a change while a load runs only asks for one
more load after it, never a second one beside it:

    self._load = CoalescingLoad(
        lambda on_done, on_failed: desk.run(operation, on_done, on_failed), self._on_loaded, self._on_failed
    )
    self._load.request()   # now, or once more when the running load is done
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from spaceoptics_desk.ui.tasks import Task

T = TypeVar("T")


class CoalescingLoad(Generic[T]):
    """Starts a load with `start(on_done, on_failed)` (which returns its task) and hands its result to
    `on_done` or its failure to `on_failed`; at most one load runs, and at most one waits to follow."""

    def __init__(
        self,
        start: Callable[[Callable[[T], None], Callable[[BaseException], None]], Task[Any]],
        on_done: Callable[[T], None],
        on_failed: Callable[[BaseException], None],
    ) -> None:
        self._start = start
        self._on_done = on_done
        self._on_failed = on_failed
        self._task: Task[Any] | None = None
        self._again = False
        self._drop_result = False

    @property
    def running(self) -> bool:
        return self._task is not None

    def request(self, *, asked_changed: bool = False) -> None:
        """Loads now, or once more when the running load is done (what it asks is read at its start).

        `asked_changed`: what is asked is different now (another customer, another filter), so the
        running load's result is not shown; else it is (something newer follows), so that a screen that
        changes every second still shows something.
        """
        if self._task is None:
            self._begin()
            return
        self._again = True
        if asked_changed:
            self._drop_result = True

    def cancel(self) -> None:
        """Nothing more is shown (the window closed, the customer was erased): the running load's result
        is dropped and none follows, unless asked for again."""
        self._again = False
        if self._task is not None:
            self._drop_result = True

    def _begin(self) -> None:
        self._again = False
        self._drop_result = False
        self._task = self._start(self._done, self._failed)

    def _done(self, result: T) -> None:
        if self._end():
            self._on_done(result)

    def _failed(self, error: BaseException) -> None:
        if self._end():
            self._on_failed(error)

    def _end(self) -> bool:
        """The load ended: the one asked for meanwhile starts (before this result is shown, so the screen
        sees itself still loading); returns whether this result is to be shown."""
        self._task = None
        show = not self._drop_result
        if self._again:
            self._begin()
        return show
