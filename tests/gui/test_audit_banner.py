"""Issue 12 in the app: the owner sees a red banner when the audit log was changed around the app, until
they click "Seen"; then it stays away until a new break; staff are not shown it."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from spaceoptics_desk.domain.clock import FixedClock
from spaceoptics_desk.domain.permissions import OWNER, STAFF
from spaceoptics_desk.domain.staff import StaffMember
from spaceoptics_desk.services import holidays
from spaceoptics_desk.services.staff import acting_user
from spaceoptics_desk.store.database import Database
from spaceoptics_desk.store.models import AuditEntry
from spaceoptics_desk.ui.desk import Desk
from spaceoptics_desk.ui.main_window.window import MainWindow
from spaceoptics_desk.ui.tasks import TaskRunner
from tests.gui.conftest import Shop


def _edit_first_entry(database: Database, db_path: Path, clock: FixedClock) -> int:
    """A holiday added in the app, then its audit entry edited by another program with the file."""
    with database.transaction() as session:
        holidays.add_holiday(session, acting_user(session, "owner"), clock, date(2027, 6, 1), "Winkeldag")
    with database.reading() as session:
        first = session.scalars(select(AuditEntry.id).order_by(AuditEntry.id)).first()
    assert first is not None
    statement = f'UPDATE audit_log SET details = \'{{"day": "2027-06-02"}}\' WHERE id = {first}'
    script = f"import sqlite3; c = sqlite3.connect({str(db_path)!r}); c.execute({statement!r}); c.commit()"
    subprocess.run([sys.executable, "-c", script], check=True)
    return first


@pytest.fixture
def tasks() -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.shutdown()


def _window(
    qtbot: QtBot, database: Database, clock: FixedClock, tasks: TaskRunner, who: StaffMember
) -> MainWindow:
    main = MainWindow(Desk(database, clock, who, tasks), "en")
    qtbot.addWidget(main)
    return main


def test_the_owner_sees_the_break_until_they_mark_it_seen(
    qtbot: QtBot, database: Database, db_path: Path, clock: FixedClock, shop: Shop, tasks: TaskRunner
) -> None:
    edited = _edit_first_entry(database, db_path, clock)
    owner = StaffMember("owner", "Olga Eigenaar", OWNER)
    main = _window(qtbot, database, clock, tasks, owner)
    with qtbot.waitSignal(main.audit.checked, timeout=10_000) as checked:
        main.show()
    assert checked.args == [False]
    assert main.audit.banner.isVisible()
    assert main.audit.banner_label.text().startswith(
        f"The audit log was changed outside the app (first difference: entry #{edited}: changed)."
    )
    qtbot.mouseClick(main.audit.seen_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not main.audit.banner.isVisible(), timeout=10_000)
    with database.reading() as session:
        assert session.scalar(select(func.count()).where(AuditEntry.action == "audit_break_seen")) == 1

    again = _window(qtbot, database, clock, tasks, owner)
    with qtbot.waitSignal(again.audit.checked, timeout=10_000) as checked_again:
        again.show()
    assert checked_again.args == [True]  # the same break, seen: no banner
    assert not again.audit.banner.isVisible()


def test_staff_are_not_shown_the_banner(
    qtbot: QtBot, database: Database, db_path: Path, clock: FixedClock, shop: Shop, tasks: TaskRunner
) -> None:
    _edit_first_entry(database, db_path, clock)
    main = _window(qtbot, database, clock, tasks, StaffMember("staff", "Sanne", STAFF))
    main.show()
    qtbot.waitExposed(main)
    assert main.audit.shown is None and not main.audit.banner.isVisible()
