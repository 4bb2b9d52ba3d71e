"""Request cases in the GUI: phone intake, the list with its colours, the case from intake to closed."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, QEvent, QPoint, Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from spaceoptics_desk.domain.clock import FixedClock, local_today
from spaceoptics_desk.domain.deadlines import first_due
from spaceoptics_desk.services.cases import open_case
from spaceoptics_desk.services.staff import acting_user
from spaceoptics_desk.store.database import Database
from spaceoptics_desk.store.models import Customer, Rectification
from spaceoptics_desk.ui.cases.desk_cases import DeskCases
from spaceoptics_desk.ui.cases.intake import CaseIntakeDialog
from spaceoptics_desk.ui.cases.list_window import CaseListWindow
from spaceoptics_desk.ui.cases.model import (
    CASE,
    CUSTOMER,
    DUE,
    IDENTITY,
    OVERDUE_COLOUR,
    SOON_COLOUR,
    CaseListModel,
)
from spaceoptics_desk.ui.cases.view import CaseViewDialog
from spaceoptics_desk.ui.formatting import format_date
from spaceoptics_desk.ui.main_window.window import MainWindow
from spaceoptics_desk.ui.rectify.dialog import RectifyDialog
from tests.gui.conftest import MessageBoxes, Shop, open_customer_by_enter, search


def add_case(
    database: Database, clock: FixedClock, customer_id: int | None, days_ago: int, *rights: str
) -> int:
    with database.transaction() as session:
        return open_case(
            session,
            acting_user(session, "staff"),
            clock,
            customer_id=customer_id,
            channel="email",
            received_at=clock.now() - timedelta(days=days_ago),
            rights=rights or ("access",),
        )


def tick(qtbot: QtBot, check: QCheckBox) -> None:
    """Clicks the box itself (a checkbox stretched in a grid is not clickable beyond its text)."""
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(6, check.height() // 2))


def counted(qtbot: QtBot, cases: DeskCases, open_count: int, late: int) -> None:
    qtbot.waitUntil(lambda: (cases.open_count, cases.overdue_count) == (open_count, late), timeout=5000)


def case_ids(model: CaseListModel) -> list[int]:
    """The cases the list shows, top to bottom."""
    ids: list[int] = []
    for row in range(model.rowCount()):
        case = model.case_at(row)
        assert case is not None
        ids.append(case.case_id)
    return ids


def open_list(qtbot: QtBot, window: MainWindow) -> CaseListWindow:
    """Ctrl+Shift+V, and wait until the cases are on screen."""
    if window.cases.list_window is None:
        # The first use makes the window; its showEvent loads the cases.
        window.case_list_action.trigger()
        list_window = window.cases.list_window
        assert list_window is not None
        qtbot.waitUntil(
            lambda: list_window.cases.rowCount() > 0 or list_window.note.text() != "", timeout=5000
        )
        return list_window
    list_window = window.cases.list_window
    with qtbot.waitSignal(list_window.cases_loaded, timeout=5000):
        window.case_list_action.trigger()
    return list_window


def intake(qtbot: QtBot, window: MainWindow) -> CaseIntakeDialog:
    qtbot.waitUntil(lambda: window.cases.intake_dialog is not None, timeout=5000)
    dialog = window.cases.intake_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    return dialog


def save_intake(qtbot: QtBot, window: MainWindow, dialog: CaseIntakeDialog) -> CaseViewDialog:
    """Enter in the summary saves; the new case's view opens and shows its dates."""
    with qtbot.waitSignal(window.cases.case_view_shown, timeout=5000) as shown:
        qtbot.keyClick(dialog.summary_edit, Qt.Key.Key_Return)
    view = shown.args[0]
    assert isinstance(view, CaseViewDialog)
    qtbot.waitUntil(lambda: view.detail is not None, timeout=5000)
    return view


