"""R3: the case extended by two months, with the reason and the day the person was told."""

from __future__ import annotations

import functools
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDateEdit, QFormLayout, QLineEdit, QPushButton, QWidget

from spaceoptics_desk.domain.clock import Clock, local_today
from spaceoptics_desk.operations import cases
from spaceoptics_desk.ui.cases.step_page import TEXT_MAX_LENGTH, CaseAfterStep, CaseStepPage
from spaceoptics_desk.ui.formatting import DATE_FORMAT, qdate

translate = QCoreApplication.translate


class ExtendStepPage(CaseStepPage):
    """Attributes:
    extend_reason_edit: why (complexity or number of requests).
    told_on_edit: when the person was told (today at first).
    extend_button: extends.
    """

    def __init__(self, case_id: int, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(case_id, parent)
        self.extend_reason_edit = QLineEdit(self)
        self.extend_reason_edit.setMaxLength(TEXT_MAX_LENGTH)
        self.extend_reason_edit.setPlaceholderText(
            translate("CaseViewDialog", "complexity or number of requests")
        )
        self.told_on_edit = QDateEdit(qdate(local_today(clock)), self)
        self.told_on_edit.setDisplayFormat(DATE_FORMAT)
        self.told_on_edit.setCalendarPopup(True)
        self.extend_button = QPushButton(translate("CaseViewDialog", "Extend by two months"), self)
        self.extend_button.clicked.connect(self.extend)
        self.extend_reason_edit.returnPressed.connect(self.extend)
        form = QFormLayout(self)
        form.addRow(translate("CaseViewDialog", "Reason:"), self.extend_reason_edit)
        form.addRow(translate("CaseViewDialog", "Person told on:"), self.told_on_edit)
        form.addRow("", self.extend_button)

    def extend(self) -> None:
        day = self.told_on_edit.date()
        self.step_requested.emit(
            functools.partial(
                cases.extend,
                case_id=self.case_id,
                reason=self.extend_reason_edit.text(),
                told_on=date(day.year(), day.month(), day.day()),
            )
        )

    def step_taken(self, taken: CaseAfterStep) -> None:
        self.extend_reason_edit.clear()
