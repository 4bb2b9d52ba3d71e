"""Issue 10 §4: a database failure in the middle of a session is a message in Dutch, never the crash
dialog, and the screen stays usable."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from spaceoptics_desk.domain.clock import FixedClock
from spaceoptics_desk.store.database import Database, open_database
from spaceoptics_desk.ui.main_window.window import MainWindow
from tests.gui.conftest import MessageBoxes, Shop
from tests.gui.test_cases import add_case
from tests.second_desk import write_lock_held_by_another_process

BUSY_IN_DUTCH = (
    "De database is bezet: een andere werkplek of een ander programma schrijft erin. Er is niets "
    "opgeslagen; probeer het opnieuw."
)


@pytest.fixture
def database(db_path: Path) -> Iterator[Database]:
    """The shop's database, waiting 0.3 s for another desk's write lock (the app waits 3 s)."""
    db = open_database(str(db_path), create=True, busy_timeout_ms=300)
    yield db
    db.close()


def test_a_note_saved_while_another_desk_writes_says_busy_and_the_case_stays_usable(
    qtbot: QtBot,
    dutch: None,
    window: MainWindow,
    shop: Shop,
    database: Database,
    db_path: Path,
    clock: FixedClock,
    message_boxes: MessageBoxes,
) -> None:
    view = window.cases.open_case(add_case(database, clock, shop.jan, 1))
    qtbot.waitUntil(lambda: view.detail is not None, timeout=5000)
    page = view.note_page.note_edit.parentWidget()
    assert page is not None
    view.steps.setCurrentIndex(view.steps.indexOf(page))
    qtbot.keyClicks(view.note_page.note_edit, "Klant belt morgen terug")
    events_before = view.timeline.rowCount()
    with write_lock_held_by_another_process(db_path):
        qtbot.keyClick(view.note_page.note_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: bool(message_boxes.shown), timeout=5000)
    assert message_boxes.shown == [("warning", BUSY_IN_DUTCH)]  # a message, not the crash dialog
    assert view.note_page.note_edit.text() == "Klant belt morgen terug"  # kept as typed, to try again
    assert view.timeline.rowCount() == events_before

    # The other desk is done: the same Enter saves the note.
    with qtbot.waitSignal(view.case_changed, timeout=5000):
        qtbot.keyClick(view.note_page.note_edit, Qt.Key.Key_Return)
    assert view.timeline.row_cells(view.timeline.rowCount() - 1)[3] == "Klant belt morgen terug"
    assert len(message_boxes.shown) == 1