def test_phone_intake_from_the_customer_view_shows_the_case_and_its_due_date(
    qtbot: QtBot, window: MainWindow, shop: Shop, clock: FixedClock, message_boxes: MessageBoxes
) -> None:
    search(qtbot, window, "K000123")
    open_customer_by_enter(qtbot, window)
    panel = window.customer_panel
    assert panel.intake_button.isEnabled()
    qtbot.keyClick(panel.tabs, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    dialog = intake(qtbot, window)
    assert dialog.customer_id == shop.jan
    assert dialog.channel_box.currentData() == "phone"
    qtbot.waitUntil(dialog.channel_box.hasFocus, timeout=5000)
    # Tab order follows the call: channel, received, then the rights.
    qtbot.keyClick(dialog.channel_box, Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.right_checks["access"]
    qtbot.keyClick(dialog.right_checks["access"], Qt.Key.Key_Space)
    tick(qtbot, dialog.right_checks["erasure"])
    qtbot.keyClicks(dialog.summary_edit, "wil weten wat we bewaren en daarna weg")
    qtbot.keyClicks(dialog.contact_edit, "06-22993969")
    dialog.summary_edit.setFocus()
    view = save_intake(qtbot, window, dialog)

    due = first_due(local_today(clock))
    assert view.detail is not None
    assert view.detail.summary.rights == ("access", "erasure")
    assert view.detail.contact_details == "06-22993969"
    assert view.detail.summary.customer_number == "K000123"
    assert format_date(due) in view.due_label.text()
    assert view.timeline.rowCount() == 1
    counted(qtbot, window.cases, 1, 0)
    assert window.cases.count_label.text() == "Open requests: 1 (0 overdue)"
    # The customer view was reloaded: the request is in its Requests tab.
    qtbot.waitUntil(lambda: panel.requests_tab.model.rowCount() == 1, timeout=5000)

    list_window = open_list(qtbot, window)
    qtbot.waitUntil(lambda: list_window.cases.rowCount() == 1, timeout=5000)
    model = list_window.cases
    assert model.data(model.index(0, CASE)) == str(view.case_id)
    assert model.data(model.index(0, DUE)) == format_date(due)
    assert "K000123" in model.data(model.index(0, CUSTOMER))
    assert message_boxes.shown == []


def test_overdue_rows_are_red_and_rows_due_within_a_week_amber(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    window: MainWindow,
    shop: Shop,
    database: Database,
    clock: FixedClock,
) -> None:
    late = add_case(database, clock, shop.jan, 40)
    soon = add_case(database, clock, shop.zoe, 25, "objection")
    calm = add_case(database, clock, None, 1, "marketing")
    list_window = open_list(qtbot, window)
    qtbot.waitUntil(lambda: list_window.cases.rowCount() == 3, timeout=5000)
    model = list_window.cases
    qtmodeltester.check(model)
    assert case_ids(model) == [late, soon, calm]
    assert model.data(model.index(0, DUE), Qt.ItemDataRole.ForegroundRole).color() == OVERDUE_COLOUR
    assert model.data(model.index(1, DUE), Qt.ItemDataRole.ForegroundRole).color() == SOON_COLOUR
    assert model.data(model.index(2, DUE), Qt.ItemDataRole.ForegroundRole) is None
    assert model.data(model.index(2, CUSTOMER)) == "unknown caller"

    with qtbot.waitSignal(list_window.cases_loaded, timeout=5000):
        list_window.status_box.setCurrentIndex(list_window.status_box.findData("overdue"))
    assert model.rowCount() == 1
    list_window.status_box.setCurrentIndex(list_window.status_box.findData("all"))
    qtbot.waitUntil(lambda: model.rowCount() == 3, timeout=5000)
    list_window.right_box.setCurrentIndex(list_window.right_box.findData("objection"))
    assert case_ids(model) == [soon]
    list_window.right_box.setCurrentIndex(0)
    list_window.staff_box.setCurrentIndex(list_window.staff_box.findData("Sam Medewerker"))
    assert model.rowCount() == 3
    qtmodeltester.check(model)

    # Enter on a row opens the case.
    list_window.view.setFocus()
    list_window.view.selectRow(0)
    with qtbot.waitSignal(window.cases.case_view_shown, timeout=5000) as shown:
        qtbot.keyClick(list_window.view, Qt.Key.Key_Return)
    view = shown.args[0]
    qtbot.waitUntil(lambda: view.detail is not None, timeout=5000)
    assert view.case_id == late
    assert view.due_label.property("urgency") == "overdue"


def test_a_case_goes_from_intake_to_closed(
    qtbot: QtBot, window: MainWindow, shop: Shop, message_boxes: MessageBoxes
) -> None:
    counted(qtbot, window.cases, 0, 0)
    window.unknown_intake_action.trigger()
    dialog = intake(qtbot, window)
    assert dialog.customer_id is None
    tick(qtbot, dialog.right_checks["access"])
    qtbot.keyClicks(dialog.summary_edit, "beller wil inzage")
    view = save_intake(qtbot, window, dialog)
    counted(qtbot, window.cases, 1, 0)

    view.identity_page.method_box.setCurrentIndex(
        view.identity_page.method_box.findData("order-and-postcode")
    )
    qtbot.keyClicks(view.identity_page.method_note_edit, "order 2025-000123, 4021 HR")
    with qtbot.waitSignal(view.case_changed, timeout=5000):
        qtbot.mouseClick(view.identity_page.verify_button, Qt.MouseButton.LeftButton)
    assert view.detail is not None and view.detail.summary.identity_verified
    view.steps.setCurrentIndex(2)
    view.close_page.outcome_box.setCurrentIndex(view.close_page.outcome_box.findData("complied"))
    with qtbot.waitSignal(view.case_changed, timeout=5000):
        qtbot.mouseClick(view.close_page.close_button, Qt.MouseButton.LeftButton)
    assert view.detail is not None
    assert view.detail.summary.status == "closed"
    assert view.detail.outcome == "complied"
    texts = [view.timeline.row_cells(row)[1] for row in range(view.timeline.rowCount())]
    assert texts == ["Request received and recorded", "Identity checked", "Closed"]  # newest last
    assert not view.steps.isVisibleTo(view)
    counted(qtbot, window.cases, 0, 0)
    assert message_boxes.shown == []


def test_closing_as_refused_without_reasons_is_refused_inside_the_dialog(
    qtbot: QtBot, window: MainWindow, shop: Shop, database: Database, clock: FixedClock
) -> None:
    case_id = add_case(database, clock, shop.zoe, 3, "rectification")
    view = window.cases.open_case(case_id)
    qtbot.waitUntil(lambda: view.detail is not None, timeout=5000)
    view.steps.setCurrentIndex(2)
    view.close_page.outcome_box.setCurrentIndex(view.close_page.outcome_box.findData("refused"))
    view.close_page.complaint_check.setChecked(True)
    view.close_page.close_button.click()
    qtbot.waitUntil(lambda: not view.saving and view.error_label.isVisibleTo(view), timeout=5000)
    assert view.error_label.text() == "A (partial) refusal needs its reasons."
    assert view.isVisible()
    assert (
        view.close_page.outcome_box.currentData() == "refused" and view.close_page.complaint_check.isChecked()
    )

    view.close_page.complaint_check.setChecked(False)
    qtbot.keyClicks(view.close_page.reasons_edit, "Gegevens zijn juist; bewijs ontbreekt")
    view.close_page.close_button.click()
    qtbot.waitUntil(lambda: not view.saving and "Autoriteit" in view.error_label.text(), timeout=5000)
    assert view.close_page.reasons_edit.text() == "Gegevens zijn juist; bewijs ontbreekt"  # nothing lost

    view.close_page.complaint_check.setChecked(True)
    with qtbot.waitSignal(view.case_changed, timeout=5000):
        view.close_page.close_button.click()
    assert not view.error_label.isVisibleTo(view)
    assert view.detail is not None and view.detail.outcome == "refused"


def test_intake_without_a_right_is_refused_and_keeps_the_input(qtbot: QtBot, window: MainWindow) -> None:
    window.unknown_intake_action.trigger()
    dialog = intake(qtbot, window)
    qtbot.keyClicks(dialog.summary_edit, "weet het nog niet")
    qtbot.keyClick(dialog.summary_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.saving and dialog.error_label.isVisibleTo(dialog), timeout=5000)
    assert dialog.isVisible()
    assert dialog.error_label.text() == "Name at least one right the person invokes."
    assert dialog.summary_edit.text() == "weet het nog niet"


def test_the_status_bar_count_follows_changes_and_focus(
    qtbot: QtBot, window: MainWindow, shop: Shop, database: Database, clock: FixedClock, dutch: None
) -> None:
    counted(qtbot, window.cases, 0, 0)
    # Another desk records two requests; the count follows when this window becomes active again.
    add_case(database, clock, shop.jan, 40)
    add_case(database, clock, shop.zoe, 2)
    QApplication.sendEvent(window, QEvent(QEvent.Type.WindowActivate))
    counted(qtbot, window.cases, 2, 1)
    assert window.cases.count_label.text() == "Open verzoeken: 2 (1 te laat)"
    assert window.cases.count_label.isVisible()


@pytest.mark.parametrize("received_days_ago", [0, 30])
def test_the_received_moment_is_dutch_time(
    qtbot: QtBot, window: MainWindow, clock: FixedClock, received_days_ago: int
) -> None:
    window.unknown_intake_action.trigger()
    dialog = intake(qtbot, window)
    received = dialog.received_edit.dateTime().addDays(-received_days_ago)
    dialog.received_edit.setDateTime(received)
    tick(qtbot, dialog.right_checks["objection"])
    view = save_intake(qtbot, window, dialog)
    assert view.detail is not None
    # 09:30 UTC on the fixed clock is 10:30 in Maurik (CET).
    assert (
        view.fields["received"]
        .text()
        .startswith(format_date(local_today(clock) - timedelta(days=received_days_ago)) + " 10:30")
    )
    assert view.detail.summary.first_due == first_due(
        date.fromordinal(local_today(clock).toordinal() - received_days_ago)
    )


def timeline_texts(view: CaseViewDialog) -> list[str]:
    return [view.timeline.row_cells(row)[1] for row in range(view.timeline.rowCount())]


def test_waiting_for_the_person_and_the_answer_move_the_due_date(
    qtbot: QtBot, window: MainWindow, shop: Shop, database: Database, clock: FixedClock
) -> None:
    case_id = add_case(database, clock, shop.jan, 10)
    # Written behind this desk's back (by its own writer, so no poll notices): the count follows when
    # the window is active again; without this it raced the first count of the window's start.
    QApplication.sendEvent(window, QEvent(QEvent.Type.WindowActivate))
    view = window.cases.open_case(case_id)
    qtbot.waitUntil(lambda: view.detail is not None, timeout=5000)
    counted(qtbot, window.cases, 1, 0)
    view.steps.setCurrentWidget(view.wait_page)
    assert view.wait_page.wait_button.text() == "Wait for the person"
    assert "with the pause" not in view.dates_label.text()
    today = local_today(clock)
    asked = today - timedelta(days=5)
    view.wait_page.wait_on_edit.setDate(QDate(asked.year, asked.month, asked.day))
    qtbot.keyClicks(view.wait_page.wait_note_edit, "kopie bestelbevestiging gevraagd")
    with qtbot.waitSignal(view.case_changed, timeout=5000):
        qtbot.mouseClick(view.wait_page.wait_button, Qt.MouseButton.LeftButton)
    assert view.detail is not None
    assert view.detail.summary.status == "waiting"
    assert view.detail.paused_from == asked
    assert view.fields["status"].text() == "Waiting for the customer"
    assert view.wait_page.wait_button.text() == "Answer received"
    assert view.steps.tabText(view.steps.indexOf(view.wait_page)) == "&Answer received"
    assert view.wait_page.wait_note_edit.text() == ""
    assert view.detail.summary.due_with_pause is not None
    assert format_date(view.detail.summary.due_with_pause) in view.dates_label.text()
    assert timeline_texts(view)[-1] == "Waiting for the person"
    assert view.timeline.row_cells(view.timeline.rowCount() - 1)[3] == "kopie bestelbevestiging gevraagd"

    # An answer before the question is refused inside the dialog; the note stays as typed.
    early = asked - timedelta(days=1)
    view.wait_page.wait_on_edit.setDate(QDate(early.year, early.month, early.day))
    qtbot.keyClicks(view.wait_page.wait_note_edit, "antwoord per mail")
    view.wait_page.wait_button.click()
    qtbot.waitUntil(lambda: not view.saving and view.error_label.isVisibleTo(view), timeout=5000)
    assert view.error_label.text() == "The date of the answer must lie between asking and today."
    assert view.wait_page.wait_note_edit.text() == "antwoord per mail"

    answered = today - timedelta(days=2)
    view.wait_page.wait_on_edit.setDate(QDate(answered.year, answered.month, answered.day))
    with qtbot.waitSignal(view.case_changed, timeout=5000):
        qtbot.keyClick(view.wait_page.wait_note_edit, Qt.Key.Key_Return)
    assert not view.error_label.isVisibleTo(view)
    assert view.detail is not None
    assert view.detail.summary.status == "open"
    assert view.detail.paused_until == answered
    assert view.fields["status"].text() == "Open"
    assert timeline_texts(view) == [
        "Request received and recorded",
        "Waiting for the person",
        "Information received",
    ]
    assert view.detail.summary.due_with_pause is not None
    assert format_date(view.detail.summary.due_with_pause) in view.dates_label.text()
    assert not view.wait_page.wait_button.isEnabled()  # a case waits once
    counted(qtbot, window.cases, 1, 0)


def test_a_restricted_customer_is_corrected_from_the_case(
    qtbot: QtBot, window: MainWindow, shop: Shop, database: Database, clock: FixedClock
) -> None:
    with database.reading() as session:
        kiki = session.get(Customer, shop.kiki)
        assert kiki is not None and kiki.restricted_at is not None
    case_id = add_case(database, clock, shop.kiki, 2, "rectification")
    view = window.cases.open_case(case_id)
    qtbot.waitUntil(lambda: view.detail is not None, timeout=5000)
    assert view.correct_page.rectify_button.isEnabled()
    page = view.correct_page.rectify_button.parentWidget()
    assert page is not None
    view.steps.setCurrentIndex(view.steps.indexOf(page))
    qtbot.mouseClick(view.correct_page.rectify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: view.correct_page.rectify_dialog is not None and view.correct_page.rectify_dialog.isVisible(),
        timeout=5000,
    )
    dialog = view.correct_page.rectify_dialog
    assert isinstance(dialog, RectifyDialog)
    assert dialog.request_id == case_id
    email = dialog.inputs["email"]
    assert email.text() == "kiki@example.nl"
    email.clear()
    qtbot.keyClicks(email, "kiki.vdberg@example.nl")
    with qtbot.waitSignal(view.case_loaded, timeout=5000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    with database.reading() as session:
        rows = session.query(Rectification).filter_by(customer_id=shop.kiki).all()
        assert [(r.field, r.old_value, r.new_value, r.request_id) for r in rows] == [
            ("email", "kiki@example.nl", "kiki.vdberg@example.nl", case_id)
        ]


def test_a_case_without_a_customer_cannot_correct_details(
    qtbot: QtBot, window: MainWindow, shop: Shop, database: Database, clock: FixedClock
) -> None:
    view = window.cases.open_case(add_case(database, clock, None, 1, "rectification"))
    qtbot.waitUntil(lambda: view.detail is not None, timeout=5000)
    assert not view.correct_page.rectify_button.isEnabled()


def test_restriction_is_set_with_one_confirmation_and_lifted_with_the_notice(
    qtbot: QtBot,
    window: MainWindow,
    shop: Shop,
    database: Database,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(answer))
    other = add_case(database, clock, shop.jan, 1)
    other_view = window.cases.open_case(other)
    qtbot.waitUntil(lambda: other_view.detail is not None, timeout=5000)
    assert not other_view.steps.isTabVisible(other_view.steps.indexOf(other_view.restriction_page))

    case_id = add_case(database, clock, shop.jan, 1, "restriction")
    view = window.cases.open_case(case_id)
    qtbot.waitUntil(lambda: view.detail is not None, timeout=5000)
    page = view.steps.indexOf(view.restriction_page)
    assert view.steps.isTabVisible(page)
    view.steps.setCurrentIndex(page)
    assert not view.restriction_page.lift_button.isEnabled()
    with qtbot.waitSignal(view.case_changed, timeout=5000):
        qtbot.mouseClick(view.restriction_page.restrict_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and "K000123" in asked[0]
    assert timeline_texts(view)[-2:] == ["Processing restricted", "Recipients to tell"]
    with database.reading() as session:
        jan = session.get(Customer, shop.jan)
        assert jan is not None and jan.restricted_at is not None
    assert (
        not view.restriction_page.restrict_button.isEnabled()
        and view.restriction_page.lift_button.isEnabled()
    )

    # Lifting without the notice is refused inside the dialog.
    view.restriction_page.lift_button.click()
    qtbot.waitUntil(lambda: not view.saving and view.error_label.isVisibleTo(view), timeout=5000)
    assert view.error_label.text() == "Record how and when the person was told before lifting."
    qtbot.keyClicks(view.restriction_page.lift_notice_edit, "per e-mail op 25-11")
    with qtbot.waitSignal(view.case_changed, timeout=5000):
        qtbot.mouseClick(view.restriction_page.lift_button, Qt.MouseButton.LeftButton)
    assert timeline_texts(view)[-1] == "Restriction lifted"
    assert view.timeline.row_cells(view.timeline.rowCount() - 1)[3] == "per e-mail op 25-11"
    with database.reading() as session:
        jan = session.get(Customer, shop.jan)
        assert jan is not None and jan.restricted_at is None
    assert (
        view.restriction_page.restrict_button.isEnabled()
        and not view.restriction_page.lift_button.isEnabled()
    )


def test_a_customer_restricted_before_the_case_can_be_lifted_from_it(
    qtbot: QtBot, window: MainWindow, shop: Shop, database: Database, clock: FixedClock
) -> None:
    view = window.cases.open_case(add_case(database, clock, shop.kiki, 1, "restriction"))
    qtbot.waitUntil(lambda: view.detail is not None, timeout=5000)
    assert (
        not view.restriction_page.restrict_button.isEnabled()
        and view.restriction_page.lift_button.isEnabled()
    )
    assert (
        view.restriction_page.restriction_state_label.text() == "Processing of this customer is restricted."
    )
    qtbot.keyClicks(view.restriction_page.lift_notice_edit, "telefonisch, 25-11")
    with qtbot.waitSignal(view.case_changed, timeout=5000):
        qtbot.keyClick(view.restriction_page.lift_notice_edit, Qt.Key.Key_Return)
    assert (
        view.restriction_page.restriction_state_label.text()
        == "Processing of this customer is not restricted."
    )
    assert (
        view.restriction_page.restrict_button.isEnabled()
        and not view.restriction_page.lift_button.isEnabled()
    )
    with database.reading() as session:
        kiki = session.get(Customer, shop.kiki)
        assert kiki is not None and kiki.restricted_at is None


def test_R16_recipients_are_told_from_the_case_before_it_closes(
    qtbot: QtBot, window: MainWindow, shop: Shop, database: Database, clock: FixedClock
) -> None:
    """A correction lists who received the data; each is closed as told or not possible, then the case."""
    case_id = add_case(database, clock, shop.kiki, 2, "rectification")
    view = window.cases.open_case(case_id)
    qtbot.waitUntil(lambda: view.detail is not None, timeout=5000)
    page = view.recipients_page
    tab = view.steps.indexOf(page)
    assert view.steps.tabText(tab) == "Recipie&nts"
    assert page.empty_label.isVisibleTo(page) and not page.told_button.isEnabled()

    view.correct_page.rectify_button.click()
    qtbot.waitUntil(
        lambda: view.correct_page.rectify_dialog is not None and view.correct_page.rectify_dialog.isVisible(),
        timeout=5000,
    )
    dialog = view.correct_page.rectify_dialog
    assert dialog is not None
    dialog.inputs["email"].clear()
    qtbot.keyClicks(dialog.inputs["email"], "kiki.vdberg@example.nl")
    with qtbot.waitSignal(view.case_loaded, timeout=5000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    to_do = page.open_count()
    assert to_do == 2  # Kiki never ordered: the web host and the social-media platform
    assert view.steps.tabText(tab) == f"Recipie&nts ({to_do} to do)"
    assert timeline_texts(view)[-2:] == ["Details corrected", "Recipients to tell"]
    view.steps.setCurrentIndex(tab)

    # "Not possible" without a reason is refused and the task stays open.
    first = page.selected_task()
    assert first is not None and first.status == "open"
    page.not_possible_button.click()
    qtbot.waitUntil(lambda: not view.saving and view.error_label.isVisibleTo(view), timeout=5000)
    assert view.error_label.text() == "Say why telling this recipient is impossible or disproportionate."
    assert page.open_count() == to_do

    qtbot.keyClicks(page.note_edit, "Pakket al bezorgd; vervoerder bewaart geen adres")
    with qtbot.waitSignal(view.case_changed, timeout=5000):
        page.not_possible_button.click()
    assert page.note_edit.text() == ""
    while page.open_count():
        qtbot.keyClicks(page.note_edit, "Gemaild naar privacy-contact")
        with qtbot.waitSignal(view.case_changed, timeout=5000):
            qtbot.keyClick(page.note_edit, Qt.Key.Key_Return)
    assert view.steps.tabText(tab) == "Recipie&nts"
    statuses = [page.rows.row_cells(row)[2] for row in range(page.rows.rowCount())]
    assert sum(s.startswith("Not possible") for s in statuses) == 1
    assert sum(s.startswith("Told") for s in statuses) == to_do - 1
    assert not page.told_button.isEnabled()  # nothing open is selected any more

    view.steps.setCurrentIndex(view.steps.indexOf(view.close_page))
    with qtbot.waitSignal(view.case_changed, timeout=5000):
        view.close_page.close_button.click()
    assert view.detail is not None and view.detail.summary.status == "closed"


def test_a_note_is_added_to_the_timeline_with_enter(
    qtbot: QtBot, window: MainWindow, shop: Shop, database: Database, clock: FixedClock
) -> None:
    view = window.cases.open_case(add_case(database, clock, shop.jan, 1))
    qtbot.waitUntil(lambda: view.detail is not None, timeout=5000)
    # An access request changes nothing, so there is nobody to tell (R16) and nothing to erase.
    assert not view.steps.isTabVisible(view.steps.indexOf(view.recipients_page))
    assert not view.steps.isTabVisible(view.steps.indexOf(view.erase_page))
    page = view.note_page.note_edit.parentWidget()
    assert page is not None
    view.steps.setCurrentIndex(view.steps.indexOf(page))
    qtbot.keyClicks(view.note_page.note_edit, "Klant belt morgen terug")
    with qtbot.waitSignal(view.case_changed, timeout=5000):
        qtbot.keyClick(view.note_page.note_edit, Qt.Key.Key_Return)
    assert timeline_texts(view)[-1] == "Note"
    assert view.timeline.row_cells(view.timeline.rowCount() - 1)[3] == "Klant belt morgen terug"
    assert view.note_page.note_edit.text() == ""


# --- the change hub (issue 11): a step in one window refreshes every other window that shows it ---------


def row_of(list_window: CaseListWindow, case_id: int) -> int:
    model = list_window.cases
    return next(r for r in range(model.rowCount()) if model.data(model.index(r, CASE)) == str(case_id))


def test_a_step_in_a_case_view_updates_the_case_list_open_beside_it(
    qtbot: QtBot, window: MainWindow, shop: Shop, database: Database, clock: FixedClock
) -> None:
    case_id = add_case(database, clock, shop.jan, 3)
    list_window = open_list(qtbot, window)
    qtbot.waitUntil(lambda: list_window.cases.rowCount() == 1, timeout=5000)
    cell = list_window.cases.index(row_of(list_window, case_id), IDENTITY)
    assert list_window.cases.data(cell) == "not yet"
    view = window.cases.open_case(case_id)
    qtbot.waitUntil(lambda: view.detail is not None, timeout=5000)
    assert list_window.isVisible() and view.isVisible()  # two windows open at the same time

    with qtbot.waitSignal(list_window.cases_loaded, timeout=5000):
        qtbot.mouseClick(view.identity_page.verify_button, Qt.MouseButton.LeftButton)
    cell = list_window.cases.index(row_of(list_window, case_id), IDENTITY)
    assert list_window.cases.data(cell) == "checked"

    # Closed, the list no longer queries; shown again, it loads what is there now.
    list_window.close()
    view.steps.setCurrentWidget(view.note_page)
    qtbot.keyClicks(view.note_page.note_edit, "teruggebeld")
    with qtbot.waitSignal(view.case_changed, timeout=5000):
        qtbot.keyClick(view.note_page.note_edit, Qt.Key.Key_Return)
    assert not list_window._load.running


def test_R14_an_erasure_in_one_case_view_blanks_the_customer_in_another_open_view_of_them(
    qtbot: QtBot,
    window: MainWindow,
    shop: Shop,
    database: Database,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *_args: QMessageBox.StandardButton.Yes))
    access = add_case(database, clock, shop.jan, 2, "access", "rectification")
    erasure = add_case(database, clock, shop.jan, 1, "erasure")
    other = window.cases.open_case(access)
    qtbot.waitUntil(lambda: other.detail is not None, timeout=5000)
    assert "K000123" in other.fields["customer"].text()
    assert other.correct_page.rectify_button.isEnabled()
    view = window.cases.open_case(erasure)
    with qtbot.waitSignal(view.erase_page.erasure_preview_loaded, timeout=5000):
        pass
    view.steps.setCurrentWidget(view.identity_page)
    with qtbot.waitSignal(view.case_changed, timeout=5000):
        view.identity_page.verify_button.click()
    qtbot.waitUntil(view.erase_page.erase_button.isEnabled, timeout=5000)

    with qtbot.waitSignal(view.customer_erased, timeout=10_000):
        view.erase_page.erase_button.click()
    qtbot.waitUntil(
        lambda: other.detail is not None and other.detail.summary.customer_id is None, timeout=5000
    )
    assert "K000123" not in other.fields["customer"].text()
    assert not other.correct_page.rectify_button.isEnabled()  # nobody is left to correct
