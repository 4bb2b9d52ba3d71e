"""Moving the database to the server in the app (issue 14): the owner types the server's details and
their own password, counts first (nothing written on the server), then moves; the progress shows, the
counts match, this desk remembers the server for its next start, and the file stays as it was. A wrong
own password is refused and nothing moves. Staff do not get the menu item."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import make_url

from spaceoptics_desk.domain.clock import SystemClock
from spaceoptics_desk.operations.context import Context
from spaceoptics_desk.ui.desk import Desk, Workstation
from spaceoptics_desk.ui.main_window.window import MainWindow
from spaceoptics_desk.ui.moving.dialog import MoveToServerDialog
from spaceoptics_desk.ui.tasks import TaskRunner
from spaceoptics_desk.workstation import locations
from tests.gui.signed_in_shop import OWNER_PASSWORD, EncryptedShop
from tests.postgres_server import app_rows


@pytest.fixture
def owners_window(qtbot: QtBot, signed_in_owner: Context) -> Iterator[MainWindow]:
    tasks = TaskRunner()
    workstation = Workstation(settings_file=locations().settings_file)
    desk = Desk(signed_in_owner.database, SystemClock(), signed_in_owner.staff, tasks, workstation)
    window = MainWindow(desk, "en")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()
    tasks.shutdown()


def _fill(qtbot: QtBot, dialog: MoveToServerDialog, url: str, own_password: str) -> None:
    parsed = make_url(url)
    server = dialog.server
    assert server.details.isVisible() and not server.one_desk.isVisible()
    server.host_box.setText(str(parsed.host))
    server.port_box.setValue(int(parsed.port or 5432))
    server.database_box.setText(str(parsed.database))
    server.user_box.setText(str(parsed.username))
    server.password_box.setText(str(parsed.password))
    dialog.own_password.clear()
    qtbot.keyClicks(dialog.own_password, own_password)


def _step(qtbot: QtBot, dialog: MoveToServerDialog, button: QPushButton) -> str:
    dialog.outcome_label.clear()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.dry_run_button.isEnabled(), timeout=20_000)
    return dialog.outcome_label.text()


def test_the_owner_counts_then_moves_the_database_to_the_server(
    qtbot: QtBot, owners_window: MainWindow, encrypted_shop: EncryptedShop, postgres_url: str
) -> None:
    file = Path(encrypted_shop.target)
    assert owners_window.move_action.isVisible() and owners_window.move_action.isEnabled()
    dialog = owners_window.show_move_to_server()
    assert isinstance(dialog, MoveToServerDialog)
    qtbot.waitExposed(dialog)
    _fill(qtbot, dialog, postgres_url, "niet-mijn-wachtwoord")
    assert "not right" in _step(qtbot, dialog, dialog.dry_run_button)
    _fill(qtbot, dialog, postgres_url, OWNER_PASSWORD)
    counted = _step(qtbot, dialog, dialog.dry_run_button)
    assert "can move" in counted and app_rows(postgres_url) is None  # counted, nothing written there
    before = hashlib.sha256(file.read_bytes()).hexdigest()
    progressed: list[str] = []
    dialog.progressed.connect(lambda table, _done, _total: progressed.append(table))
    with qtbot.waitSignal(dialog.moved, timeout=30_000):
        qtbot.mouseClick(dialog.move_button, Qt.MouseButton.LeftButton)
    assert dialog.outcome_label.text().startswith("Moved:") and "staff" in dialog.outcome_label.text()
    assert "customers" in progressed
    rows = app_rows(postgres_url)
    assert rows is not None and rows["customers"] == 1 and rows["staff_users"] == 2
    assert hashlib.sha256(file.read_bytes()).hexdigest() == before
    remembered = owners_window._desk.workstation.settings.server_database
    assert make_url(remembered).database == make_url(postgres_url).database
    assert make_url(remembered).password is None
    assert str(make_url(postgres_url).password) not in locations().settings_file.read_text()


def test_staff_see_the_move_greyed_out_with_the_reason(staff_window: MainWindow) -> None:
    assert not staff_window.move_action.isEnabled()
    assert staff_window.move_action.toolTip() == "Only the owner can move the database to a server."
    assert staff_window.show_move_to_server() is None
