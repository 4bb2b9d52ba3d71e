"""The first window: sign in, or make the database on the first start, or encrypt a database from before
(issue 12, AVG 32). Shown before anything heavy is imported: the database's state, the key derivation
(~300 ms) and opening run in the worker, and the window stays responsive meanwhile.

On success `signed_in` holds the Context (database open, the person signed in) and the dialog is
accepted; after a first start or an encryption the recovery key is shown once first.

The first start also asks where the database goes (issue 14): this computer, or the shop's server
(ui/sign_in/server_choice.py). A server's database that is set up already gets the sign-in page; an
empty one is made there, with the owner typed here. The choice is remembered by `remember_server`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from spaceoptics_desk import APP_NAME
from spaceoptics_desk.domain.clock import Clock
from spaceoptics_desk.domain.staff import MAX_DISPLAY_NAME
from spaceoptics_desk.errors import DatabaseUnavailable, SignInRefused
from spaceoptics_desk.operations import server_sign_in, signing_in
from spaceoptics_desk.operations.signing_in import DatabaseState, FirstStart
from spaceoptics_desk.ui.sign_in.fields import (
    NewPassword,
    WaitCountdown,
    message_line,
    password_box,
    refusal_text,
)
from spaceoptics_desk.ui.sign_in.server_choice import ServerChoice
from spaceoptics_desk.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from spaceoptics_desk.domain.staff import StaffMember
    from spaceoptics_desk.operations.context import Context
    from spaceoptics_desk.ui.sign_in.recovery_key import RecoveryKeyDialog

log = logging.getLogger(__name__)

WAITING, SIGN_IN, FIRST_START, ENCRYPT, RECOVERY = range(5)


class SignInWindow(QDialog):
    """Attributes:
        state: what the database asked for (None until the worker has looked).
        signed_in: the signed-in Context once the dialog is accepted.
        first_start: the new database's recovery key (and plain copy) after a first start or encryption.
        pages: one page per DatabaseState, and the recovery page.
        name_box, password_box, sign_in_button, message: the sign-in page.
        server_choice, owner_name_box, owner_username_box, first_password, create_button: the first
            start.
        owner_choice, encrypt_password, encrypt_button, encrypt_progress: the encryption.
        recovery_key_box, recovery_username_box, recovery_password, recover_button: the recovery.
        recovery_key_dialog: the recovery key shown once, while it is open.

    Signals:
        unavailable(BaseException): the database cannot be used at all (app.py says so and stops).
        state_known(str): the page for this DatabaseState is on screen.
        refused(str): a refusal is shown under the form (its text).
    """

    unavailable = Signal(object)
    state_known = Signal(str)
    refused = Signal(str)

    def __init__(
        self,
        target: str,
        tasks: TaskRunner,
        clock: Clock,
        parent: QWidget | None = None,
        *,
        remember_server: Callable[[str, str], None] | None = None,
    ) -> None:
        """`remember_server(url, password)`: keeps a chosen server database (its URL without the
        password, the password in the keyring) for the next starts."""
        super().__init__(parent)
        self._target = target
        self._remember_server = remember_server
        self._server_chosen = False
        self._tasks = tasks
        self._clock = clock
        self._busy = False
        self.state: DatabaseState | None = None
        self.signed_in: Context | None = None
        self.first_start: FirstStart | None = None
        self.recovery_key_dialog: RecoveryKeyDialog | None = None
        self.setWindowTitle(APP_NAME)
        self.setMinimumWidth(440)

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._waiting_page())
        self.pages.addWidget(self._sign_in_page())
        self.pages.addWidget(self._first_start_page())
        self.pages.addWidget(self._encrypt_page())
        self.pages.addWidget(self._recovery_page())
        self.message = message_line(self)
        self.quit_button = QPushButton(self.tr("&Quit"), self)
        self.quit_button.setAutoDefault(False)
        self.quit_button.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.quit_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addLayout(bottom)
        self.countdown = WaitCountdown([self.sign_in_button, self.recover_button], self)
        self.countdown.ended.connect(self._on_countdown_ended)
        # What the file is, read in the worker: the key file's module loads the key derivation.
        self._run(lambda: signing_in.database_state(target), self._on_state_known, self.unavailable.emit)

    # --- pages -----------------------------------------------------------------------------------

    def _heading(self, text: str, parent: QWidget) -> QLabel:
        heading = QLabel(text, parent)
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        heading.setFont(font)
        return heading

    def _explanation(self, text: str, parent: QWidget) -> QLabel:
        explanation = QLabel(text, parent)
        explanation.setWordWrap(True)
        return explanation

    def _waiting_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addWidget(self._heading(APP_NAME, page))
        layout.addWidget(self._explanation(self.tr("Looking at the database…"), page))
        return page

    def _sign_in_page(self) -> QWidget:
        page = QWidget(self)
        self.name_box = QLineEdit(page)
        self.name_box.setObjectName("signInName")
        self.name_box.setMaxLength(100)
        self.password_box = password_box(page)
        self.password_box.setObjectName("signInPassword")
        self.sign_in_button = QPushButton(self.tr("&Sign in"), page)
        self.sign_in_button.setDefault(True)
        self.sign_in_button.clicked.connect(self.submit_sign_in)
        self.password_box.returnPressed.connect(self.submit_sign_in)
        self.name_box.returnPressed.connect(self.password_box.setFocus)
        self.use_recovery_button = QPushButton(self.tr("Use the &recovery key…"), page)
        self.use_recovery_button.setAutoDefault(False)
        self.use_recovery_button.setFlat(True)
        self.use_recovery_button.clicked.connect(self.show_recovery)
        form = QFormLayout()
        form.addRow(self.tr("Sign-in &name:"), self.name_box)
        form.addRow(self.tr("&Password:"), self.password_box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.use_recovery_button)
        buttons.addStretch(1)
        buttons.addWidget(self.sign_in_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self._heading(self.tr("Sign in"), page))
        layout.addWidget(
            self._explanation(self.tr("Every change you make is recorded with your name."), page)
        )
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addStretch(1)  # at the top, however tall the first start's page makes the window
        return page

    def _first_start_page(self) -> QWidget:
        page = QWidget(self)
        self.owner_name_box = QLineEdit(page)
        self.owner_name_box.setMaxLength(MAX_DISPLAY_NAME)
        self.owner_username_box = QLineEdit(page)
        self.owner_username_box.setMaxLength(40)
        self.owner_username_box.setPlaceholderText(self.tr("for example: marleen"))
        self.server_choice = ServerChoice(page)
        self.server_choice.test_requested.connect(self.test_server)
        form = QFormLayout()
        form.addRow(self.tr("Shop owner's &name:"), self.owner_name_box)
        form.addRow(self.tr("Sign-in n&ame:"), self.owner_username_box)
        self.first_password = NewPassword(page, form)
        self.create_button = QPushButton(self.tr("&Make the database"), page)
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.submit_first_start)
        layout = QVBoxLayout(page)
        layout.addWidget(self._heading(self.tr("First start"), page))
        self.first_start_explanation = self._explanation(self._first_start_text(shared=False), page)
        layout.addWidget(self.first_start_explanation)
        self.server_choice.shared_chosen.connect(
            lambda shared: self.first_start_explanation.setText(self._first_start_text(shared=shared))
        )
        layout.addWidget(self.server_choice)
        layout.addLayout(form)
        layout.addWidget(self.create_button, 0, Qt.AlignmentFlag.AlignRight)
        return page

    def _first_start_text(self, *, shared: bool) -> str:
        if shared:
            return self.tr(
                "The database is set up on the shop's server, with you as its owner; the other computers "
                "then choose the same server. Afterwards you add the staff and their passwords "
                "(Settings › Staff)."
            )
        return self.tr(
            "There is no database yet. It is made now, encrypted, with you as its owner. "
            "Afterwards you add the staff and their passwords (Settings › Staff)."
        )

    def _encrypt_page(self) -> QWidget:
        page = QWidget(self)
        self.owner_choice = QComboBox(page)
        form = QFormLayout()
        form.addRow(self.tr("&Owner:"), self.owner_choice)
        self.encrypt_password = NewPassword(page, form)
        self.encrypt_button = QPushButton(self.tr("&Encrypt"), page)
        self.encrypt_button.setDefault(True)
        self.encrypt_button.clicked.connect(self.submit_encrypt)
        self.encrypt_progress = QProgressBar(page)
        self.encrypt_progress.setRange(0, 0)  # as long as it takes: the copy first, then the conversion
        self.encrypt_progress.setFormat(self.tr("Encrypting…"))
        self.encrypt_progress.hide()
        layout = QVBoxLayout(page)
        layout.addWidget(self._heading(self.tr("Encrypt the database"), page))
        layout.addWidget(
            self._explanation(
                self.tr(
                    "From this version on the database is encrypted: without a password nobody can read "
                    "it, also not on a stolen computer. A backup copy of the database as it is now is made "
                    "first. Choose the owner who gets the first password; the owner then gives the staff "
                    "theirs."
                ),
                page,
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.encrypt_progress)
        layout.addWidget(self.encrypt_button, 0, Qt.AlignmentFlag.AlignRight)
        return page

    def _recovery_page(self) -> QWidget:
        page = QWidget(self)
        self.recovery_key_box = QLineEdit(page)
        self.recovery_key_box.setObjectName("recoveryKey")
        self.recovery_key_box.setMaxLength(100)
        self.recovery_key_box.setPlaceholderText("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX")
        self.recovery_username_box = QLineEdit(page)
        self.recovery_username_box.setMaxLength(40)
        form = QFormLayout()
        form.addRow(self.tr("Recovery &key:"), self.recovery_key_box)
        form.addRow(self.tr("Owner's sign-in &name:"), self.recovery_username_box)
        self.recovery_password = NewPassword(page, form)
        self.recover_button = QPushButton(self.tr("Set the new &password"), page)
        self.recover_button.setDefault(True)
        self.recover_button.clicked.connect(self.submit_recovery)
        back = QPushButton(self.tr("&Back"), page)
        back.setAutoDefault(False)
        back.clicked.connect(self._show_sign_in)
        buttons = QHBoxLayout()
        buttons.addWidget(back)
        buttons.addStretch(1)
        buttons.addWidget(self.recover_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self._heading(self.tr("Recovery key"), page))
        layout.addWidget(
            self._explanation(
                self.tr(
                    "An owner who forgot the password types the recovery key printed at the first start, "
                    "and chooses a new password. Staff ask the owner for a new password."
                ),
                page,
            )
        )
        layout.addLayout(form)
        layout.addLayout(buttons)
        return page

    # --- what the database asks for ------------------------------------------------------------

    def _on_state_known(self, state: DatabaseState) -> None:
        self.state = state
        if state is DatabaseState.PLAIN:
            # Which owners it has: the database opens plain for a moment, in the worker.
            self._run(
                lambda: signing_in.owners_to_encrypt(self._target), self._on_owners, self.unavailable.emit
            )
            return
        if state is DatabaseState.NEW:
            # A server named already (--db, or chosen before) is where the database is made.
            on_a_server = signing_in.is_server(self._target)
            self.server_choice.setVisible(not on_a_server)
            self.first_start_explanation.setText(self._first_start_text(shared=on_a_server))
            self.pages.setCurrentIndex(FIRST_START)
            self.owner_name_box.setFocus()
        else:
            self._show_sign_in()
        self.state_known.emit(str(state))

    def _on_owners(self, owners: list[StaffMember]) -> None:
        for owner in owners:
            self.owner_choice.addItem(f"{owner.display_name} ({owner.username})", owner.username)
        self.pages.setCurrentIndex(ENCRYPT)
        self.encrypt_password.first.setFocus()
        if not owners:
            self.encrypt_button.setEnabled(False)
            self._say(self.tr("This database has no active owner, so nobody can encrypt it."))
        self.state_known.emit(str(DatabaseState.PLAIN))

    def _show_sign_in(self) -> None:
        self.pages.setCurrentIndex(SIGN_IN)
        self._say("")
        (self.password_box if self.name_box.text() else self.name_box).setFocus()

    def show_recovery(self) -> None:
        self.pages.setCurrentIndex(RECOVERY)
        self._say("")
        self.recovery_username_box.setText(self.name_box.text().strip())
        self.recovery_key_box.setFocus()

    # --- the four ways in ----------------------------------------------------------------------

    def submit_sign_in(self) -> None:
        if self._busy or self.countdown.seconds_left:
            return
        # No name: the password alone says who (operations/signing_in.sign_in).
        username, password = self.name_box.text().strip() or None, self.password_box.text()
        target, clock = self._target, self._clock
        self._start(self.sign_in_button, self.tr("Signing in…"))
        self._run(
            lambda: signing_in.sign_in(target, username, password, clock),
            self._on_signed_in,
            self._on_refused,
        )

    def test_server(self) -> None:
        """The connection test: reads the server's database, changes nothing."""
        if self._busy:
            return
        missing = self.server_choice.missing()
        if missing is not None:
            self.server_choice.test_result.setText(missing)
            return
        url = self.server_choice.url()
        self._start(self.server_choice.test_button, self.tr("Testing…"))
        self._run(
            lambda: server_sign_in.server_state(url), self._on_server_tested, self._on_server_test_failed
        )

    def _on_server_tested(self, state: DatabaseState) -> None:
        self._stop()
        self.server_choice.test_result.setText(self._server_found(state))

    def _server_found(self, state: DatabaseState) -> str:
        if state is DatabaseState.SIGN_IN:
            return self.tr("Connected. This database is in use already: you sign in with your own name.")
        return self.tr("Connected. The database is empty: it is set up with you as its owner.")

    def _on_server_test_failed(self, error: BaseException) -> None:
        self._stop()
        text = refusal_text(error)
        if text is None:
            raise error  # a bug: the crash handler's
        self.server_choice.test_result.setText(text)

    def submit_first_start(self) -> None:
        if self._busy:
            return
        if self.server_choice.is_shared():
            self._submit_shared_first_start()
            return
        problem = self.first_password.problem()
        if problem is not None:
            self._say(problem)
            return
        self._make_database(self._target)

    def _make_database(self, target: str) -> None:
        username = self.owner_username_box.text().strip()
        name, password = self.owner_name_box.text().strip(), self.first_password.text
        clock = self._clock
        self._start(self.create_button, self.tr("Making the database…"))
        self._run(
            lambda: signing_in.create_database(target, username, name, password, clock),
            self._on_first_start,
            self._on_refused,
        )

    def _submit_shared_first_start(self) -> None:
        """The server's database: set up already (sign in there) or empty (made with this owner)."""
        missing = self.server_choice.missing()
        if missing is not None:
            self._say(missing)
            return
        url = self.server_choice.url()
        self._start(self.create_button, self.tr("Connecting to the server…"))
        self._run(lambda: server_sign_in.server_state(url), self._on_shared_state, self._on_refused)

    def _on_shared_state(self, state: DatabaseState) -> None:
        self._stop()
        url = self.server_choice.url()
        self.server_choice.test_result.setText(self._server_found(state))
        if state is DatabaseState.SIGN_IN:
            self._use_server(url)
            self._remember()
            self.state = state
            self._show_sign_in()
            self._say(self._server_found(state))
            self.state_known.emit(str(state))
            return
        problem = self.first_password.problem()
        if problem is not None:
            self._say(problem)
            return
        self._use_server(url)
        self._make_database(url)

    def _use_server(self, url: str) -> None:
        """From now on this window works on the server's database."""
        self._target = url
        self._server_chosen = True

    def _remember(self) -> None:
        """The next starts open the chosen server's database (once it is set up: a first start that
        failed there leaves this computer as it was)."""
        if self._server_chosen and self._remember_server is not None:
            choice = self.server_choice
            self._remember_server(choice.url(with_password=False), choice.password_box.text())

    def submit_encrypt(self) -> None:
        problem = self.encrypt_password.problem()
        if problem is not None:
            self._say(problem)
            return
        username, password = str(self.owner_choice.currentData()), self.encrypt_password.text
        target, clock = self._target, self._clock
        self._start(self.encrypt_button, self.tr("Encrypting…"))
        self.encrypt_progress.show()
        self._run(
            lambda: signing_in.encrypt_database(target, username, password, clock),
            self._on_first_start,
            self._on_refused,
        )

    def submit_recovery(self) -> None:
        if self._busy or self.countdown.seconds_left:
            return
        problem = self.recovery_password.problem()
        if problem is not None:
            self._say(problem)
            return
        typed_key = self.recovery_key_box.text()
        username, password = self.recovery_username_box.text().strip(), self.recovery_password.text
        target, clock = self._target, self._clock
        self._start(self.recover_button, self.tr("Checking the recovery key…"))
        self._run(
            lambda: signing_in.sign_in_with_recovery_key(target, typed_key, username, password, clock),
            self._on_signed_in,
            self._on_refused,
        )

    # --- answers -------------------------------------------------------------------------------

    def _on_signed_in(self, context: Context) -> None:
        self._stop()
        self.password_box.clear()
        self.recovery_key_box.clear()
        self.recovery_password.clear()
        self.signed_in = context
        log.info("signed in")
        self.accept()

    def _on_first_start(self, first_start: FirstStart) -> None:
        from spaceoptics_desk.ui.sign_in.recovery_key import RecoveryKeyDialog

        self._stop()
        self.first_password.clear()
        self.encrypt_password.clear()
        self.encrypt_progress.hide()
        self.first_start = first_start
        self.signed_in = first_start.context
        self._remember()
        dialog = RecoveryKeyDialog(first_start.recovery_key, first_start.plain_copy, self)
        dialog.accepted.connect(self.accept)
        self.recovery_key_dialog = dialog
        dialog.open()

    def _on_refused(self, error: BaseException) -> None:
        self._stop()
        text = refusal_text(error)
        if text is None:
            raise error  # a bug: the crash handler's (the task runner hands it on)
        if isinstance(error, DatabaseUnavailable):
            log.warning("database unavailable at sign-in: %s", type(error).__name__)
        self.password_box.clear()
        self._say(text)
        self.refused.emit(text)
        if isinstance(error, SignInRefused) and error.wait_seconds > 0:
            self.countdown.start(error.wait_seconds)

    # --- busy, waiting, messages ---------------------------------------------------------------

    def _run(
        self, work: Callable[[], Any], on_done: Callable[[Any], None], on_failed: Callable[[Any], None]
    ) -> None:
        self._tasks.run(work, on_done, on_failed)

    def _start(self, button: QPushButton, busy_text: str) -> None:
        """The button says the work is under way; nothing else is sent until it answers."""
        self._busy = True
        self._busy_button = button
        self._idle_text = button.text()
        button.setText(busy_text)
        button.setEnabled(False)
        self._say("")

    def _stop(self) -> None:
        if self._busy:
            self._busy_button.setText(self._idle_text)
            self._busy_button.setEnabled(True)
        self._busy = False

    def _on_countdown_ended(self) -> None:
        self._say("")
        self.password_box.setFocus()

    def _say(self, text: str) -> None:
        self.message.setText(text)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._busy:
            event.ignore()  # a database being made or encrypted is finished first
            return
        super().closeEvent(event)

    def reject(self) -> None:
        if self._busy:
            return
        super().reject()
