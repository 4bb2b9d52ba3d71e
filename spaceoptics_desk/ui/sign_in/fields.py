"""The form parts every sign-in screen shares: a password box, a new password typed twice, and the
message line under a form (issue 12)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPushButton, QWidget

from spaceoptics_desk.domain.sign_in import MAX_PASSWORD_LENGTH, password_problem
from spaceoptics_desk.errors import KnownError


def password_box(parent: QWidget) -> QLineEdit:
    """A password field: never shown, never copied out (Qt's Password echo mode refuses copying)."""
    box = QLineEdit(parent)
    box.setEchoMode(QLineEdit.EchoMode.Password)
    # Longer than any password may be, so a pasted page is refused by the rules, not cut silently.
    box.setMaxLength(MAX_PASSWORD_LENGTH + 1)
    return box


class NewPassword:
    """A new password and the same again: `problem()` says what is wrong before anything is sent."""

    def __init__(self, parent: QWidget, form: QFormLayout) -> None:
        self.first = password_box(parent)
        self.again = password_box(parent)
        self.first.setObjectName("newPassword")
        self.again.setObjectName("newPasswordAgain")
        form.addRow(QCoreApplication.translate("sign_in", "New &password:"), self.first)
        form.addRow(QCoreApplication.translate("sign_in", "The same &again:"), self.again)

    @property
    def text(self) -> str:
        return self.first.text()

    def problem(self) -> str | None:
        """Why the typed password cannot be used (translated), or None."""
        problem = password_problem(self.first.text())
        if problem is not None:
            return QCoreApplication.translate("errors", problem)
        if self.first.text() != self.again.text():
            return QCoreApplication.translate("sign_in", "The two passwords are not the same.")
        return None

    def clear(self) -> None:
        self.first.clear()
        self.again.clear()


def message_line(parent: QWidget) -> QLabel:
    """Where a form says what went wrong (red, wrapped); empty when all is well."""
    line = QLabel(parent)
    line.setObjectName("formMessage")
    line.setWordWrap(True)
    line.setStyleSheet("color: #b00020;")
    return line


def refusal_text(error: BaseException) -> str | None:
    """The translated message of a refusal the form shows itself; None for a bug (the crash handler's)."""
    if not isinstance(error, KnownError):
        return None
    from spaceoptics_desk.ui.error_reporting import error_text

    return error_text(error)


class WaitCountdown(QObject):
    """After too many wrong passwords: the button stays disabled and counts the seconds down.

    Signals:
        ended(): the wait is over, the button works again.
    """

    ended = Signal()

    def __init__(self, buttons: list[QPushButton], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._buttons = buttons
        self._texts = [button.text() for button in buttons]
        self.seconds_left = 0
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        # Not a coarse timer (which may fire 5 % early): the button must not come back before the
        # service's wait is over, or the next try is refused again.
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._on_timer_timeout)

    def start(self, seconds: int) -> None:
        self.seconds_left = seconds
        self._show()
        self._timer.start()

    def _on_timer_timeout(self) -> None:
        self.seconds_left = max(0, self.seconds_left - 1)
        self._show()
        if not self.seconds_left:
            self._timer.stop()
            self.ended.emit()

    def _show(self) -> None:
        for button, text in zip(self._buttons, self._texts, strict=True):
            button.setEnabled(not self.seconds_left)
            waiting = QCoreApplication.translate("sign_in", "Wait {seconds} s").format(
                seconds=self.seconds_left
            )
            button.setText(waiting if self.seconds_left else text)
