"""R4: waiting for the person (more information was asked), and their answer; a case waits once."""

from __future__ import annotations

import functools
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDateEdit, QFormLayout, QLabel, QLineEdit, QPushButton, QWidget

from spaceoptics_desk.domain.clock import Clock, local_today
from spaceoptics_desk.operations import cases
from spaceoptics_desk.ui.cases.step_page import TEXT_MAX_LENGTH, CaseAfterStep, CaseStepPage
from spaceoptics_desk.ui.formatting import DATE_FORMAT, format_date, qdate

if TYPE_CHECKING:
    from spaceoptics_desk.services.cases import CaseDetail

translate = QCoreApplication.translate


def _waiting(detail: CaseDetail) -> bool:
    return detail.paused_from is not None and detail.paused_until is None


class WaitStepPage(CaseStepPage):
    """Attributes:
    wait_on_label, wait_on_edit: when the person was asked, or (while waiting) when they answered.
    wait_note_edit: what was asked or answered (optional).
    wait_button: starts waiting, or records the answer.
    wait_state_label: since when the case waits, or that it waited already.
    """

    def __init__(self, case_id: int, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(case_id, parent)
        self._clock = clock
        self.wait_on_label = QLabel(translate("CaseViewDialog", "Asked on:"), self)
        self.wait_on_edit = QDateEdit(qdate(local_today(clock)), self)
        self.wait_on_edit.setDisplayFormat(DATE_FORMAT)
        self.wait_on_edit.setCalendarPopup(True)
        self.wait_note_edit = QLineEdit(self)
        self.wait_note_edit.setMaxLength(TEXT_MAX_LENGTH)
        self.wait_note_edit.setPlaceholderText(
            translate("CaseViewDialog", "optional; what was asked or answered")
        )
        self.wait_button = QPushButton(translate("CaseViewDialog", "Wait for the person"), self)
        self.wait_button.clicked.connect(self.pause_or_resume)
        self.wait_note_edit.returnPressed.connect(self.pause_or_resume)
        self.wait_state_label = QLabel(self)
        self.wait_state_label.setObjectName("caption")
        self.wait_state_label.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.wait_on_label, self.wait_on_edit)
        form.addRow(translate("CaseViewDialog", "Note:"), self.wait_note_edit)
        form.addRow("", self.wait_button)
        form.addRow("", self.wait_state_label)

    def title(self, detail: CaseDetail) -> str:
        if _waiting(detail):
            return translate("CaseViewDialog", "&Answer received")
        return translate("CaseViewDialog", "&Wait for the person")

    def show_case(self, detail: CaseDetail) -> None:
        super().show_case(detail)
        waiting = _waiting(detail)
        answered = detail.paused_until is not None
        self.wait_on_label.setText(
            translate("CaseViewDialog", "Answered on:")
            if waiting
            else translate("CaseViewDialog", "Asked on:")
        )
        self.wait_button.setText(
            translate("CaseViewDialog", "Answer received")
            if waiting
            else translate("CaseViewDialog", "Wait for the person")
        )
        self.wait_on_edit.setDate(qdate(local_today(self._clock)))
        for widget in (self.wait_on_edit, self.wait_note_edit, self.wait_button):
            widget.setEnabled(not answered)
        if waiting:
            state = translate("CaseViewDialog", "Waiting since {date}.").format(
                date=format_date(detail.paused_from)
            )
        elif answered:
            state = translate(
                "CaseViewDialog", "Asked on {asked}, answered on {answered}; a case waits only once."
            ).format(asked=format_date(detail.paused_from), answered=format_date(detail.paused_until))
        else:
            state = ""
        self.wait_state_label.setText(state)
        self.wait_state_label.setVisible(bool(state))

    def pause_or_resume(self) -> None:
        """R4: starts waiting for the person, or records their answer when the case waits."""
        if self.detail is None or not self.wait_button.isEnabled():
            return
        day = self.wait_on_edit.date()
        on = date(day.year(), day.month(), day.day())
        note = self.wait_note_edit.text()
        if _waiting(self.detail):
            step = functools.partial(cases.resume, case_id=self.case_id, answered_on=on, note=note)
        else:
            step = functools.partial(cases.pause, case_id=self.case_id, asked_on=on, note=note)
        self.step_requested.emit(step)

    def step_taken(self, taken: CaseAfterStep) -> None:
        self.wait_note_edit.clear()
