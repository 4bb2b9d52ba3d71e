"""Consent switches on the ledger (R18-R21) through the real widgets, and the owner's mailing-list export."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from spaceoptics_desk.domain.clock import FixedClock
from spaceoptics_desk.services.staff import ensure_staff
from spaceoptics_desk.services.suppression import suppress
from spaceoptics_desk.store.database import Database, open_database
from spaceoptics_desk.store.models import ConsentEvent, Customer, Purpose, StaffUser
from spaceoptics_desk.ui.consent.dialog import ConsentChangeDialog, MarketingObjectionDialog
from spaceoptics_desk.ui.consent.tab import ConsentTab
from spaceoptics_desk.ui.customer_view.panel import CONSENT, CustomerViewPanel
from spaceoptics_desk.ui.desk import Desk
from spaceoptics_desk.ui.mailing_export import export
from spaceoptics_desk.ui.main_window.window import MainWindow
from spaceoptics_desk.ui.tasks import TaskRunner
from tests.gui.conftest import OWNER, MessageBoxes, Shop, open_customer_by_enter, search
from tests.gui.file_dialog_answers import answer_file_dialog
from tests.records import add_customer, at
from tests.services.test_typed_input import dump

MARKETING_CONSENTS = ("newsletter", "promotions", "personal-advice", "feedback")
RecordingDialog = ConsentChangeDialog | MarketingObjectionDialog
NEWSLETTER_NL = (
    "Ja, ik wil de nieuwsbrief van Space Optics per e-mail ontvangen. Afmelden kan altijd, gratis, "
    "via de link onder elke e-mail."
)


@dataclass(frozen=True)
class Event:
    purpose: str
    action: str
    basis: str
    channel: str
    mechanism: str
    has_wording: bool
    staff: str | None
    note: str | None


def ledger(database: Database, customer_id: int) -> list[Event]:
    """The customer's consent events in ledger order (as recorded, oldest first)."""
    with database.reading() as session:
        rows = session.execute(
            select(ConsentEvent, Purpose.key, StaffUser.username)
            .join(Purpose, Purpose.id == ConsentEvent.purpose_id)
            .outerjoin(StaffUser, StaffUser.id == ConsentEvent.staff_user_id)
            .where(ConsentEvent.customer_id == customer_id)
            .order_by(ConsentEvent.id)
        )
        return [
            Event(
                key,
                e.action,
                e.basis,
                e.channel,
                e.mechanism,
                e.wording_id is not None,
                staff,
                e.note,
            )
            for e, key, staff in rows
        ]


def open_consent(qtbot: QtBot, window: MainWindow, query: str) -> tuple[CustomerViewPanel, ConsentTab]:
    search(qtbot, window, query)
    open_customer_by_enter(qtbot, window)
    panel = window.customer_panel
    panel.tabs.setCurrentIndex(CONSENT)
    return panel, panel.consent_tab


def press_switch(qtbot: QtBot, tab: ConsentTab, key: str) -> ConsentChangeDialog:
    """Space on the switch, as a keyboard user does; returns the dialog it opened."""
    switch = tab.switches[key]
    switch.setFocus()
    qtbot.keyClick(switch, Qt.Key.Key_Space)
    dialog = tab.dialog
    assert isinstance(dialog, ConsentChangeDialog)
    qtbot.waitExposed(dialog)
    return dialog


def choose_channel(dialog: RecordingDialog, channel: str) -> None:
    dialog.channel_box.setCurrentIndex(dialog.channel_box.findData(channel))


def save(
    qtbot: QtBot, panel: CustomerViewPanel, dialog: ConsentChangeDialog | MarketingObjectionDialog
) -> None:
    with qtbot.waitSignal(panel.customer_loaded, timeout=5000):
        dialog.save_button.click()


