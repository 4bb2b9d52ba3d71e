"""Who is at the desk: a short list at start, the last choice preselected; Enter accepts."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from spaceoptics_desk import APP_NAME
from spaceoptics_desk.ui.labels import label

if TYPE_CHECKING:
    from spaceoptics_desk.domain.staff import StaffMember


class StaffPickerDialog(QDialog):
    """Asks which staff member is working; every change made in this session records that person.

    Attributes:
        members_list: one item per active staff member, the username in Qt.UserRole.
    """

    def __init__(
        self, members: Sequence[StaffMember], preselect: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._members = list(members)
        self.setWindowTitle(APP_NAME)
        question = QLabel(self.tr("Who is at the desk?"))
        font = question.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        question.setFont(font)
        explanation = QLabel(self.tr("Every change you make is recorded with your name."))
        explanation.setWordWrap(True)
        self.members_list = QListWidget(self)
        selected_row = 0
        for row, member in enumerate(self._members):
            item = QListWidgetItem(f"{member.display_name}  ({label('role', member.role)})")
            item.setData(Qt.ItemDataRole.UserRole, member.username)
            self.members_list.addItem(item)
            if member.username == preselect:
                selected_row = row
        if self._members:
            self.members_list.setCurrentRow(selected_row)
        self.members_list.itemDoubleClicked.connect(self.accept)
        question.setBuddy(self.members_list)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Start"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Quit"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addWidget(explanation)
        layout.addWidget(self.members_list)
        layout.addWidget(buttons)
        self.members_list.setFocus()
        self.resize(360, 120 + 28 * min(len(self._members), 8))

    def chosen(self) -> StaffMember | None:
        row = self.members_list.currentRow()
        return self._members[row] if 0 <= row < len(self._members) else None
