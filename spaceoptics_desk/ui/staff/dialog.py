"""The owner's staff screen (issue 12, AVG 32): who may sign in, with which role; add, change, deactivate,
reset a password; and the idle minutes before a desk locks itself. The operations refuse what may not be
(the last owner, yourself, a name taken): the refusal is shown here, nothing is half-written. A change
made at another desk arrives through the change hub (Changes(staff=True)) and the table follows."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from spaceoptics_desk.domain.permissions import Role
from spaceoptics_desk.domain.staff import DEFAULT_LOCK_MINUTES, LOCK_MINUTES_RANGE, MAX_DISPLAY_NAME
from spaceoptics_desk.operations import staff as staff_ops
from spaceoptics_desk.ui.desk import Desk
from spaceoptics_desk.ui.error_reporting import show_refusal
from spaceoptics_desk.ui.labels import label
from spaceoptics_desk.ui.rows_model import TextRow, TextRowsModel, rows_view
from spaceoptics_desk.ui.sign_in.fields import NewPassword, message_line

if TYPE_CHECKING:
    from collections.abc import Callable

    from spaceoptics_desk.domain.staff import StaffAccount
    from spaceoptics_desk.operations.changes import Changes, Outcome
    from spaceoptics_desk.operations.context import Context
    from spaceoptics_desk.ui.tasks import Task

NAME, USERNAME, ROLE, ACTIVE, PASSWORD = range(5)


class StaffDialog(QDialog):
    """Attributes:
        accounts: the staff list as last loaded (deactivated people too).
        table: one row per person.
        add_button, change_button, deactivate_button, reset_button: act on the list / the selected row.
        lock_minutes_box, save_minutes_button: the idle minutes before a desk locks itself.
        error_label: a refusal of the last change.
        form: the add / change / reset dialog while it is open.

    Signals:
        staff_loaded(): the table shows the list as it is now.
        staff_changed(): a change was saved.
    """

    staff_loaded = Signal()
    staff_changed = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._task: Task[Any] | None = None
        self._saving = False
        self.accounts: list[StaffAccount] = []
        self.form: StaffForm | None = None
        self.setWindowTitle(self.tr("Staff"))
        intro = QLabel(
            self.tr(
                "Who may sign in at this shop's desks. A deactivated staff member can no longer sign in; "
                "their name stays in the records they made."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.rows = TextRowsModel(
            [
                self.tr("Name"),
                self.tr("Sign-in name"),
                self.tr("Role"),
                self.tr("Active"),
                self.tr("Password"),
            ],
            self,
        )
        self.table = rows_view(self.rows, self, pick_one=True)
        self.add_button = QPushButton(self.tr("&Add…"), self)
        self.add_button.clicked.connect(self.open_add)
        self.change_button = QPushButton(self.tr("&Change…"), self)
        self.change_button.clicked.connect(self.open_change)
        self.reset_button = QPushButton(self.tr("&New password…"), self)
        self.reset_button.clicked.connect(self.open_reset)
        self.deactivate_button = QPushButton(self.tr("&Deactivate…"), self)
        self.deactivate_button.clicked.connect(self.deactivate_selected)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.change_button, self.reset_button, self.deactivate_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.lock_minutes_box = QSpinBox(self)
        self.lock_minutes_box.setRange(LOCK_MINUTES_RANGE.start, LOCK_MINUTES_RANGE.stop - 1)
        self.lock_minutes_box.setValue(DEFAULT_LOCK_MINUTES)
        self.lock_minutes_box.setSuffix(self.tr(" min"))
        self.save_minutes_button = QPushButton(self.tr("&Save"), self)
        self.save_minutes_button.setAutoDefault(False)
        self.save_minutes_button.clicked.connect(self.save_lock_minutes)
        minutes_row = QHBoxLayout()
        minutes_label = QLabel(self.tr("Lock a desk after this &idle time:"), self)
        minutes_label.setBuddy(self.lock_minutes_box)
        minutes_row.addWidget(minutes_label)
        minutes_row.addWidget(self.lock_minutes_box)
        minutes_row.addWidget(self.save_minutes_button)
        minutes_row.addStretch(1)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorBanner")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        close_button = QPushButton(self.tr("Close"), self)
        close_button.setAutoDefault(False)
        close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addLayout(minutes_row)
        layout.addWidget(self.error_label)
        layout.addWidget(close_button, 0, Qt.AlignmentFlag.AlignRight)
        self.resize(640, 420)
        self.table.selectionModel().currentRowChanged.connect(lambda *_args: self._update_buttons())
        desk.hub.changed.connect(self._on_hub_changed)
        self.load()
        desk.run(staff_ops.lock_after_minutes, self.lock_minutes_box.setValue, lambda _error: None)

    @property
    def busy(self) -> bool:
        return self._task is not None

    def load(self) -> None:
        if self._task is not None:
            self._task.discard()
        self._task = self._desk.run(staff_ops.all_staff, self._on_loaded, self._on_refused)

    def _on_hub_changed(self, changes: Changes) -> None:
        if (changes.staff or changes.everything) and self.isVisible() and self._task is None:
            self.load()

    def _on_loaded(self, accounts: list[StaffAccount]) -> None:
        self._task = None
        selected = self.selected()
        self.accounts = accounts
        yes, no = self.tr("yes"), self.tr("no")
        self.rows.set_rows(
            [
                TextRow(
                    [
                        account.member.display_name,
                        account.member.username,
                        label("role", account.member.role),
                        yes if account.active else no,
                        self.tr("set") if account.has_password else self.tr("none yet"),
                    ],
                    warning=account.active and not account.has_password,
                )
                for account in accounts
            ]
        )
        self.table.resizeColumnsToContents()  # a name on one line
        names = [account.member.username for account in accounts]
        if selected is not None and selected.member.username in names:
            self.table.selectRow(names.index(selected.member.username))
        elif accounts:
            self.table.selectRow(0)
        self._update_buttons()
        self.staff_loaded.emit()

    def selected(self) -> StaffAccount | None:
        row = self.table.currentIndex().row()
        return self.accounts[row] if 0 <= row < len(self.accounts) else None

    def select(self, username: str) -> None:
        for row, account in enumerate(self.accounts):
            if account.member.username == username:
                self.table.selectRow(row)

    def _update_buttons(self) -> None:
        account = self.selected()
        for button in (self.change_button, self.reset_button, self.deactivate_button):
            button.setEnabled(account is not None and account.active)

    # --- changes ---------------------------------------------------------------------------------

    def open_add(self) -> StaffForm:
        return self._open_form(StaffForm(StaffForm.ADD, None, self))

    def open_change(self) -> StaffForm | None:
        account = self.selected()
        return None if account is None else self._open_form(StaffForm(StaffForm.CHANGE, account, self))

    def open_reset(self) -> StaffForm | None:
        account = self.selected()
        return None if account is None else self._open_form(StaffForm(StaffForm.RESET, account, self))

    def _open_form(self, form: StaffForm) -> StaffForm:
        form.submitted.connect(functools.partial(self._on_form_submitted, form))
        form.finished.connect(lambda _result: setattr(self, "form", None))
        self.form = form
        form.open()
        return form

    def _on_form_submitted(self, form: StaffForm) -> None:
        username = form.username_box.text().strip()
        password = form.password.text if form.password is not None else ""
        if form.purpose == StaffForm.ADD:
            change: Callable[[Context], Outcome[Any]] = functools.partial(
                staff_ops.add_staff,
                username=username,
                display_name=form.name_box.text().strip(),
                role=str(form.role_box.currentData()),
                password=password,
            )
        elif form.purpose == StaffForm.CHANGE:
            change = functools.partial(
                staff_ops.change_staff,
                username=username,
                display_name=form.name_box.text().strip(),
                role=str(form.role_box.currentData()),
            )
        else:
            change = functools.partial(staff_ops.reset_password, username=username, password=password)
        self._change(change, form)

    def deactivate_selected(self) -> None:
        account = self.selected()
        if account is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Deactivate"),
            self.tr("{name} can then no longer sign in. Deactivate?").format(
                name=account.member.display_name
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._change(functools.partial(staff_ops.deactivate_staff, username=account.member.username))

    def save_lock_minutes(self) -> None:
        self._change(
            functools.partial(staff_ops.set_lock_after_minutes, minutes=self.lock_minutes_box.value())
        )

    def _change(self, change: Callable[[Context], Outcome[Any]], form: StaffForm | None = None) -> None:
        if self._saving:
            return  # one change at a time
        if self._task is not None:
            # Only a reload (another desk's change arrives once a second): the change must not be
            # dropped for it, and it reloads the list when it is saved.
            self._task.discard()
            self._task = None
        self.error_label.hide()
        if form is not None:
            form.set_busy(True)

        def on_saved(_result: object) -> None:
            self._task = None
            self._saving = False
            if form is not None:
                form.set_busy(False)
                form.accept()
            self.staff_changed.emit()
            self.load()

        def on_refused(error: BaseException) -> None:
            self._task = None
            self._saving = False
            if form is not None:
                form.set_busy(False)
                show_refusal(form, form.message, error)  # the form keeps what was typed
            else:
                show_refusal(self, self.error_label, error)

        self._saving = True
        self._task = self._desk.run(change, on_saved, on_refused)

    def _on_refused(self, error: BaseException) -> None:
        self._task = None
        show_refusal(self, self.error_label, error)


class StaffForm(QDialog):
    """Add a staff member (name, sign-in name, role, first password twice), change one (name, role), or
    give one a new password (twice).

    Attributes:
        purpose: ADD, CHANGE or RESET.
        name_box, username_box, role_box, password: the fields its purpose shows.
        message: what is wrong with the input, or the operation's refusal.
        ok_button: sends it.

    Signals:
        submitted(): the input is complete; the staff screen sends it and closes the form when saved.
    """

    ADD, CHANGE, RESET = "add", "change", "reset"
    submitted = Signal()

    def __init__(self, purpose: str, account: StaffAccount | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.purpose = purpose
        titles = {
            self.ADD: self.tr("Add a staff member"),
            self.CHANGE: self.tr("Change a staff member"),
            self.RESET: self.tr("New password"),
        }
        self.setWindowTitle(titles[purpose])
        form = QFormLayout()
        self.name_box = QLineEdit(self)
        self.name_box.setMaxLength(MAX_DISPLAY_NAME)
        self.username_box = QLineEdit(self)
        self.username_box.setMaxLength(40)
        self.role_box = QComboBox(self)
        for role in (Role.STAFF, Role.OWNER):
            self.role_box.addItem(label("role", role), str(role))
        if account is not None:
            self.name_box.setText(account.member.display_name)
            self.username_box.setText(account.member.username)
            self.username_box.setReadOnly(True)  # the sign-in name is who they are in the records
            self.role_box.setCurrentIndex(max(0, self.role_box.findData(account.member.role)))
        if purpose != self.RESET:
            form.addRow(self.tr("&Name:"), self.name_box)
        form.addRow(self.tr("&Sign-in name:"), self.username_box)
        if purpose != self.RESET:
            form.addRow(self.tr("&Role:"), self.role_box)
        self.password: NewPassword | None = None
        if purpose != self.CHANGE:
            self.password = NewPassword(self, form)
        if purpose == self.RESET and account is not None:
            note = QLabel(
                self.tr("Tell {name} the new password; they change it themselves afterwards.").format(
                    name=account.member.display_name
                ),
                self,
            )
            note.setWordWrap(True)
            form.addRow(note)
        self.message = message_line(self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Save"))
        buttons.accepted.connect(self._on_ok)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        (
            self.name_box
            if purpose != self.RESET
            else self.password.first
            if self.password
            else self.name_box
        ).setFocus()

    def _on_ok(self) -> None:
        if self.password is not None:
            problem = self.password.problem()
            if problem is not None:
                self.message.setText(problem)
                return
        self.message.setText("")
        self.submitted.emit()

    def set_busy(self, busy: bool) -> None:
        self.ok_button.setEnabled(not busy)
