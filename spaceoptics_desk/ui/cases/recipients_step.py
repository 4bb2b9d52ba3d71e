"""R16: the case's recipient tasks, each closed as told or as impossible / disproportionate."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from spaceoptics_desk.domain.case_codes import RECIPIENT_TRIGGERS
from spaceoptics_desk.operations import cases
from spaceoptics_desk.ui.cases.step_page import TEXT_MAX_LENGTH, CaseAfterStep, CaseStepPage
from spaceoptics_desk.ui.formatting import format_moment
from spaceoptics_desk.ui.labels import label
from spaceoptics_desk.ui.rows_model import TextRow, TextRowsModel, rows_view

if TYPE_CHECKING:
    from spaceoptics_desk.services.cases import CaseDetail
    from spaceoptics_desk.services.recipient_tasks import RecipientTaskView


def reference_text(task: RecipientTaskView) -> str:
    """What to pass on to the recipient so they find the person ("order 2025-000123, tracking code …");
    kept on the open task also after an erasure, empty once the task is closed (R16, R31)."""
    return ", ".join(f"{label('reference_kind', item.kind)} {item.value}" for item in task.reference)


class RecipientTasksPage(CaseStepPage):
    """The tasks in a table; the selected open one is closed with the buttons below it.

    Attributes:
        tasks: the tasks as last shown (open ones first).
        note_edit: how the recipient was told, or why not (required for "not possible").
    """

    def __init__(self, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(case_id, parent)
        self.tasks: list[RecipientTaskView] = []
        self.rows = TextRowsModel(
            [self.tr("Recipient"), self.tr("Told of"), self.tr("Status"), self.tr("How / why not")], self
        )
        self.table = rows_view(self.rows, self, pick_one=True)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.empty_label = QLabel(
            self.tr(
                "No recipient to tell yet. Correcting, erasing or restricting within this request lists "
                "everyone who received the customer's data."
            ),
            self,
        )
        self.empty_label.setObjectName("caption")
        self.empty_label.setWordWrap(True)
        # The selected task's reference in full, selectable: the owner copies it into the message to
        # the recipient (a table cell would be too narrow for a customer with many orders).
        self.reference_label = QLabel(self)
        self.reference_label.setWordWrap(True)
        self.reference_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note_edit = QLineEdit(self)
        self.note_edit.setMaxLength(TEXT_MAX_LENGTH)
        self.note_edit.setPlaceholderText(self.tr("how they were told, or why that is impossible"))
        self.note_edit.returnPressed.connect(self.mark_told)
        self.told_button = QPushButton(self.tr("Told"), self)
        self.told_button.clicked.connect(self.mark_told)
        self.not_possible_button = QPushButton(self.tr("Not possible / disproportionate"), self)
        self.not_possible_button.clicked.connect(self.mark_not_possible)
        buttons = QHBoxLayout()
        buttons.addWidget(self.note_edit, 1)
        buttons.addWidget(self.told_button)
        buttons.addWidget(self.not_possible_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.reference_label)
        layout.addLayout(buttons)

    def open_count(self) -> int:
        return sum(task.status == "open" for task in self.tasks)

    def applies(self, detail: CaseDetail) -> bool:
        # R16 applies after a correction, erasure or restriction: otherwise there is nobody to tell.
        return bool(detail.recipient_tasks) or bool(set(detail.summary.rights) & set(RECIPIENT_TRIGGERS))

    def title(self, detail: CaseDetail) -> str:
        to_do = sum(task.status == "open" for task in detail.recipient_tasks)
        if to_do:
            return QCoreApplication.translate("CaseViewDialog", "Recipie&nts ({count} to do)").format(
                count=to_do
            )
        return QCoreApplication.translate("CaseViewDialog", "Recipie&nts")

    def show_case(self, detail: CaseDetail) -> None:
        super().show_case(detail)
        tasks = detail.recipient_tasks
        self.tasks = tasks
        self.rows.set_rows(
            [
                TextRow(
                    [
                        task.recipient,
                        label("recipient_trigger", task.trigger),
                        label("recipient_task_status", task.status)
                        if task.closed_at is None
                        else f"{label('recipient_task_status', task.status)} "
                        f"({format_moment(task.closed_at)}, {task.closed_by})",
                        task.note or "",
                    ],
                    warning=task.status == "open",
                )
                for task in tasks
            ]
        )
        self.table.resizeColumnsToContents()
        self.empty_label.setVisible(not tasks)
        self.table.setVisible(bool(tasks))
        if self.open_count():
            self.table.selectRow(0)  # open tasks come first: the next one to do is selected
        self._on_current_changed()

    def selected_task(self) -> RecipientTaskView | None:
        row = self.table.currentIndex().row()
        return self.tasks[row] if 0 <= row < len(self.tasks) else None

    def _on_current_changed(self, *_args: object) -> None:
        task = self.selected_task()
        can_close = task is not None and task.status == "open"
        for widget in (self.note_edit, self.told_button, self.not_possible_button):
            widget.setEnabled(can_close)
        known_by = reference_text(task) if task is not None else ""
        self.reference_label.setText(
            self.tr("{recipient} knows the person by: {reference}").format(
                recipient=task.recipient, reference=known_by
            )
            if task is not None and known_by
            else ""
        )
        self.reference_label.setVisible(bool(known_by))

    def mark_told(self) -> None:
        self._close_selected("told")

    def mark_not_possible(self) -> None:
        self._close_selected("not_possible")

    def _close_selected(self, outcome: str) -> None:
        task = self.selected_task()
        if task is None or task.status != "open":
            return
        self.step_requested.emit(
            functools.partial(
                cases.close_recipient_task, task_id=task.task_id, outcome=outcome, note=self.note_edit.text()
            )
        )

    def step_taken(self, taken: CaseAfterStep) -> None:
        self.note_edit.clear()
