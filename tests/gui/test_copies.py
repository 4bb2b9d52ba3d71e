"""The data copy in the GUI (issue 5): from "create copy" to "sent" against a real mail server on loopback,
the preview and the password, the e-mail draft without a mail server, a refused send, the settings."""

from __future__ import annotations

import email
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from spaceoptics_desk.domain.clock import FixedClock
from spaceoptics_desk.domain.permissions import PERMISSIONS, Action
from spaceoptics_desk.operations.changes import Changes
from spaceoptics_desk.services.cases import open_case, verify_identity
from spaceoptics_desk.services.staff import acting_user
from spaceoptics_desk.smtp_secret import SERVICE_NAME
from spaceoptics_desk.store.database import Database, open_database
from spaceoptics_desk.ui.cases.view import CaseViewDialog
from spaceoptics_desk.ui.copies.dialog import CopyDialog
from spaceoptics_desk.ui.copies.mail_settings import MailSettingsDialog
from spaceoptics_desk.ui.desk import Desk, Workstation
from spaceoptics_desk.ui.labels import label
from spaceoptics_desk.ui.main_window.window import MainWindow
from spaceoptics_desk.ui.tasks import TaskRunner
from spaceoptics_desk.workstation import WorkstationSettings
from tests.gui.conftest import OWNER, STAFF, Shop, open_customer_by_enter, search
from tests.gui.test_customer_changes import (
    OTHERS_WITHIN_MS,
    closed,
    command_line_erases_jan,
    erasure_case_of_jan,
)
from tests.mail_server import (
    AUTH_WITHOUT_TLS_WARNING,
    PASSWORD,
    USERNAME,
    MailServer,
    MemoryKeyring,
    mail_server_fixture,  # noqa: F401 (a fixture)
    memory_keyring_fixture,  # noqa: F401 (a fixture)
    restore_keyring_fixture,  # noqa: F401 (a fixture)
)
from tests.records import at

pytestmark = pytest.mark.filterwarnings(AUTH_WITHOUT_TLS_WARNING)

CREATE_TIMEOUT_MS = 30_000  # a real copy: reportlab, then AES-256 with pypdf


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    return tmp_path / "config" / "settings.json"


@pytest.fixture
def workstation(settings_file: Path) -> Workstation:
    return Workstation(WorkstationSettings(), settings_file)


@pytest.fixture
def desk(database: Database, clock: FixedClock, workstation: Workstation) -> Iterator[Desk]:
    """The owner at the desk, with this workstation's settings (overrides the conftest's desk)."""
    tasks = TaskRunner()
    yield Desk(database, clock, OWNER, tasks, workstation)
    tasks.shutdown()


@pytest.fixture
def copy_folder(tmp_path: Path) -> Path:
    return tmp_path / "kopieën"  # not made yet: the dialog makes it


@dataclass
class Questions:
    """Every question the app asked (instead of a blocking message box); `answers` in turn, then Yes."""

    asked: list[str] = field(default_factory=list)
    answers: list[QMessageBox.StandardButton] = field(default_factory=list)


@pytest.fixture
def questions(monkeypatch: pytest.MonkeyPatch) -> Questions:
    record = Questions()

    def question(_parent: object, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        record.asked.append(text)
        return record.answers.pop(0) if record.answers else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return record


def copy_case(database: Database, clock: FixedClock, customer_id: int, *, verified: bool = True) -> int:
    with database.transaction() as session:
        actor = acting_user(session, "owner")
        case_id = open_case(
            session,
            actor,
            clock,
            customer_id=customer_id,
            channel="email",
            received_at=at(2026, 11, 20, 9),
            rights=["access", "portability"],
        )
        if verified:
            verify_identity(session, actor, clock, case_id, "email-on-file")
        return case_id


def case_view(qtbot: QtBot, window: MainWindow, case_id: int) -> CaseViewDialog:
    view = window.cases.open_case(case_id)
    qtbot.waitUntil(lambda: view.detail is not None, timeout=5000)
    return view


def timeline_events(view: CaseViewDialog) -> list[str]:
    return [view.timeline.row_cells(r)[1] for r in range(view.timeline.rowCount())]


def copy_dialog_of(qtbot: QtBot, view: CaseViewDialog) -> CopyDialog:
    view.steps.setCurrentWidget(view.copy_page)
    assert view.copy_page.copy_button.isEnabled()
    view.copy_page.copy_button.click()
    dialog = view.copy_page.copy_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.subject is not None, timeout=5000)
    return dialog


