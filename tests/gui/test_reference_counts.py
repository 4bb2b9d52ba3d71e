"""The app never aborts (issue 10 §5): Qt calls leave the reference counts of None and True as they were.

On Python 3.11 None, True and False are ordinary objects with a reference count. The PySide6 6.12.0
wheels return None from every void method (and True from Signal.emit) without taking a reference, as
if these were immortal (they are from Python 3.12 on). Each call then shrinks the count by one until
the interpreter deallocates None and the app dies with "Fatal Python error: none_dealloc", as
`make bench` once did. The first test drives the pattern it died in: the task runner's worker emitting
task_ended(task, None, None) to the GUI thread, a 5 ms QTimer firing, QEventLoop.exec, after
gc.freeze().
"""

from __future__ import annotations

import ctypes
import gc
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from spaceoptics_desk.ui.tasks import TaskRunner

ROUND_TRIPS = 20_000
CALLS = 20_000
# A library that drops references fails these tests instead of aborting the whole test run.
SPARE_REFERENCES = 1_000_000
DEADLINE_MS = 120_000


@dataclass
class Drift:
    """How many references None and True gained (positive) or lost (negative) meanwhile."""

    none: int = 0
    true: int = 0


@contextmanager
def reference_drift() -> Iterator[Drift]:
    # Windows earlier tests left to deleteLater() go now, while their Python side is whole: once the
    # collection below had emptied it, their event filters would fail when the deletion comes.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    spare = [None, True] * SPARE_REFERENCES
    gc.collect()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    drift = Drift()
    try:
        yield drift
    finally:
        gc.collect()
        drift.none = sys.getrefcount(None) - none_before
        drift.true = sys.getrefcount(True) - true_before
        _stand_in_for_lost_references(None, drift.none)
        _stand_in_for_lost_references(True, drift.true)
        del spare


def _stand_in_for_lost_references(singleton: object, drift: int) -> None:
    """Gives back what a broken library took, for good: else None is freed with the spares, or at exit."""
    for _ in range(-drift):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(singleton))


def test_background_work_through_the_task_runner_keeps_none_and_true_alive(qtbot: QtBot) -> None:
    runner = TaskRunner()
    delivered = 0
    ticks = 0
    loop = QEventLoop()

    def tick() -> None:
        nonlocal ticks
        ticks += 1

    def start_next(result: None) -> None:
        nonlocal delivered
        delivered += 1
        if delivered < ROUND_TRIPS:
            runner.run(lambda: None, start_next)  # result None, error None: emit(task, None, None)
        else:
            loop.quit()

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)
    deadline = QTimer()
    deadline.setSingleShot(True)
    deadline.timeout.connect(loop.quit)
    gc.freeze()  # as app.py does once the database is open
    try:
        with reference_drift() as drift:
            timer.start()
            deadline.start(DEADLINE_MS)
            runner.run(lambda: None, start_next)
            loop.exec()
            timer.stop()
            deadline.stop()
    finally:
        gc.unfreeze()
        runner.shutdown()
    assert delivered == ROUND_TRIPS
    assert ticks > 0
    # A leak of one reference per round trip would be -20,000; what a round trip leaves behind is noise.
    assert drift.none > -ROUND_TRIPS // 20, f"None lost {-drift.none} references in {ROUND_TRIPS} round trips"
    assert drift.true > -ROUND_TRIPS // 20, f"True lost {-drift.true} references in {ROUND_TRIPS} round trips"


class _Hub(QObject):
    happened = Signal()


EVERYDAY_CALLS = (
    "QLabel.setText",
    "QTimer.stop",
    "QObject.parent (None)",
    "QCoreApplication.processEvents",
    "Signal.emit",
)


def _everyday_call(name: str, label: QLabel, hub: _Hub, timer: QTimer) -> Callable[[], object]:
    """Calls the app makes all the time: void setters, a getter giving None, a signal, processEvents."""
    calls: dict[str, Callable[[], object]] = {
        "QLabel.setText": lambda: label.setText("37 records due"),
        "QTimer.stop": timer.stop,
        "QObject.parent (None)": label.parent,
        "QCoreApplication.processEvents": QCoreApplication.processEvents,
        "Signal.emit": hub.happened.emit,
    }
    return calls[name]


@pytest.mark.parametrize("call", EVERYDAY_CALLS)
def test_everyday_qt_calls_keep_none_and_true_alive(qtbot: QtBot, call: str) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    hub, timer = _Hub(), QTimer()
    run = _everyday_call(call, label, hub, timer)
    with reference_drift() as drift:
        for _ in range(CALLS):
            run()
    assert drift.none > -CALLS // 20, f"{call}: None lost {-drift.none} references in {CALLS} calls"
    assert drift.true > -CALLS // 20, f"{call}: True lost {-drift.true} references in {CALLS} calls"
