"""Issue 11: another program's writes arrive as EVERYTHING up to once a second. A screen that reloads on
them runs at most one load at a time: changes while a load runs ask for one more load after it, never a
load per change (a discarded load still runs to its end and holds one of the two pool threads)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from spaceoptics_desk.domain.clock import FixedClock
from spaceoptics_desk.operations import cases, customers, retention
from spaceoptics_desk.operations.changes import EVERYTHING
from spaceoptics_desk.store.database import Database
from spaceoptics_desk.ui.cases.list_window import ALL
from spaceoptics_desk.ui.desk import Desk
from spaceoptics_desk.ui.main_window.window import MainWindow
from tests.gui.conftest import Shop
from tests.gui.test_cases import add_case, open_list
from tests.gui.test_customer_changes import show_jan
from tests.gui.test_retention import open_review

CHANGES_WHILE_LOADING = 10


class HeldLoads:
    """Wraps an operation: counts the calls that a screen's load makes (those `counts(kwargs)` says
    are its own) and holds each in its worker until `release()`."""

    def __init__(self, operation: Callable[..., Any], counts: Callable[[dict[str, Any]], bool]) -> None:
        self._operation = operation
        self._counts = counts
        self._released = threading.Event()
        self._lock = threading.Lock()
        self.calls = 0

    def __call__(self, context: Any, **kwargs: Any) -> Any:
        if self._counts(kwargs):
            with self._lock:
                self.calls += 1
            self._released.wait(timeout=30)
        return self._operation(context, **kwargs)

    def release(self) -> None:
        self._released.set()


@pytest.fixture
def release_at_end() -> Iterator[list[HeldLoads]]:
    """Whatever a test holds is released at its end, also when it fails (no worker stays blocked)."""
    held: list[HeldLoads] = []
    yield held
    for loads in held:
        loads.release()


def changes_while_loading(qtbot: QtBot, desk: Desk, loads: HeldLoads) -> None:
    """Another program writes, again and again, while the load it started is held; then the load ends."""
    desk.hub.publish(EVERYTHING)
    qtbot.waitUntil(lambda: loads.calls >= 1, timeout=5000)
    for _ in range(CHANGES_WHILE_LOADING - 1):
        desk.hub.publish(EVERYTHING)
    loads.release()
    qtbot.waitUntil(lambda: not desk.tasks.busy, timeout=10_000)


def test_the_customer_view_loads_once_more_not_once_per_change(
    qtbot: QtBot,
    window: MainWindow,
    desk: Desk,
    shop: Shop,
    monkeypatch: pytest.MonkeyPatch,
    release_at_end: list[HeldLoads],
) -> None:
    show_jan(qtbot, window)
    loads = HeldLoads(customers.open_customer, lambda kwargs: kwargs["customer_id"] == shop.jan)
    release_at_end.append(loads)
    monkeypatch.setattr(customers, "open_customer", loads)
    changes_while_loading(qtbot, desk, loads)
    assert loads.calls == 2
    assert window.customer_panel.name_label.text() == "Jan van der Berg"


def test_the_case_list_loads_once_more_not_once_per_change(
    qtbot: QtBot,
    window: MainWindow,
    desk: Desk,
    shop: Shop,
    database: Database,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
    release_at_end: list[HeldLoads],
) -> None:
    add_case(database, clock, shop.jan, 3)
    list_window = open_list(qtbot, window)
    with qtbot.waitSignal(list_window.cases_loaded, timeout=5000):
        list_window.status_box.setCurrentIndex(list_window.status_box.findData(ALL))
    # The list asks for all cases; the status bar's count (open ones only) is not this window's.
    loads = HeldLoads(cases.list_cases, lambda kwargs: kwargs.get("open_only") is False)
    release_at_end.append(loads)
    monkeypatch.setattr(cases, "list_cases", loads)
    changes_while_loading(qtbot, desk, loads)
    assert loads.calls == 2
    assert list_window.cases.rowCount() == 1


def test_the_retention_review_scans_once_more_not_once_per_change(
    qtbot: QtBot,
    window: MainWindow,
    desk: Desk,
    monkeypatch: pytest.MonkeyPatch,
    release_at_end: list[HeldLoads],
) -> None:
    review = open_review(qtbot, window)
    # The review window's scan (the main window's badge has its own, imported before this).
    loads = HeldLoads(retention.review_status, lambda _kwargs: True)
    release_at_end.append(loads)
    monkeypatch.setattr(retention, "review_status", loads)
    changes_while_loading(qtbot, desk, loads)
    assert loads.calls == 2
    assert not review.busy and review.rescan_button.isEnabled()


def test_another_customer_chosen_while_one_loads_shows_only_the_one_chosen_last(
    qtbot: QtBot,
    window: MainWindow,
    desk: Desk,
    shop: Shop,
    monkeypatch: pytest.MonkeyPatch,
    release_at_end: list[HeldLoads],
) -> None:
    loads = HeldLoads(customers.open_customer, lambda kwargs: kwargs["customer_id"] == shop.jan)
    release_at_end.append(loads)
    monkeypatch.setattr(customers, "open_customer", loads)
    panel = window.customer_panel
    shown: list[int] = []
    panel.customer_loaded.connect(shown.append)
    panel.load(shop.jan)
    qtbot.waitUntil(lambda: loads.calls == 1, timeout=5000)
    panel.load(shop.zoe)
    loads.release()
    qtbot.waitUntil(lambda: not desk.tasks.busy, timeout=10_000)
    assert shown == [shop.zoe]
    assert panel.name_label.text().startswith("Zoë")