def create(qtbot: QtBot, dialog: CopyDialog, folder: Path, machine_readable: bool = False) -> None:
    dialog.folder_edit.setText(str(folder))
    dialog.machine_check.setChecked(machine_readable)
    with qtbot.waitSignal(dialog.copy_created, timeout=CREATE_TIMEOUT_MS):
        qtbot.keyClick(dialog.create_button, Qt.Key.Key_Return)  # the default button


def test_a_case_goes_from_create_copy_to_sent(
    qtbot: QtBot,
    window: MainWindow,
    shop: Shop,
    database: Database,
    clock: FixedClock,
    workstation: Workstation,
    settings_file: Path,
    copy_folder: Path,
    mail_server: MailServer,
    memory_keyring: MemoryKeyring,
    questions: Questions,
) -> None:
    workstation.settings.remember_smtp(mail_server.settings())
    memory_keyring.set_password(SERVICE_NAME, USERNAME, PASSWORD)
    case_id = copy_case(database, clock, shop.jan)
    view = case_view(qtbot, window, case_id)
    assert view.steps.tabText(view.steps.indexOf(view.copy_page)) == "Data &copy"
    dialog = copy_dialog_of(qtbot, view)
    assert dialog.subject is not None and dialog.subject.case_id == case_id
    assert dialog.language_box.currentData() == "nl"  # the customer's language
    assert dialog.create_button.isDefault()

    create(qtbot, dialog, copy_folder, machine_readable=True)
    files = dialog.files
    assert files is not None and files.password is None  # R11: not kept beside the label
    assert {p.suffix for p in files.paths} >= {".pdf"}
    password = dialog.password_label.text()
    assert len(password) >= 12
    # The preview opened the encrypted PDF with that password.
    assert dialog.document.status() == QPdfDocument.Status.Ready
    assert dialog.document.pageCount() > 0
    assert not dialog.result_widget.isHidden()
    # The folder is remembered for next time; the password is nowhere in the settings.
    saved = settings_file.read_text(encoding="utf-8")
    assert json.loads(saved)["copy_folder"] == str(copy_folder)
    assert password not in saved and PASSWORD not in saved
    qtbot.waitUntil(lambda: label("case_event", "copy_created") in timeline_events(view), timeout=5000)

    assert dialog.send_button.text() == "&Send to jan.vdberg@example.nl"
    assert dialog.send_button.isDefault()
    with qtbot.waitSignal(dialog.delivered, timeout=15_000) as delivered:
        dialog.send_button.click()
    assert delivered.args == ["copy_sent"]
    assert "jan.vdberg@example.nl" in questions.asked[0]  # the confirmation named the address

    [envelope] = mail_server.envelopes
    assert envelope.rcpt_tos == ["jan.vdberg@example.nl"]
    message = email.message_from_bytes(envelope.original_content or b"")
    attached = sorted(part.get_filename() or "" for part in message.walk() if part.get_filename())
    assert attached == sorted(p.name for p in files.paths)
    assert password not in (envelope.original_content or b"").decode("ascii", "replace")
    assert "Sent to jan.vdberg@example.nl" in dialog.status_label.text()
    qtbot.waitUntil(lambda: label("case_event", "copy_sent") == timeline_events(view)[-1], timeout=5000)

    # Clicking again does not send twice: the question "send again?" is answered no.
    questions.answers = [QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No]
    with qtbot.waitSignal(dialog.delivery_failed, timeout=15_000):
        dialog.send_button.click()
    assert "was sent on" in questions.asked[-1] and "Is this a new send" in questions.asked[-1]
    assert len(mail_server.envelopes) == 1
    assert dialog.status_label.text() == "Not sent again."
    # ... and when the customer did not receive it, confirming twice makes it a new send.
    with qtbot.waitSignal(dialog.delivered, timeout=15_000):
        dialog.send_button.click()
    assert len(mail_server.envelopes) == 2

    # R11: closing the window forgets the password.
    dialog.reject()
    assert dialog.password_label.text() == ""


