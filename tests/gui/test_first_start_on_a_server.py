"""The first start's choice (issue 14): "Eén computer" or "Gedeelde database". With the shared database
chosen the owner types the server's details, tests the connection (which changes nothing), and makes the
database there; a server database that is set up already gets the sign-in page instead. The chosen
server is remembered without its password in the URL; a wrong password is said in one line."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import make_url

from spaceoptics_desk.domain.clock import SystemClock
from spaceoptics_desk.operations import signing_in
from spaceoptics_desk.operations.signing_in import DatabaseState
from spaceoptics_desk.ui.sign_in.window import FIRST_START, SIGN_IN, SignInWindow
from spaceoptics_desk.ui.tasks import TaskRunner
from tests.gui.test_sign_in import NEW_PASSWORD, close_signed_in, type_and_sign_in


@pytest.fixture
def tasks() -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.shutdown()


@pytest.fixture
def remembered() -> list[tuple[str, str]]:
    return []


def _first_start(
    qtbot: QtBot, db_path: Path, tasks: TaskRunner, remembered: list[tuple[str, str]]
) -> SignInWindow:
    window = SignInWindow(
        str(db_path), tasks, SystemClock(), remember_server=lambda url, pw: remembered.append((url, pw))
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.state is not None, timeout=5000)
    assert window.pages.currentIndex() == FIRST_START and window.server_choice.one_desk.isChecked()
    return window


def _type_server(qtbot: QtBot, window: SignInWindow, url: str, password: str | None = None) -> None:
    parsed = make_url(url)
    choice = window.server_choice
    qtbot.mouseClick(choice.shared, Qt.MouseButton.LeftButton)
    assert choice.details.isVisible()
    choice.host_box.clear()
    qtbot.keyClicks(choice.host_box, str(parsed.host))
    choice.port_box.setValue(int(parsed.port or 5432))
    for box, text in (
        (choice.database_box, str(parsed.database)),
        (choice.user_box, str(parsed.username)),
        (choice.password_box, password if password is not None else str(parsed.password)),
    ):
        box.clear()
        qtbot.keyClicks(box, text)


def _test(qtbot: QtBot, window: SignInWindow) -> str:
    result = window.server_choice.test_result
    result.clear()
    qtbot.mouseClick(window.server_choice.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: result.text() != "", timeout=10_000)
    return result.text()


def test_a_shared_database_is_tested_then_made_on_the_server_with_its_owner(
    qtbot: QtBot, db_path: Path, tasks: TaskRunner, remembered: list[tuple[str, str]], postgres_url: str
) -> None:
    window = _first_start(qtbot, db_path, tasks, remembered)
    _type_server(qtbot, window, postgres_url, password="niet-het-wachtwoord")
    said = _test(qtbot, window)
    assert "password" in said and "niet-het-wachtwoord" not in said
    _type_server(qtbot, window, postgres_url)
    assert _test(qtbot, window).startswith("Connected. The database is empty")
    with psycopg.connect(make_url(postgres_url).set(drivername="postgresql").render_as_string(False)) as raw:
        tables = raw.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").fetchone()
    assert tables == (0,)  # the test made nothing, not even the schema
    qtbot.keyClicks(window.owner_name_box, "Marleen Verhoef")
    qtbot.keyClicks(window.owner_username_box, "marleen")
    qtbot.keyClicks(window.first_password.first, NEW_PASSWORD)
    qtbot.keyClicks(window.first_password.again, NEW_PASSWORD)
    qtbot.mouseClick(window.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.recovery_key_dialog is not None, timeout=15_000)
    dialog = window.recovery_key_dialog
    assert dialog is not None
    dialog.written_down.setChecked(True)
    with qtbot.waitSignal(window.accepted, timeout=5000):
        qtbot.mouseClick(dialog.continue_button, Qt.MouseButton.LeftButton)
    assert window.signed_in is not None and window.signed_in.database.file is None  # on the server
    close_signed_in(window)
    assert not db_path.exists()  # nothing made on this computer
    assert signing_in.database_state(postgres_url) is DatabaseState.SIGN_IN
    [(url, password)] = remembered
    assert make_url(url).password is None and password == make_url(postgres_url).password
    assert make_url(url).database == make_url(postgres_url).database


def test_a_shared_database_in_use_already_gets_the_sign_in_page(
    qtbot: QtBot, db_path: Path, tasks: TaskRunner, remembered: list[tuple[str, str]], postgres_url: str
) -> None:
    signing_in.create_database(
        postgres_url, "marleen", "Marleen Verhoef", NEW_PASSWORD, SystemClock()
    ).context.database.close()  # set up at the first desk
    window = _first_start(qtbot, db_path, tasks, remembered)
    _type_server(qtbot, window, postgres_url)
    qtbot.mouseClick(window.create_button, Qt.MouseButton.LeftButton)  # no owner typed: not needed
    qtbot.waitUntil(lambda: window.pages.currentIndex() == SIGN_IN, timeout=10_000)
    assert "in use already" in window.message.text()
    with qtbot.waitSignal(window.accepted, timeout=10_000):
        type_and_sign_in(qtbot, window, "marleen", NEW_PASSWORD)
    assert window.signed_in is not None and window.signed_in.staff.username == "marleen"
    close_signed_in(window)
    assert len(remembered) == 1 and not db_path.exists()
