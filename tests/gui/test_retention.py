"""Issue 6 in the GUI: the background scan's badge and banner, the weekly review, the rules, erasure."""

from __future__ import annotations

import functools
import subprocess
import sys
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
import sqlcipher3
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from spaceoptics_desk.demo.shop import create_demo_data
from spaceoptics_desk.domain.clock import FixedClock, local_today
from spaceoptics_desk.domain.retention import RetentionCategory
from spaceoptics_desk.operations import retention
from spaceoptics_desk.services.cases import verify_identity
from spaceoptics_desk.services.retention_scan import Candidate, scan
from spaceoptics_desk.services.staff import acting_user
from spaceoptics_desk.store.database import Database
from spaceoptics_desk.store.models import AuditEntry, Customer, RetentionRuleRow, RetentionRun
from spaceoptics_desk.store.search import reindex_customers
from spaceoptics_desk.ui.desk import Desk
from spaceoptics_desk.ui.main_window.window import MainWindow
from spaceoptics_desk.ui.retention.candidates_model import SUBJECT, CandidatesModel
from spaceoptics_desk.ui.retention.review import RetentionReviewWindow
from spaceoptics_desk.ui.retention.watch import RetentionWatch
from spaceoptics_desk.ui.tasks import TaskRunner
from tests.gui.conftest import OWNER, Shop, open_customer_by_enter, search
from tests.gui.test_cases import add_case, timeline_texts
from tests.gui.test_customer_changes import OTHERS_WITHIN_MS
from tests.raw_files import readable_in_files
from tests.readers import reader_holding_a_snapshot
from tests.records import add_customer, add_order, at

Keep = RetentionCategory
OLD = (
    ("K000401", "Mária", "Oudeklant", "maria.oudeklant@example.nl"),
    ("K000402", "Piet", "Pensioen", "piet.pensioen@example.nl"),
    ("K000403", "Els", "Eerder", "els.eerder@example.nl"),
)


@pytest.fixture
def old_customers(database: Database, shop: Shop) -> list[int]:
    """Three customers whose last order was in 2018: their profile and their 2018 order are due."""
    ids = []
    with database.transaction() as session:
        for number, first, last, email in OLD:
            customer = add_customer(
                session,
                number,
                first,
                "",
                last,
                email=email,
                mobile="06-55511122",
                address=("Zwanenbloemstraat", "7", "4021ZZ", "Maurik"),
                created=at(2012, 1, 5),
            )
            add_order(session, customer, f"2018-9{number[-5:]}", at(2018, 3, 1))
            ids.append(customer.id)
        reindex_customers(session, ids)
    return ids


def due_now(database: Database, clock: FixedClock) -> list[Candidate]:
    with database.reading() as session:
        return scan(session, local_today(clock))


def scanned(qtbot: QtBot, watch: RetentionWatch) -> None:
    qtbot.waitUntil(lambda: watch.status is not None and not watch.scanning, timeout=10_000)


def open_review(qtbot: QtBot, window: MainWindow) -> RetentionReviewWindow:
    """Ctrl+Shift+D (the menu action), and wait until the candidates are on screen."""
    window.retention_review_action.trigger()
    review = window.retention_review
    assert review is not None
    qtbot.waitUntil(lambda: not review.busy and review.summary_label.text() != "Looking for what is due…")
    return review


def tick_candidate(qtbot: QtBot, review: RetentionReviewWindow, key: str) -> None:
    """Space on the candidate's row ticks its box, as a keyboard user does."""
    index = review.candidates.candidate_index(key)
    assert index.isValid()
    review.tree.setFocus()
    review.tree.setCurrentIndex(index)
    qtbot.keyClick(review.tree, Qt.Key.Key_Space)


