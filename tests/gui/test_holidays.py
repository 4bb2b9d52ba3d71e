"""R2: the holiday table in the app; the owner's change moves an open case's due date on screen."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from spaceoptics_desk.domain.clock import FixedClock
from spaceoptics_desk.services.cases import open_case
from spaceoptics_desk.services.staff import acting_user
from spaceoptics_desk.store.database import Database
from spaceoptics_desk.store.models import Holiday
from spaceoptics_desk.ui.desk import Desk
from spaceoptics_desk.ui.formatting import format_date
from spaceoptics_desk.ui.holidays.dialog import HolidaysDialog
from spaceoptics_desk.ui.main_window.window import MainWindow
from tests.gui.conftest import Shop


def opened_dialog(qtbot: QtBot, window: MainWindow) -> HolidaysDialog:
    window.holidays_action.trigger()
    dialog = window.holidays_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.rows.rowCount() > 0, timeout=5000)
    return dialog


def test_R2_the_owner_adds_a_day_and_the_open_case_is_due_a_day_later(
    qtbot: QtBot, window: MainWindow, shop: Shop, database: Database, clock: FixedClock
) -> None:
    with database.transaction() as session:
        case_id = open_case(
            session,
            acting_user(session, "staff"),
            clock,
            customer_id=shop.jan,
            channel="phone",
            received_at=datetime(2026, 11, 2, 9, 0, tzinfo=UTC),  # due Wednesday 2 December
            rights=["access"],
        )
    view = window.cases.open_case(case_id)
    qtbot.waitUntil(lambda: view.detail is not None, timeout=5000)
    assert format_date(date(2026, 12, 2)) in view.due_label.text()

    dialog = opened_dialog(qtbot, window)
    assert dialog.year_box.value() == clock.now().year
    assert "Christmas Day" in [dialog.rows.row_cells(r)[1] for r in range(dialog.rows.rowCount())]
    dialog.day_edit.setDate(QDate(2026, 12, 2))
    qtbot.keyClicks(dialog.name_edit, "Inventarisatie")
    with qtbot.waitSignal(dialog.holidays_loaded, timeout=5000):
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert [format_date(date(2026, 12, 2)), "Inventarisatie"] in [
        list(dialog.rows.row_cells(r)) for r in range(dialog.rows.rowCount())
    ]
    assert dialog.name_edit.text() == ""

    # The same day again is refused in the dialog; the typed name stays.
    qtbot.keyClicks(dialog.name_edit, "Nog eens")
    dialog.add_button.click()
    qtbot.waitUntil(lambda: dialog.error_label.isVisibleTo(dialog), timeout=5000)
    assert dialog.error_label.text() == "2026-12-02 is a holiday already."
    assert dialog.name_edit.text() == "Nog eens"

    view.load()
    qtbot.waitUntil(lambda: format_date(date(2026, 12, 3)) in view.due_label.text(), timeout=5000)

    # Removing it (selected row, button) brings the date back.
    row = next(r for r in range(dialog.rows.rowCount()) if dialog.rows.row_cells(r)[1] == "Inventarisatie")
    dialog.table.selectRow(row)
    with qtbot.waitSignal(dialog.holidays_loaded, timeout=5000):
        dialog.remove_button.click()
    assert "Inventarisatie" not in [dialog.rows.row_cells(r)[1] for r in range(dialog.rows.rowCount())]


def test_staff_see_the_holidays_but_cannot_change_them(qtbot: QtBot, staff_window: MainWindow) -> None:
    dialog = opened_dialog(qtbot, staff_window)
    assert not dialog.add_button.isEnabled() and not dialog.name_edit.isEnabled()
    assert not dialog.remove_button.isEnabled()
    with qtbot.waitSignal(dialog.holidays_loaded, timeout=5000):
        dialog.year_box.setValue(2027)
    assert format_date(date(2027, 4, 27)) in [
        dialog.rows.row_cells(r)[0] for r in range(dialog.rows.rowCount())
    ]
    # The reason is the permission table's, on every control it disables.
    assert dialog.add_button.toolTip() == "Only the owner changes the holiday table."


def test_R2_a_day_added_in_one_holiday_window_shows_in_another_open_one(
    qtbot: QtBot, window: MainWindow, desk: Desk
) -> None:
    """Issue 11: the change hub tells every open window; nobody has to reopen it."""
    dialog = opened_dialog(qtbot, window)
    other = HolidaysDialog(desk)
    qtbot.addWidget(other)
    other.show()
    qtbot.waitUntil(lambda: other.rows.rowCount() > 0 and not other.busy, timeout=5000)
    dialog.day_edit.setDate(QDate(2026, 9, 30))
    qtbot.keyClicks(dialog.name_edit, "Inventarisatie")
    with qtbot.waitSignal(other.holidays_loaded, timeout=5000):
        dialog.add_button.click()
    assert "Inventarisatie" in [other.rows.row_cells(r)[1] for r in range(other.rows.rowCount())]


def test_a_day_added_while_the_table_reloads_is_saved_not_dropped(
    qtbot: QtBot, window: MainWindow, database: Database
) -> None:
    """Another desk's change reloads the open table (once a second); Enter pressed during that reload
    used to do nothing at all: the owner's day was silently lost (the flaky shared-database test)."""
    dialog = opened_dialog(qtbot, window)
    dialog.day_edit.setDate(QDate(2031, 3, 4))
    qtbot.keyClicks(dialog.name_edit, "Uit de app")
    dialog.load()  # as the change hub does when another program wrote
    assert dialog.busy
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.busy and dialog.name_edit.text() == "", timeout=5000)
    assert [format_date(date(2031, 3, 4)), "Uit de app"] in [
        list(dialog.rows.row_cells(r)) for r in range(dialog.rows.rowCount())
    ]
    with database.reading() as session:
        assert session.scalar(select(Holiday.name).where(Holiday.day == date(2031, 3, 4))) == "Uit de app"
