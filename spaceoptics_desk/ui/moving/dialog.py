"""Moving this computer's database to the shop's server, in the app (issue 14; the command line has
`move-to-server`): the server's details, the owner's own password, a dry run that counts the rows per
table and writes nothing, then the move itself with its progress. Afterwards this desk opens the server
at its next start (remembered, the server's password in the keyring); the file stays as it was."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from spaceoptics_desk.operations import moving
from spaceoptics_desk.ui.desk import Desk
from spaceoptics_desk.ui.error_reporting import error_text, is_refusal, report_failure
from spaceoptics_desk.ui.sign_in.fields import password_box
from spaceoptics_desk.ui.sign_in.server_choice import ServerChoice
from spaceoptics_desk.ui.tasks import Task

if TYPE_CHECKING:
    from spaceoptics_desk.operations.moving import MoveReport


class MoveToServerDialog(QDialog):
    """Attributes:
        server: the server's details (ui/sign_in/server_choice.py, without the choice).
        own_password: the owner's sign-in password (it is theirs on the server too).
        dry_run_button, move_button, progress, outcome_label: the two steps and what they found.

    Signals:
        moved(object): the MoveReport of a move that committed.
        progressed(str, int, int): a table's rows copied so far (from the worker; shown here).
    """

    moved = Signal(object)
    progressed = Signal(str, int, int)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._task: Task[Any] | None = None
        self.setWindowTitle(self.tr("Move the database to the server"))
        intro = QLabel(
            self.tr(
                "Every row of this computer's database is copied into an empty database on the shop's "
                "server, in one step; the file here stays as it was. Close the app at the other "
                "computers first. The other staff get a new password from you on the server."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.server = ServerChoice(self, server_only=True)
        self.server.test_button.hide()  # the dry run is the test here
        self.server.test_result.hide()
        self.own_password = password_box(self)
        form = QFormLayout()
        form.addRow(self.tr("Your own pass&word:"), self.own_password)
        self.outcome_label = QLabel(self)
        self.outcome_label.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.hide()
        self.dry_run_button = QPushButton(self.tr("&Count first (changes nothing)"), self)
        self.dry_run_button.clicked.connect(functools.partial(self._start, dry_run=True))
        self.move_button = QPushButton(self.tr("&Move"), self)
        self.move_button.clicked.connect(functools.partial(self._start, dry_run=False))
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.dry_run_button)
        buttons.addStretch(1)
        buttons.addWidget(self.move_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.server)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.outcome_label)
        layout.addLayout(buttons)
        self.progressed.connect(self._on_progress)
        self.server.host_box.setFocus()

    def _start(self, *, dry_run: bool) -> None:
        if self._task is not None:
            return
        missing = self.server.missing()
        if missing is not None:
            self.outcome_label.setText(missing)
            return
        self._set_busy(True, dry_run)
        self._task = self._desk.run(
            functools.partial(
                moving.move_to_server,
                server=self.server.url(),
                password=self.own_password.text(),
                dry_run=dry_run,
                progress=self.progressed.emit,  # a signal: shown on the GUI thread
            ),
            self._on_done,
            self._on_failed,
        )

    def _set_busy(self, busy: bool, dry_run: bool = False) -> None:
        for button in (self.dry_run_button, self.move_button, self.close_button):
            button.setEnabled(not busy)
        self.progress.setVisible(busy and not dry_run)
        if busy:
            self.outcome_label.setText(self.tr("Counting…") if dry_run else self.tr("Moving…"))

    def _on_progress(self, table: str, done: int, total: int) -> None:
        self.progress.setFormat(f"{table}: %v / %m")
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _on_done(self, report: MoveReport) -> None:
        self._task = None
        self._set_busy(False)
        rows, tables = sum(report.rows.values()), len(report.rows)
        if not report.moved:
            self.outcome_label.setText(
                self.tr("{rows} rows in {tables} tables can move; the server's database is empty.").format(
                    rows=f"{rows:,}".replace(",", "."), tables=tables
                )
            )
            return
        text = self.tr(
            "Moved: {rows} rows in {tables} tables, the same counts on the server. Start the app again "
            "to work on the server; the other computers choose the same server."
        ).format(rows=f"{rows:,}".replace(",", "."), tables=tables)
        if report.without_password:
            text += " " + self.tr("No password on the server yet: {names}.").format(
                names=", ".join(report.without_password)
            )
        self.outcome_label.setText(text)
        self.move_button.setEnabled(False)
        self._remember()
        self.moved.emit(report)

    def _remember(self) -> None:
        """This desk opens the server from its next start; its password goes in the keyring."""
        from spaceoptics_desk import server_secret

        workstation = self._desk.workstation
        workstation.settings.server_database = self.server.url(with_password=False)
        try:
            workstation.save()
        except OSError:
            self.outcome_label.setText(
                self.outcome_label.text() + " " + self.tr("The choice could not be saved: start with --db.")
            )
        server_secret.remember(self.server.url(with_password=False), self.server.password_box.text())

    def _on_failed(self, error: BaseException) -> None:
        self._task = None
        self._set_busy(False)
        if not is_refusal(error):
            report_failure(self, error)
            return
        self.outcome_label.setText(error_text(error))

    def reject(self) -> None:
        if self._task is not None:  # a move under way is finished first (it is one transaction)
            return
        super().reject()