def test_without_a_mail_server_the_copy_is_saved_as_an_email_draft(
    qtbot: QtBot,
    window: MainWindow,
    shop: Shop,
    database: Database,
    clock: FixedClock,
    copy_folder: Path,
) -> None:
    case_id = copy_case(database, clock, shop.jan)
    view = case_view(qtbot, window, case_id)
    dialog = copy_dialog_of(qtbot, view)
    create(qtbot, dialog, copy_folder)
    assert dialog.send_button.text() == "Save for &e-mail"
    with qtbot.waitSignal(dialog.delivered, timeout=15_000) as delivered:
        qtbot.keyClick(dialog.send_button, Qt.Key.Key_Return)
    assert delivered.args == ["copy_draft_saved"]
    [draft] = copy_folder.glob("*.eml")
    assert str(draft) in dialog.status_label.text()
    message = email.message_from_bytes(draft.read_bytes())
    assert message["To"].endswith("<jan.vdberg@example.nl>")
    qtbot.waitUntil(
        lambda: label("case_event", "copy_draft_saved") == timeline_events(view)[-1], timeout=5000
    )


@pytest.mark.usefixtures("restore_keyring", "questions")
def test_a_refused_recipient_is_shown_and_the_case_records_the_failure(
    qtbot: QtBot,
    window: MainWindow,
    shop: Shop,
    database: Database,
    clock: FixedClock,
    workstation: Workstation,
    copy_folder: Path,
    mail_server: MailServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # No keyring on this computer: the password is asked once and kept for this run only.
    keyring.set_keyring(fail.Keyring())
    asked: list[str] = []

    def get_text(_parent: object, _title: str, text: str, *_args: object) -> tuple[str, bool]:
        asked.append(text)
        return PASSWORD, True

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(get_text))
    workstation.settings.remember_smtp(mail_server.settings())
    mail_server.refuse_recipients = True
    case_id = copy_case(database, clock, shop.jan)
    view = case_view(qtbot, window, case_id)
    dialog = copy_dialog_of(qtbot, view)
    create(qtbot, dialog, copy_folder)
    with qtbot.waitSignal(dialog.delivery_failed, timeout=15_000):
        dialog.send_button.click()
    assert len(asked) == 1 and USERNAME in asked[0]
    assert workstation.smtp_passwords == {USERNAME: PASSWORD}
    assert dialog.error_label.text() == (
        "The mail server refused the customer's e-mail address. Check the address on file with the "
        "customer. Nothing was sent."
    )
    assert mail_server.envelopes == []
    qtbot.waitUntil(
        lambda: label("case_event", "copy_send_failed") == timeline_events(view)[-1], timeout=5000
    )
    assert workstation.settings_file is not None
    assert PASSWORD not in workstation.settings_file.read_text(encoding="utf-8")


def test_from_the_customer_view_the_one_open_copy_request_is_used(
    qtbot: QtBot, window: MainWindow, shop: Shop, database: Database, clock: FixedClock
) -> None:
    case_id = copy_case(database, clock, shop.jan, verified=False)
    search(qtbot, window, "K000123")
    open_customer_by_enter(qtbot, window)
    assert window.copy_action.isEnabled()
    window.copy_action.trigger()
    dialog = window.customer_panel.copy_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.subject is not None, timeout=5000)
    assert dialog.subject is not None and dialog.subject.case_id == case_id
    assert f"request {case_id}" in dialog.case_label.text()
    dialog.reject()


def test_R7_a_copy_for_a_request_waits_for_its_identity_check(
    qtbot: QtBot, window: MainWindow, shop: Shop, database: Database, clock: FixedClock, copy_folder: Path
) -> None:
    case_id = copy_case(database, clock, shop.jan, verified=False)
    view = case_view(qtbot, window, case_id)
    assert not view.copy_page.copy_button.isEnabled()
    assert "Record the identity check first" in view.copy_page.copy_state_label.text()
    assert view.copy_page.open_copy_dialog() is None
    # From the customer view the one open request is used, and so is its missing check.
    search(qtbot, window, "K000123")
    open_customer_by_enter(qtbot, window)
    dialog = window.customer_panel.open_copy_dialog()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.subject is not None, timeout=5000)
    assert "Record the identity check on the request first" in dialog.case_label.text()
    assert not dialog.create_button.isEnabled()
    dialog.folder_edit.setText(str(copy_folder))
    dialog.create_copy()
    assert not copy_folder.exists()  # nothing of Jan's data was written
    dialog.reject()


