"""R5: the case closed with its outcome; a (partial) refusal states its reasons and the right to
complain to the Autoriteit Persoonsgegevens."""

from __future__ import annotations

import functools

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLineEdit, QPushButton, QWidget

from spaceoptics_desk.domain.case_codes import OUTCOMES
from spaceoptics_desk.operations import cases
from spaceoptics_desk.ui.cases.step_page import TEXT_MAX_LENGTH, CaseStepPage
from spaceoptics_desk.ui.labels import label

translate = QCoreApplication.translate


class CloseStepPage(CaseStepPage):
    """Attributes:
    outcome_box: the outcome (its code in Qt.UserRole).
    reasons_edit: the reasons of a (partial) refusal.
    complaint_check: the person was told of their right to complain to the AP.
    close_button: closes the case.
    """

    def __init__(self, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(case_id, parent)
        self.outcome_box = QComboBox(self)
        for outcome in OUTCOMES:
            self.outcome_box.addItem(label("case_outcome", outcome), outcome)
        self.reasons_edit = QLineEdit(self)
        self.reasons_edit.setMaxLength(TEXT_MAX_LENGTH)
        self.reasons_edit.setPlaceholderText(translate("CaseViewDialog", "required for a (partial) refusal"))
        self.complaint_check = QCheckBox(
            translate("CaseViewDialog", "Right to complain to the AP told to the person"), self
        )
        self.close_button = QPushButton(translate("CaseViewDialog", "Close the request"), self)
        self.close_button.clicked.connect(self.close_case)
        form = QFormLayout(self)
        form.addRow(translate("CaseViewDialog", "Outcome:"), self.outcome_box)
        form.addRow(translate("CaseViewDialog", "Reasons:"), self.reasons_edit)
        form.addRow("", self.complaint_check)
        form.addRow("", self.close_button)

    def close_case(self) -> None:
        self.step_requested.emit(
            functools.partial(
                cases.close,
                case_id=self.case_id,
                outcome=str(self.outcome_box.currentData()),
                reasons=self.reasons_edit.text(),
                complaint_right_told=self.complaint_check.isChecked(),
            )
        )