@pytest.fixture
def yes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every confirmation is answered Yes; the list holds what was asked."""
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(answer))
    return asked


# --- the background scan ------------------------------------------------------------------------------


@pytest.fixture
def demo_window(qtbot: QtBot, database: Database, clock: FixedClock) -> Iterator[MainWindow]:
    create_demo_data(database, customers=150, seed=7, clock=clock)
    tasks = TaskRunner()
    main = MainWindow(Desk(database, clock, OWNER, tasks), "en")
    qtbot.addWidget(main)
    main.show()
    yield main
    tasks.shutdown()


def test_a_demo_database_shows_the_due_records_on_the_badge_at_start(
    qtbot: QtBot, demo_window: MainWindow, database: Database, clock: FixedClock
) -> None:
    watch = demo_window.retention
    scanned(qtbot, watch)
    expected = len(due_now(database, clock))
    assert expected > 0
    assert watch.badge.isVisible()
    assert watch.badge.text() == f"{expected} records due"
    # No review was ever done while records are due: the banner says the weekly review is overdue.
    assert watch.banner.isVisible()
    assert "no review has been done yet" in watch.banner_label.text()
    # A click on the badge opens the review.
    with qtbot.waitSignal(watch.review_requested, timeout=5000):
        qtbot.mouseClick(watch.badge, Qt.MouseButton.LeftButton)
    review = demo_window.retention_review
    assert review is not None and review.isVisible()


def test_the_first_scan_waits_a_moment_after_start_so_the_first_search_comes_first(
    qtbot: QtBot, database: Database, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(RetentionWatch, "FIRST_SCAN_DELAY_MS", 300)
    tasks = TaskRunner()
    main = MainWindow(Desk(database, clock, OWNER, tasks), "en")
    qtbot.addWidget(main)
    main.show()
    assert main.retention.scans == 0
    with qtbot.waitSignal(main.retention.scan_started, timeout=5000):
        pass
    assert main.retention.scans == 1
    qtbot.waitUntil(lambda: not main.retention.scanning, timeout=5000)
    tasks.shutdown()


def test_the_tick_scans_again_after_the_interval_a_clock_gap_and_a_new_day_never_two_at_once(
    qtbot: QtBot, window: MainWindow, clock: FixedClock
) -> None:
    watch = window.retention
    scanned(qtbot, watch)
    assert watch.scans == 1
    watch.tick_timer.setInterval(20 * 60_000)  # ticks 30 minutes apart are no sign of sleep then
    start = clock.moment
    clock.moment = start + timedelta(minutes=30)
    watch.tick()
    assert watch.scans == 1  # within the hour: nothing to do
    clock.moment = start + timedelta(minutes=61)
    with qtbot.waitSignal(watch.status_changed, timeout=5000):
        watch.tick()
    assert watch.scans == 2
    # The wall clock was set back: the last scan's moment means nothing any more.
    clock.moment = start
    with qtbot.waitSignal(watch.status_changed, timeout=5000):
        watch.tick()
    assert watch.scans == 3
    # The computer slept for a while (ticks far apart), less than the interval: scan at once.
    watch.tick_timer.setInterval(1000)
    clock.moment = start + timedelta(seconds=2)
    watch.tick()
    assert watch.scans == 3
    clock.moment = start + timedelta(minutes=20)
    with qtbot.waitSignal(watch.status_changed, timeout=5000):
        watch.tick()
    assert watch.scans == 4
    # A new day makes records due at midnight.
    watch.tick_timer.setInterval(24 * 3_600_000)
    clock.moment = start.replace(hour=23, minute=30)  # 00:30 in Amsterdam: the next day
    with qtbot.waitSignal(watch.status_changed, timeout=5000):
        watch.tick()
    assert watch.scans == 5
    # Asked twice while one runs: the second waits for the first, so never two at once.
    watch.scan_now()
    watch.scan_now()
    assert watch.scans == 6
    qtbot.waitUntil(lambda: watch.scans == 7 and not watch.scanning, timeout=5000)


def test_the_interval_is_a_workstation_setting_and_a_short_one_drives_the_timer(
    qtbot: QtBot, database: Database, clock: FixedClock, shop: Shop
) -> None:
    tasks = TaskRunner()
    desk = Desk(database, clock, OWNER, tasks)
    desk.workstation.settings.retention_scan_minutes = 1
    main = MainWindow(desk, "en")
    qtbot.addWidget(main)
    main.retention.tick_timer.setInterval(10)
    main.show()
    scanned(qtbot, main.retention)
    clock.moment += timedelta(minutes=1)
    qtbot.waitUntil(lambda: main.retention.scans >= 2, timeout=5000)  # by the timer, not by hand
    main.close()
    tasks.shutdown()


def test_without_a_tray_no_notification_is_given_or_remembered(qtbot: QtBot, window: MainWindow) -> None:
    watch = window.retention
    scanned(qtbot, watch)
    assert watch.tray is None  # offscreen has no system tray
    assert window._desk.workstation.settings.retention_notified_on == ""


def test_a_tray_message_is_given_at_most_once_a_day(
    qtbot: QtBot, window: MainWindow, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    watch = window.retention
    scanned(qtbot, watch)
    shown: list[str] = []
    monkeypatch.setattr(watch, "_tray_available", lambda: True)
    monkeypatch.setattr(
        "spaceoptics_desk.ui.retention.watch.QSystemTrayIcon.showMessage",
        lambda _self, _title, text, *_args: shown.append(text),
    )
    monkeypatch.setattr("spaceoptics_desk.ui.retention.watch.QSystemTrayIcon.show", lambda _self: None)
    with qtbot.waitSignal(watch.tray_notified, timeout=5000):
        watch.scan_now()
    with qtbot.waitSignal(watch.status_changed, timeout=5000):
        watch.scan_now()
    assert len(shown) == 1 and "due: the weekly retention review is waiting." in shown[0]
    assert window._desk.workstation.settings.retention_notified_on == "2026-11-25"
    clock.moment += timedelta(days=1)
    with qtbot.waitSignal(watch.tray_notified, timeout=5000):
        watch.scan_now()
    assert len(shown) == 2


def test_the_banner_shows_only_when_no_review_ran_in_the_last_seven_days(
    qtbot: QtBot, window: MainWindow, database: Database, clock: FixedClock, old_customers: list[int]
) -> None:
    watch = window.retention
    scanned(qtbot, watch)
    assert watch.banner.isVisible()
    with database.transaction() as session:
        owner = acting_user(session, "owner")
        session.add(
            RetentionRun(
                started_at=clock.now() - timedelta(days=2),
                finished_at=clock.now() - timedelta(days=2),
                approved_by_id=owner.id,
                today=local_today(clock) - timedelta(days=2),
            )
        )
    with qtbot.waitSignal(watch.status_changed, timeout=5000):
        watch.scan_now()
    assert not watch.banner.isVisible()
    clock.moment += timedelta(days=6)
    with qtbot.waitSignal(watch.status_changed, timeout=5000):
        watch.scan_now()
    assert watch.banner.isVisible()
    assert "the last review was on 23-11-2026" in watch.banner_label.text()
    # The banner's button opens the review.
    watch.banner_button.click()
    assert window.retention_review is not None


# --- the weekly review --------------------------------------------------------------------------------


def test_the_owner_approves_some_postpones_one_and_gets_the_deletion_report(
    qtbot: QtBot,
    window: MainWindow,
    database: Database,
    clock: FixedClock,
    old_customers: list[int],
    yes: list[str],
    tmp_path: Path,
) -> None:
    review = open_review(qtbot, window)
    due = due_now(database, clock)
    assert review.candidates.candidate_count == len(due)
    rules = [rule for rule, _members in review.candidates.groups]
    assert rules[:2] == [Keep.PROFILE, Keep.FISCAL]  # grouped by rule, in schedule order
    profile_keys = [f"profile:customer:{i}" for i in old_customers]
    fiscal_first = next(c.key for c in due if c.rule is Keep.FISCAL and c.customer_id == old_customers[0])

    # What happens is on screen for the selected candidate: erased fields, anonymised records, kept and why.
    review.tree.setCurrentIndex(review.candidates.candidate_index(profile_keys[0]))
    detail = review.detail_label.text()
    assert "K000401" in detail and "Erased (the rows go):" in detail and "Kept:" in detail

    # Postpone the third old customer: a refusal without a reason stays inside the dialog.
    review.tree.setCurrentIndex(review.candidates.candidate_index(profile_keys[2]))
    qtbot.mouseClick(review.postpone_button, Qt.MouseButton.LeftButton)
    dialog = review.decision_dialog
    assert dialog is not None and dialog.isVisible()
    # R23: nobody is postponed for more than a year; the picker ends where the service would refuse.
    assert dialog.date_edit.maximumDate() == QDate(2027, 11, 25)
    dialog.date_edit.setDate(QDate(2999, 1, 1))
    assert dialog.date_edit.date() == QDate(2027, 11, 25)
    dialog.date_edit.setDate(QDate(2027, 3, 1))
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.saving and dialog.error_label.isVisibleTo(dialog), timeout=5000)
    assert dialog.error_label.text() == "Say why the deletion is postponed."
    qtbot.keyClicks(dialog.reason_edit, "belt eerst terug")
    with qtbot.waitSignal(review.status_loaded, timeout=5000):
        qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)
    assert not review.candidates.candidate_index(profile_keys[2]).isValid()

    # Tick two profiles and one fiscal order, approve with one confirmation.
    for key in (profile_keys[0], profile_keys[1], fiscal_first):
        tick_candidate(qtbot, review, key)
    assert {c.key for c in review.candidates.checked_candidates()} == {*profile_keys[:2], fiscal_first}
    group = review.candidates.index(0, SUBJECT)
    assert review.candidates.data(group, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.PartiallyChecked
    with qtbot.waitSignal(review.review_applied, timeout=10_000) as applied:
        qtbot.mouseClick(review.approve_button, Qt.MouseButton.LeftButton)
    assert "3 candidate(s)" in yes[-1]
    report = applied.args[0]
    qtbot.waitUntil(lambda: not review.busy, timeout=10_000)
    assert review.report_box.isVisibleTo(review)
    rows = {
        review.report_rows.row_cells(r)[0]: review.report_rows.row_cells(r)
        for r in range(review.report_rows.rowCount())
    }
    assert rows["Profile, contact data and addresses"][2] == "2"
    assert rows["Orders, invoices and payments (fiscal)"][2] == "1"
    assert "approved by Olga Eigenaar" in review.report_label.text()
    with database.reading() as session:
        numbers = set(session.scalars(select(Customer.customer_number)))
    assert {"K000401", "K000402"}.isdisjoint(numbers) and "K000403" in numbers
    # The list was scanned again: what was done is gone, the badge follows.
    assert not review.candidates.candidate_index(profile_keys[0]).isValid()
    assert window.retention.badge.text() == f"{len(due_now(database, clock))} records due"

    target = tmp_path / "report.pdf"
    with qtbot.waitSignal(review.report_saved, timeout=10_000):
        review.save_report_pdf(target)
    text = "\n".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Retention deletion report" in text and "Olga Eigenaar" in text
    assert str(report.run_id) in text
    # Issue 12: the audit chain's head on paper, an anchor no database editor reaches.
    assert report.audit_head is not None
    head_id, head_hash = report.audit_head
    with database.reading() as session:
        assert session.scalar(select(AuditEntry.entry_hash).where(AuditEntry.id == head_id)) == head_hash
    assert f"Audit log check value: #{head_id} {head_hash[:16]}" in text
    for number, first, last, email in OLD:
        assert number not in text and last not in text and email not in text and first not in text
    assert not list(tmp_path.glob(".report-*"))


def test_approving_nothing_says_so_and_staff_may_look_but_not_decide(
    qtbot: QtBot, window: MainWindow, staff_window: MainWindow, old_customers: list[int]
) -> None:
    review = open_review(qtbot, window)
    review.approve_button.click()
    assert review.error_label.text() == "Tick the candidates to approve first (Select all ticks all)."

    staff_review = open_review(qtbot, staff_window)
    assert staff_review.candidates.candidate_count == review.candidates.candidate_count > 0
    assert not staff_review.candidates.checkable
    staff_review.tree.setCurrentIndex(
        staff_review.candidates.candidate_index(f"profile:customer:{old_customers[0]}")
    )
    for button in (
        staff_review.approve_button,
        staff_review.postpone_button,
        staff_review.hold_button,
        staff_review.select_all_button,
    ):
        assert not button.isEnabled()
    assert staff_review.owner_note.isVisibleTo(staff_review)
    assert staff_review.postpone_current() is None


def test_a_legal_hold_from_the_review_needs_a_case_reference_and_takes_the_customer_out(
    qtbot: QtBot, window: MainWindow, database: Database, old_customers: list[int]
) -> None:
    review = open_review(qtbot, window)
    key = f"profile:customer:{old_customers[0]}"
    review.tree.setCurrentIndex(review.candidates.candidate_index(key))
    qtbot.mouseClick(review.hold_button, Qt.MouseButton.LeftButton)
    dialog = review.decision_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.reason_edit, "Betwiste betaling")
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.saving and dialog.error_label.isVisibleTo(dialog), timeout=5000)
    assert dialog.error_label.text() == "A legal hold needs a reason and a case reference."
    assert dialog.reason_edit.text() == "Betwiste betaling"  # nothing lost
    qtbot.keyClicks(dialog.case_edit, "DISP-2026-9")
    with qtbot.waitSignal(review.status_loaded, timeout=5000):
        qtbot.keyClick(dialog.case_edit, Qt.Key.Key_Return)
    # The customer's other candidates (the fiscal order) leave the review too.
    assert all(c.customer_id != old_customers[0] for _r, m in review.candidates.groups for c in m)


def test_the_candidates_model_is_a_sound_tree(
    qtmodeltester: ModelTester, database: Database, clock: FixedClock, old_customers: list[int]
) -> None:
    model = CandidatesModel()
    model.set_candidates(due_now(database, clock))
    qtmodeltester.check(model)
    group = model.index(0, SUBJECT)
    assert model.setData(group, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert len(model.checked_candidates()) == model.rowCount(group)
    qtmodeltester.check(model)


# --- the rules ----------------------------------------------------------------------------------------


def test_a_rule_change_needs_a_reason_and_shows_in_the_history(
    qtbot: QtBot, window: MainWindow, database: Database, staff_window: MainWindow
) -> None:
    dialog = window.show_retention_rules()
    qtbot.waitUntil(lambda: dialog.rows.rowCount() > 0 and not dialog.busy, timeout=5000)
    assert dialog.rows.row_cells(0)[:4] == (
        "Profile, contact data and addresses",
        "after the last order (or creation)",
        "84",
        "Erase",
    )
    dialog.rules_view.selectRow(0)
    dialog.period_box.setValue(96)
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.busy and dialog.error_label.isVisibleTo(dialog), timeout=5000)
    assert dialog.error_label.text() == "Say why the retention rule is changed."
    assert dialog.period_box.value() == 96  # nothing lost
    qtbot.keyClicks(dialog.reason_edit, "Advies accountant")
    with qtbot.waitSignal(dialog.rules_loaded, timeout=5000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.rows.row_cells(0)[2] == "96"
    assert dialog.history.rowCount() == 1
    assert dialog.history.row_cells(0)[1:] == (
        "Profile, contact data and addresses",
        "Period (months)",
        "84 → 96",
        "Advies accountant",
        "Olga Eigenaar",
    )
    with database.reading() as session:
        row = session.get(RetentionRuleRow, "profile")
        assert row is not None and row.period_months == 96

    staff_dialog = staff_window.show_retention_rules()
    qtbot.waitUntil(lambda: staff_dialog.rows.rowCount() > 0, timeout=5000)
    assert not staff_dialog.save_button.isEnabled() and not staff_dialog.reason_edit.isEnabled()


# --- erasure from a case ------------------------------------------------------------------------------


def test_R14_erasure_from_the_case_view_through_the_real_widgets(
    qtbot: QtBot,
    window: MainWindow,
    shop: Shop,
    database: Database,
    clock: FixedClock,
    yes: list[str],
) -> None:
    search(qtbot, window, "K000123")
    open_customer_by_enter(qtbot, window)
    panel = window.customer_panel
    case_id = add_case(database, clock, shop.jan, 1, "erasure")
    with database.transaction() as session:
        from spaceoptics_desk.store.models import Request

        request = session.get(Request, case_id)
        assert request is not None
        request.contact_details = "jan.vdberg@example.nl"
        verify_identity(session, acting_user(session, "owner"), clock, case_id, "email-on-file")
    other = window.cases.open_case(add_case(database, clock, shop.jan, 1, "access"))
    qtbot.waitUntil(lambda: other.detail is not None, timeout=5000)
    assert not other.steps.isTabVisible(other.steps.indexOf(other.erase_page))
    other.reject()

    view = window.cases.open_case(case_id)
    with qtbot.waitSignal(view.erase_page.erasure_preview_loaded, timeout=5000):
        qtbot.waitUntil(lambda: view.detail is not None, timeout=5000)
    erase_tab = view.steps.indexOf(view.erase_page)
    assert view.steps.isTabVisible(erase_tab) and view.steps.tabText(erase_tab) == "&Erase"
    view.steps.setCurrentIndex(erase_tab)
    plan = view.erase_page.erase_plan_label.text()
    assert "Jan van der Berg (K000123)" in plan
    assert "orders with their invoices and payments: 2, until 01-01-2033" in plan
    assert view.erase_page.erase_button.isEnabled()

    with qtbot.waitSignal(view.customer_erased, timeout=10_000):
        qtbot.mouseClick(view.erase_page.erase_button, Qt.MouseButton.LeftButton)
    # The confirmation names the customer and says what goes and what stays.
    confirmation = yes[-1]
    assert "Erase Jan van der Berg (K000123) for good?" in confirmation
    goes = confirmation.split("Goes now:")[1].split("Kept:")[0]
    assert "addresses" in goes and "portal account" in goes and "consent events" in goes
    emptied = confirmation.split("Emptied in the records another law keeps:")[1].split("Kept:")[0]
    assert "orders: whose order, name on the parcel" in emptied
    kept = confirmation.split("Kept:")[1]
    assert "orders with their invoices and payments: 2, until 01-01-2033" in kept
    assert "the contact details given in this request, for the reply, until it is closed" in kept
    told = kept.split("until each recipient is told (R16): what they know the person by, for:")[1]
    assert "PostNL" in told and "Mollie (iDEAL, creditcard)" in told
    qtbot.waitUntil(lambda: not view.saving, timeout=5000)
    result = view.erase_page.erase_result_label.text()
    assert view.erase_page.erase_result_label.isVisibleTo(view)
    assert "orders with their invoices and payments: 2, until 01-01-2033" in result
    assert "Reply to: jan.vdberg@example.nl (kept on the request until it is closed)" in result
    assert "Customer erased" in timeline_texts(view)
    assert view.recipients_page.open_count() > 0  # R16: the recipients are to be told
    # R16: each task still says what its recipient knows Jan by, until it is closed.
    page = view.recipients_page
    view.steps.setCurrentWidget(page)
    page.table.selectRow(next(i for i, t in enumerate(page.tasks) if t.recipient == "PostNL"))
    assert page.reference_label.text() == (
        "PostNL knows the person by: order 2019-000042, tracking code 3S2019-000042, "
        "order 2025-000123, tracking code 3S2025-000123"
    )
    with qtbot.waitSignal(view.case_changed, timeout=5000):
        qtbot.mouseClick(page.told_button, Qt.MouseButton.LeftButton)
    postnl = next(t for t in page.tasks if t.recipient == "PostNL")
    assert postnl.status == "told" and postnl.reference == ()
    assert "3S2019-000042" not in page.reference_label.text()
    # The customer view of that customer closes: nothing of Jan stays on screen.
    assert panel.name_label.text() == "This customer was erased."
    assert not panel.tabs.isVisibleTo(panel)
    with database.reading() as session:
        assert session.get(Customer, shop.jan) is None
    qtbot.waitUntil(lambda: window.results.rowCount() == 0, timeout=5000)


def test_R7_the_erase_button_waits_for_the_identity_check_and_says_why(
    qtbot: QtBot, window: MainWindow, shop: Shop, database: Database, clock: FixedClock, yes: list[str]
) -> None:
    view = window.cases.open_case(add_case(database, clock, shop.jan, 1, "erasure"))
    with qtbot.waitSignal(view.erase_page.erasure_preview_loaded, timeout=5000):
        pass
    assert "Jan van der Berg (K000123)" in view.erase_page.erase_plan_label.text()
    assert not view.erase_page.erase_button.isEnabled()
    assert view.erase_page.erase_button.toolTip() == (
        "Record the identity check first (tab Identity check): an erasure cannot be undone."
    )
    view.erase_page.erase_customer()  # even called directly: nothing is asked, nothing goes
    assert yes == []
    with qtbot.waitSignal(view.case_changed, timeout=5000):
        qtbot.mouseClick(view.identity_page.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(view.erase_page.erase_button.isEnabled, timeout=5000)
    assert view.erase_page.erase_button.toolTip() == ""
    with database.reading() as session:
        assert session.get(Customer, shop.jan) is not None


def test_R14_staff_see_the_erase_and_copy_buttons_disabled_with_the_reason(
    qtbot: QtBot, staff_window: MainWindow, shop: Shop, database: Database, clock: FixedClock
) -> None:
    case_id = add_case(database, clock, shop.jan, 1, "erasure", "access")
    with database.transaction() as session:
        verify_identity(session, acting_user(session, "owner"), clock, case_id, "email-on-file")
    view = staff_window.cases.open_case(case_id)
    with qtbot.waitSignal(view.erase_page.erasure_preview_loaded, timeout=5000):
        pass
    assert not view.erase_page.erase_button.isEnabled()
    assert view.erase_page.erase_button.toolTip() == "Only the owner can erase a customer."
    assert not view.copy_page.copy_button.isEnabled()
    assert (
        view.copy_page.copy_button.toolTip()
        == "Only the owner can make, save or send a copy of a customer's data."
    )
    assert view.copy_page.open_copy_dialog() is None
    search(qtbot, staff_window, "K000123")
    open_customer_by_enter(qtbot, staff_window)
    assert not staff_window.copy_action.isEnabled()
    assert staff_window.copy_action.toolTip() == (
        "Only the owner can make, save or send a copy of a customer's data."
    )


def test_R31_an_erasure_while_another_connection_reads_says_so_until_its_traces_are_gone(
    qtbot: QtBot,
    window: MainWindow,
    shop: Shop,
    database: Database,
    db_path: Path,
    clock: FixedClock,
    yes: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A second connection in this process holds a read snapshot while Jan is erased from a case."""
    monkeypatch.setattr(window.trace_cleanup, "RETRY_MS", 50)
    case_id = add_case(database, clock, shop.jan, 1, "erasure")
    with database.transaction() as session:
        verify_identity(session, acting_user(session, "owner"), clock, case_id, "email-on-file")
    view = window.cases.open_case(case_id)
    with qtbot.waitSignal(view.erase_page.erasure_preview_loaded, timeout=5000):
        pass
    reader = sqlcipher3.connect(db_path, isolation_level=None)
    try:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM customers").fetchone()
        with qtbot.waitSignal(view.customer_erased, timeout=10_000):
            qtbot.mouseClick(view.erase_page.erase_button, Qt.MouseButton.LeftButton)
        assert "the erased data stays readable in its file until that program closes" in (
            view.erase_page.erase_result_label.text()
        )
        banner = window.trace_cleanup.banner
        qtbot.waitUntil(lambda: banner.isVisibleTo(window), timeout=5000)
        assert window.trace_cleanup.banner_label.text() == (
            "Erased data is still readable in the database file while another program reads it; it is "
            "removed as soon as that program closes its connection."
        )
        assert window.statusBar().currentMessage() == "Erased data waits for another program to let go"
        assert "K000123" in readable_in_files(db_path, ["K000123"])
        with qtbot.waitSignal(window.trace_cleanup.checked, timeout=5000) as still:
            pass
        assert still.args == [False]  # retried: still held
    finally:
        reader.execute("COMMIT")
        reader.close()
    qtbot.waitUntil(lambda: not banner.isVisibleTo(window), timeout=10_000)
    assert window.statusBar().currentMessage() == "The erased data's traces are gone from the database file."
    assert readable_in_files(db_path, ["K000123", "4021HR", "+31622993969"]) == []


