"""A note on the case's timeline: a call back, a question asked, what was agreed."""

from __future__ import annotations

import functools

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLineEdit, QPushButton, QWidget

from spaceoptics_desk.operations import cases
from spaceoptics_desk.ui.cases.step_page import TEXT_MAX_LENGTH, CaseAfterStep, CaseStepPage

translate = QCoreApplication.translate


class NoteStepPage(CaseStepPage):
    """Attributes:
    note_edit: the note (Enter adds it).
    note_button: adds it.
    """

    def __init__(self, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(case_id, parent)
        self.note_edit = QLineEdit(self)
        self.note_edit.setMaxLength(TEXT_MAX_LENGTH)
        self.note_edit.setPlaceholderText(
            translate("CaseViewDialog", "a call back, a question asked, what was agreed")
        )
        self.note_button = QPushButton(translate("CaseViewDialog", "Add note"), self)
        self.note_button.clicked.connect(self.add_note)
        self.note_edit.returnPressed.connect(self.add_note)
        form = QFormLayout(self)
        form.addRow(translate("CaseViewDialog", "Note:"), self.note_edit)
        form.addRow("", self.note_button)

    def add_note(self) -> None:
        self.step_requested.emit(
            functools.partial(cases.add_note, case_id=self.case_id, note=self.note_edit.text())
        )

    def step_taken(self, taken: CaseAfterStep) -> None:
        self.note_edit.clear()