def test_switches_only_for_consent_and_objection_with_since_and_channel(
    qtbot: QtBot, window: MainWindow, shop: Shop
) -> None:
    panel, tab = open_consent(qtbot, window, "jan van der berg")
    assert list(tab.switches) == [*MARKETING_CONSENTS, "social-media-ads"]
    assert tab.switches["newsletter"].text() == "Newsletter & e-mail"
    assert tab.switches["social-media-ads"].text() == "Objection: no advertising via social media"
    assert tab.switches["newsletter"].isChecked()
    assert tab.state_labels["newsletter"].text() == "Given since 01-05-2024 14:00 · Website"
    assert not tab.switches["promotions"].isChecked()
    assert tab.state_labels["promotions"].text() == "Never asked"
    assert tab.state_labels["social-media-ads"].text() == "No objection"
    assert all(s.isEnabled() and s.focusPolicy() == Qt.FocusPolicy.StrongFocus for s in tab.switches.values())
    # Contract and law stay in the table with their basis; the switchable purposes are not repeated there.
    shown = [
        tab.states.row_cells(row)[:3]
        for row in range(tab.states.rowCount())
        if not tab.states_table.isRowHidden(row)
    ]
    assert ("Orders", "Contract", "Not needed") in shown
    assert ("Tax records", "Legal obligation", "Not needed") in shown
    assert all(name not in {"Newsletter & e-mail", "Promotions"} for name, _, _ in shown)
    assert tab.suppressed_banner.isHidden()
    assert tab.restricted_note.isHidden()
    assert tab.stop_marketing_button.isEnabled()
    assert panel.notice.isHidden()


def test_giving_by_phone_needs_the_wording_read_out(
    qtbot: QtBot, window: MainWindow, shop: Shop, database: Database, message_boxes: MessageBoxes
) -> None:
    panel, tab = open_consent(qtbot, window, "zoe")
    dialog = press_switch(qtbot, tab, "newsletter")
    assert dialog.channel == "phone"  # the default: most changes are made on the phone
    assert dialog.wording_box.isVisible()
    assert dialog.wording_text.text() == f"“{NEWSLETTER_NL}”"  # Zoë speaks Dutch
    assert not dialog.read_out_check.isChecked()
    assert all(not s.isEnabled() for s in tab.switches.values())  # one change at a time

    dialog.save_button.click()
    qtbot.waitUntil(dialog.error_label.isVisible, timeout=5000)
    assert dialog.error_label.text() == (
        "Read the standard wording out to the customer and confirm that you did."
    )
    assert dialog.isVisible()
    assert ledger(database, shop.zoe) == []
    assert not tab.switches["newsletter"].isChecked()

    dialog.read_out_check.setChecked(True)
    dialog.note_edit.setText("asked on the phone")
    save(qtbot, panel, dialog)
    assert ledger(database, shop.zoe) == [
        Event("newsletter", "given", "opt_in", "phone", "spoken", True, "owner", "asked on the phone")
    ]
    assert tab.switches["newsletter"].isChecked()
    assert tab.switches["newsletter"].isEnabled()
    # The clock stands at 25-11-2026 09:30 UTC: 10:30 in Maurik.
    assert tab.state_labels["newsletter"].text() == "Given since 25-11-2026 10:30 · Telephone"
    assert tab.history.row_cells(0) == (
        "25-11-2026 10:30",
        "Newsletter & e-mail",
        "Given",
        "Opt-in",
        "Telephone",
        "Spoken",
        "version 1",
        "Olga Eigenaar",
    )
    assert panel.notice.text() == "Recorded: Newsletter & e-mail — given (telephone)."
    assert message_boxes.shown == []


def test_the_wording_is_in_the_customers_language_and_not_asked_in_writing(
    qtbot: QtBot, window: MainWindow, shop: Shop, database: Database
) -> None:
    with database.transaction() as session:
        zoe = session.get(Customer, shop.zoe)
        assert zoe is not None
        zoe.language = "en"
    _panel, tab = open_consent(qtbot, window, "zoe")
    dialog = press_switch(qtbot, tab, "promotions")
    assert dialog.wording_text.text().startswith("“Yes, Space Optics may send me offers")
    assert "English" in dialog.wording_box.title()
    choose_channel(dialog, "counter")
    assert dialog.wording_box.isVisible()
    choose_channel(dialog, "email")
    assert not dialog.wording_box.isVisible()  # a written "yes" is its own proof


