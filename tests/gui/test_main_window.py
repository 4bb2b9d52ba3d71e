"""The search box and the results, driven by keys as a person on the phone would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from spaceoptics_desk.ui.main_window.results_model import CUSTOMER_ID_ROLE, NAME, CustomerMatchesModel
from spaceoptics_desk.ui.main_window.window import CUSTOMER_PAGE, RESULTS_PAGE, MainWindow
from tests.gui.conftest import MessageBoxes, Shop, open_customer_by_enter, search


def names(window: MainWindow) -> list[str]:
    model = window.results
    return [model.index(row, NAME).data() for row in range(model.rowCount())]


def test_the_search_box_has_focus_at_start_and_says_what_to_type(window: MainWindow) -> None:
    assert window.search_box.hasFocus()
    assert "postcode" in window.search_box.placeholderText()
    assert window.windowTitle() == "SpaceOptics Desk"


def test_results_appear_as_you_type(qtbot: QtBot, window: MainWindow, shop: Shop) -> None:
    search(qtbot, window, "berg")
    assert sorted(names(window)) == ["Jan van der Berg", "⚠ Restricted: Kiki van der Berg"]
    assert "2 matches" in window.results_note.text()


def test_accents_and_prefixes_as_typed_on_the_phone(qtbot: QtBot, window: MainWindow, shop: Shop) -> None:
    search(qtbot, window, "zoe de vries")
    assert names(window) == ["Zoë de Vries"]
    search(qtbot, window, "4021 HR 151")
    assert names(window) == ["Jan van der Berg"]


def test_a_row_shows_enough_to_tell_people_apart_but_masks_the_email(
    qtbot: QtBot, window: MainWindow, shop: Shop
) -> None:
    search(qtbot, window, "K000123")
    row = [window.results.index(0, column).data() for column in range(window.results.columnCount())]
    assert row[:5] == ["K000123", "Jan van der Berg", "4021 HR", "Maurik", "14-03-2025"]
    assert row[5].startswith("ja") and row[5].endswith("@example.nl") and "vdberg" not in row[5]
    assert len(row) == 6
    assert window.results.index(0, NAME).data(Qt.ItemDataRole.ForegroundRole) is None


def test_restricted_customers_are_marked_in_front_of_the_name(
    qtbot: QtBot, window: MainWindow, shop: Shop
) -> None:
    search(qtbot, window, "kiki")
    name = window.results.index(0, NAME)
    assert name.data() == "⚠ Restricted: Kiki van der Berg"
    brush = name.data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(brush, QBrush) and brush.color() == CustomerMatchesModel.RESTRICTED_COLOUR
    font = name.data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold()
    assert "art. 18" in name.data(Qt.ItemDataRole.ToolTipRole)


def test_every_column_is_on_screen_at_1024_pixels(qtbot: QtBot, window: MainWindow, shop: Shop) -> None:
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.width() == 1024)
    search(qtbot, window, "berg")
    view = window.results_view
    header = view.horizontalHeader()
    qtbot.waitUntil(lambda: header.sectionSize(NAME) > 0)
    QApplication.processEvents()
    assert view.horizontalScrollBar().maximum() == 0
    for column in range(window.results.columnCount()):
        left = header.sectionViewportPosition(column)
        assert left >= 0 and left + header.sectionSize(column) <= view.viewport().width(), column
    assert header.sectionSize(NAME) >= 250  # the name gets the room that is left


def test_no_matches_says_so(qtbot: QtBot, window: MainWindow, shop: Shop) -> None:
    search(qtbot, window, "Pietersen")
    assert window.results.rowCount() == 0
    assert window.results_note.text().startswith("No matches")


def test_enter_opens_the_first_match(qtbot: QtBot, window: MainWindow, shop: Shop) -> None:
    search(qtbot, window, "jan van der berg")
    open_customer_by_enter(qtbot, window)
    assert window.pages.currentIndex() == CUSTOMER_PAGE
    assert window.customer_panel.name_label.text() == "Jan van der Berg"


def test_enter_right_after_typing_opens_a_single_match(qtbot: QtBot, window: MainWindow, shop: Shop) -> None:
    window.search_box.setFocus()
    qtbot.keyClicks(window.search_box, "zoe")
    with qtbot.waitSignal(window.customer_panel.customer_loaded, timeout=5000):
        qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert window.customer_panel.name_label.text() == "Zoë de Vries"


def test_enter_right_after_typing_with_several_matches_only_chooses(
    qtbot: QtBot, window: MainWindow, shop: Shop
) -> None:
    """On the phone, the best of several guesses may be the wrong person: Enter selects, a second opens."""
    opened: list[int] = []
    window.customer_opened.connect(opened.append)
    window.search_box.setFocus()
    qtbot.keyClicks(window.search_box, "berg")
    with qtbot.waitSignal(window.results_updated, timeout=5000):
        qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    qtbot.waitUntil(window.results_view.hasFocus)
    assert opened == []
    assert window.pages.currentIndex() == RESULTS_PAGE
    assert window.results.rowCount() == 2
    first = window.results_view.currentIndex()
    assert first.row() == 0 and window.results_view.selectionModel().isRowSelected(0)
    with qtbot.waitSignal(window.customer_panel.customer_loaded, timeout=5000) as loaded:
        qtbot.keyClick(window.results_view, Qt.Key.Key_Return)
    assert loaded.args == [first.data(CUSTOMER_ID_ROLE)]


def test_enter_on_shown_results_with_several_matches_only_chooses(
    qtbot: QtBot, window: MainWindow, shop: Shop
) -> None:
    opened: list[int] = []
    window.customer_opened.connect(opened.append)
    search(qtbot, window, "berg")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert opened == []
    assert window.results_view.hasFocus()
    assert window.results_view.currentIndex().row() == 0


def test_enter_with_no_matches_keeps_the_note(qtbot: QtBot, window: MainWindow, shop: Shop) -> None:
    opened: list[int] = []
    window.customer_opened.connect(opened.append)
    search(qtbot, window, "berg")
    window.search_box.setFocus()
    qtbot.keyClicks(window.search_box, "x")  # "bergx": nobody, and Enter before the results are in
    with qtbot.waitSignal(window.results_updated, timeout=5000):
        qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.search_pending, timeout=5000)
    assert opened == []
    assert window.results.rowCount() == 0
    assert window.results_note.text().startswith("No matches")
    assert window.pages.currentIndex() == RESULTS_PAGE
    assert window.search_box.hasFocus()


def test_a_list_cut_off_at_the_limit_says_so(qtbot: QtBot, window: MainWindow, shop: Shop) -> None:
    search(qtbot, window, "berg")
    assert window.results_note.text().startswith("2 matches")
    window.search_limit = 2
    search(qtbot, window, "berg")
    assert window.results.rowCount() == 2
    assert window.results_note.text() == "The first 2 matches — type more to narrow down."
    window.search_limit = 1  # the limit goes to the service: it stops after one
    search(qtbot, window, "berg")
    assert window.results.rowCount() == 1
    assert window.results_note.text() == "The first match — type more to narrow down."


def test_down_moves_into_the_results_and_enter_opens_the_chosen_row(
    qtbot: QtBot, window: MainWindow, shop: Shop
) -> None:
    search(qtbot, window, "berg")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Down)
    assert window.results_view.hasFocus()
    qtbot.keyClick(window.results_view, Qt.Key.Key_Down)
    second = window.results_view.currentIndex()
    assert second.row() == 1
    with qtbot.waitSignal(window.customer_panel.customer_loaded, timeout=5000) as loaded:
        qtbot.keyClick(window.results_view, Qt.Key.Key_Return)
    assert loaded.args == [second.data(CUSTOMER_ID_ROLE)]


def test_double_click_opens_a_customer(qtbot: QtBot, window: MainWindow, shop: Shop) -> None:
    search(qtbot, window, "berg")
    rect = window.results_view.visualRect(window.results.index(1, NAME))
    viewport = window.results_view.viewport()
    # QTest's double click needs the press before it, as a real double click has.
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(window.customer_panel.customer_loaded, timeout=5000):
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.pages.currentIndex() == CUSTOMER_PAGE


def test_escape_goes_back_and_ctrl_f_focuses_the_box(qtbot: QtBot, window: MainWindow, shop: Shop) -> None:
    search(qtbot, window, "zoe")
    open_customer_by_enter(qtbot, window)
    qtbot.keyClick(window.customer_panel.tabs, Qt.Key.Key_Escape)
    assert window.pages.currentIndex() == RESULTS_PAGE
    window.results_view.setFocus()
    qtbot.keyClick(window.results_view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_box.hasFocus()
    assert window.search_box.selectedText() == "zoe"


def test_typing_on_the_customer_view_starts_a_new_search(
    qtbot: QtBot, window: MainWindow, shop: Shop
) -> None:
    search(qtbot, window, "zoe")
    open_customer_by_enter(qtbot, window)
    qtbot.keyClick(window.customer_panel.tabs, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    search(qtbot, window, "kiki")
    assert window.pages.currentIndex() == RESULTS_PAGE
    assert names(window) == ["⚠ Restricted: Kiki van der Berg"]


def test_only_the_latest_query_is_shown(qtbot: QtBot, window: MainWindow, shop: Shop) -> None:
    """Two searches in flight: the older result arrives too and must not overwrite the newer."""
    window.search("berg")
    window.search("zoe")
    qtbot.waitUntil(lambda: not window._desk.tasks.busy, timeout=5000)
    assert names(window) == ["Zoë de Vries"]


@pytest.mark.parametrize(
    "query",
    [
        "'",
        '"',
        "O'Brien",
        '"de vries',
        "%",
        "_",
        "100%_",
        "'; DROP TABLE customers; --",
        "berg OR 1=1",
        "NEAR(a b)",
        "* ^ : ( ) -",
        "🔭🌌",
        "Zoë 🔭",
        "\\",
        "x" * 10_000,
    ],
)
def test_hostile_queries_never_show_an_error(
    qtbot: QtBot, window: MainWindow, shop: Shop, message_boxes: MessageBoxes, query: str
) -> None:
    window.search_box.setFocus()
    window.search_box.setText(query)
    with qtbot.waitSignal(window.results_updated, timeout=5000):
        window.search_box.textEdited.emit(query)
    assert message_boxes.shown == []
    assert window.results.rowCount() >= 0
    search(qtbot, window, "berg")  # and the box still works afterwards
    assert len(names(window)) == 2


def test_a_long_query_can_be_typed(
    qtbot: QtBot, window: MainWindow, shop: Shop, message_boxes: MessageBoxes
) -> None:
    search(qtbot, window, "van der berg dorpsstraat 151 maurik 4021HR " * 5)
    assert message_boxes.shown == []


def test_the_status_bar_says_who_is_at_the_desk_and_where_the_database_is(window: MainWindow) -> None:
    assert "Olga Eigenaar" in window.staff_label.text()
    assert window._desk.database.location in window.database_label.text()


def test_the_results_model_is_a_proper_qt_model(
    qtbot: QtBot, window: MainWindow, shop: Shop, qtmodeltester: ModelTester
) -> None:
    search(qtbot, window, "berg")
    qtmodeltester.check(window.results, force_py=True)
    window.results.set_rows([])
    qtmodeltester.check(window.results, force_py=True)


def test_closing_the_window_leaves_no_task_behind(qtbot: QtBot, window: MainWindow, shop: Shop) -> None:
    window.search_box.setText("berg")
    window.search("berg")
    window.close()
    QApplication.processEvents()
    qtbot.waitUntil(lambda: not window._desk.tasks.busy, timeout=5000)
