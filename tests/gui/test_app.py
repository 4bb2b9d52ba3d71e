"""Starting the app: database refusals, who is at the desk, language, crash handling, smoke test."""

from __future__ import annotations

import gc
import logging
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, QTimer
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from spaceoptics_desk.app import ask_who_is_at_desk, choose_language, run_gui
from spaceoptics_desk.logfile import configure_logging
from spaceoptics_desk.resources import resource_path
from spaceoptics_desk.services.staff import StaffMember
from spaceoptics_desk.store.database import Database
from spaceoptics_desk.ui.customer_view.panel import ORDERS
from spaceoptics_desk.ui.desk import Desk
from spaceoptics_desk.ui.error_reporting import CrashHandler
from spaceoptics_desk.ui.main_window.window import MainWindow
from spaceoptics_desk.ui.staff_picker.dialog import StaffPickerDialog
from spaceoptics_desk.workstation import WorkstationSettings, locations
from tests.gui.conftest import MessageBoxes, Shop

MEMBERS = [StaffMember("owner", "Olga Eigenaar", "owner"), StaffMember("staff", "Sam Medewerker", "staff")]


def answer_dialog(qtbot: QtBot, *keys: Qt.Key) -> None:
    """Presses keys in the next modal dialog (it runs its own event loop, so from a timer)."""

    def press() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, press)
            return
        for key in keys:
            qtbot.keyClick(dialog.focusWidget() or dialog, key)

    QTimer.singleShot(0, press)


# --- the database ------------------------------------------------------------------------------


def test_a_missing_database_is_reported_and_not_created(tmp_path: Path, message_boxes: MessageBoxes) -> None:
    target = tmp_path / "nothing-here.db"
    assert run_gui(str(target), "en") == 3
    assert message_boxes.shown == [("critical", f"There is no database at {target}.")]
    assert not target.exists()


def test_a_file_that_is_not_a_database_is_left_untouched(tmp_path: Path, message_boxes: MessageBoxes) -> None:
    target = tmp_path / "notes.db"
    content = b"Boodschappen: melk, brood, een nieuwe telescoop.\n" * 100
    target.write_bytes(content)
    assert run_gui(str(target), "en") != 0
    [(kind, text)] = message_boxes.shown
    assert kind == "critical" and "is not a SpaceOptics Desk database" in text
    assert target.read_bytes() == content


def test_the_database_message_is_in_dutch_with_lang_nl(tmp_path: Path, message_boxes: MessageBoxes) -> None:
    target = tmp_path / "weg.db"
    assert run_gui(str(target), "nl") == 3
    assert message_boxes.shown == [("critical", f"Er is geen database op {target}.")]


# --- the smoke test and the whole start --------------------------------------------------------


def test_the_smoke_test_opens_the_window_searches_and_quits(
    database: Database, db_path: Path, shop: Shop, message_boxes: MessageBoxes
) -> None:
    database.close()
    assert run_gui(str(db_path), "en", smoke_test=True) == 0
    assert message_boxes.shown == []
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]


def test_the_smoke_test_fails_on_a_database_without_staff(
    database: Database, db_path: Path, message_boxes: MessageBoxes
) -> None:
    database.close()
    assert run_gui(str(db_path), "en", smoke_test=True) != 0
    assert message_boxes.shown == []  # unattended: nothing may block


def test_a_full_start_asks_who_is_at_the_desk_and_opens_the_window(
    qtbot: QtBot, database: Database, db_path: Path, shop: Shop, message_boxes: MessageBoxes
) -> None:
    database.close()
    seen: list[str] = []

    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, StaffPickerDialog):
            qtbot.keyClick(dialog.members_list, Qt.Key.Key_Down)
            qtbot.keyClick(dialog.members_list, Qt.Key.Key_Return)
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if windows:
            seen.append(windows[0].staff_label.text())
            windows[0].close()
            return
        QTimer.singleShot(10, drive)

    QTimer.singleShot(0, drive)
    assert run_gui(str(db_path), "en") == 0
    assert seen == ["At the desk: Sam Medewerker (staff)"]
    assert WorkstationSettings.load(locations().settings_file).last_staff == "staff"


