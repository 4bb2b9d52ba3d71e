"""Issue 10 §4 in the app: a character no person types is refused inside the dialog, naming the field in
Dutch, with what was typed kept to correct it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from spaceoptics_desk.store.database import Database
from spaceoptics_desk.store.models import Request
from spaceoptics_desk.ui.main_window.window import MainWindow
from tests.gui.test_cases import intake, tick


def test_a_pasted_escape_sequence_in_the_summary_is_refused_naming_the_field_in_dutch(
    qtbot: QtBot, dutch: None, window: MainWindow, database: Database
) -> None:
    window.unknown_intake_action.trigger()
    dialog = intake(qtbot, window)
    tick(qtbot, dialog.right_checks["access"])
    dialog.summary_edit.insert("wil alles zien\x1b[2J")  # pasted from a terminal
    qtbot.keyClick(dialog.summary_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.saving and dialog.error_label.isVisibleTo(dialog), timeout=5000)
    assert dialog.error_label.text() == (
        "Het veld 'Omschrijving' bevat een teken dat niet kan worden opgeslagen (een stuurteken, U+001B); "
        "haal het weg en probeer het opnieuw."
    )
    assert dialog.isVisible() and dialog.summary_edit.text() == "wil alles zien\x1b[2J"
    with database.reading() as session:
        assert session.scalar(select(func.count()).select_from(Request)) == 0
