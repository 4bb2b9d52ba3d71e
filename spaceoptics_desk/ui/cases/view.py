"""One request: its dates (R2-R4), what was asked, the timeline, and the next steps.

Each step (identity check, extension, waiting for the person, restriction, closing) saves in a worker
inside one transaction; a refusal is shown inside the dialog and the input stays as typed. Corrections
(R13) open the "Correct details" dialog for the case's customer, recorded with this case.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from spaceoptics_desk.domain.case_codes import IDENTITY_METHODS, OUTCOMES, RECIPIENT_TRIGGERS
from spaceoptics_desk.domain.clock import local_today
from spaceoptics_desk.domain.permissions import Action
from spaceoptics_desk.errors import KnownError
from spaceoptics_desk.ui.cases.model import customer_text, days_left_text, rights_text, urgency
from spaceoptics_desk.ui.cases.recipients_step import RecipientTasksPage
from spaceoptics_desk.ui.copies.dialog import CopyDialog
from spaceoptics_desk.ui.desk import Desk
from spaceoptics_desk.ui.error_reporting import error_text, report_failure, show_refusal
from spaceoptics_desk.ui.formatting import DATE_FORMAT, format_date, format_moment, qdate
from spaceoptics_desk.ui.labels import field_group_text, label, registry_text
from spaceoptics_desk.ui.rectify.dialog import RectifyDialog
from spaceoptics_desk.ui.rows_model import TextRow, TextRowsModel, rows_view
from spaceoptics_desk.ui.tasks import Task

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from spaceoptics_desk.domain.clock import Clock
    from spaceoptics_desk.services.cases import CaseDetail
    from spaceoptics_desk.services.customer_view import CustomerView
    from spaceoptics_desk.services.erasure import ErasureResult, KeptRecords
    from spaceoptics_desk.services.erasure_preview import ErasurePreview
    from spaceoptics_desk.store.models import StaffUser

TEXT_MAX_LENGTH = 1000
log = logging.getLogger(__name__)

Step = Callable[["Session", "StaffUser", "Clock"], object]


Loaded = tuple["CaseDetail", bool | None, bool]


def _read_case(session: Session, clock: Clock, case_id: int) -> Loaded:
    """The case; when it invokes restriction (R15), whether its customer is restricted now; and whether
    it asks for a copy of the data (R8: access or portability)."""
    from spaceoptics_desk.domain.case_codes import COPY_RIGHTS
    from spaceoptics_desk.services.cases import case_detail

    detail = case_detail(session, clock, case_id)
    summary = detail.summary
    asks_copy = bool(COPY_RIGHTS & set(summary.rights))
    if summary.customer_number is None or "restriction" not in summary.rights or summary.status == "closed":
        return detail, None, asks_copy
    return detail, summary.customer_restricted, asks_copy


class CaseViewDialog(QDialog):
    """The case on screen, loaded in a worker, with a tab per step that can be taken.

    Attributes:
        case_id: the case shown.
        detail: the case as last loaded (None while loading).
        due_label: the binding due date, big; dates_label: first/extended/with-pause dates beside it.
        timeline: the timeline model (oldest first, newest last).
        steps: the tabs "Identity check", "Extend", "Wait for the person", "Correct details",
            "Restriction" (only when the case invokes it), "Erase" (R14: only for an open case invoking
            erasure with a customer, and afterwards to show the result), "Recipients" (R16), "Data copy",
            "Note" and "Close".
        erasure_preview: what erasing the case's customer does (loaded when the Erase tab applies).
        erasure_result: the erasure carried out from this view (None before), with the reply contact
            the case keeps until it is closed.
        traces_gone: False when the erasure's trace clean-up had to wait for another program's reader
            (R31; the main window finishes it and says so until then).
        rectify_dialog: the "Correct details" dialog last opened from this case (None before).
        copy_dialog: the "Create data copy" dialog last opened from this case (None before).
        error_label: a refusal of the last step (hidden when there is none).

    Signals:
        case_loaded(int): the case is on screen (first load or after a step).
        case_changed(int): a step was saved for this case.
        erasure_preview_loaded(): what erasing would do is on the Erase tab.
        customer_erased(int): the case's customer (this id) was erased.
    """

    case_loaded = Signal(int)
    case_changed = Signal(int)
    erasure_preview_loaded = Signal()
    customer_erased = Signal(int)

    def __init__(self, desk: Desk, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self.case_id = case_id
        self.detail: CaseDetail | None = None
        self._task: Task[Any] | None = None
        self.saving = False
        self.rectify_dialog: RectifyDialog | None = None
        self.copy_dialog: CopyDialog | None = None
        self.erasure_preview: ErasurePreview | None = None
        self.erasure_result: ErasureResult | None = None
        self.traces_gone = True
        self._preview_task: Task[Any] | None = None
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
        self.steps.addTab(self._identity_step(), self.tr("&Identity check"))
        self.steps.addTab(self._extend_step(), self.tr("E&xtend"))
        self.wait_page = self._wait_step()
        self.steps.addTab(self.wait_page, self.tr("&Wait for the person"))
        self.steps.addTab(self._correct_step(), self.tr("Correct &details"))
        self.restriction_page = self._restriction_step()
        self.steps.addTab(self.restriction_page, self.tr("&Restriction"))
        self.erase_page = self._erase_step()
        self.steps.addTab(self.erase_page, self.tr("&Erase"))
        self.recipients_page = RecipientTasksPage(self)
        self.recipients_page.task_closing.connect(self.close_recipient_task)
        self.steps.addTab(self.recipients_page, self.tr("Recipie&nts"))
        self.copy_page = self._copy_step()
        self.steps.addTab(self.copy_page, self.tr("Data &copy"))
        self.steps.addTab(self._note_step(), self.tr("N&ote"))
        self.close_page = self._close_step()
        self.steps.addTab(self.close_page, self.tr("C&lose"))

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
        self.load()

    # --- the steps -------------------------------------------------------------------------------

    def _identity_step(self) -> QWidget:
        page = QWidget(self)
        self.method_box = QComboBox(page)
        for method in IDENTITY_METHODS:
            self.method_box.addItem(label("identity_method", method), method)
        self.method_note_edit = QLineEdit(page)
        self.method_note_edit.setMaxLength(TEXT_MAX_LENGTH)
        self.method_note_edit.setPlaceholderText(self.tr("optional; required for “other”. Never an ID copy."))
        self.verify_button = QPushButton(self.tr("Record identity check"), page)
        self.verify_button.clicked.connect(self.verify_identity)
        self.method_note_edit.returnPressed.connect(self.verify_identity)
        form = QFormLayout(page)
        form.addRow(self.tr("Method:"), self.method_box)
        form.addRow(self.tr("Note:"), self.method_note_edit)
        form.addRow("", self.verify_button)
        return page

    def _extend_step(self) -> QWidget:
        page = QWidget(self)
        self.extend_reason_edit = QLineEdit(page)
        self.extend_reason_edit.setMaxLength(TEXT_MAX_LENGTH)
        self.extend_reason_edit.setPlaceholderText(self.tr("complexity or number of requests"))
        self.told_on_edit = QDateEdit(qdate(local_today(self._desk.clock)), page)
        self.told_on_edit.setDisplayFormat(DATE_FORMAT)
        self.told_on_edit.setCalendarPopup(True)
        self.extend_button = QPushButton(self.tr("Extend by two months"), page)
        self.extend_button.clicked.connect(self.extend)
        self.extend_reason_edit.returnPressed.connect(self.extend)
        form = QFormLayout(page)
        form.addRow(self.tr("Reason:"), self.extend_reason_edit)
        form.addRow(self.tr("Person told on:"), self.told_on_edit)
        form.addRow("", self.extend_button)
        return page

    def _wait_step(self) -> QWidget:
        page = QWidget(self)
        self.wait_on_label = QLabel(self.tr("Asked on:"), page)
        self.wait_on_edit = QDateEdit(qdate(local_today(self._desk.clock)), page)
        self.wait_on_edit.setDisplayFormat(DATE_FORMAT)
        self.wait_on_edit.setCalendarPopup(True)
        self.wait_note_edit = QLineEdit(page)
        self.wait_note_edit.setMaxLength(TEXT_MAX_LENGTH)
        self.wait_note_edit.setPlaceholderText(self.tr("optional; what was asked or answered"))
        self.wait_button = QPushButton(self.tr("Wait for the person"), page)
        self.wait_button.clicked.connect(self.pause_or_resume)
        self.wait_note_edit.returnPressed.connect(self.pause_or_resume)
        self.wait_state_label = QLabel(page)
        self.wait_state_label.setObjectName("caption")
        self.wait_state_label.setWordWrap(True)
        form = QFormLayout(page)
        form.addRow(self.wait_on_label, self.wait_on_edit)
        form.addRow(self.tr("Note:"), self.wait_note_edit)
        form.addRow("", self.wait_button)
        form.addRow("", self.wait_state_label)
        return page

    def _correct_step(self) -> QWidget:
        page = QWidget(self)
        intro = QLabel(
            self.tr(
                "Corrections made here are recorded with this request, also for a customer whose "
                "processing is restricted."
            ),
            page,
        )
        intro.setWordWrap(True)
        self.rectify_button = QPushButton(self.tr("Correct details…"), page)
        self.rectify_button.clicked.connect(self.open_rectify_dialog)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addWidget(self.rectify_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        return page

    def _restriction_step(self) -> QWidget:
        page = QWidget(self)
        self.restrict_button = QPushButton(self.tr("Restrict processing"), page)
        self.restrict_button.clicked.connect(self.restrict)
        self.lift_notice_edit = QLineEdit(page)
        self.lift_notice_edit.setMaxLength(TEXT_MAX_LENGTH)
        self.lift_notice_edit.setPlaceholderText(self.tr("how and when the person was told; required"))
        self.lift_button = QPushButton(self.tr("Lift restriction"), page)
        self.lift_button.clicked.connect(self.lift_restriction)
        self.lift_notice_edit.returnPressed.connect(self.lift_restriction)
        self.restriction_state_label = QLabel(page)
        self.restriction_state_label.setObjectName("caption")
        self.restriction_state_label.setWordWrap(True)
        form = QFormLayout(page)
        form.addRow("", self.restriction_state_label)
        form.addRow("", self.restrict_button)
        form.addRow(self.tr("Person told:"), self.lift_notice_edit)
        form.addRow("", self.lift_button)
        return page

    def _erase_step(self) -> QWidget:
        page = QWidget(self)
        intro = QLabel(
            self.tr(
                "R14: everything of the customer goes except what another law keeps; kept records lose "
                "what identifies the person. Recipients are told (R16) and the case notes what was kept."
            ),
            page,
        )
        intro.setWordWrap(True)
        self.erase_plan_label = QLabel(self.tr("Loading what will go…"), page)
        self.erase_plan_label.setObjectName("reportBox")
        self.erase_plan_label.setWordWrap(True)
        self.erase_plan_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.erase_plan_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.erase_plan_scroll = QScrollArea(page)
        self.erase_plan_scroll.setWidgetResizable(True)
        self.erase_plan_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.erase_plan_scroll.setMinimumHeight(200)
        self.erase_plan_scroll.setWidget(self.erase_plan_label)
        self.erase_button = QPushButton(self.tr("Erase the customer…"), page)
        self.erase_button.setEnabled(False)
        self.erase_button.clicked.connect(self.erase_customer)
        self.erase_result_label = QLabel(page)
        self.erase_result_label.setObjectName("notice")
        self.erase_result_label.setWordWrap(True)
        self.erase_result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.erase_result_label.hide()
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addWidget(self.erase_plan_scroll, 1)
        layout.addWidget(self.erase_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.erase_result_label)
        return page

    def _copy_step(self) -> QWidget:
        page = QWidget(self)
        intro = QLabel(
            self.tr(
                "The copy of everything the shop holds about the customer (R9, R10), as an encrypted "
                "PDF, with JSON and CSV on request. Check it in the preview, then send it to the e-mail "
                "address on file; the password goes by phone or SMS."
            ),
            page,
        )
        intro.setWordWrap(True)
        self.copy_button = QPushButton(self.tr("Create data copy…"), page)
        self.copy_button.clicked.connect(self.open_copy_dialog)
        self.copy_state_label = QLabel(page)
        self.copy_state_label.setObjectName("caption")
        self.copy_state_label.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.copy_state_label)
        layout.addStretch(1)
        return page

    def _note_step(self) -> QWidget:
        page = QWidget(self)
        self.note_edit = QLineEdit(page)
        self.note_edit.setMaxLength(TEXT_MAX_LENGTH)
        self.note_edit.setPlaceholderText(self.tr("a call back, a question asked, what was agreed"))
        self.note_button = QPushButton(self.tr("Add note"), page)
        self.note_button.clicked.connect(self.add_note)
        self.note_edit.returnPressed.connect(self.add_note)
        form = QFormLayout(page)
        form.addRow(self.tr("Note:"), self.note_edit)
        form.addRow("", self.note_button)
        return page

    def _close_step(self) -> QWidget:
        page = QWidget(self)
        self.outcome_box = QComboBox(page)
        for outcome in OUTCOMES:
            self.outcome_box.addItem(label("case_outcome", outcome), outcome)
        self.reasons_edit = QLineEdit(page)
        self.reasons_edit.setMaxLength(TEXT_MAX_LENGTH)
        self.reasons_edit.setPlaceholderText(self.tr("required for a (partial) refusal"))
        self.complaint_check = QCheckBox(self.tr("Right to complain to the AP told to the person"), page)
        self.close_button = QPushButton(self.tr("Close the request"), page)
        self.close_button.clicked.connect(self.close_case)
        form = QFormLayout(page)
        form.addRow(self.tr("Outcome:"), self.outcome_box)
        form.addRow(self.tr("Reasons:"), self.reasons_edit)
        form.addRow("", self.complaint_check)
        form.addRow("", self.close_button)
        return page

    def verify_identity(self) -> None:
        method = str(self.method_box.currentData())
        note = self.method_note_edit.text()
        case_id = self.case_id

        def step(session: Session, actor: StaffUser, clock: Clock) -> object:
            from spaceoptics_desk.services.cases import verify_identity

            verify_identity(session, actor, clock, case_id, method, note)
            return None

        self._save(step, [self.method_note_edit])

    def extend(self) -> None:
        reason = self.extend_reason_edit.text()
        day = self.told_on_edit.date()
        told_on = date(day.year(), day.month(), day.day())
        case_id = self.case_id

        def step(session: Session, actor: StaffUser, clock: Clock) -> object:
            from spaceoptics_desk.services.cases import extend

            return extend(session, actor, clock, case_id, reason, told_on)

        self._save(step, [self.extend_reason_edit])

    def pause_or_resume(self) -> None:
        """R4: starts waiting for the person, or records their answer when the case waits."""
        if self.detail is None or not self.wait_button.isEnabled():
            return
        waiting = self.detail.paused_from is not None and self.detail.paused_until is None
        note = self.wait_note_edit.text()
        day = self.wait_on_edit.date()
        on = date(day.year(), day.month(), day.day())
        case_id = self.case_id

        def step(session: Session, actor: StaffUser, clock: Clock) -> object:
            from spaceoptics_desk.services.cases import pause, resume

            if waiting:
                resume(session, actor, clock, case_id, on, note)
            else:
                pause(session, actor, clock, case_id, on, note)
            return None

        self._save(step, [self.wait_note_edit])

    def restrict(self) -> None:
        """R15: one confirmation, then processing of the customer is restricted."""
        if self.saving or self.detail is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restrict processing"),
            self.tr(
                "Restrict processing of {customer}? The customer is then left out of marketing and "
                "exports until the restriction is lifted."
            ).format(customer=customer_text(self.detail.summary)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        case_id = self.case_id

        def step(session: Session, actor: StaffUser, clock: Clock) -> object:
            from spaceoptics_desk.services.cases import restrict

            restrict(session, actor, clock, case_id)
            return None

        self._save(step, [])

    def lift_restriction(self) -> None:
        """R15: lifting needs the notice to the person (the service refuses an empty one)."""
        notice = self.lift_notice_edit.text()
        case_id = self.case_id

        def step(session: Session, actor: StaffUser, clock: Clock) -> object:
            from spaceoptics_desk.services.cases import lift_restriction

            lift_restriction(session, actor, clock, case_id, notice)
            return None

        self._save(step, [self.lift_notice_edit])

    def open_rectify_dialog(self) -> None:
        """R13/R15: loads the customer in a worker, then opens "Correct details" for this case."""
        if self.saving or self.detail is None or self.detail.summary.customer_number is None:
            return
        if self.rectify_dialog is not None and self.rectify_dialog.isVisible():
            self.rectify_dialog.raise_()
            self.rectify_dialog.activateWindow()
            return
        self.saving = True
        self.steps.setEnabled(False)
        self.error_label.hide()
        database, clock, number = self._desk.database, self._desk.clock, self.detail.summary.customer_number

        def work() -> CustomerView:
            from spaceoptics_desk.services.customer_view import load_customer_view, resolve_customer

            with database.reading() as session:
                return load_customer_view(session, resolve_customer(session, number), clock)

        self._task = self._desk.tasks.run(work, self._on_customer_loaded, self._on_refused)

    def _on_customer_loaded(self, view: CustomerView) -> None:
        self._task = None
        self.saving = False
        self.steps.setEnabled(True)
        self.rectify_dialog = RectifyDialog(
            self._desk, view.profile, view.addresses, self, request_id=self.case_id
        )
        self.rectify_dialog.corrections_saved.connect(self._on_corrections_saved)
        self.rectify_dialog.open()

    def open_copy_dialog(self) -> CopyDialog | None:
        """The copy for this case's customer, recorded on this case; the timeline follows what happens."""
        if self.detail is None or not self.copy_button.isEnabled():
            return None
        if self.copy_dialog is not None and self.copy_dialog.isVisible():
            self.copy_dialog.raise_()
            self.copy_dialog.activateWindow()
            return self.copy_dialog
        dialog = CopyDialog(
            self._desk,
            customer_number=self.detail.summary.customer_number,
            case_id=self.case_id,
            parent=self,
        )
        dialog.copy_recorded.connect(self._on_copy_recorded)
        dialog.destroyed.connect(self._on_copy_dialog_destroyed)
        self.copy_dialog = dialog
        dialog.open()
        return dialog

    def _on_copy_dialog_destroyed(self) -> None:
        self.copy_dialog = None

    def _on_copy_recorded(self, _case_id: int) -> None:
        if not self.saving:
            self.load()
        self.case_changed.emit(self.case_id)

    def _on_corrections_saved(self, _fields: list[str]) -> None:
        self.load()
        self.case_changed.emit(self.case_id)

    # --- erasure (R14) ----------------------------------------------------------------------------

    def load_erasure_preview(self) -> None:
        """What erasing would do, read in the worker (nothing changes)."""
        if self._preview_task is not None:
            self._preview_task.discard()
        database, clock, case_id = self._desk.database, self._desk.clock, self.case_id

        def work() -> ErasurePreview:
            from spaceoptics_desk.services.erasure_preview import erasure_preview

            with database.reading() as session:
                return erasure_preview(session, clock, case_id)

        self._preview_task = self._desk.tasks.run(
            work, self._on_erasure_preview_loaded, self._on_preview_failed
        )

    def _on_erasure_preview_loaded(self, preview: ErasurePreview) -> None:
        self._preview_task = None
        self.erasure_preview = preview
        self.erase_plan_label.setText(self._plan_text(preview))
        self._update_erase_button()
        self.erasure_preview_loaded.emit()

    def _on_preview_failed(self, error: BaseException) -> None:
        self._preview_task = None
        if not isinstance(error, KnownError):
            report_failure(self, error)
            return
        self.erase_plan_label.setText(html.escape(error_text(error)))

    def _plan_text(self, preview: ErasurePreview) -> str:
        lines = [
            "<b>" + html.escape(self.tr("Erasing {customer}:").format(customer=preview.customer)) + "</b>"
        ]
        if preview.held_until is not None:
            lines.append(
                "<b>"
                + html.escape(
                    self.tr(
                        "Under a legal hold (review on {date}): erasure is refused until the hold is "
                        "lifted (R25)."
                    ).format(date=format_date(preview.held_until))
                )
                + "</b>"
            )
        kept = [self._kept_text(k) for k in preview.kept] + self._reply_contact_kept(preview)
        sections = [(self.tr("Kept:"), kept or [self.tr("nothing")])]
        if preview.told:
            sections.append((self._told_title(), list(preview.told)))
        sections.append(
            (self.tr("Goes (the rows are deleted):"), [field_group_text(g) for g in preview.erased])
        )
        if preview.anonymised:
            sections.append(
                (
                    self.tr("Emptied in the records another law keeps:"),
                    [field_group_text(g) for g in preview.anonymised],
                )
            )
        for title, items in sections:
            lines.append("<b>" + html.escape(title) + "</b>")
            lines += [f"&nbsp;&nbsp;• {html.escape(item)}" for item in items]
        return "<br>".join(lines)

    def _confirmation_text(self, preview: ErasurePreview) -> str:
        """R14: the question names the customer and lists what goes and what stays, in plain text."""
        goes = ", ".join(dict.fromkeys(registry_text(g.label) for g in preview.erased))
        lines = [
            self.tr("Erase {customer} for good?").format(customer=preview.customer),
            "",
            self.tr("Goes now:"),
            f"  • {goes}",
        ]
        if preview.anonymised:
            lines.append(self.tr("Emptied in the records another law keeps:"))
            lines += [f"  • {field_group_text(g)}" for g in preview.anonymised]
        lines.append(self.tr("Kept:"))
        kept = [self._kept_text(k) for k in preview.kept] + self._reply_contact_kept(preview)
        lines += [f"  • {item}" for item in kept or [self.tr("nothing")]]
        if preview.told:
            lines.append(self._told_title())
            lines.append(f"  • {', '.join(preview.told)}")
        lines += ["", self.tr("This cannot be undone.")]
        return "\n".join(lines)

    def _reply_contact_kept(self, preview: ErasurePreview) -> list[str]:
        if not preview.keeps_reply_contact:
            return []
        return [self.tr("the contact details given in this request, for the reply, until it is closed")]

    def _told_title(self) -> str:
        return self.tr(
            "Kept on the recipient tasks until each recipient is told (R16): what they know the person by, "
            "for:"
        )

    def _erase_refusal(self) -> str | None:
        """Why the erase button is disabled (its tooltip), or None: owner only, identity checked (R7),
        no legal hold (R25). The service refuses the same; the button only says it first."""
        refusal = self._desk.refusal(Action.ERASE)
        if refusal is not None:
            return refusal
        if self.detail is not None and not self.detail.summary.identity_verified:
            return self.tr(
                "Record the identity check first (tab Identity check): an erasure cannot be undone."
            )
        if self.erasure_preview is not None and self.erasure_preview.held_until is not None:
            return self.tr("Under a legal hold: erasure is refused until the hold is lifted (R25).")
        return None

    def _update_erase_button(self) -> None:
        refusal = self._erase_refusal()
        self.erase_button.setEnabled(self.erasure_preview is not None and refusal is None and not self.saving)
        self.erase_button.setToolTip(refusal or "")

    def _kept_text(self, item: KeptRecords) -> str:
        until = (
            self.tr("until {date}").format(date=format_date(item.until))
            if item.until is not None
            else self.tr("until its own retention rule says (after the case is closed)")
        )
        return self.tr("{what}: {count}, {until} — {why}").format(
            count=item.count, what=registry_text(item.what), until=until, why=registry_text(item.why)
        )

    def erase_customer(self) -> None:
        """R14: one confirmation naming the customer, then the erasure and the trace clean-up (R31)."""
        preview = self.erasure_preview
        if self.saving or self.detail is None or preview is None or self._erase_refusal() is not None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Erase the customer"),
            self._confirmation_text(preview),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.saving = True
        self.steps.setEnabled(False)
        self.error_label.hide()
        database, clock, username = self._desk.database, self._desk.clock, self._desk.staff.username
        case_id, customer_id = self.case_id, preview.customer_id

        def work() -> tuple[ErasureResult, bool, Loaded]:
            from spaceoptics_desk.services.erasure import erase_customer, remove_traces
            from spaceoptics_desk.services.staff import acting_user

            with database.transaction() as session:
                result = erase_customer(session, acting_user(session, username), clock, customer_id, case_id)
            # R31: after the commit. A reader of another program holds the log: the clean-up stays
            # pending and the main window finishes it (never waiting for the reader here, in the worker).
            try:
                traces_gone = remove_traces(database, wait_ms=0)
            except Exception:  # the erasure itself is done; its result must be seen
                log.warning("trace clean-up after an erasure failed; it stays pending")
                traces_gone = False
            with database.reading() as session:
                return result, traces_gone, _read_case(session, clock, case_id)

        def on_erased(outcome: tuple[ErasureResult, bool, Loaded]) -> None:
            self._task = None
            self.saving = False
            self.erasure_result, self.traces_gone, loaded = outcome
            self.show_detail(*loaded)
            self.steps.setCurrentWidget(self.erase_page)
            self.case_changed.emit(self.case_id)
            self.customer_erased.emit(customer_id)

        self._task = self._desk.tasks.run(work, on_erased, self._on_refused)

    def _show_erase_step(self, detail: CaseDetail) -> None:
        case = detail.summary
        result = self.erasure_result
        applies = "erasure" in case.rights and case.customer_number is not None and case.status != "closed"
        self.steps.setTabVisible(self.steps.indexOf(self.erase_page), applies or result is not None)
        if result is not None:
            self.erase_plan_scroll.hide()
            self.erase_button.hide()
            lines = [
                self.tr("Erased. Reference in the audit log: {reference}.").format(reference=result.reference)
            ]
            removed = sum(result.removed.values())
            lines.append(self.tr("Deleted: {count} row(s).").format(count=removed))
            if result.kept:
                lines.append(self.tr("Kept, for the reply letter:"))
                lines += ["  • " + self._kept_text(k) for k in result.kept]
            if result.reply_contact:
                lines.append(
                    self.tr("Reply to: {contact} (kept on the request until it is closed)").format(
                        contact=result.reply_contact
                    )
                )
            if not self.traces_gone:
                lines.append(
                    self.tr(
                        "Another program is reading the database: the erased data stays readable in its "
                        "file until that program closes its connection; it is removed then."
                    )
                )
            self.erase_result_label.setText("\n".join(lines))
            self.erase_result_label.show()
            return
        self._update_erase_button()  # the identity check may just have been recorded
        if applies and self._preview_task is None:
            self.load_erasure_preview()  # again after every step: a hold may have been placed meanwhile

    def close_case(self) -> None:
        outcome = str(self.outcome_box.currentData())
        reasons = self.reasons_edit.text()
        told = self.complaint_check.isChecked()
        case_id = self.case_id

        def step(session: Session, actor: StaffUser, clock: Clock) -> object:
            from spaceoptics_desk.services.cases import close

            close(session, actor, clock, case_id, outcome, reasons=reasons, complaint_right_told=told)
            return None

        self._save(step, [])

    def close_recipient_task(self, task_id: int, outcome: str, note: str) -> None:
        """R16: the recipient was told, or telling them is impossible or disproportionate (with why)."""

        def step(session: Session, actor: StaffUser, clock: Clock) -> object:
            from spaceoptics_desk.services.recipient_tasks import close_task

            close_task(session, actor, clock, task_id, outcome, note)
            return None

        self._save(step, [self.recipients_page.note_edit])

    def add_note(self) -> None:
        note = self.note_edit.text()
        case_id = self.case_id

        def step(session: Session, actor: StaffUser, clock: Clock) -> object:
            from spaceoptics_desk.services.cases import add_note

            add_note(session, actor, clock, case_id, note)
            return None

        self._save(step, [self.note_edit])

    def _save(self, step: Step, clear: list[QLineEdit]) -> None:
        if self.saving or self.detail is None:
            return
        self.saving = True
        self.steps.setEnabled(False)
        self.error_label.hide()
        database, clock, username, case_id = (
            self._desk.database,
            self._desk.clock,
            self._desk.staff.username,
            self.case_id,
        )

        def work() -> Loaded:
            from spaceoptics_desk.services.staff import acting_user

            with database.transaction() as session:
                step(session, acting_user(session, username), clock)
                return _read_case(session, clock, case_id)

        def on_saved(detail: Loaded) -> None:
            self._task = None
            self.saving = False
            for edit in clear:
                edit.clear()
            self.show_detail(*detail)
            self.case_changed.emit(self.case_id)

        self._task = self._desk.tasks.run(work, on_saved, self._on_refused)

    def _on_refused(self, error: BaseException) -> None:
        self._task = None
        self.saving = False
        self.steps.setEnabled(self.detail is not None and self.detail.summary.status != "closed")
        self._update_erase_button()
        show_refusal(self, self.error_label, error)

    # --- loading and showing ---------------------------------------------------------------------

    def load(self) -> None:
        if self._task is not None:
            self._task.discard()
        database, clock, case_id = self._desk.database, self._desk.clock, self.case_id

        def work() -> Loaded:
            with database.reading() as session:
                return _read_case(session, clock, case_id)

        self._task = self._desk.tasks.run(work, self._on_loaded, self._on_refused)

    def _on_loaded(self, detail: Loaded) -> None:
        self._task = None
        self.show_detail(*detail)

    def show_detail(
        self, detail: CaseDetail, restricted: bool | None = None, asks_copy: bool = False
    ) -> None:
        """Shows the case; `restricted` is whether its customer is restricted (None: not asked);
        `asks_copy` whether the request asks for a copy of the data (access or portability)."""
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
        self._show_wait_step(detail)
        self.rectify_button.setEnabled(case.customer_number is not None and not closed)
        self._show_restriction_step(detail, restricted)
        self._show_erase_step(detail)
        self._show_copy_step(detail, asks_copy)
        self.recipients_page.show_tasks(detail.recipient_tasks)
        # R16 applies after a correction, erasure or restriction: otherwise there is nobody to tell.
        self.steps.setTabVisible(
            self.steps.indexOf(self.recipients_page),
            bool(detail.recipient_tasks) or bool(set(case.rights) & set(RECIPIENT_TRIGGERS)),
        )
        to_do = self.recipients_page.open_count()
        self.steps.setTabText(
            self.steps.indexOf(self.recipients_page),
            self.tr("Recipie&nts ({count} to do)").format(count=to_do) if to_do else self.tr("Recipie&nts"),
        )
        self.steps.setEnabled(not closed)
        self.steps.setVisible(not closed)
        self.case_loaded.emit(self.case_id)

    def _show_wait_step(self, detail: CaseDetail) -> None:
        waiting = detail.paused_from is not None and detail.paused_until is None
        answered = detail.paused_until is not None
        index = self.steps.indexOf(self.wait_page)
        self.steps.setTabText(
            index, self.tr("&Answer received") if waiting else self.tr("&Wait for the person")
        )
        self.wait_on_label.setText(self.tr("Answered on:") if waiting else self.tr("Asked on:"))
        self.wait_button.setText(self.tr("Answer received") if waiting else self.tr("Wait for the person"))
        self.wait_on_edit.setDate(qdate(local_today(self._desk.clock)))
        for widget in (self.wait_on_edit, self.wait_note_edit, self.wait_button):
            widget.setEnabled(not answered)
        if waiting:
            state = self.tr("Waiting since {date}.").format(date=format_date(detail.paused_from))
        elif answered:
            state = self.tr("Asked on {asked}, answered on {answered}; a case waits only once.").format(
                asked=format_date(detail.paused_from), answered=format_date(detail.paused_until)
            )
        else:
            state = ""
        self.wait_state_label.setText(state)
        self.wait_state_label.setVisible(bool(state))

    def _show_restriction_step(self, detail: CaseDetail, restricted: bool | None) -> None:
        # R15: the tab is there only when the person invoked restriction; its state is the customer's
        # (they may have been restricted before this case).
        self.steps.setTabVisible(
            self.steps.indexOf(self.restriction_page), "restriction" in detail.summary.rights
        )
        self.restrict_button.setEnabled(restricted is False)
        self.lift_notice_edit.setEnabled(restricted is True)
        self.lift_button.setEnabled(restricted is True)
        if restricted is None:
            state = (
                self.tr("This case has no customer (yet).") if detail.summary.customer_number is None else ""
            )
        elif restricted:
            state = self.tr("Processing of this customer is restricted.")
        else:
            state = self.tr("Processing of this customer is not restricted.")
        self.restriction_state_label.setText(state)
        self.restriction_state_label.setVisible(bool(state))

    def _show_copy_step(self, detail: CaseDetail, asks_copy: bool) -> None:
        case = detail.summary
        if case.customer_number is None:
            state = self.tr("This case has no customer (yet): record who it is first.")
        elif not asks_copy:
            state = self.tr("This request does not ask for a copy (access or portability).")
        elif not case.identity_verified:
            state = self.tr(
                "Record the identity check first (tab Identity check): the copy holds all their data."
            )
        else:
            state = ""
        closed = case.status == "closed"
        refusal = self._desk.refusal(Action.EXPORT_COPY)
        # Like restriction and erasure: the tab is there only when the person asked for it.
        self.steps.setTabVisible(self.steps.indexOf(self.copy_page), asks_copy)
        self.copy_button.setEnabled(
            case.customer_number is not None
            and asks_copy
            and case.identity_verified
            and refusal is None
            and not closed
        )
        self.copy_button.setToolTip(refusal or "")
        self.copy_state_label.setText(state)
        self.copy_state_label.setVisible(bool(state))

    def reject(self) -> None:
        if self.saving:  # the worker is writing; closing now would hide its outcome
            return
        if self._task is not None:
            self._task.discard()
        if self._preview_task is not None:
            self._preview_task.discard()
        super().reject()
