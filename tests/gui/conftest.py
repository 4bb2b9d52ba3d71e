"""Real widgets on a real database file: a small hand-made shop and the screens around it."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from spaceoptics_desk.app import install_translators
from spaceoptics_desk.domain.clock import FixedClock
from spaceoptics_desk.resources import resource_path
from spaceoptics_desk.services.staff import StaffMember, ensure_staff
from spaceoptics_desk.store.database import Database
from spaceoptics_desk.store.models import (
    ConsentEvent,
    LegalHold,
    PortalAccount,
    Purpose,
)
from spaceoptics_desk.store.search import reindex_customers
from spaceoptics_desk.ui.desk import Desk
from spaceoptics_desk.ui.main_window.window import MainWindow
from spaceoptics_desk.ui.tasks import TaskRunner
from tests.gui.signed_in_shop import encrypted_shop, signed_in_owner
from tests.records import add_customer, add_order, at

__all__ = ["encrypted_shop", "signed_in_owner"]  # the encrypted shop's fixtures, for every GUI test

CUSTOMER_SINCE = at(2016, 3, 1)
DOBSON = ("TEL-DOB-200", "Dobson telescope 200/1200")
OWNER = StaffMember("owner", "Olga Eigenaar", "owner")
STAFF = StaffMember("staff", "Sam Medewerker", "staff")
HERE = Path(__file__).parent

# Qt's offscreen platform says this for every top-level window with a layout; it is not our warning.
OFFSCREEN_NOISE = r"This plugin does not support propagateSizeHints\(\)"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if HERE in item.path.parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(autouse=True)
def garbage_collected_on_the_gui_thread() -> Iterator[None]:
    """As in the app (ui/garbage.py): no automatic collection that could start in a worker thread and
    free a test's widgets there; what a test leaves is collected here, on the GUI thread."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.collect()
        if was_enabled:
            gc.enable()


@pytest.fixture(autouse=True)
def first_retention_scan_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The app waits 3 s before its first retention scan; tests that wait for it need not."""
    from spaceoptics_desk.ui.retention.watch import RetentionWatch

    monkeypatch.setattr(RetentionWatch, "FIRST_SCAN_DELAY_MS", 0)


@dataclass
class Shop:
    jan: int
    kiki: int
    zoe: int


@pytest.fixture
def shop(database: Database) -> Shop:
    """Jan van der Berg (orders, newsletter consent, portal), Kiki van der Berg (restricted, on hold), Zoë."""
    with database.transaction() as session:
        owner = ensure_staff(session, OWNER.username, OWNER.display_name, OWNER.role)
        ensure_staff(session, STAFF.username, STAFF.display_name, STAFF.role)
        jan = add_customer(
            session,
            "K000123",
            "Jan",
            "van der",
            "Berg",
            email="jan.vdberg@example.nl",
            address=("Dorpsstraat", "151", "4021HR", "Maurik"),
            created=CUSTOMER_SINCE,
            mobile="+31622993969",
        )
        add_order(session, jan, "2025-000123", at(2025, 3, 14), 59_900, product=DOBSON)
        add_order(session, jan, "2019-000042", at(2019, 6, 1), 12_995, product=DOBSON)
        newsletter = session.scalar(select(Purpose).where(Purpose.key == "newsletter"))
        assert newsletter is not None
        session.add(
            ConsentEvent(
                customer_id=jan.id,
                purpose_id=newsletter.id,
                action="given",
                occurred_at=at(2024, 5, 1),
                channel="web",
                mechanism="double_opt_in",
            )
        )
        session.add(
            PortalAccount(
                customer_id=jan.id,
                login_name="jan.vdberg@example.nl",
                created_at=at(2016, 3, 1),
                last_login_at=at(2026, 10, 2, 8, 15),
            )
        )
        kiki = add_customer(
            session,
            "K000200",
            "Kiki",
            "van der",
            "Berg",
            email="kiki@example.nl",
            address=("Hannasteeg", "43", "8704LN", "Swalmen"),
            created=CUSTOMER_SINCE,
            restricted_at=at(2026, 11, 11, 5, 3),
        )
        session.add(
            LegalHold(
                customer_id=kiki.id,
                reason="Disputed payment",
                case_reference="DISP-2026-7",
                placed_at=at(2026, 11, 1),
                review_on=at(2027, 5, 1).date(),
                placed_by_id=owner.id,
            )
        )
        zoe = add_customer(
            session,
            "K000300",
            "Zoë",
            "de",
            "Vries",
            email="zoe.devries@example.nl",
            address=("Prinsengracht", "263", "1016GV", "Amsterdam"),
            created=CUSTOMER_SINCE,
        )
        session.flush()
        reindex_customers(session, [jan.id, kiki.id, zoe.id])
        return Shop(jan.id, kiki.id, zoe.id)


@pytest.fixture
def desk(database: Database, clock: FixedClock) -> Iterator[Desk]:
    tasks = TaskRunner()
    yield Desk(database, clock, OWNER, tasks)
    tasks.shutdown()


@pytest.fixture
def window(qtbot: QtBot, desk: Desk, shop: Shop) -> MainWindow:
    main = MainWindow(desk, "en")
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


@pytest.fixture
def staff_window(qtbot: QtBot, database: Database, clock: FixedClock, shop: Shop) -> Iterator[MainWindow]:
    """The main window with a staff member (not the owner) at the desk."""
    tasks = TaskRunner()
    main = MainWindow(Desk(database, clock, STAFF, tasks), "en")
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    tasks.shutdown()


@pytest.fixture
def dutch(qapp: QApplication) -> Iterator[None]:
    """The Dutch translation installed (built .qm), as the shop's staff see the app."""
    qm = resource_path("translations", "spaceoptics_desk_nl.qm")
    assert qm.exists(), "build the translations first: make translations"
    translators = install_translators(qapp, "nl")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


@dataclass
class MessageBoxes:
    """Every message box the code tried to show (captured instead of blocking the test)."""

    shown: list[tuple[str, str]]


@pytest.fixture
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> MessageBoxes:
    record = MessageBoxes([])

    def capture(kind: str) -> object:
        def show(_parent: object, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
            record.shown.append((kind, text))
            return QMessageBox.StandardButton.Ok

        return staticmethod(show)

    for kind in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, kind, capture(kind))
    monkeypatch.setattr(QMessageBox, "about", staticmethod(lambda *_args: None))
    return record


def search(qtbot: QtBot, window: MainWindow, text: str) -> None:
    """Types like a person and waits until the results of exactly this text are on screen."""
    window.search_box.setFocus()
    window.search_box.clear()
    with qtbot.waitSignal(window.results_updated, timeout=5000):
        qtbot.keyClicks(window.search_box, text)
    qtbot.waitUntil(lambda: not window.search_pending, timeout=5000)


def open_customer_by_enter(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtCore import Qt

    with qtbot.waitSignal(window.customer_panel.customer_loaded, timeout=5000):
        qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
