"""The owner's mail server settings for sending data copies (R11): saved per workstation, no password.

Workstation settings only (settings.json and the keyring; nothing in the database); the operation
operations/mail_server.py decides who may set them (the permission table, the staff row's role) and
whether they can work, and the workstation keeps them.

The password goes to the operating system's password store (keyring). Where this computer has none,
it is kept in memory until the app closes and asked again at the first sending after a new start.
Whether the settings can work is decided by SmtpSettings.check(); a refusal is shown in the dialog.
"""

from __future__ import annotations

import functools
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from spaceoptics_desk.operations.mail_server import set_mail_server
from spaceoptics_desk.ui.desk import Desk
from spaceoptics_desk.ui.error_reporting import show_refusal
from spaceoptics_desk.ui.tasks import Task
from spaceoptics_desk.workstation import DEFAULT_PORTS, DEFAULT_SENDER, SmtpSettings

TEXT_MAX_LENGTH = 254


class MailSettingsDialog(QDialog):
    """Mail server, port, security, user name, password and sender of this workstation.

    Attributes:
        host_edit, port_box, security_box, username_edit, password_edit, sender_edit: the form.
        password_note: where the password is kept (the keyring, or memory until the app closes).
        error_label: why the settings cannot be saved (shown inline; the input stays).

    Signals:
        settings_saved(): the settings were saved (or removed: no mail server on this workstation).
    """

    settings_saved = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from spaceoptics_desk import smtp_secret

        self._desk = desk
        self._task: Task[Any] | None = None
        self._keyring = smtp_secret.keyring_available()
        settings = desk.workstation.settings
        self.setWindowTitle(self.tr("E-mail server"))
        intro = QLabel(
            self.tr(
                "Data copies are sent by this mail server, from the shop's address. Without one, the app "
                "saves a ready e-mail for your mail program instead."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.host_edit = QLineEdit(settings.smtp_host, self)
        self.host_edit.setMaxLength(TEXT_MAX_LENGTH)
        self.host_edit.setPlaceholderText(self.tr("e.g. smtp.provider.nl"))
        self.security_box = QComboBox(self)
        self.security_box.addItem(self.tr("STARTTLS (usually port 587)"), "starttls")
        self.security_box.addItem(self.tr("SSL (usually port 465)"), "ssl")
        self.security_box.addItem(self.tr("None (only a mail server on this computer)"), "none")
        self.security_box.setCurrentIndex(max(0, self.security_box.findData(settings.smtp_security)))
        self._security = settings.smtp_security
        self.port_box = QSpinBox(self)
        self.port_box.setRange(1, 65535)
        self.port_box.setValue(settings.smtp_port)
        self.security_box.currentIndexChanged.connect(self._on_security_changed)
        self.username_edit = QLineEdit(settings.smtp_username, self)
        self.username_edit.setMaxLength(TEXT_MAX_LENGTH)
        self.username_edit.setPlaceholderText(self.tr("empty when the server needs no login"))
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setMaxLength(TEXT_MAX_LENGTH)
        stored = bool(settings.smtp_username) and (
            smtp_secret.get_password(settings.smtp_username) is not None
            or settings.smtp_username in desk.workstation.smtp_passwords
        )
        self.password_edit.setPlaceholderText(
            self.tr("stored; type to change it") if stored else self.tr("the mail server's password")
        )
        self.password_note = QLabel(
            self.tr("The password is kept in this computer's password store, not in a file.")
            if self._keyring
            else self.tr(
                "This computer has no password store: the password is asked at the first sending after "
                "each start of the app and kept only until it closes."
            ),
            self,
        )
        self.password_note.setObjectName("caption" if self._keyring else "warningNote")
        self.password_note.setWordWrap(True)
        self.sender_edit = QLineEdit(settings.smtp_sender or DEFAULT_SENDER, self)
        self.sender_edit.setMaxLength(TEXT_MAX_LENGTH)

        form = QFormLayout()
        for text, widget in (
            (self.tr("&Mail server:"), self.host_edit),
            (self.tr("&Security:"), self.security_box),
            (self.tr("&Port:"), self.port_box),
            (self.tr("&User name:"), self.username_edit),
            (self.tr("Pass&word:"), self.password_edit),
            (self.tr("Sen&der:"), self.sender_edit),
        ):
            row_label = QLabel(text, self)
            row_label.setBuddy(widget)
            form.addRow(row_label, widget)
        form.addRow("", self.password_note)

        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorBanner")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.remove_button = QPushButton(self.tr("&Remove (no mail server)"), self)
        self.remove_button.setAutoDefault(False)
        self.remove_button.setToolTip(self.tr("Copies are then saved as an e-mail for your mail program"))
        self.remove_button.setEnabled(bool(settings.smtp_host))
        self.remove_button.clicked.connect(self.remove)
        self.buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.ResetRole)
        save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(520, 0)
        self.host_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_security_changed(self, _index: int) -> None:
        security = str(self.security_box.currentData())
        # The port follows the security unless someone chose another port themselves.
        if self.port_box.value() == DEFAULT_PORTS.get(self._security):
            self.port_box.setValue(DEFAULT_PORTS[security])
        self._security = security

    def entered(self) -> SmtpSettings:
        """The settings as entered (not yet checked)."""
        return SmtpSettings(
            host=self.host_edit.text().strip(),
            port=self.port_box.value(),
            security=str(self.security_box.currentData()),
            username=self.username_edit.text().strip(),
            sender=self.sender_edit.text().strip(),
            timeout_seconds=self._desk.workstation.settings.smtp_timeout_seconds,
        )

    @property
    def saving(self) -> bool:
        return self._task is not None

    def save(self) -> None:
        self._store(self.entered(), self.password_edit.text())

    def remove(self) -> None:
        self._store(None, "")

    def _store(self, smtp: SmtpSettings | None, password: str) -> None:
        if self._task is not None:
            return
        self.error_label.hide()
        store = functools.partial(set_mail_server, smtp=smtp, password=password, store=self._desk.workstation)
        self._task = self._desk.run(store, self._on_stored, self._on_refused)

    def _on_stored(self, not_written: str | None) -> None:
        self._task = None
        self.settings_saved.emit()
        if not_written is not None:
            self._refuse(
                self.tr(
                    "The settings could not be saved ({reason}). They apply until the app closes."
                ).format(reason=not_written)
            )
            return
        self.password_edit.clear()
        self.accept()

    def _on_refused(self, error: BaseException) -> None:
        self._task = None
        show_refusal(self, self.error_label, error)

    def _refuse(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