# --- who is at the desk ------------------------------------------------------------------------


def test_the_staff_picker_remembers_the_choice(qtbot: QtBot) -> None:
    settings_file = locations().settings_file
    settings = WorkstationSettings.load(settings_file)
    answer_dialog(qtbot, Qt.Key.Key_Down, Qt.Key.Key_Return)
    assert ask_who_is_at_desk(MEMBERS, settings, settings_file) == MEMBERS[1]
    assert WorkstationSettings.load(settings_file).last_staff == "staff"

    # Next start: the last choice is preselected, so Enter alone is enough.
    answer_dialog(qtbot, Qt.Key.Key_Return)
    assert ask_who_is_at_desk(MEMBERS, WorkstationSettings.load(settings_file), settings_file) == MEMBERS[1]


def test_the_only_staff_member_is_still_asked_but_preselected(qtbot: QtBot) -> None:
    dialog = StaffPickerDialog(MEMBERS[:1])
    qtbot.addWidget(dialog)
    assert dialog.chosen() == MEMBERS[0]


def test_cancelling_the_staff_picker_chooses_nobody(qtbot: QtBot) -> None:
    settings_file = locations().settings_file
    answer_dialog(qtbot, Qt.Key.Key_Escape)
    assert ask_who_is_at_desk(MEMBERS, WorkstationSettings(), settings_file) is None
    assert not settings_file.exists()


# --- language ----------------------------------------------------------------------------------


def test_the_language_is_the_option_then_the_setting_then_the_system() -> None:
    dutch = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    assert choose_language("en", "nl", dutch) == "en"
    assert choose_language(None, "en", dutch) == "en"
    assert choose_language(None, "", dutch) == "nl"
    assert choose_language(None, "", english) == "en"


@pytest.mark.usefixtures("dutch")
def test_dutch_is_applied_to_the_window(qtbot: QtBot, desk: Desk, shop: Shop) -> None:
    window = MainWindow(desk, "nl")
    qtbot.addWidget(window)
    assert window.find_action.text() == "Klant &zoeken"
    assert window.search_box.placeholderText().startswith("Klant zoeken")
    assert window.customer_panel.tabs.tabText(ORDERS) == "Bestellingen"
    assert "Aan de balie" in window.staff_label.text()
    assert (
        QCoreApplication.translate("errors", "This customer no longer exists.")
        == "Deze klant bestaat niet meer."
    )


@pytest.mark.usefixtures("dutch")
def test_the_registrys_words_reach_the_retention_screens_in_dutch() -> None:
    """The review and the erasure preview show what goes in the owner's language, not the registry's."""
    from spaceoptics_desk.domain.retention import RetentionCategory
    from spaceoptics_desk.services.retention_scan import FieldGroup
    from spaceoptics_desk.store.registry import KEPT_BY_LAW, KEPT_WHAT
    from spaceoptics_desk.ui.labels import field_group_text, registry_text

    assert field_group_text(FieldGroup("customers", ("e-mail address", "mobile number"))) == (
        "klant: e-mailadres, mobiel nummer"
    )
    assert registry_text(KEPT_WHAT[RetentionCategory.FISCAL]).startswith("bestellingen")
    assert "AWR 52" in registry_text(KEPT_BY_LAW[RetentionCategory.FISCAL])
    assert registry_text(KEPT_BY_LAW[RetentionCategory.FISCAL]) != KEPT_BY_LAW[RetentionCategory.FISCAL]


def test_every_dutch_entry_is_finished() -> None:
    ts = resource_path("translations", "spaceoptics_desk_nl.ts").read_text(encoding="utf-8")
    assert ts.count("<message") > 200
    assert 'type="unfinished"' not in ts
    assert "<translation></translation>" not in ts


