"""The sign-in window (issue 12, AVG 32): the right password signs in, a wrong one unlocks nothing, five
wrong ones make the next try wait, the first start makes the database and shows its recovery key once,
the recovery key gives an owner a new password, and a deactivated member stays out."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from spaceoptics_desk.domain.clock import SystemClock
from spaceoptics_desk.operations import signing_in, staff
from spaceoptics_desk.operations.signing_in import DatabaseState
from spaceoptics_desk.ui.sign_in.window import ENCRYPT, FIRST_START, RECOVERY, SIGN_IN, SignInWindow
from spaceoptics_desk.ui.tasks import TaskRunner
from tests.gui.signed_in_shop import OWNER_PASSWORD, EncryptedShop

NEW_PASSWORD = "Nieuw-wachtwoord-2026"


@pytest.fixture
def tasks() -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.shutdown()


def sign_in_window(qtbot: QtBot, target: str, tasks: TaskRunner) -> SignInWindow:
    window = SignInWindow(target, tasks, SystemClock())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.state is not None, timeout=5000)
    return window


def type_and_sign_in(qtbot: QtBot, window: SignInWindow, name: str, password: str) -> None:
    window.name_box.clear()
    qtbot.keyClicks(window.name_box, name)
    window.password_box.clear()
    qtbot.keyClicks(window.password_box, password)
    qtbot.keyClick(window.password_box, Qt.Key.Key_Return)


def close_signed_in(window: SignInWindow) -> None:
    if window.signed_in is not None:
        window.signed_in.database.close()


def test_the_right_password_signs_in(qtbot: QtBot, encrypted_shop: EncryptedShop, tasks: TaskRunner) -> None:
    window = sign_in_window(qtbot, encrypted_shop.target, tasks)
    assert window.pages.currentIndex() == SIGN_IN
    with qtbot.waitSignal(window.accepted, timeout=5000):
        type_and_sign_in(qtbot, window, "owner", OWNER_PASSWORD)
    assert window.signed_in is not None and window.signed_in.staff.display_name == "Olga Eigenaar"
    close_signed_in(window)


def test_a_wrong_password_is_refused_cleared_and_unlocks_nothing(
    qtbot: QtBot, encrypted_shop: EncryptedShop, tasks: TaskRunner
) -> None:
    window = sign_in_window(qtbot, encrypted_shop.target, tasks)
    with qtbot.waitSignal(window.refused, timeout=5000):
        type_and_sign_in(qtbot, window, "owner", "niet-het-wachtwoord")
    assert window.message.text() == "The name or the password is not right."
    assert window.password_box.text() == ""
    assert window.signed_in is None and window.isVisible() and window.sign_in_button.isEnabled()


def test_after_five_wrong_passwords_the_button_counts_down(
    qtbot: QtBot, encrypted_shop: EncryptedShop, tasks: TaskRunner
) -> None:
    window = sign_in_window(qtbot, encrypted_shop.target, tasks)
    for _ in range(5):
        qtbot.waitUntil(window.sign_in_button.isEnabled, timeout=5000)
        with qtbot.waitSignal(window.refused, timeout=5000):
            type_and_sign_in(qtbot, window, "owner", "verkeerd-wachtwoord")
    assert not window.sign_in_button.isEnabled()
    assert window.sign_in_button.text() == "Wait 1 s"
    # Enter meanwhile sends nothing; the wait runs out and the right password then works.
    type_and_sign_in(qtbot, window, "owner", OWNER_PASSWORD)
    assert not tasks.busy
    qtbot.waitUntil(window.sign_in_button.isEnabled, timeout=5000)
    assert window.sign_in_button.text() == "&Sign in"
    with qtbot.waitSignal(window.accepted, timeout=5000, raising=False) as blocker:
        type_and_sign_in(qtbot, window, "owner", OWNER_PASSWORD)
    assert blocker.signal_triggered, window.message.text()
    close_signed_in(window)


def test_the_first_start_makes_the_database_and_shows_the_recovery_key_once(
    qtbot: QtBot, db_path: Path, tasks: TaskRunner
) -> None:
    window = sign_in_window(qtbot, str(db_path), tasks)
    assert window.state is DatabaseState.NEW and window.pages.currentIndex() == FIRST_START
    qtbot.keyClicks(window.owner_name_box, "Marleen Verhoef")
    qtbot.keyClicks(window.owner_username_box, "marleen")
    qtbot.keyClicks(window.first_password.first, NEW_PASSWORD)
    qtbot.keyClicks(window.first_password.again, NEW_PASSWORD + "x")
    qtbot.mouseClick(window.create_button, Qt.MouseButton.LeftButton)
    assert window.message.text() == "The two passwords are not the same."
    assert not db_path.exists()
    qtbot.keyClick(window.first_password.again, Qt.Key.Key_Backspace)
    qtbot.mouseClick(window.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.recovery_key_dialog is not None, timeout=10_000)
    dialog = window.recovery_key_dialog
    assert dialog is not None and dialog.isVisible()
    key = dialog.key_label.text()
    assert len(key) == 35 and key.count("-") == 5
    assert not dialog.continue_button.isEnabled(), "the key must be noted first"
    dialog.reject()  # Escape does not skip it
    assert dialog.isVisible()
    dialog.written_down.setChecked(True)
    with qtbot.waitSignal(window.accepted, timeout=5000):
        qtbot.mouseClick(dialog.continue_button, Qt.MouseButton.LeftButton)
    assert window.signed_in is not None and window.signed_in.staff.username == "marleen"
    close_signed_in(window)
    assert signing_in.database_state(str(db_path)) is DatabaseState.SIGN_IN
    assert key not in "".join(p.read_text(errors="replace") for p in db_path.parent.rglob("*") if p.is_file())


def test_the_recovery_key_typed_in_lower_case_with_spaces_sets_a_new_password(
    qtbot: QtBot, encrypted_shop: EncryptedShop, tasks: TaskRunner
) -> None:
    window = sign_in_window(qtbot, encrypted_shop.target, tasks)
    qtbot.keyClicks(window.name_box, "owner")
    qtbot.mouseClick(window.use_recovery_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentIndex() == RECOVERY
    assert window.recovery_username_box.text() == "owner"
    typed = " ".join(encrypted_shop.recovery_key.replace("-", "").lower()[i : i + 3] for i in range(0, 30, 3))
    qtbot.keyClicks(window.recovery_key_box, typed)
    qtbot.keyClicks(window.recovery_password.first, NEW_PASSWORD)
    qtbot.keyClicks(window.recovery_password.again, NEW_PASSWORD)
    with qtbot.waitSignal(window.accepted, timeout=5000):
        qtbot.mouseClick(window.recover_button, Qt.MouseButton.LeftButton)
    close_signed_in(window)
    signing_in.sign_in(encrypted_shop.target, "owner", NEW_PASSWORD, SystemClock()).database.close()


def test_a_wrong_recovery_key_is_refused_in_the_window(
    qtbot: QtBot, encrypted_shop: EncryptedShop, tasks: TaskRunner
) -> None:
    window = sign_in_window(qtbot, encrypted_shop.target, tasks)
    window.show_recovery()
    qtbot.keyClicks(window.recovery_key_box, "ABCDE-FGHJK-MNPQR-STVWX-YZ012-34567")
    qtbot.keyClicks(window.recovery_username_box, "owner")
    qtbot.keyClicks(window.recovery_password.first, NEW_PASSWORD)
    qtbot.keyClicks(window.recovery_password.again, NEW_PASSWORD)
    with qtbot.waitSignal(window.refused, timeout=5000):
        qtbot.mouseClick(window.recover_button, Qt.MouseButton.LeftButton)
    assert window.message.text() == "That recovery key is not right."
    assert window.signed_in is None


def test_a_deactivated_member_cannot_sign_in(
    qtbot: QtBot, encrypted_shop: EncryptedShop, tasks: TaskRunner
) -> None:
    from tests.gui.signed_in_shop import STAFF_PASSWORD

    owner = signing_in.sign_in(encrypted_shop.target, "owner", OWNER_PASSWORD, SystemClock())
    staff.deactivate_staff(owner, "staff")
    owner.database.close()
    window = sign_in_window(qtbot, encrypted_shop.target, tasks)
    with qtbot.waitSignal(window.refused, timeout=5000):
        type_and_sign_in(qtbot, window, "staff", STAFF_PASSWORD)
    assert window.message.text() == "The name or the password is not right."
    assert window.signed_in is None


def test_a_damaged_key_file_is_said_plainly(
    qtbot: QtBot, encrypted_shop: EncryptedShop, tasks: TaskRunner
) -> None:
    Path(encrypted_shop.target + ".keys").write_text("{ half a file", encoding="utf-8")
    window = sign_in_window(qtbot, encrypted_shop.target, tasks)
    with qtbot.waitSignal(window.refused, timeout=5000):
        type_and_sign_in(qtbot, window, "owner", OWNER_PASSWORD)
    assert "backups" in window.message.text()
    assert window.signed_in is None


def test_a_database_from_before_is_encrypted_after_choosing_its_owner(
    qtbot: QtBot, database: object, db_path: Path, tasks: TaskRunner
) -> None:
    from spaceoptics_desk.services.staff import ensure_staff
    from spaceoptics_desk.store.database import Database

    assert isinstance(database, Database)
    with database.transaction() as session:
        ensure_staff(session, "owner", "Olga Eigenaar", "owner")
        ensure_staff(session, "staff", "Sam Medewerker", "staff")
    database.close()
    window = sign_in_window(qtbot, str(db_path), tasks)
    qtbot.waitUntil(lambda: window.pages.currentIndex() == ENCRYPT, timeout=5000)
    assert [window.owner_choice.itemText(i) for i in range(window.owner_choice.count())] == [
        "Olga Eigenaar (owner)"
    ]
    qtbot.keyClicks(window.encrypt_password.first, NEW_PASSWORD)
    qtbot.keyClicks(window.encrypt_password.again, NEW_PASSWORD)
    qtbot.mouseClick(window.encrypt_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.recovery_key_dialog is not None, timeout=10_000)
    dialog = window.recovery_key_dialog
    assert dialog is not None and window.first_start is not None
    assert str(window.first_start.plain_copy) in dialog.plain_copy_note.text()
    assert "still readable" in dialog.plain_copy_note.text()
    dialog.written_down.setChecked(True)
    with qtbot.waitSignal(window.accepted, timeout=5000):
        dialog.continue_button.click()
    close_signed_in(window)
    assert signing_in.database_state(str(db_path)) is DatabaseState.SIGN_IN