def test_R31_a_clean_up_left_pending_is_finished_when_the_window_opens(
    qtbot: QtBot, desk: Desk, shop: Shop, database: Database, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from spaceoptics_desk.services import trace_cleanup
    from spaceoptics_desk.ui.main_window.trace_cleanup import TraceCleanupWatch

    monkeypatch.setattr(TraceCleanupWatch, "RETRY_MS", 50)
    with database.transaction() as session:
        trace_cleanup.mark(session, trace_cleanup.SEARCH_INDEX)  # as an earlier run left it
    with reader_holding_a_snapshot(db_path):
        window = MainWindow(desk, "en")
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.trace_cleanup.banner.isVisibleTo(window), timeout=5000)
    qtbot.waitUntil(lambda: not window.trace_cleanup.banner.isVisibleTo(window), timeout=10_000)
    assert not trace_cleanup.pending(database)


def test_erasure_of_a_customer_under_a_legal_hold_cannot_be_started(
    qtbot: QtBot, window: MainWindow, shop: Shop, database: Database, clock: FixedClock
) -> None:
    view = window.cases.open_case(add_case(database, clock, shop.kiki, 1, "erasure"))
    with qtbot.waitSignal(view.erase_page.erasure_preview_loaded, timeout=5000):
        pass
    assert "Under a legal hold (review on 01-05-2027)" in view.erase_page.erase_plan_label.text()
    assert not view.erase_page.erase_button.isEnabled()