# --- bugs --------------------------------------------------------------------------------------


def test_a_bug_is_logged_without_its_message_and_reported(message_boxes: MessageBoxes) -> None:
    log_file = locations().log_file
    configure_logging(log_file)
    handler = CrashHandler(log_file)
    try:
        raise ValueError("jan.vdberg@example.nl is not allowed here")
    except ValueError as error:
        handler.handle(ValueError, error, error.__traceback__)
    for log_handler in logging.getLogger("spaceoptics_desk").handlers:
        log_handler.flush()
    logged = log_file.read_text(encoding="utf-8")
    assert "ValueError" in logged and "test_app.py" in logged
    assert "jan.vdberg" not in logged
    [(kind, text)] = message_boxes.shown
    assert kind == "critical" and str(log_file) in text and "jan.vdberg" not in text
    assert handler.crash_count == 1


def test_the_log_file_is_named_on_a_line_of_its_own_that_does_not_wrap(
    qapp: QApplication, tmp_path: Path, message_boxes: MessageBoxes
) -> None:
    log_file = tmp_path / "Gebruikers" / "balie" / "AppData" / "Local" / "SpaceOptics Desk" / "desk.log"
    handler = CrashHandler(log_file)
    try:
        raise ValueError("a bug")
    except ValueError as error:
        handler.handle(ValueError, error, error.__traceback__)
    [(_kind, text)] = message_boxes.shown
    # The message box's label lays rich text out in a QTextDocument: do the same, far narrower than the path.
    document = QTextDocument()
    document.setHtml(text)
    document.setTextWidth(200)
    assert document.size().width() > 200  # lays it out; wider than asked, for the path does not wrap
    paths = [
        block
        for block in (document.findBlockByNumber(n) for n in range(document.blockCount()))
        if block.text() == str(log_file)
    ]
    assert len(paths) == 1, "the path is a paragraph of its own"
    assert paths[0].layout().lineCount() == 1, "the path is not broken over lines"
    assert document.toPlainText().startswith("An unexpected error happened.")


# --- a workstation that knows who works here: the window first, the database behind it ----------


def _remember(member: StaffMember) -> None:
    settings = WorkstationSettings.load(locations().settings_file)
    settings.remember_staff(member)
    settings.save(locations().settings_file)


def _visible_main_windows() -> list[MainWindow]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]


def test_a_remembered_staff_member_gets_the_window_at_once_and_can_search(
    qtbot: QtBot, database: Database, db_path: Path, shop: Shop, message_boxes: MessageBoxes
) -> None:
    database.close()
    _remember(MEMBERS[1])
    seen: list[str] = []

    def drive() -> None:
        assert not isinstance(QApplication.activeModalWidget(), StaffPickerDialog), "no question asked"
        windows = _visible_main_windows()
        if not windows:
            QTimer.singleShot(10, drive)
            return
        seen.append(windows[0].staff_label.text())
        # Typed straight away: the search waits in the worker until the database is open.
        qtbot.keyClicks(windows[0].search_box, "vd berg")
        QTimer.singleShot(10, lambda: read_results(windows[0]))

    def read_results(window: MainWindow) -> None:
        if window.results.rowCount() < 2:
            QTimer.singleShot(10, lambda: read_results(window))
            return
        seen.extend(sorted(m.name for m in (window.results.match_at(0), window.results.match_at(1)) if m))
        window.close()

    QTimer.singleShot(0, drive)
    assert run_gui(str(db_path), "en") == 0
    assert seen == ["At the desk: Sam Medewerker (staff)", "Jan van der Berg", "Kiki van der Berg"]
    assert message_boxes.shown == []


