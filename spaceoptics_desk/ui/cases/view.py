"""One request: its dates (R2-R4), what was asked, the timeline, and a tab per step (ui/cases/*_step.py).

Each step is an operation the view runs in the worker; the case is shown as the step left it, or the
refusal is shown inside the dialog and the input stays as typed. The view follows the change hub: a step
taken elsewhere (another window, another desk), a moved holiday or an erasure of its customer reloads
it, so it never shows a stale case.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from spaceoptics_desk.operations import cases
from spaceoptics_desk.ui.cases.close_step import CloseStepPage
from spaceoptics_desk.ui.cases.copy_step import CopyStepPage
from spaceoptics_desk.ui.cases.correct_step import CorrectStepPage
from spaceoptics_desk.ui.cases.erase_step import EraseStepPage
from spaceoptics_desk.ui.cases.extend_step import ExtendStepPage
from spaceoptics_desk.ui.cases.identity_step import IdentityStepPage
from spaceoptics_desk.ui.cases.model import customer_text, days_left_text, rights_text, urgency
from spaceoptics_desk.ui.cases.note_step import NoteStepPage
from spaceoptics_desk.ui.cases.recipients_step import RecipientTasksPage
from spaceoptics_desk.ui.cases.restriction_step import RestrictionStepPage
from spaceoptics_desk.ui.cases.step_page import CaseAfterStep, CaseStepPage
from spaceoptics_desk.ui.cases.wait_step import WaitStepPage
from spaceoptics_desk.ui.desk import Desk
from spaceoptics_desk.ui.error_reporting import show_refusal
from spaceoptics_desk.ui.formatting import format_date, format_moment
from spaceoptics_desk.ui.labels import label
from spaceoptics_desk.ui.rows_model import TextRow, TextRowsModel, rows_view
from spaceoptics_desk.ui.tasks import Task

if TYPE_CHECKING:
    from spaceoptics_desk.operations.changes import Changes, Outcome
    from spaceoptics_desk.operations.context import Context
    from spaceoptics_desk.services.cases import CaseDetail

Step = Callable[["Context"], "Outcome[CaseAfterStep]"]


class CaseViewDialog(QDialog):
    """The case on screen, loaded in a worker, with a tab per step that can be taken.

    Attributes:
        case_id: the case shown.
        detail: the case as last loaded (None while loading).
        saving: a step is being saved (the steps are disabled meanwhile).
        due_label: the binding due date, big; dates_label: first/extended/with-pause dates beside it.
        timeline: the timeline model (oldest first, newest last).
        steps: the tabs, one page per step: identity_page, extend_page, wait_page, correct_page,
            restriction_page (only when the case invokes it), erase_page (R14: only for an open case
            invoking erasure with a customer, and afterwards to show the result), recipients_page (R16),
            copy_page (access or portability), note_page and close_page.
        error_label: a refusal of the last step (hidden when there is none).

    Signals:
        case_loaded(int): the case is on screen (first load, after a step, or after a change elsewhere).
        case_changed(int): a step was saved for this case from this view.
        customer_erased(int): the case's customer (this id) was erased from this view.
    """

    case_loaded = Signal(int)
    case_changed = Signal(int)
    customer_erased = Signal(int)

    def __init__(self, desk: Desk, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self.case_id = case_id
        self.detail: CaseDetail | None = None
        self._task: Task[Any] | None = None
        self.saving = False
        self.setWindowTitle(self.tr("Request {case}").format(case=case_id))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        self.title_label = QLabel(self.tr("Request {case}").format(case=case_id), self)
        self.title_label.setObjectName("customerName")
        self.due_label = QLabel(self.tr("Loading…"), self)
        self.due_label.setObjectName("dueDate")
        self.dates_label = QLabel(self)
        self.dates_label.setObjectName("customerSummary")
        self.dates_label.setWordWrap(True)
        header = QVBoxLayout()
        header.setSpacing(2)
        header.addWidget(self.title_label)
        header.addWidget(self.due_label)
        header.addWidget(self.dates_label)

        self.fields: dict[str, QLabel] = {}
        facts = QFormLayout()
        for key, text in (
            ("customer", self.tr("Customer:")),
            ("received", self.tr("Received:")),
            ("rights", self.tr("Rights:")),
            ("status", self.tr("Status:")),
            ("identity", self.tr("Identity:")),
            ("summary", self.tr("Summary:")),
            ("contact", self.tr("Contact details:")),
            ("outcome", self.tr("Outcome:")),
        ):
            value = QLabel(self)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[key] = value
            facts.addRow(text, value)

        self.timeline = TextRowsModel(
            [self.tr("When"), self.tr("What"), self.tr("By"), self.tr("Note")], self
        )
        self.timeline_view = rows_view(self.timeline, self)
        self.timeline_view.setMinimumHeight(120)

        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorBanner")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.steps = QTabWidget(self)
        self.identity_page = IdentityStepPage(case_id, self)
        self.extend_page = ExtendStepPage(case_id, desk.clock, self)
        self.wait_page = WaitStepPage(case_id, desk.clock, self)
        self.correct_page = CorrectStepPage(desk, case_id, self)
        self.correct_page.load_failed.connect(self._on_refused)
        self.restriction_page = RestrictionStepPage(case_id, self)
        self.erase_page = EraseStepPage(desk, case_id, self)
        self.erase_page.customer_erased.connect(self.customer_erased)
        self.recipients_page = RecipientTasksPage(case_id, self)
        self.copy_page = CopyStepPage(desk, case_id, self)
        self.note_page = NoteStepPage(case_id, self)
        self.close_page = CloseStepPage(case_id, self)
        self.pages: list[CaseStepPage] = []
        for page, title in (
            (self.identity_page, self.tr("&Identity check")),
            (self.extend_page, self.tr("E&xtend")),
            (self.wait_page, self.tr("&Wait for the person")),
            (self.correct_page, self.tr("Correct &details")),
            (self.restriction_page, self.tr("&Restriction")),
            (self.erase_page, self.tr("&Erase")),
            (self.recipients_page, self.tr("Recipie&nts")),
            (self.copy_page, self.tr("Data &copy")),
            (self.note_page, self.tr("N&ote")),
            (self.close_page, self.tr("C&lose")),
        ):
            self.steps.addTab(page, title)
            page.step_requested.connect(functools.partial(self.take_step, page))
            self.pages.append(page)

        who = QLabel(self.tr("Steps are recorded as: {name}").format(name=desk.staff.display_name), self)
        who.setObjectName("caption")
        close_button = QPushButton(self.tr("Close window"), self)
        close_button.setAutoDefault(False)
        close_button.clicked.connect(self.reject)
        footer = QHBoxLayout()
        footer.addWidget(who, 1)
        footer.addWidget(close_button)

        timeline_title = QLabel(self.tr("Timeline"), self)
        timeline_title.setObjectName("caption")
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(facts)
        layout.addWidget(timeline_title)
        layout.addWidget(self.timeline_view, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.steps)
        layout.addLayout(footer)
        self.resize(900, 740)
        desk.hub.changed.connect(self._on_changes)
        self._following = True
        self.load()

    # --- the steps -------------------------------------------------------------------------------

    def take_step(self, page: CaseStepPage, step: Step) -> None:
        """Runs a page's step; its page clears what was typed for it once it is saved."""
        if self.saving or self.detail is None:
            return
        self.saving = True
        self.steps.setEnabled(False)
        self.error_label.hide()

        def on_taken(taken: CaseAfterStep) -> None:
            self._task = None
            self.saving = False
            page.step_taken(taken)
            self.show_detail(taken.case)
            self.case_changed.emit(self.case_id)

        def on_refused(error: BaseException) -> None:
            self._on_refused(error)
            page.step_refused()

        self._task = self._desk.run(step, on_taken, on_refused)

    def _on_refused(self, error: BaseException) -> None:
        self._task = None
        self.saving = False
        self.steps.setEnabled(self.detail is not None and self.detail.summary.status != "closed")
        show_refusal(self, self.error_label, error)

    # --- loading and showing ---------------------------------------------------------------------

    def _on_changes(self, changes: Changes) -> None:
        """What changed elsewhere: the case, its customer (erased: the customer part goes), or a holiday
        (the due dates move). While a step of this view is saving, its answer shows the case."""
        if not self.isVisible() or self.saving:
            return
        customer_id = self.detail.summary.customer_id if self.detail is not None else None
        if customer_id is not None and changes.erased_customer(customer_id):
            self.correct_page.close_rectify_dialog()
        if (
            changes.touches_case(self.case_id)
            or changes.holidays
            or (customer_id is not None and changes.touches_customer(customer_id))
        ):
            self.load()

    def load(self) -> None:
        if self._task is not None:
            self._task.discard()
        self._task = self._desk.run(
            functools.partial(cases.show_case, case_id=self.case_id), self._on_loaded, self._on_refused
        )

    def _on_loaded(self, detail: CaseDetail) -> None:
        self._task = None
        self.show_detail(detail)

    def show_detail(self, detail: CaseDetail) -> None:
        """Shows the case and every step's state for it."""
        before = self.detail.summary.customer_id if self.detail is not None else None
        if before is not None and detail.summary.customer_id is None:
            # R14: the case lost its customer: erased, also by another program (whose writes arrive as
            # EVERYTHING, not as this erasure): their correction and copy windows close.
            self.correct_page.close_rectify_dialog()
            self.copy_page.close_copy_dialog()
        self.detail = detail
        case = detail.summary
        closed = case.status == "closed"
        if closed:
            self.due_label.setText(self.tr("Closed on {date}").format(date=format_moment(detail.closed_at)))
        else:
            self.due_label.setText(
                self.tr("Answer by {date} ({left})").format(
                    date=format_date(case.due), left=days_left_text(case)
                )
            )
        self.due_label.setProperty("urgency", urgency(case))
        self.due_label.style().unpolish(self.due_label)
        self.due_label.style().polish(self.due_label)
        dates = [self.tr("First due date: {date}").format(date=format_date(case.first_due))]
        if case.extended_due is not None:
            dates.append(
                self.tr("extended to {date} (told on {told}; {reason})").format(
                    date=format_date(case.extended_due),
                    told=format_date(detail.extension_told_on),
                    reason=detail.extension_reason or "",
                )
            )
        if case.due_with_pause is not None:
            dates.append(self.tr("with the pause: {date}").format(date=format_date(case.due_with_pause)))
        self.dates_label.setText(" · ".join(dates))
        self._show_facts(detail)
        self.timeline.set_rows(
            [
                TextRow(
                    [
                        format_moment(entry.occurred_at),
                        label("case_event", entry.kind),
                        entry.staff,
                        label("case_outcome", entry.note) if entry.kind == "closed" else entry.note or "",
                    ]
                )
                for entry in detail.timeline
            ]
        )
        self.timeline_view.resizeColumnsToContents()
        if self.timeline.rowCount():
            self.timeline_view.scrollToBottom()
        for page in self.pages:
            page.show_case(detail)
            index = self.steps.indexOf(page)
            self.steps.setTabVisible(index, page.applies(detail))
            title = page.title(detail)
            if title is not None:
                self.steps.setTabText(index, title)
        self.steps.setEnabled(not closed)
        self.steps.setVisible(not closed)
        self.case_loaded.emit(self.case_id)

    def _show_facts(self, detail: CaseDetail) -> None:
        case = detail.summary
        self.fields["customer"].setText(customer_text(case))
        self.fields["received"].setText(
            self.tr("{moment} by {channel}, taken by {staff}").format(
                moment=format_moment(case.received_at),
                channel=label("channel", case.channel),
                staff=case.staff,
            )
        )
        self.fields["rights"].setText(rights_text(case.rights))
        self.fields["status"].setText(label("case_status", case.status))
        self.fields["identity"].setText(
            self.tr("checked on {moment}: {method}").format(
                moment=format_moment(detail.identity_verified_at),
                method=label("identity_method", detail.identity_method),
            )
            if case.identity_verified
            else self.tr("not checked yet")
        )
        self.fields["summary"].setText(detail.case_summary_text or "—")
        self.fields["contact"].setText(detail.contact_details or "—")
        if detail.outcome is not None:
            outcome = label("case_outcome", detail.outcome)
            if detail.outcome_reasons:
                outcome += " — " + detail.outcome_reasons
            if detail.complaint_right_told:
                outcome += " " + self.tr("(right to complain to the AP told)")
            self.fields["outcome"].setText(outcome)
        else:
            self.fields["outcome"].setText("—")

    def reject(self) -> None:
        if self.saving:  # the worker is writing; closing now would hide its outcome
            return
        if self._task is not None:
            self._task.discard()
        self.correct_page.discard()
        self.erase_page.discard()
        self._stop_following()
        super().reject()

    def done(self, result: int) -> None:
        self._stop_following()
        super().done(result)

    def _stop_following(self) -> None:
        """A closed view no longer queries for changes it would not show."""
        if self._following:
            self._following = False
            self._desk.hub.changed.disconnect(self._on_changes)