def test_without_a_request_the_copy_can_be_made_but_not_sent(
    qtbot: QtBot, window: MainWindow, shop: Shop, copy_folder: Path
) -> None:
    search(qtbot, window, "K000300")
    open_customer_by_enter(qtbot, window)
    dialog = window.customer_panel.open_copy_dialog()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.subject is not None, timeout=5000)
    assert "no open request for access or portability" in dialog.case_label.text()
    assert "not sent" in dialog.case_label.text()
    create(qtbot, dialog, copy_folder)
    assert dialog.password_label.text()
    assert dialog.send_button.isHidden()
    assert [p.suffix for p in copy_folder.iterdir()] == [".pdf"]


def test_a_case_that_does_not_ask_for_a_copy_has_the_step_disabled(
    qtbot: QtBot, window: MainWindow, shop: Shop, database: Database, clock: FixedClock
) -> None:
    with database.transaction() as session:
        case_id = open_case(
            session,
            acting_user(session, "owner"),
            clock,
            customer_id=shop.jan,
            channel="phone",
            received_at=at(2026, 11, 20, 9),
            rights=["erasure"],
        )
    view = case_view(qtbot, window, case_id)
    assert not view.steps.isTabVisible(view.steps.indexOf(view.copy_page))
    assert not view.copy_page.copy_button.isEnabled()
    assert "does not ask for a copy" in view.copy_page.copy_state_label.text()
    assert view.copy_page.open_copy_dialog() is None


def test_staff_cannot_open_the_mail_server_settings(staff_window: MainWindow) -> None:
    assert not staff_window.mail_settings_action.isEnabled()
    assert staff_window.show_mail_settings() is None


def test_the_mail_server_settings_refuse_staff_even_when_reached_directly(
    qtbot: QtBot, database: Database, clock: FixedClock, settings_file: Path, memory_keyring: MemoryKeyring
) -> None:
    """Workstation settings, kept by the workstation: the operation refuses staff by the table (R11)."""
    tasks = TaskRunner()
    staff_desk = Desk(database, clock, STAFF, tasks, Workstation(WorkstationSettings(), settings_file))
    try:
        dialog = MailSettingsDialog(staff_desk)
        qtbot.addWidget(dialog)
        qtbot.keyClicks(dialog.host_edit, "smtp.elders.nl")
        qtbot.keyClicks(dialog.username_edit, USERNAME)
        qtbot.keyClicks(dialog.password_edit, PASSWORD)
        dialog.save()
        qtbot.waitUntil(lambda: dialog.error_label.isVisibleTo(dialog), timeout=5000)
        assert dialog.error_label.text() == PERMISSIONS[Action.MAIL_SERVER].refusal
        assert staff_desk.workstation.settings.smtp_settings() is None
        assert not settings_file.exists() and memory_keyring.passwords == {}
    finally:
        tasks.shutdown()


