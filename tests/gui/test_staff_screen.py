"""The owner's staff screen (issue 12): add someone who can then sign in, deactivate someone who then
cannot, the operations' refusals shown in the screen, the idle minutes; everyone changes their own
password."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from spaceoptics_desk.domain.clock import SystemClock
from spaceoptics_desk.errors import SignInRefused
from spaceoptics_desk.operations import signing_in
from spaceoptics_desk.operations.context import Context
from spaceoptics_desk.operations.staff import lock_after_minutes
from spaceoptics_desk.ui.desk import Desk
from spaceoptics_desk.ui.staff.dialog import StaffDialog, StaffForm
from spaceoptics_desk.ui.staff.own_password import OwnPasswordDialog
from spaceoptics_desk.ui.tasks import TaskRunner
from tests.gui.signed_in_shop import OWNER_PASSWORD, STAFF_PASSWORD, EncryptedShop

NEW_PASSWORD = "Pieter-begint-2026"


@pytest.fixture
def owner_desk(signed_in_owner: Context) -> Iterator[Desk]:
    tasks = TaskRunner()
    yield Desk(signed_in_owner.database, signed_in_owner.clock, signed_in_owner.staff, tasks)
    tasks.shutdown()


@pytest.fixture
def screen(qtbot: QtBot, owner_desk: Desk) -> StaffDialog:
    dialog = StaffDialog(owner_desk)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.staff_loaded, timeout=5000):
        dialog.show()
    return dialog


def table(screen: StaffDialog) -> list[tuple[str, ...]]:
    return [screen.rows.row_cells(row) for row in range(screen.rows.rowCount())]


def save(qtbot: QtBot, screen: StaffDialog, form: StaffForm) -> None:
    with qtbot.waitSignal(screen.staff_loaded, timeout=5000):
        qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)


def test_the_table_shows_everyone(screen: StaffDialog) -> None:
    assert table(screen) == [
        ("Olga Eigenaar", "owner", "owner", "yes", "set"),
        ("Sam Medewerker", "staff", "staff", "yes", "set"),
    ]


def test_the_owner_adds_a_staff_member_who_can_then_sign_in(
    qtbot: QtBot, screen: StaffDialog, encrypted_shop: EncryptedShop
) -> None:
    form = screen.open_add()
    qtbot.keyClicks(form.name_box, "Pieter de Vries")
    qtbot.keyClicks(form.username_box, "pieter")
    assert form.password is not None
    qtbot.keyClicks(form.password.first, NEW_PASSWORD)
    qtbot.keyClicks(form.password.again, NEW_PASSWORD)
    save(qtbot, screen, form)
    assert ("Pieter de Vries", "pieter", "staff", "yes", "set") in table(screen)
    assert not form.isVisible()
    context = signing_in.sign_in(encrypted_shop.target, "pieter", NEW_PASSWORD, SystemClock())
    assert context.staff.display_name == "Pieter de Vries"
    context.database.close()


def test_a_taken_sign_in_name_is_refused_in_the_form(qtbot: QtBot, screen: StaffDialog) -> None:
    form = screen.open_add()
    qtbot.keyClicks(form.name_box, "Nog een Sam")
    qtbot.keyClicks(form.username_box, "staff")
    assert form.password is not None
    qtbot.keyClicks(form.password.first, NEW_PASSWORD)
    qtbot.keyClicks(form.password.again, NEW_PASSWORD)
    qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.message.text() != "", timeout=5000)
    assert form.message.text() == "The sign-in name 'staff' is taken."
    assert form.isVisible() and form.name_box.text() == "Nog een Sam"
    assert len(table(screen)) == 2


def test_the_owner_cannot_deactivate_themselves(
    qtbot: QtBot, screen: StaffDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *_a: QMessageBox.StandardButton.Yes))
    screen.select("owner")
    screen.deactivate_selected()
    qtbot.waitUntil(screen.error_label.isVisible, timeout=5000)
    assert screen.error_label.text() == "You cannot deactivate yourself; another owner can."


def test_a_deactivated_member_cannot_sign_in_any_more(
    qtbot: QtBot, screen: StaffDialog, encrypted_shop: EncryptedShop, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *_a: QMessageBox.StandardButton.Yes))
    screen.select("staff")
    with qtbot.waitSignal(screen.staff_loaded, timeout=5000):
        screen.deactivate_selected()
    assert ("Sam Medewerker", "staff", "staff", "no", "none yet") in table(screen)
    with pytest.raises(SignInRefused):
        signing_in.sign_in(encrypted_shop.target, "staff", STAFF_PASSWORD, SystemClock())


def test_the_owner_resets_a_password_and_changes_a_role(
    qtbot: QtBot, screen: StaffDialog, encrypted_shop: EncryptedShop
) -> None:
    screen.select("staff")
    form = screen.open_reset()
    assert form is not None and form.password is not None
    qtbot.keyClicks(form.password.first, NEW_PASSWORD)
    qtbot.keyClicks(form.password.again, "anders-dan-dat")
    qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
    assert form.message.text() == "The two passwords are not the same."
    form.password.again.clear()
    qtbot.keyClicks(form.password.again, NEW_PASSWORD)
    save(qtbot, screen, form)
    signing_in.sign_in(encrypted_shop.target, "staff", NEW_PASSWORD, SystemClock()).database.close()
    screen.select("staff")
    change = screen.open_change()
    assert change is not None
    change.role_box.setCurrentIndex(change.role_box.findData("owner"))
    save(qtbot, screen, change)
    assert ("Sam Medewerker", "staff", "owner", "yes", "set") in table(screen)


def test_the_idle_minutes_are_saved(qtbot: QtBot, screen: StaffDialog, owner_desk: Desk) -> None:
    qtbot.waitUntil(lambda: screen.lock_minutes_box.value() == 10, timeout=5000)
    screen.lock_minutes_box.setValue(25)
    with qtbot.waitSignal(screen.staff_changed, timeout=5000):
        qtbot.mouseClick(screen.save_minutes_button, Qt.MouseButton.LeftButton)
    assert lock_after_minutes(owner_desk.context).result == 25
    assert (screen.lock_minutes_box.minimum(), screen.lock_minutes_box.maximum()) == (1, 240)


def test_a_change_made_while_the_list_reloads_is_saved_not_dropped(
    qtbot: QtBot, screen: StaffDialog, owner_desk: Desk
) -> None:
    """Another desk's change reloads the list; a save clicked during that reload did nothing at all."""
    qtbot.waitUntil(lambda: screen.lock_minutes_box.value() == 10, timeout=5000)
    screen.lock_minutes_box.setValue(30)
    screen.load()  # as the change hub does when another desk wrote
    with qtbot.waitSignal(screen.staff_changed, timeout=5000):
        qtbot.mouseClick(screen.save_minutes_button, Qt.MouseButton.LeftButton)
    assert lock_after_minutes(owner_desk.context).result == 30


def test_everyone_changes_their_own_password(
    qtbot: QtBot, owner_desk: Desk, encrypted_shop: EncryptedShop
) -> None:
    dialog = OwnPasswordDialog(owner_desk)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.current_box, "niet-mijn-wachtwoord")
    qtbot.keyClicks(dialog.new_password.first, NEW_PASSWORD)
    qtbot.keyClicks(dialog.new_password.again, NEW_PASSWORD)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message.text() != "", timeout=5000)
    assert dialog.message.text() == "The name or the password is not right."
    qtbot.keyClicks(dialog.current_box, OWNER_PASSWORD)
    with qtbot.waitSignal(dialog.password_changed, timeout=5000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    signing_in.sign_in(encrypted_shop.target, "owner", NEW_PASSWORD, SystemClock()).database.close()
