"""The watch for other programs' writes (issue 11): it waits for the database to open without holding a
pool thread, and a look that keeps failing is reported once, not every second."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from spaceoptics_desk.domain.clock import FixedClock
from spaceoptics_desk.operations.changes import EVERYTHING, Changes
from spaceoptics_desk.store.database import Database
from spaceoptics_desk.store.opening import OpeningDatabase
from spaceoptics_desk.ui import change_hub
from spaceoptics_desk.ui.change_hub import BACK_OFF_INTERVAL_MS, POLL_INTERVAL_MS, ChangeHub, OthersWatch
from spaceoptics_desk.ui.desk import Desk
from spaceoptics_desk.ui.main_window.window import MainWindow
from spaceoptics_desk.ui.tasks import Task, TaskRunner
from tests.gui.conftest import OWNER, Shop
from tests.gui.test_customer_changes import OTHERS_WITHIN_MS
from tests.gui.test_shared_database import command_line_adds_holiday


def test_the_watch_waits_for_the_opening_database_without_holding_a_pool_thread(
    qtbot: QtBot, database: Database, db_path: Path, clock: FixedClock, shop: Shop
) -> None:
    opening = OpeningDatabase(database.location)
    tasks = TaskRunner()
    desk = Desk(opening, clock, OWNER, tasks)
    window = MainWindow(desk, "en")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    try:
        # Nothing waits in a worker for the database that is still opening: both threads are free for it.
        assert not tasks.busy
        published: list[Changes] = []
        desk.hub.changed.connect(published.append)
        opening.opened(database)
        qtbot.waitUntil(lambda: window.others_watch._seen is not None, timeout=5000)
        command_line_adds_holiday(db_path, date(2031, 3, 12), "Test")
        qtbot.waitUntil(lambda: EVERYTHING in published, timeout=OTHERS_WITHIN_MS)
    finally:
        window.close()
        tasks.shutdown()


class FailingLooks:
    """A poll whose look fails with a bug (not a KnownError) until `works` is set."""

    def __init__(self, tasks: TaskRunner) -> None:
        self.tasks = tasks
        self.works = False
        self.looks = 0

    def __call__(
        self, on_done: Callable[[object], None], on_failed: Callable[[BaseException], None]
    ) -> Task[object]:
        self.looks += 1
        return self.tasks.run(self._look, on_done, on_failed)

    def _look(self) -> object:
        if not self.works:
            raise RuntimeError("a bug in the look")
        return "marks"


def test_a_look_that_keeps_failing_is_reported_once_then_looked_for_less_often(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    reports: list[BaseException] = []

    def report_failure(_parent: object, error: BaseException) -> None:
        reports.append(error)

    monkeypatch.setattr(change_hub, "report_failure", report_failure)
    tasks = TaskRunner()
    looks = FailingLooks(tasks)
    watch = OthersWatch(ChangeHub(), looks)

    def looked(times: int) -> None:
        qtbot.waitUntil(lambda: looks.looks == times and not tasks.busy, timeout=5000)

    try:
        watch.start()
        looked(1)
        assert len(reports) == 1
        assert watch.timer.interval() == BACK_OFF_INTERVAL_MS
        for look in (2, 3, 4):  # the timer's later ticks fail the same way: no new report
            watch.timer.timeout.emit()
            looked(look)
        assert len(reports) == 1
        looks.works = True
        watch.timer.timeout.emit()
        qtbot.waitUntil(lambda: watch.timer.interval() == POLL_INTERVAL_MS, timeout=5000)
        looks.works = False  # failing again after a good look is a new failure, reported again
        watch.timer.timeout.emit()
        qtbot.waitUntil(lambda: len(reports) == 2, timeout=5000)
    finally:
        watch.stop()
        tasks.shutdown()
