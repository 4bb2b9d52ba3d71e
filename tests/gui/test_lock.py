"""Locking the desk and switching staff (issue 12, AVG 32): while locked no personal data is on screen;
the same person unlocks to the windows as they were; another person gets a window for their role."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from spaceoptics_desk.operations.context import Context
from spaceoptics_desk.ui.desk import Workstation
from spaceoptics_desk.ui.main_window.window import MainWindow
from spaceoptics_desk.ui.sign_in.lock import LockDialog
from spaceoptics_desk.ui.sign_in.session import DeskSession
from spaceoptics_desk.ui.tasks import TaskRunner
from tests.gui.conftest import open_customer_by_enter, search
from tests.gui.signed_in_shop import OWNER_PASSWORD, STAFF_PASSWORD, visible_texts

HOUR_MS = 3_600_000


@pytest.fixture
def session(qtbot: QtBot, signed_in_owner: Context) -> Iterator[DeskSession]:
    tasks = TaskRunner()
    desk_session = DeskSession(signed_in_owner, tasks, Workstation(), "en", idle_ms=HOUR_MS)
    desk_session.window.show()
    qtbot.waitExposed(desk_session.window)
    yield desk_session
    desk_session.close()
    tasks.shutdown()


def lock_dialog(session: DeskSession) -> LockDialog:
    assert session.lock_dialog is not None
    return session.lock_dialog


def sign_in_at_lock(qtbot: QtBot, session: DeskSession, name: str | None, password: str) -> None:
    dialog = lock_dialog(session)
    if name is not None:
        dialog.name_box.clear()
        qtbot.keyClicks(dialog.name_box, name)
    qtbot.keyClicks(dialog.password_box, password)
    qtbot.keyClick(dialog.password_box, Qt.Key.Key_Return)


def test_ctrl_l_hides_the_customer_and_the_same_person_unlocks(qtbot: QtBot, session: DeskSession) -> None:
    window = session.window
    search(qtbot, window, "jan vd berg")
    open_customer_by_enter(qtbot, window)
    assert any("Berg" in text for text in visible_texts())
    qtbot.keyClick(window.search_box, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert session.is_locked
    texts = visible_texts()
    assert not [text for text in texts if "Berg" in text or "jan.vdberg" in text], texts
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [session.lock_dialog]
    assert lock_dialog(session).name_box.text() == "owner"
    # A wrong password keeps it locked.
    sign_in_at_lock(qtbot, session, None, "niet-het-wachtwoord")
    qtbot.waitUntil(lambda: lock_dialog(session).message.text() != "", timeout=5000)
    assert lock_dialog(session).message.text() == "The name or the password is not right."
    assert session.is_locked and not window.isVisible()
    with qtbot.waitSignal(session.unlocked, timeout=5000):
        sign_in_at_lock(qtbot, session, None, OWNER_PASSWORD)
    assert session.window is window and window.isVisible()
    assert window.customer_panel.isVisible(), "back where the owner was"


def test_the_desk_locks_itself_after_the_idle_time(qtbot: QtBot, session: DeskSession) -> None:
    session.idle_timer.setInterval(50)
    session.idle_timer.start()
    with qtbot.waitSignal(session.locked, timeout=5000):
        pass
    assert not session.window.isVisible()


def test_typing_keeps_the_desk_unlocked(qtbot: QtBot, session: DeskSession) -> None:
    session.idle_timer.setInterval(400)
    session.idle_timer.start()
    for _ in range(6):
        qtbot.waitUntil(lambda: session.idle_timer.remainingTime() < 250, timeout=5000)
        qtbot.keyClick(session.window.search_box, Qt.Key.Key_A)
        assert session.idle_timer.remainingTime() > 300
    assert not session.is_locked


def test_the_owner_s_idle_minutes_are_read_after_sign_in(qtbot: QtBot, signed_in_owner: Context) -> None:
    from spaceoptics_desk.operations.staff import set_lock_after_minutes

    set_lock_after_minutes(signed_in_owner, 3)
    tasks = TaskRunner()
    desk_session = DeskSession(signed_in_owner, tasks, Workstation(), "en")
    try:
        qtbot.waitUntil(lambda: desk_session.idle_timer.interval() == 3 * 60_000, timeout=5000)
    finally:
        desk_session.close()
        tasks.shutdown()


def test_switching_to_staff_gives_a_window_where_owner_actions_are_refused(
    qtbot: QtBot, session: DeskSession
) -> None:
    owner_window = session.window
    assert owner_window.staff_action.isEnabled()
    owner_window.switch_action.trigger()
    assert lock_dialog(session).name_box.text() == ""
    assert not owner_window.isVisible()
    with qtbot.waitSignal(session.unlocked, timeout=5000):
        sign_in_at_lock(qtbot, session, "staff", STAFF_PASSWORD)
    window = session.window
    assert window is not owner_window and window.isVisible() and not owner_window.isVisible()
    assert window.staff_label.text() == "At the desk: Sam Medewerker (staff)"
    assert not window.staff_action.isEnabled()
    assert window.staff_action.toolTip() == (
        "Only the owner adds staff, changes their role or sets their password."
    )
    assert window.show_staff() is None


def test_switch_staff_can_be_cancelled(qtbot: QtBot, session: DeskSession) -> None:
    window = session.window
    window.switch_action.trigger()
    qtbot.mouseClick(lock_dialog(session).back_button, Qt.MouseButton.LeftButton)
    assert not session.is_locked and window.isVisible() and session.window is window


def test_a_switch_left_open_becomes_a_lock_after_the_idle_time(qtbot: QtBot, session: DeskSession) -> None:
    """Issue 12 review: "switch staff", then walking away, must not leave a desk that Escape opens."""
    session.idle_timer.setInterval(50)
    window = session.window
    window.switch_action.trigger()
    dialog = lock_dialog(session)
    assert dialog.back_button.isVisible()
    qtbot.waitUntil(lambda: not dialog.back_button.isVisible(), timeout=5000)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert session.is_locked and not window.isVisible()


def test_a_lock_dialog_cannot_be_escaped(qtbot: QtBot, session: DeskSession) -> None:
    session.lock()
    qtbot.keyClick(lock_dialog(session), Qt.Key.Key_Escape)
    assert session.is_locked and not session.window.isVisible()
    assert not lock_dialog(session).back_button.isVisible()


def test_a_window_opened_while_locked_waits_hidden(qtbot: QtBot, session: DeskSession) -> None:
    session.lock()
    dialog = session.window.show_holidays()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    with qtbot.waitSignal(session.unlocked, timeout=5000):
        sign_in_at_lock(qtbot, session, None, OWNER_PASSWORD)
    assert dialog.isVisible()


def test_the_main_window_s_lock_menu_is_there(session: DeskSession) -> None:
    window: MainWindow = session.window
    assert window.lock_action.shortcut().toString() == "Ctrl+L"
