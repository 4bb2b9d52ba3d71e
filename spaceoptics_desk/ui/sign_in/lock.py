"""The locked desk (issue 12): the only window on screen until the same or another staff member signs
in. The database stays open; the password is checked against the person's key slot in the worker
(operations/signing_in.confirm_password)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from spaceoptics_desk import APP_NAME
from spaceoptics_desk.domain.staff import StaffMember
from spaceoptics_desk.errors import SignInRefused
from spaceoptics_desk.operations.context import Context
from spaceoptics_desk.operations.signing_in import confirm_password
from spaceoptics_desk.ui.sign_in.fields import WaitCountdown, message_line, password_box, refusal_text
from spaceoptics_desk.ui.tasks import TaskRunner


class LockDialog(QDialog):
    """Attributes:
        name_box, password_box, unlock_button, message: the form.
        back_button: "switch staff" only: back to the desk as it was, without a password.
        quit_button: ends the app (the database closes).

    Signals:
        unlocked(StaffMember): who signed in.
        back(): the switch was cancelled.
        quit_requested(): the app is to end.
    """

    unlocked = Signal(object)
    back = Signal()
    quit_requested = Signal()

    def __init__(
        self,
        context: Context,
        tasks: TaskRunner,
        username: str,
        switching: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._tasks = tasks
        self._busy = False
        self._switching = switching
        self.setWindowTitle(APP_NAME)
        self.setMinimumWidth(400)
        # Not closable from the title bar: behind it is nothing but what it hides.
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        heading = QLabel(self.tr("Switch staff member") if switching else self.tr("The desk is locked"), self)
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        heading.setFont(font)
        explanation = QLabel(
            self.tr("Sign in with your own name and password.")
            if switching
            else self.tr("Sign in to go on; another staff member can sign in here too."),
            self,
        )
        explanation.setWordWrap(True)
        self.name_box = QLineEdit(username, self)
        self.name_box.setObjectName("lockName")
        self.name_box.setMaxLength(100)
        self.password_box = password_box(self)
        self.password_box.setObjectName("lockPassword")
        form = QFormLayout()
        form.addRow(self.tr("Sign-in &name:"), self.name_box)
        form.addRow(self.tr("&Password:"), self.password_box)
        self.message = message_line(self)
        self.unlock_button = QPushButton(self.tr("&Sign in"), self)
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.submit)
        self.password_box.returnPressed.connect(self.submit)
        self.name_box.returnPressed.connect(self.password_box.setFocus)
        self.back_button = QPushButton(self.tr("&Back"), self)
        self.back_button.setAutoDefault(False)
        self.back_button.setVisible(switching)
        self.back_button.clicked.connect(self._on_back_button_clicked)
        self.quit_button = QPushButton(self.tr("&Quit"), self)
        self.quit_button.setAutoDefault(False)
        self.quit_button.clicked.connect(self.quit_requested.emit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.quit_button)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.countdown = WaitCountdown([self.unlock_button], self)
        self.countdown.ended.connect(lambda: self.message.setText(""))
        (self.password_box if username else self.name_box).setFocus()

    def submit(self) -> None:
        if self._busy or self.countdown.seconds_left:
            return
        username, password = self.name_box.text().strip(), self.password_box.text()
        context = self._context
        self._busy = True
        self.unlock_button.setEnabled(False)
        self.unlock_button.setText(self.tr("Signing in…"))
        self.message.setText("")
        self._tasks.run(
            lambda: confirm_password(context, username, password), self._on_done, self._on_refused
        )

    def _idle(self) -> None:
        self._busy = False
        self.unlock_button.setEnabled(True)
        self.unlock_button.setText(self.tr("&Sign in"))

    def _on_done(self, member: StaffMember) -> None:
        self._idle()
        self.password_box.clear()
        self.unlocked.emit(member)

    def _on_refused(self, error: BaseException) -> None:
        self._idle()
        text = refusal_text(error)
        if text is None:
            raise error
        self.password_box.clear()
        self.password_box.setFocus()
        self.message.setText(text)
        if isinstance(error, SignInRefused) and error.wait_seconds > 0:
            self.countdown.start(error.wait_seconds)

    def become_locked(self) -> None:
        """The idle time ran out while "switch staff" waited: no way back without a password now."""
        self._switching = False
        self.back_button.setVisible(False)

    def _on_back_button_clicked(self) -> None:
        if not self._busy and self._switching:
            self.back.emit()

    def reject(self) -> None:
        """Escape: back for a switch; a locked desk stays locked."""
        if self._switching:
            self._on_back_button_clicked()

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()  # the session closes it (deleteLater) once someone signed in
