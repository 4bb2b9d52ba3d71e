"""Issue 10 §1: the app shares its database with the command line and scheduled jobs and loses nothing.

Seen in the trial: a file dialog that had shown the database's folder (Qt sniffs file contents for icons
and types) cost the app its locks; the next command to close its connection deleted the write-ahead
log, and everything the app saved afterwards was lost or overwrote what others wrote.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from spaceoptics_desk.store.database import Database, open_database
from spaceoptics_desk.store.models import Holiday
from spaceoptics_desk.ui.main_window.window import MainWindow
from tests.gui.conftest import Shop
from tests.gui.file_dialog_answers import answer_file_dialog
from tests.gui.test_holidays import opened_dialog


def command_line_adds_holiday(db_path: Path, day: date, name: str) -> None:
    """The real command line in its own process: it opens, writes and closes (the last one out)."""
    command = ["--db", str(db_path), "holidays", "add", day.isoformat(), name, "--by", "owner"]
    subprocess.run(
        [sys.executable, "-m", "spaceoptics_desk", *command],
        check=True,
        capture_output=True,
    )


def holidays_after_everyone_left(db_path: Path) -> dict[date, str]:
    database = open_database(str(db_path))
    try:
        with database.reading() as session:
            return {
                h.day: h.name
                for h in session.scalars(
                    select(Holiday).where(Holiday.day.between(date(2031, 3, 1), date(2031, 3, 31)))
                )
            }
    finally:
        database.close()


def test_a_file_dialog_on_the_database_folder_costs_no_write(
    qtbot: QtBot, window: MainWindow, shop: Shop, database: Database, db_path: Path
) -> None:
    # Marketing › Mailinglijst exporteren…, go to the database's folder, wait until it is listed, Cancel.
    answer = answer_file_dialog(None, go_to=db_path.parent)
    window.export_mailing_action.trigger()
    assert answer.folder == db_path.parent and db_path.parent in answer.read

    command_line_adds_holiday(db_path, date(2031, 3, 3), "Van de opdrachtregel")
    dialog = opened_dialog(qtbot, window)
    dialog.day_edit.setDate(QDate(2031, 3, 4))
    qtbot.keyClicks(dialog.name_edit, "Uit de app")
    with qtbot.waitSignal(dialog.holidays_loaded, timeout=5000):
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    command_line_adds_holiday(db_path, date(2031, 3, 5), "Weer van de opdrachtregel")
    # The dialog read no file: the guard never had to take a lock again (store/sqlite_locks.py).
    assert database.lock_guard is not None and database.lock_guard.repairs == 0
    dialog.close()
    window.close()
    database.close()

    assert holidays_after_everyone_left(db_path) == {
        date(2031, 3, 3): "Van de opdrachtregel",
        date(2031, 3, 4): "Uit de app",
        date(2031, 3, 5): "Weer van de opdrachtregel",
    }
