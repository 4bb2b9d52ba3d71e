"""Starting the app: database refusals, the sign-in window first, language, crash handling, smoke test."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from spaceoptics_desk.app import EXIT_DATABASE, PASSWORD_ENV, choose_language, run_gui
from spaceoptics_desk.logfile import configure_logging
from spaceoptics_desk.resources import resource_path
from spaceoptics_desk.ui.customer_view.panel import ORDERS
from spaceoptics_desk.ui.desk import Desk
from spaceoptics_desk.ui.error_reporting import CrashHandler
from spaceoptics_desk.ui.main_window.window import MainWindow
from spaceoptics_desk.ui.sign_in.window import FIRST_START, SIGN_IN, SignInWindow
from spaceoptics_desk.workstation import WorkstationSettings, locations
from tests.gui.conftest import MessageBoxes, Shop
from tests.gui.signed_in_shop import OWNER_PASSWORD, STAFF_PASSWORD, EncryptedShop

# --- the database ------------------------------------------------------------------------------


def _when_sign_in_window(qtbot: QtBot, then: object) -> None:
    """Calls `then(window)` once the sign-in window shows the page for its database."""

    def look() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, SignInWindow) and w.isVisible()]
        if windows and windows[0].state is not None and callable(then):
            then(windows[0])
            return
        QTimer.singleShot(10, look)

    QTimer.singleShot(0, look)


def test_a_missing_database_gets_the_first_start_and_quitting_makes_nothing(
    qtbot: QtBot, tmp_path: Path, message_boxes: MessageBoxes
) -> None:
    target = tmp_path / "nothing-here.db"
    pages: list[int] = []

    def quit_at_once(window: SignInWindow) -> None:
        pages.append(window.pages.currentIndex())
        qtbot.mouseClick(window.quit_button, Qt.MouseButton.LeftButton)

    _when_sign_in_window(qtbot, quit_at_once)
    assert run_gui(str(target), "en") == 0
    assert pages == [FIRST_START]
    assert message_boxes.shown == []
    assert not target.exists() and not list(tmp_path.iterdir())


NOTES = b"Boodschappen: melk, brood, een nieuwe telescoop.\n" * 100


def _sign_in_and_quit(qtbot: QtBot, messages: list[str]) -> None:
    """Types a password into the sign-in window, keeps the refusal it shows, then quits."""

    def sign_in(window: SignInWindow) -> None:
        def keep_and_quit(text: str) -> None:
            messages.append(text)
            window.reject()

        window.refused.connect(keep_and_quit)
        qtbot.keyClicks(window.password_box, OWNER_PASSWORD)
        qtbot.keyClick(window.password_box, Qt.Key.Key_Return)

    _when_sign_in_window(qtbot, sign_in)


def test_a_file_that_is_not_a_database_is_refused_and_left_untouched(
    qtbot: QtBot, tmp_path: Path, message_boxes: MessageBoxes
) -> None:
    """Not SQLite's plain header and no key file beside it or in the backups: another program's file,
    named so before any password is asked, and left as it was."""
    target = tmp_path / "notes.db"
    target.write_bytes(NOTES)
    assert run_gui(str(target), "en") == EXIT_DATABASE
    assert [kind for kind, _ in message_boxes.shown] == ["critical"]
    assert "is not a SpaceOptics Desk database" in message_boxes.shown[0][1]
    assert target.read_bytes() == NOTES


def test_an_encrypted_database_without_its_key_file_says_where_the_copy_is(
    qtbot: QtBot, tmp_path: Path, message_boxes: MessageBoxes
) -> None:
    """Its key file lost, its copy in backups/ still there: the password is asked, and what opens it is
    said to be missing, with where its copy is; the file as it was."""
    target = tmp_path / "notes.db"
    target.write_bytes(NOTES)
    copy = tmp_path / "backups" / "notes.db.keys"
    copy.parent.mkdir()
    copy.write_text("{}")
    messages: list[str] = []
    _sign_in_and_quit(qtbot, messages)
    assert run_gui(str(target), "en") == 0
    assert len(messages) == 1 and "key file" in messages[0] and str(copy) in messages[0]
    assert message_boxes.shown == []
    assert target.read_bytes() == NOTES


def test_the_refusal_is_in_dutch_with_lang_nl(
    qtbot: QtBot, tmp_path: Path, message_boxes: MessageBoxes
) -> None:
    target = tmp_path / "notes.db"
    target.write_bytes(NOTES)
    assert run_gui(str(target), "nl") == EXIT_DATABASE
    assert "geen SpaceOptics Desk-database" in message_boxes.shown[0][1]


# --- the smoke test and the whole start --------------------------------------------------------


def test_the_smoke_test_signs_in_opens_the_window_searches_and_quits(
    encrypted_shop: EncryptedShop, message_boxes: MessageBoxes, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(PASSWORD_ENV, OWNER_PASSWORD)
    assert run_gui(encrypted_shop.target, "en", smoke_test=True) == 0
    assert message_boxes.shown == []
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]


def test_the_smoke_test_fails_without_the_right_password_and_asks_nothing(
    encrypted_shop: EncryptedShop,
    message_boxes: MessageBoxes,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert run_gui(encrypted_shop.target, "en", smoke_test=True) != 0
    monkeypatch.setenv(PASSWORD_ENV, "niet-het-wachtwoord")
    assert run_gui(encrypted_shop.target, "en", smoke_test=True) != 0
    assert message_boxes.shown == []  # unattended: nothing may block
    assert "The name or the password is not right." in capsys.readouterr().err


def test_a_full_start_signs_in_and_opens_the_window_for_that_person(
    qtbot: QtBot, encrypted_shop: EncryptedShop, message_boxes: MessageBoxes
) -> None:
    seen: list[str] = []

    def sign_in(window: SignInWindow) -> None:
        assert window.pages.currentIndex() == SIGN_IN
        qtbot.keyClicks(window.name_box, "staff")
        qtbot.keyClicks(window.password_box, STAFF_PASSWORD)
        qtbot.keyClick(window.password_box, Qt.Key.Key_Return)
        QTimer.singleShot(10, read_window)

    def read_window() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if not windows:
            QTimer.singleShot(10, read_window)
            return
        seen.append(windows[0].staff_label.text())
        windows[0].close()  # the last window: the app ends

    _when_sign_in_window(qtbot, sign_in)
    assert run_gui(encrypted_shop.target, "en") == 0
    assert seen == ["At the desk: Sam Medewerker (staff)"]
    assert message_boxes.shown == []


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


def test_settings_of_the_old_staff_picker_are_read_without_error() -> None:
    settings_file = locations().settings_file
    settings_file.parent.mkdir(parents=True, exist_ok=True)
    settings_file.write_text(
        '{"last_staff": "owner", "last_staff_name": "Olga", "language": "nl"}', encoding="utf-8"
    )
    assert WorkstationSettings.load(settings_file).language == "nl"
