"""The first start's choice (issue 14): the database on this computer ("Eén computer"), or a database on
the shop's PostgreSQL server that several desks share ("Gedeelde database"), with the server's details
and a connection test. The screen holds no rule: the URL it builds is checked by the operations."""

from __future__ import annotations

from urllib.parse import quote

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from spaceoptics_desk.ui.sign_in.fields import password_box

DEFAULT_PORT = 5432


class ServerChoice(QWidget):
    """Attributes:
        one_desk, shared: the two choices (one desk is chosen at first).
        host_box, port_box, database_box, user_box, password_box: the server's details (shown when shared).
        test_button, test_result: the connection test and what it found.

    Signals:
        test_requested(): the connection test was asked for (the window runs it in the worker).
        shared_chosen(bool): the shared database was chosen (True) or this computer's (False).
    """

    test_requested = Signal()
    shared_chosen = Signal(bool)

    def __init__(self, parent: QWidget | None = None, *, server_only: bool = False) -> None:
        """`server_only`: no choice, only the server's details (moving a database there)."""
        super().__init__(parent)
        self.one_desk = QRadioButton(self.tr("&One computer: the database is on this computer"), self)
        self.shared = QRadioButton(self.tr("&Shared database on the shop's server (several computers)"), self)
        self.one_desk.setChecked(True)
        choice = QButtonGroup(self)
        choice.addButton(self.one_desk)
        choice.addButton(self.shared)
        self.host_box = QLineEdit(self)
        self.host_box.setPlaceholderText(self.tr("for example: office-pc or 192.168.1.10"))
        self.port_box = QSpinBox(self)
        self.port_box.setRange(1, 65535)
        self.port_box.setValue(DEFAULT_PORT)
        self.database_box = QLineEdit("spaceoptics", self)
        self.user_box = QLineEdit("winkel", self)
        self.password_box = password_box(self)
        self.test_button = QPushButton(self.tr("&Test the connection"), self)
        self.test_button.setAutoDefault(False)
        self.test_button.clicked.connect(self.test_requested.emit)
        self.test_result = QLabel(self)
        self.test_result.setWordWrap(True)
        self.details = QWidget(self)
        form = QFormLayout(self.details)
        form.setContentsMargins(24, 0, 0, 0)
        form.addRow(self.tr("Se&rver:"), self.host_box)
        form.addRow(self.tr("Po&rt:"), self.port_box)
        form.addRow(self.tr("&Database:"), self.database_box)
        form.addRow(self.tr("&User:"), self.user_box)
        form.addRow(self.tr("Server pass&word:"), self.password_box)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addStretch(1)
        form.addRow(test_row)
        form.addRow(self.test_result)  # a row of its own: a refusal can take two lines
        self.details.setVisible(False)
        self.shared.toggled.connect(self._on_shared_toggled)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.one_desk)
        layout.addWidget(self.shared)
        layout.addWidget(self.details)
        if server_only:
            self.shared.setChecked(True)
            self.one_desk.hide()
            self.shared.hide()
            form.setContentsMargins(0, 0, 0, 0)

    def _on_shared_toggled(self, shared: bool) -> None:
        self.details.setVisible(shared)
        self.test_result.clear()
        self.shared_chosen.emit(shared)
        if shared:
            self.host_box.setFocus()

    def is_shared(self) -> bool:
        return self.shared.isChecked()

    def url(self, *, with_password: bool = True) -> str:
        """The server database as typed, `postgresql://user[:password]@host:port/database`."""
        user = quote(self.user_box.text().strip(), safe="")
        secret = quote(self.password_box.text(), safe="")
        login = f"{user}:{secret}" if with_password and secret else user
        host = self.host_box.text().strip()
        database = quote(self.database_box.text().strip(), safe="")
        return f"postgresql://{login}@{host}:{self.port_box.value()}/{database}"

    def missing(self) -> str | None:
        """What must still be typed before the server can be tried (a translated sentence), or None."""
        if not self.host_box.text().strip():
            return self.tr("Type the server's name or address.")
        if not self.database_box.text().strip() or not self.user_box.text().strip():
            return self.tr("Type the database and the user the server's administrator made.")
        return None