def test_a_remembered_staff_member_who_left_is_asked_again(
    qtbot: QtBot, database: Database, db_path: Path, shop: Shop, message_boxes: MessageBoxes
) -> None:
    database.close()
    _remember(StaffMember("pieter", "Pieter (left in May)", "staff"))
    seen: list[str] = []

    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, StaffPickerDialog):
            qtbot.keyClick(dialog.members_list, Qt.Key.Key_Return)
        windows = [w for w in _visible_main_windows() if "Pieter" not in w.staff_label.text()]
        if windows:
            seen.append(windows[0].staff_label.text())
            windows[0].close()
            return
        QTimer.singleShot(10, drive)

    QTimer.singleShot(0, drive)
    assert run_gui(str(db_path), "en") == 0
    assert len(seen) == 1 and "Pieter" not in seen[0]
    assert WorkstationSettings.load(locations().settings_file).last_staff != "pieter"
    # Pieter's window is gone, not only hidden: left alive, it would run its event filters after the
    # garbage collector emptied them, and a crash dialog would come out of nowhere (issue 10 §5).
    gc.collect()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]


def test_a_database_gone_since_last_time_is_reported_over_the_window(
    tmp_path: Path, message_boxes: MessageBoxes
) -> None:
    _remember(MEMBERS[0])
    target = tmp_path / "moved-away.db"
    assert run_gui(str(target), "en") == 3
    assert message_boxes.shown == [("critical", f"There is no database at {target}.")]
    assert not target.exists()


def test_closing_the_window_while_the_database_opens_ends_the_app(
    database: Database, db_path: Path, shop: Shop, message_boxes: MessageBoxes
) -> None:
    database.close()
    _remember(MEMBERS[0])

    def close_at_once() -> None:
        windows = _visible_main_windows()
        if not windows:
            QTimer.singleShot(5, close_at_once)
            return
        windows[0].close()

    QTimer.singleShot(0, close_at_once)
    assert run_gui(str(db_path), "en") == 0
    assert message_boxes.shown == []


def test_a_renamed_staff_member_keeps_the_window_and_the_new_name_is_remembered(
    qtbot: QtBot, database: Database, db_path: Path, shop: Shop, message_boxes: MessageBoxes
) -> None:
    database.close()
    _remember(StaffMember("staff", "Sam (old name)", "staff"))
    asked: list[bool] = []

    def drive() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, StaffPickerDialog):
            asked.append(True)
            modal.reject()
            return
        windows = _visible_main_windows()
        # Once the database is open the app has compared the remembered person with the staff list.
        if windows and WorkstationSettings.load(locations().settings_file).remembered_staff() == MEMBERS[1]:
            windows[0].close()
            return
        QTimer.singleShot(10, drive)

    QTimer.singleShot(0, drive)
    assert run_gui(str(db_path), "en") == 0
    assert asked == []
    assert WorkstationSettings.load(locations().settings_file).remembered_staff() == MEMBERS[1]


def test_a_staff_member_whose_role_changed_gets_a_window_for_the_new_role(
    qtbot: QtBot, database: Database, db_path: Path, shop: Shop, message_boxes: MessageBoxes
) -> None:
    """Issue 11: the workstation remembered "owner", the staff table now says staff: the window the
    person works in offers only what staff may (the owner's menu items disabled with the reason)."""
    database.close()
    _remember(StaffMember("staff", MEMBERS[1].display_name, "owner"))
    seen: list[tuple[str, bool]] = []

    def drive() -> None:
        windows = _visible_main_windows()
        if windows and WorkstationSettings.load(locations().settings_file).remembered_staff() == MEMBERS[1]:
            window = windows[-1]
            seen.append((window.staff_label.text(), window.export_mailing_action.isEnabled()))
            for open_window in windows:
                open_window.close()
            return
        QTimer.singleShot(10, drive)

    QTimer.singleShot(0, drive)
    assert run_gui(str(db_path), "en") == 0
    assert seen == [("At the desk: Sam Medewerker (staff)", False)]