def test_the_apps_opening_database_carries_a_review_and_its_trace_clean_up(
    database: Database, clock: FixedClock, old_customers: list[int]
) -> None:
    """The running app hands operations an OpeningDatabase, not a Database: apply and clean-up work on it."""
    from spaceoptics_desk.operations.context import Context
    from spaceoptics_desk.operations.retention import apply_review
    from spaceoptics_desk.services import trace_cleanup
    from spaceoptics_desk.store.opening import OpeningDatabase

    opening = OpeningDatabase(database.location)
    opening.opened(database)
    due = [c for c in due_now(database, clock) if c.customer_id == old_customers[0]]
    report = apply_review(Context(opening, OWNER, clock), due, local_today(clock)).result.report
    assert not trace_cleanup.pending(database)
    assert sum(count.applied for count in report.counts) == len(due)
    with database.reading() as session:
        assert session.get(Customer, old_customers[0]) is None


def test_a_rule_changed_in_the_rules_dialog_refreshes_the_open_review(
    qtbot: QtBot, window: MainWindow, old_customers: list[int]
) -> None:
    """Issue 11: the change hub tells the open review; nobody has to press "Scan again"."""
    review = open_review(qtbot, window)
    profile_keys = [f"profile:customer:{i}" for i in old_customers]
    assert all(review.candidates.candidate_index(key).isValid() for key in profile_keys)
    dialog = window.show_retention_rules()
    qtbot.waitUntil(lambda: dialog.rows.rowCount() > 0 and not dialog.busy, timeout=5000)
    dialog.rules_view.selectRow(0)  # the profile rule: 84 months after the last order (2018)
    dialog.period_box.setValue(120)
    qtbot.keyClicks(dialog.reason_edit, "Advies accountant")
    with qtbot.waitSignal(review.status_loaded, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not any(review.candidates.candidate_index(key).isValid() for key in profile_keys)
    assert review.candidates.candidate_count > 0  # the 2018 orders are still due under their own rule


def test_R14_a_review_run_that_fails_part_way_still_closes_the_view_of_the_customer_it_erased(
    qtbot: QtBot,
    window: MainWindow,
    desk: Desk,
    database: Database,
    clock: FixedClock,
    old_customers: list[int],
) -> None:
    """The run erases the first customer, then fails: her open view closes before the failure is told."""
    search(qtbot, window, OLD[0][0])
    open_customer_by_enter(qtbot, window)
    panel = window.customer_panel
    assert panel.customer_id == old_customers[0]

    class PowerCut(Exception):
        pass

    def cut_after_the_first(done: int, _total: int) -> None:
        if done == 1:
            raise PowerCut

    picked = [
        c for c in due_now(database, clock) if c.rule is Keep.PROFILE and c.customer_id in old_customers
    ]
    on_screen_when_failed: list[tuple[str, BaseException]] = []
    desk.run(
        functools.partial(
            retention.apply_review, candidates=picked, today=local_today(clock), progress=cut_after_the_first
        ),
        lambda _report: pytest.fail("the run was cut"),
        lambda error: on_screen_when_failed.append((panel.name_label.text(), error)),
    )
    qtbot.waitUntil(lambda: bool(on_screen_when_failed), timeout=10_000)
    shown, error = on_screen_when_failed[0]
    assert shown == "This customer was erased."
    assert isinstance(error.__cause__, PowerCut)
    assert not panel.tabs.isVisibleTo(panel)


def test_R23_a_rule_changed_in_the_rules_dialog_refreshes_the_open_customer_view(
    qtbot: QtBot, window: MainWindow
) -> None:
    """The customer's Retention tab says how long each category is kept: a changed rule shows at once."""
    search(qtbot, window, "K000123")
    open_customer_by_enter(qtbot, window)
    panel = window.customer_panel

    def profile_period() -> str:
        model = panel.retention_tab.model
        rows = {model.row_cells(r)[0]: model.row_cells(r) for r in range(model.rowCount())}
        return rows["Profile, contact data and addresses"][3]

    assert profile_period() == "7 years after the last order (or creation)"
    dialog = window.show_retention_rules()
    qtbot.waitUntil(lambda: dialog.rows.rowCount() > 0 and not dialog.busy, timeout=5000)
    dialog.rules_view.selectRow(0)  # the profile rule
    dialog.period_box.setValue(120)
    qtbot.keyClicks(dialog.reason_edit, "Advies accountant")
    with qtbot.waitSignal(panel.customer_loaded, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert profile_period() == "10 years after the last order (or creation)"


# Another program changes a rule: the operations on the same file, in their own process.
_OTHER_PROGRAM_CHANGES_A_RULE = """
import sys
from spaceoptics_desk.domain.clock import SystemClock
from spaceoptics_desk.operations.opening import command_context
from spaceoptics_desk.operations.rules import change_rule
with command_context(sys.argv[1], "owner", SystemClock()) as context:
    change_rule(context, sys.argv[2], "Advies accountant", period_months=int(sys.argv[3]))
"""


def test_what_the_owner_types_in_the_rules_dialog_stays_when_another_program_writes(
    qtbot: QtBot, window: MainWindow, shop: Shop, db_path: Path
) -> None:
    dialog = window.show_retention_rules()
    qtbot.waitUntil(lambda: dialog.rows.rowCount() > 0 and not dialog.busy, timeout=5000)
    dialog.rules_view.selectRow(0)
    assert dialog.period_box.value() == 84
    dialog.period_box.setFocus()
    dialog.period_box.selectAll()
    qtbot.keyClicks(dialog.period_box, "96")
    assert dialog.period_box.value() == 96
    other = next(i for i, rule in enumerate(dialog.rules) if i > 0 and rule.trigger.value != "hold_review")
    period = dialog.rules[other].period_months + 12
    category = dialog.rules[other].category.value
    subprocess.run(
        [sys.executable, "-c", _OTHER_PROGRAM_CHANGES_A_RULE, str(db_path), category, str(period)],
        check=True,
        capture_output=True,
        timeout=60,
    )
    # The table and the history follow the other program; the form keeps what is being typed.
    qtbot.waitUntil(lambda: dialog.rows.row_cells(other)[2] == str(period), timeout=OTHERS_WITHIN_MS)
    assert dialog.history.rowCount() == 1
    assert dialog.selected_rule() is dialog.rules[0]
    assert dialog.period_box.value() == 96