def test_withdrawing_takes_no_more_than_giving(
    qtbot: QtBot, window: MainWindow, shop: Shop, database: Database
) -> None:
    panel, tab = open_consent(qtbot, window, "jan van der berg")
    dialog = press_switch(qtbot, tab, "newsletter")
    assert not dialog.wording_box.isVisible()
    assert dialog.windowTitle() == "Withdraw consent"
    with qtbot.waitSignal(panel.customer_loaded, timeout=5000):
        qtbot.keyClick(dialog.channel_box, Qt.Key.Key_Return)  # Space, Enter: done
    assert not tab.switches["newsletter"].isChecked()
    assert tab.state_labels["newsletter"].text() == "Withdrawn since 25-11-2026 10:30 · Telephone"
    assert ledger(database, shop.jan)[-1] == Event(
        "newsletter", "withdrawn", "opt_in", "phone", "spoken", False, "owner", None
    )
    assert [tab.history.row_cells(r)[2] for r in range(tab.history.rowCount())] == ["Withdrawn", "Given"]
    assert window.focusWidget() is tab.switches["newsletter"]  # the keyboard goes on where it was


def test_cancelling_leaves_the_switch_as_the_ledger_says(
    qtbot: QtBot, window: MainWindow, shop: Shop, database: Database
) -> None:
    _panel, tab = open_consent(qtbot, window, "jan van der berg")
    dialog = press_switch(qtbot, tab, "newsletter")
    assert tab.switches["newsletter"].isChecked()  # a switch never changes before the ledger does
    qtbot.keyClick(dialog.channel_box, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert tab.switches["newsletter"].isChecked()
    assert all(s.isEnabled() for s in tab.switches.values())
    assert len(ledger(database, shop.jan)) == 1


def test_two_quick_switches_record_two_events_in_order(
    qtbot: QtBot, window: MainWindow, shop: Shop, database: Database
) -> None:
    panel, tab = open_consent(qtbot, window, "zoe")
    dialog = press_switch(qtbot, tab, "promotions")
    choose_channel(dialog, "email")
    with qtbot.waitSignal(panel.customer_loaded, timeout=5000):
        dialog.save_button.click()
        # While it is saving, the switch cannot be used again (nor another one).
        assert not tab.switches["promotions"].isEnabled()
        tab.switches["promotions"].click()
        tab.switches["feedback"].click()
        assert tab.dialog is dialog  # no second dialog opened
    assert tab.switches["promotions"].isChecked()
    dialog = press_switch(qtbot, tab, "promotions")
    choose_channel(dialog, "email")
    save(qtbot, panel, dialog)
    assert [(e.purpose, e.action, e.channel, e.mechanism) for e in ledger(database, shop.zoe)] == [
        ("promotions", "given", "email", "written"),
        ("promotions", "withdrawn", "email", "written"),
    ]
    assert not tab.switches["promotions"].isChecked()
    assert [tab.history.row_cells(r)[2] for r in range(tab.history.rowCount())] == ["Withdrawn", "Given"]


def test_a_restricted_customer_has_disabled_switches_with_the_reason(
    qtbot: QtBot, window: MainWindow, shop: Shop
) -> None:
    _panel, tab = open_consent(qtbot, window, "kiki")
    assert tab.restricted_note.isVisible()
    assert "restricted" in tab.restricted_note.text()
    assert all(not s.isEnabled() for s in tab.switches.values())
    tab.switches["newsletter"].click()
    assert tab.dialog is None
    assert tab.stop_marketing_button.isEnabled()  # R18: the objection is never refused


def test_a_customer_restricted_meanwhile_is_refused_in_the_dialog(
    qtbot: QtBot, window: MainWindow, shop: Shop, database: Database, message_boxes: MessageBoxes
) -> None:
    _panel, tab = open_consent(qtbot, window, "zoe")
    with database.transaction() as session:
        zoe = session.get(Customer, shop.zoe)
        assert zoe is not None
        zoe.restricted_at = at(2026, 11, 25, 9)
    dialog = press_switch(qtbot, tab, "newsletter")
    choose_channel(dialog, "email")
    dialog.save_button.click()
    qtbot.waitUntil(dialog.error_label.isVisible, timeout=5000)
    assert dialog.error_label.text() == (
        "Processing of this customer is restricted; consents cannot be changed now."
    )
    qtbot.keyClick(dialog.channel_box, Qt.Key.Key_Escape)
    assert not tab.switches["newsletter"].isChecked()  # back to the true state
    assert ledger(database, shop.zoe) == []
    assert message_boxes.shown == []


def test_stop_all_direct_marketing(qtbot: QtBot, window: MainWindow, shop: Shop, database: Database) -> None:
    panel, tab = open_consent(qtbot, window, "jan van der berg")
    tab.stop_marketing_button.click()
    dialog = tab.dialog
    assert isinstance(dialog, MarketingObjectionDialog)
    qtbot.waitExposed(dialog)
    assert dialog.channel == "phone"
    choose_channel(dialog, "letter")
    dialog.note_edit.setText("letter of 20-11")
    save(qtbot, panel, dialog)
    assert [s.isChecked() for s in tab.switches.values()] == [False, False, False, False, True]
    assert (
        tab.state_labels["social-media-ads"].text() == "Objected since 25-11-2026 10:30 · Letter · Objection"
    )
    assert ledger(database, shop.jan)[1:] == [
        Event("newsletter", "withdrawn", "objection", "letter", "written", False, "owner", "letter of 20-11"),
        Event(
            "social-media-ads", "given", "objection", "letter", "written", True, "owner", "letter of 20-11"
        ),
    ]
    assert panel.notice.text() == "All direct marketing stopped; 2 change(s) recorded as an objection."
    assert [tab.history.row_cells(r)[3] for r in range(2)] == ["Objection", "Objection"]


def test_a_restricted_customer_can_still_object_to_marketing(
    qtbot: QtBot, window: MainWindow, shop: Shop, database: Database
) -> None:
    panel, tab = open_consent(qtbot, window, "kiki")
    tab.stop_marketing_button.click()
    dialog = tab.dialog
    assert isinstance(dialog, MarketingObjectionDialog)
    save(qtbot, panel, dialog)
    assert tab.switches["social-media-ads"].isChecked()
    assert [e.purpose for e in ledger(database, shop.kiki)] == ["social-media-ads"]
    assert all(not s.isEnabled() for s in tab.switches.values())


def test_a_suppressed_address_shows_the_banner(
    qtbot: QtBot, window: MainWindow, shop: Shop, database: Database, clock: FixedClock
) -> None:
    with database.transaction() as session:
        suppress(session, clock, "Zoe.DeVries@example.nl")
    _panel, tab = open_consent(qtbot, window, "zoe")
    assert tab.suppressed_banner.isVisible()
    assert tab.suppressed_banner.text() == (
        "This address objected to marketing before and was erased; marketing is off by default."
    )
    assert not any(s.isChecked() for s in list(tab.switches.values())[:4])
    _panel, tab = open_consent(qtbot, window, "jan van der berg")
    assert tab.suppressed_banner.isHidden()


def test_the_consent_models_are_proper_qt_models(
    qtbot: QtBot, window: MainWindow, shop: Shop, qtmodeltester: ModelTester
) -> None:
    panel, tab = open_consent(qtbot, window, "jan van der berg")
    dialog = press_switch(qtbot, tab, "newsletter")
    save(qtbot, panel, dialog)
    for model in (tab.states, tab.history):
        qtmodeltester.check(model, force_py=True)


# --- the owner's mailing-list export -------------------------------------------------------------


@pytest.fixture
def mailing_shop(shop: Shop, database: Database, clock: FixedClock) -> Shop:
    """Besides Jan (newsletter given): Kiki gave it but is restricted, Zoë gave and withdrew it,
    Piet gave it but his address is suppressed, Anna ('=cmd' in her name) gave it by soft opt-in."""
    with database.transaction() as session:
        newsletter = session.scalar(select(Purpose).where(Purpose.key == "newsletter"))
        assert newsletter is not None
        piet = add_customer(session, "K000400", "Piet", "", "Jansen", email="piet@example.nl")
        anna = add_customer(session, "K000500", "=cmd", "", "Anna", email="anna@example.nl", language="en")
        for customer_id, action, day, basis in (
            (shop.kiki, "given", 1, "opt_in"),
            (shop.zoe, "given", 1, "opt_in"),
            (shop.zoe, "withdrawn", 2, "opt_in"),
            (piet.id, "given", 1, "opt_in"),
            (anna.id, "given", 1, "soft_opt_in"),
        ):
            session.add(
                ConsentEvent(
                    customer_id=customer_id,
                    purpose_id=newsletter.id,
                    action=action,
                    basis=basis,
                    occurred_at=at(2025, 1, day),
                    channel="web",
                    mechanism="checkbox",
                )
            )
        suppress(session, clock, "piet@example.nl")
    return shop


def test_the_owner_exports_the_mailing_list(
    qtbot: QtBot,
    window: MainWindow,
    mailing_shop: Shop,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    message_boxes: MessageBoxes,
) -> None:
    target = tmp_path / "export" / "list.csv"
    target.parent.mkdir()
    assert window.export_mailing_action.isEnabled()
    answer = answer_file_dialog(target)
    with qtbot.waitSignal(window.mailing_export.exported, timeout=5000) as written:
        window.export_mailing_action.trigger()
    assert answer.offered is not None and answer.offered.name == "nieuwsbrief-2026-11-25.csv"
    assert written.args == [2, str(target)]
    rows = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert rows == [
        ["email", "name", "language", "basis"],
        ["jan.vdberg@example.nl", "Jan van der Berg", "nl", "opt_in"],
        ["anna@example.nl", "'=cmd Anna", "en", "soft_opt_in"],
    ]
    assert [p.name for p in target.parent.iterdir()] == ["list.csv"]  # no temporary file left
    assert message_boxes.shown == [("information", f"2 address(es) written to {target}.")]


@pytest.mark.parametrize("how", ["named like the export", "hard-linked as the export"])
def test_the_export_never_replaces_the_database_it_works_in(
    qtbot: QtBot, clock: FixedClock, tmp_path: Path, message_boxes: MessageBoxes, how: str
) -> None:
    """Issue 10 §1: a database named list.csv (or the same file under that name) is never what the
    export writes: the real dialog picks it, the export operation refuses it before writing and the app
    says so (compared by name and stat, the file is never opened)."""
    folder = tmp_path / "export"
    folder.mkdir()
    chosen = folder / "list.csv"
    db_file = chosen if how == "named like the export" else tmp_path / "shop.db"
    database = open_database(str(db_file), create=True)
    tasks = TaskRunner()
    try:
        if chosen != db_file:
            chosen.hardlink_to(db_file)
        with database.transaction() as session:
            ensure_staff(session, OWNER.username, OWNER.display_name, OWNER.role)
        before = dump(database)  # through SQLite: the test may not open the file either
        main = MainWindow(Desk(database, clock, OWNER, tasks), "en")
        qtbot.addWidget(main)
        answer_file_dialog(chosen, replace=True)
        with qtbot.waitSignal(main.mailing_export.export_failed, timeout=5000):
            main.export_mailing_action.trigger()
        assert message_boxes.shown == [
            (
                "warning",
                "list.csv is the database this app is working in (or one of its -wal and -shm files): "
                "saving there would destroy it. Choose another name or folder; nothing was saved.",
            )
        ]
        assert not main.mailing_export.running
        assert dump(database) == before
        assert db_file.stat().st_ino == chosen.stat().st_ino
    finally:
        tasks.shutdown()
        database.close()


def test_a_failed_export_leaves_no_half_file(
    qtbot: QtBot,
    window: MainWindow,
    mailing_shop: Shop,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    message_boxes: MessageBoxes,
) -> None:
    folder = tmp_path / "export"
    target = folder / "list.csv"
    target.mkdir(parents=True)  # a folder where the file should go: the rename fails
    # The dialog cannot pick a folder as a file; the write failing is what is tested here.
    monkeypatch.setattr(export, "ask_save_path", lambda *_args: target)
    with qtbot.waitSignal(window.mailing_export.export_failed, timeout=5000):
        window.export_mailing_action.trigger()
    assert [p.name for p in folder.iterdir()] == ["list.csv"]
    assert target.is_dir()
    [(kind, text)] = message_boxes.shown
    assert kind == "warning"
    assert text.startswith("Could not save in ") and text.endswith("nothing was saved.")


def test_cancelling_the_file_choice_writes_nothing(
    qtbot: QtBot, window: MainWindow, shop: Shop, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    answer = answer_file_dialog(None)
    window.export_mailing_action.trigger()
    assert answer.offered is not None
    assert not window.mailing_export.running


def test_staff_cannot_export_the_mailing_list(
    qtbot: QtBot, staff_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[object] = []
    monkeypatch.setattr(export, "ask_save_path", lambda *args: asked.append(args))
    assert not staff_window.export_mailing_action.isEnabled()
    assert "Only the owner" in staff_window.export_mailing_action.statusTip()
    staff_window.export_mailing_action.trigger()
    staff_window.mailing_export.start()  # even when asked directly
    assert asked == []
