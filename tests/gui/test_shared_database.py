"""Issue 10 §1: the app shares its database with the command line and scheduled jobs and loses nothing.

Seen in the trial: a file dialog that had shown the database's folder (Qt sniffs file contents for icons
and types) cost the app its locks; the next command to close its connection deleted the write-ahead
log, and everything the app saved afterwards was lost or overwrote what others wrote.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from spaceoptics_desk.store.database import Database, open_database
from spaceoptics_desk.store.models import Holiday
from spaceoptics_desk.ui.main_window.window import MainWindow
from tests.gui.conftest import MessageBoxes, Shop
from tests.gui.file_dialog_answers import answer_file_dialog
from tests.gui.test_holidays import opened_dialog

ROUNDS = 200


def command_line_adds_holiday(db_path: Path, day: date, name: str) -> None:
    """The real command line in its own process: it opens, writes and closes (the last one out)."""
    command = ["--db", str(db_path), "holidays", "add", day.isoformat(), name, "--by", "owner"]
    subprocess.run(
        [sys.executable, "-m", "spaceoptics_desk", *command],
        check=True,
        capture_output=True,
        timeout=60,
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


OTHER_PROGRAM = """
import sqlcipher3, sys
for line in sys.stdin:
    connection = sqlcipher3.connect(sys.argv[1], isolation_level=None, timeout=10)
    connection.execute("INSERT INTO holidays(day, name) VALUES (?, 'ander programma')", (line.strip(),))
    connection.close()  # the last one out: it deletes the write-ahead log when it thinks it may
    print("ok", flush=True)
"""


def free_days(year: int, how_many: int, taken: set[date]) -> list[date]:
    days = [date(year, 1, 1) + timedelta(days=n) for n in range(366)]
    return [d for d in days if d.year == year and d not in taken][:how_many]


def test_200_rounds_of_app_command_line_and_scheduled_review_lose_no_write(
    qtbot: QtBot,
    window: MainWindow,
    shop: Shop,
    database: Database,
    db_path: Path,
    message_boxes: MessageBoxes,
) -> None:
    """The app, a program that opens, writes and closes (as every command does), the real command line
    and `review apply --automatic` from cron, interleaved, with a file dialog on the database's folder
    now and then: every write of every one of them is there afterwards."""
    with database.reading() as session:
        taken = set(session.scalars(select(Holiday.day)))
    app_days, other_days = free_days(2031, ROUNDS, taken), free_days(2033, ROUNDS, taken)
    command_line_days = free_days(2035, ROUNDS // 20, taken)
    other = subprocess.Popen(
        [sys.executable, "-c", OTHER_PROGRAM, str(db_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    dialog = opened_dialog(qtbot, window)
    try:
        for number in range(ROUNDS):
            if number % 20 == 0:
                answer_file_dialog(None, go_to=db_path.parent)
                window.export_mailing_action.trigger()
                command_line_adds_holiday(db_path, command_line_days[number // 20], "Van de opdrachtregel")
                scheduled = [
                    sys.executable,
                    "-m",
                    "spaceoptics_desk",
                    "--db",
                    str(db_path),
                    "review",
                    "apply",
                ]
                subprocess.run([*scheduled, "--automatic", "--by", "owner"], check=True, capture_output=True)
            assert other.stdin is not None and other.stdout is not None
            other.stdin.write(other_days[number].isoformat() + "\n")
            other.stdin.flush()
            day = app_days[number]
            dialog.day_edit.setDate(QDate(day.year, day.month, day.day))
            qtbot.keyClicks(dialog.name_edit, "Uit de app")
            with qtbot.waitSignal(dialog.holidays_loaded, timeout=10_000):
                qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
            assert message_boxes.shown == []  # no refusal, no "database damaged"
            assert other.stdout.readline().strip() == "ok"
    finally:
        other.communicate("")
    dialog.close()
    window.close()
    database.close()

    database = open_database(str(db_path))
    try:
        with database.reading() as session:
            names = dict(session.execute(select(Holiday.day, Holiday.name)).all())
    finally:
        database.close()
    assert [day for day in app_days if names.get(day) != "Uit de app"] == []
    assert [day for day in other_days if names.get(day) != "ander programma"] == []
    assert [day for day in command_line_days if names.get(day) != "Van de opdrachtregel"] == []
