"""The task runner: work off the GUI thread, results back on it, stale results dropped."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from types import TracebackType

import pytest
from pytestqt.qtbot import QtBot

from spaceoptics_desk.services.errors import NotFound
from spaceoptics_desk.ui.tasks import TaskRunner
from tests.gui.conftest import MessageBoxes


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    tasks = TaskRunner()
    yield tasks
    tasks.shutdown()


def test_work_runs_in_a_worker_and_the_result_comes_back_on_the_gui_thread(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    gui = threading.get_ident()
    seen: dict[str, int] = {}

    def work() -> int:
        seen["work"] = threading.get_ident()
        return 42

    def done(value: int) -> None:
        seen["done"] = threading.get_ident()
        seen["value"] = value

    with qtbot.waitSignal(runner.idle, timeout=5000):
        runner.run(work, done)
    assert seen["work"] != gui
    assert seen["done"] == gui
    assert seen["value"] == 42


def test_a_discarded_result_is_dropped(qtbot: QtBot, runner: TaskRunner) -> None:
    release = threading.Event()
    delivered: list[str] = []
    stale = runner.run(lambda: "old" if release.wait(5) else "timed out", delivered.append)
    runner.run(lambda: "new", delivered.append)
    stale.discard()
    release.set()
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    assert delivered == ["new"]
    assert stale.finished


def test_a_known_error_goes_to_on_failed(qtbot: QtBot, runner: TaskRunner) -> None:
    failures: list[BaseException] = []

    def work() -> None:
        raise NotFound("This customer no longer exists.")

    with qtbot.waitSignal(runner.idle, timeout=5000):
        runner.run(work, lambda _value: None, failures.append)
    assert isinstance(failures[0], NotFound)


def test_an_unhandled_known_error_is_shown_as_a_message(
    qtbot: QtBot, runner: TaskRunner, message_boxes: MessageBoxes
) -> None:
    def work() -> None:
        raise NotFound("This customer no longer exists.")

    with qtbot.waitSignal(runner.idle, timeout=5000):
        runner.run(work, lambda _value: None)
    assert message_boxes.shown == [("warning", "This customer no longer exists.")]


def test_a_bug_goes_to_the_crash_handler_even_when_stale(
    qtbot: QtBot, runner: TaskRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    crashes: list[type[BaseException]] = []

    def hook(kind: type[BaseException], _error: BaseException, _tb: TracebackType | None) -> None:
        crashes.append(kind)

    monkeypatch.setattr(sys, "excepthook", hook)

    def work() -> None:
        raise ZeroDivisionError

    runner.run(work, lambda _value: None)
    runner.run(work, lambda _value: None).discard()
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    assert crashes == [ZeroDivisionError, ZeroDivisionError]


class _Witness:
    """Records the thread its last reference was dropped on."""

    def __init__(self, freed_on: list[int]) -> None:
        self._freed_on = freed_on

    def __del__(self) -> None:
        self._freed_on.append(threading.get_ident())


def test_what_the_work_holds_is_freed_on_the_gui_thread(qtbot: QtBot, runner: TaskRunner) -> None:
    """A work function that holds the last reference to a widget or a timer must not free it on the
    worker: Qt destroys objects of the GUI thread from another thread by crashing (docs/notes.md)."""
    freed_on: list[int] = []
    for _ in range(20):
        witness = _Witness(freed_on)
        release = threading.Event()

        def work(held: _Witness = witness, release: threading.Event = release) -> str:
            release.wait(5)
            return type(held).__name__

        with qtbot.waitSignal(runner.idle, timeout=5000):
            runner.run(work, lambda _value: None)
            del work, witness  # the work function now holds the only reference
            release.set()
        runner.pool.waitForDone(5000)
    assert freed_on == [threading.get_ident()] * 20


def test_a_result_and_a_failure_are_freed_on_the_gui_thread(qtbot: QtBot, runner: TaskRunner) -> None:
    freed_on: list[int] = []

    def failing() -> None:
        held = _Witness(freed_on)  # kept alive by the traceback until the GUI thread is done with it
        raise NotFound(f"gone ({type(held).__name__})")

    for _ in range(20):
        with qtbot.waitSignal(runner.idle, timeout=5000):
            runner.run(lambda: _Witness(freed_on), lambda _value: None)
        with qtbot.waitSignal(runner.idle, timeout=5000):
            runner.run(failing, lambda _value: None, lambda _error: None)
        runner.pool.waitForDone(5000)
    assert freed_on == [threading.get_ident()] * 40