def open_mail_settings(qtbot: QtBot, window: MainWindow) -> MailSettingsDialog:
    window.mail_settings_action.trigger()
    dialog = window.mail_settings_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def test_the_owner_sets_up_the_mail_server_and_bad_settings_are_refused_inline(
    qtbot: QtBot,
    window: MainWindow,
    workstation: Workstation,
    settings_file: Path,
    memory_keyring: MemoryKeyring,
) -> None:
    dialog = open_mail_settings(qtbot, window)
    assert dialog.host_edit.text() == "" and dialog.port_box.value() == 587
    qtbot.keyClicks(dialog.username_edit, USERNAME)
    qtbot.keyClick(dialog.username_edit, Qt.Key.Key_Return)  # Enter = Save
    qtbot.waitUntil(lambda: dialog.error_label.isVisibleTo(dialog), timeout=5000)
    assert dialog.isVisible()
    assert dialog.error_label.text() == "Enter the name of the mail server."
    assert not settings_file.exists()

    qtbot.keyClicks(dialog.host_edit, "smtp.provider.nl")
    dialog.security_box.setCurrentIndex(dialog.security_box.findData("ssl"))
    assert dialog.port_box.value() == 465  # the port follows the security
    qtbot.keyClicks(dialog.password_edit, PASSWORD)
    with qtbot.waitSignal(dialog.settings_saved, timeout=5000):
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert workstation.settings.smtp_settings() is not None
    saved = settings_file.read_text(encoding="utf-8")
    assert "smtp.provider.nl" in saved and PASSWORD not in saved
    assert memory_keyring.passwords == {(SERVICE_NAME, USERNAME): PASSWORD}
    assert WorkstationSettings.load(settings_file).smtp_port == 465

    # No encryption to another computer is refused too, with its reason.
    dialog = open_mail_settings(qtbot, window)
    dialog.security_box.setCurrentIndex(dialog.security_box.findData("none"))
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: "needs STARTTLS or SSL" in dialog.error_label.text(), timeout=5000)
    dialog.reject()


# --- what changed reaches the other windows (issue 11: the change hub) ----------------------------------


def test_saving_the_copy_for_a_case_tells_every_window_the_case_and_customer_changed(
    qtbot: QtBot,
    window: MainWindow,
    desk: Desk,
    shop: Shop,
    database: Database,
    clock: FixedClock,
    copy_folder: Path,
) -> None:
    case_id = copy_case(database, clock, shop.jan)
    view = case_view(qtbot, window, case_id)
    dialog = copy_dialog_of(qtbot, view)
    create(qtbot, dialog, copy_folder)
    published: list[Changes] = []
    desk.hub.changed.connect(published.append)
    with qtbot.waitSignal(dialog.delivered, timeout=15_000):
        dialog.send_button.click()  # no mail server: saved as an e-mail draft, recorded on the case
    [changes] = published
    assert changes.touches_case(case_id) and changes.touches_customer(shop.jan)
    assert not changes.touches_customer(shop.zoe)


def test_a_copy_waiting_for_the_identity_check_can_be_made_once_another_desk_records_it(
    qtbot: QtBot, window: MainWindow, shop: Shop, database: Database, db_path: Path, clock: FixedClock
) -> None:
    case_id = copy_case(database, clock, shop.jan, verified=False)
    search(qtbot, window, "K000123")
    open_customer_by_enter(qtbot, window)
    dialog = window.customer_panel.open_copy_dialog()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.subject is not None, timeout=5000)
    assert not dialog.create_button.isEnabled()
    # Another desk on the same database records the check (R7); this window was not told directly.
    other_desk = open_database(str(db_path))
    try:
        with other_desk.transaction() as session:
            verify_identity(session, acting_user(session, "owner"), clock, case_id, "call-back")
    finally:
        other_desk.close()
    qtbot.waitUntil(dialog.create_button.isEnabled, timeout=5000)
    assert dialog.subject is not None and dialog.subject.identity_verified
    assert "The copy is recorded on the request" in dialog.case_label.text()
    dialog.reject()


def test_R14_a_copy_made_closes_when_another_program_erases_the_person(
    qtbot: QtBot,
    window: MainWindow,
    desk: Desk,
    shop: Shop,
    database: Database,
    db_path: Path,
    clock: FixedClock,
    copy_folder: Path,
) -> None:
    case_id = erasure_case_of_jan(database, clock, shop)
    # Opened on its own (not from the customer view, which closes it too): the dialog itself follows.
    dialog = CopyDialog(desk, customer_id=shop.jan, parent=window)  # deletes itself on closing
    dialog.open()
    qtbot.waitUntil(lambda: dialog.subject is not None, timeout=5000)
    create(qtbot, dialog, copy_folder)
    assert dialog.password_label.text()
    command_line_erases_jan(db_path, case_id)
    qtbot.waitUntil(lambda: closed(dialog), timeout=OTHERS_WITHIN_MS)
