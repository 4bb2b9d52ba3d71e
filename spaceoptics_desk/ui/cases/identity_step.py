"""R7: how the person's identity was checked (never an ID copy)."""

from __future__ import annotations

import functools

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QPushButton, QWidget

from spaceoptics_desk.domain.case_codes import IDENTITY_METHODS
from spaceoptics_desk.operations import cases
from spaceoptics_desk.ui.cases.step_page import TEXT_MAX_LENGTH, CaseAfterStep, CaseStepPage
from spaceoptics_desk.ui.labels import label

translate = QCoreApplication.translate


class IdentityStepPage(CaseStepPage):
    """Attributes:
    method_box: the method (its code in Qt.UserRole).
    method_note_edit: a note (required for "other").
    verify_button: records the check.
    """

    def __init__(self, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(case_id, parent)
        self.method_box = QComboBox(self)
        for method in IDENTITY_METHODS:
            self.method_box.addItem(label("identity_method", method), method)
        self.method_note_edit = QLineEdit(self)
        self.method_note_edit.setMaxLength(TEXT_MAX_LENGTH)
        self.method_note_edit.setPlaceholderText(
            translate("CaseViewDialog", "optional; required for “other”. Never an ID copy.")
        )
        self.verify_button = QPushButton(translate("CaseViewDialog", "Record identity check"), self)
        self.verify_button.clicked.connect(self.verify_identity)
        self.method_note_edit.returnPressed.connect(self.verify_identity)
        form = QFormLayout(self)
        form.addRow(translate("CaseViewDialog", "Method:"), self.method_box)
        form.addRow(translate("CaseViewDialog", "Note:"), self.method_note_edit)
        form.addRow("", self.verify_button)

    def verify_identity(self) -> None:
        self.step_requested.emit(
            functools.partial(
                cases.verify_identity,
                case_id=self.case_id,
                method=str(self.method_box.currentData()),
                note=self.method_note_edit.text(),
            )
        )

    def step_taken(self, taken: CaseAfterStep) -> None:
        self.method_note_edit.clear()
