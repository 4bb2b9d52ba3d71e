"""Everyone changes their own password here: the current one proves it is them (issue 12)."""

from __future__ import annotations

import functools

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from spaceoptics_desk.operations.staff import change_own_password
from spaceoptics_desk.ui.desk import Desk
from spaceoptics_desk.ui.error_reporting import show_refusal
from spaceoptics_desk.ui.sign_in.fields import NewPassword, message_line, password_box


class OwnPasswordDialog(QDialog):
    """Attributes:
        current_box: the password now; new_password: the new one, twice; message: what is wrong.

    Signals:
        password_changed(): saved (the dialog closes).
    """

    password_changed = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._busy = False
        self.setWindowTitle(self.tr("Change password"))
        form = QFormLayout()
        self.current_box = password_box(self)
        form.addRow(self.tr("&Current password:"), self.current_box)
        self.new_password = NewPassword(self, form)
        self.message = message_line(self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Save"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.current_box.setFocus()

    def submit(self) -> None:
        if self._busy:
            return
        problem = self.new_password.problem()
        if problem is not None:
            self.message.setText(problem)
            return
        self._busy = True
        self.ok_button.setEnabled(False)
        self.message.setText("")
        change = functools.partial(
            change_own_password, current=self.current_box.text(), new=self.new_password.text
        )
        self._desk.run(change, self._on_done, self._on_refused)

    def _on_done(self, _result: None) -> None:
        self._busy = False
        self.password_changed.emit()
        self.accept()

    def _on_refused(self, error: BaseException) -> None:
        self._busy = False
        self.ok_button.setEnabled(True)
        self.current_box.clear()
        show_refusal(self, self.message, error)
