"""The data copy of one customer (R8-R12, R17): made in a worker, previewed here, then sent or saved.

What goes into the copy, which request it answers, who may receive it and how sending is recorded are
decided by the operations (operations/copies.py); this screen asks the language, the extra files and
the folder, shows the password once, previews the encrypted PDF, and hands the files on to be sent.

R11: the PDF made here is always encrypted; its password is shown once, to be passed on by phone or
SMS, and is cleared when the dialog closes. It is never logged or stored.
"""

from __future__ import annotations

import dataclasses
import functools
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFontDatabase
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from spaceoptics_desk.errors import KnownError, NotFound
from spaceoptics_desk.operations import copies as copy_operations
from spaceoptics_desk.operations.changes import Changes, Outcome
from spaceoptics_desk.operations.context import Context
from spaceoptics_desk.ui.coalescing_load import CoalescingLoad
from spaceoptics_desk.ui.desk import Desk
from spaceoptics_desk.ui.error_reporting import error_text, report_failure
from spaceoptics_desk.ui.file_dialogs import ask_folder
from spaceoptics_desk.ui.formatting import format_moment
from spaceoptics_desk.ui.labels import label
from spaceoptics_desk.ui.tasks import Task

if TYPE_CHECKING:
    from spaceoptics_desk.operations.copies import Delivery, MadeCopy
    from spaceoptics_desk.services.copies import CopyFiles, CopySubject
    from spaceoptics_desk.services.smtp_settings import SmtpSettings

log = logging.getLogger(__name__)

COPY_FOLDER_NAME = "SpaceOptics Desk kopieën"
COPY_LANGUAGES = ("nl", "en")


def default_copy_folder() -> Path:
    """A folder of its own under the user's Documents, so copies are easy to find and to clean up."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents or Path.home()) / COPY_FOLDER_NAME


class CopyDialog(QDialog):
    """Make the copy, check it, pass the password on, send it (or save an e-mail draft).

    Attributes:
        subject: the customer and request (None while loading).
        files: the files of the last copy made, without the password (None before).
        recipient: the address on file the copy goes to (None: cannot be sent now).
        language_box, machine_check, folder_edit, choose_button, create_button: the form.
        progress: the busy bar while the copy is made or sent.
        password_label: the PDF's password, large and selectable; cleared on closing.
        document, preview: the encrypted PDF opened with its password, shown page under page.
        send_button: "Send to <address>" (with a mail server) or "Save for e-mail" (without one).
        status_label: what happened last (made, sent, draft saved where).
        error_label: a refusal or failure of the last step.

    Signals:
        subject_loaded(): the customer and request are known; the form can be used.
        copy_created(str): a copy was written (the PDF's path).
        delivered(str): the copy was sent ("copy_sent") or saved as a draft ("copy_draft_saved").
        delivery_failed(): sending or saving was refused or failed (the reason is on screen).
    """

    subject_loaded = Signal()
    copy_created = Signal(str)
    delivered = Signal(str)
    delivery_failed = Signal()

    def __init__(
        self,
        desk: Desk,
        *,
        customer_id: int | None = None,
        customer_number: str | None = None,
        case_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if customer_id is None and customer_number is None:
            raise ValueError("a customer id or number is needed")
        self._desk = desk
        self._task: Task[Any] | None = None
        self.busy = False
        self.subject: CopySubject | None = None
        self.files: CopyFiles | None = None
        self.recipient: str | None = None
        self._copy_language = ""
        self._asked_case = case_id  # the request asked for; the subject says which one the copy answers
        self.setWindowTitle(self.tr("Create data copy"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        self.title_label = QLabel(self.tr("Loading…"), self)
        self.title_label.setObjectName("customerName")
        self.case_label = QLabel(self)
        self.case_label.setWordWrap(True)

        self.language_box = QComboBox(self)
        for code in COPY_LANGUAGES:
            self.language_box.addItem(label("language", code), code)
        self.machine_check = QCheckBox(self.tr("Also &machine-readable data (JSON and CSV)"), self)
        self.machine_check.setToolTip(
            self.tr("For a portability request, or when the customer wants to open the data in a program")
        )
        settings = desk.workstation.settings
        self.folder_edit = QLineEdit(settings.copy_folder or str(default_copy_folder()), self)
        self.choose_button = QPushButton(self.tr("C&hoose…"), self)
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.choose_button)
        form = QFormLayout()
        language_label = QLabel(self.tr("&Language:"), self)
        language_label.setBuddy(self.language_box)
        folder_label = QLabel(self.tr("&Folder:"), self)
        folder_label.setBuddy(self.folder_edit)
        form.addRow(language_label, self.language_box)
        form.addRow("", self.machine_check)
        form.addRow(folder_label, folder_row)
        self.form_widgets: list[QWidget] = [
            self.language_box,
            self.machine_check,
            self.folder_edit,
            self.choose_button,
        ]

        self.create_button = QPushButton(self.tr("&Create"), self)
        self.create_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.create_button.setDefault(True)
        self.create_button.setEnabled(False)
        self._may_create = False  # until the subject is loaded and allows it (R7)
        self.create_button.clicked.connect(self.create_copy)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # busy: how long it takes depends on the customer's history
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(10)
        self.progress.hide()
        self.busy_label = QLabel(self)
        self.busy_label.setObjectName("caption")
        self.busy_label.hide()
        create_row = QHBoxLayout()
        create_row.addWidget(self.create_button)
        create_row.addWidget(self.busy_label)
        create_row.addWidget(self.progress, 3)
        create_row.addStretch(1)

        # After creating: the password, the preview, sending.
        self.result_widget = QWidget(self)
        password_title = QLabel(self.tr("Password of the PDF:"), self.result_widget)
        password_title.setObjectName("caption")
        self.password_label = QLabel(self.result_widget)
        self.password_label.setObjectName("copyPassword")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(20)
        font.setBold(True)
        self.password_label.setFont(font)
        self.password_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        password_help = QLabel(
            self.tr(
                "Give this password to the customer by phone or SMS, never in the same e-mail. It is not "
                "stored anywhere: it disappears when this window closes."
            ),
            self.result_widget,
        )
        password_help.setWordWrap(True)
        self.files_label = QLabel(self.result_widget)
        self.files_label.setWordWrap(True)
        self.files_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.document = QPdfDocument(self)
        self.preview = QPdfView(self.result_widget)
        self.preview.setDocument(self.document)
        self.preview.setPageMode(QPdfView.PageMode.MultiPage)
        self.preview.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.preview.setMinimumHeight(260)
        self.preview_label = QLabel(self.result_widget)
        self.preview_label.setObjectName("caption")
        result_layout = QVBoxLayout(self.result_widget)
        result_layout.setContentsMargins(0, 0, 0, 0)
        password_row = QHBoxLayout()
        password_row.addWidget(password_title)
        password_row.addWidget(self.password_label, 1)
        result_layout.addLayout(password_row)
        result_layout.addWidget(password_help)
        result_layout.addWidget(self.files_label)
        result_layout.addWidget(self.preview_label)
        result_layout.addWidget(self.preview, 1)
        self.result_widget.hide()

        self.send_button = QPushButton(self)
        self.send_button.clicked.connect(self.deliver)
        self.send_button.hide()
        self.open_folder_button = QPushButton(self.tr("&Open folder"), self)
        self.open_folder_button.setAutoDefault(False)
        self.open_folder_button.clicked.connect(self.open_folder)
        self.open_folder_button.hide()
        self.status_label = QLabel(self)
        self.status_label.setObjectName("notice")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label.hide()
        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorBanner")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        footer = QHBoxLayout()
        footer.addWidget(self.send_button)
        footer.addWidget(self.open_folder_button)
        footer.addStretch(1)
        footer.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.case_label)
        layout.addLayout(form)
        layout.addLayout(create_row)
        layout.addWidget(self.result_widget, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(self.error_label)
        layout.addLayout(footer)
        self.resize(720, 420)
        # Another window or program may record the identity check, close the case, erase the customer.
        # After a copy is made: whether the person is still there, one look at a time (issue 11).
        self._still_there: CoalescingLoad[CopySubject] = CoalescingLoad(
            self._start_still_there, self._on_still_there, self._on_still_there_failed
        )
        desk.hub.changed.connect(self._on_changes)
        self._listening = True
        self._load(customer_id, customer_number)

    # --- loading who the copy is of ----------------------------------------------------------------

    def _load(self, customer_id: int | None, customer_number: str | None = None) -> None:
        self._run(
            functools.partial(
                copy_operations.copy_subject,
                customer_id=customer_id,
                customer_ref=customer_number,
                case_id=self._asked_case,
            ),
            self._on_loaded,
            self._on_load_failed,
        )

    def _run(
        self,
        operation: Callable[[Context], Outcome[Any]],
        on_done: Callable[[Any], None],
        on_failed: Callable[[BaseException], None],
    ) -> None:
        self._task = self._desk.run(operation, on_done, on_failed)

    def _on_changes(self, changes: Changes) -> None:
        """Before a copy is made, what the request shows (its identity check, whether it is open) decides
        whether one may be made (R7): a change elsewhere reloads it. This dialog's own changes arrive
        while it is busy; it knows those already."""
        subject = self.subject
        if subject is None or self.busy:
            return
        if changes.erased_customer(subject.customer_id):
            self.reject()  # nothing of an erased person stays on screen
            return
        touched = changes.touches_customer(subject.customer_id) or (
            subject.case_id is not None and changes.touches_case(subject.case_id)
        )
        if touched and self.files is None:
            if self._task is not None:
                self._task.discard()
            self._load(subject.customer_id)
        elif changes.touches_customer(subject.customer_id):
            # A copy is made: it stays on screen as it is, unless another program erased the person
            # (R14: they arrive as EVERYTHING, so look whether they are still there).
            self._still_there.request()

    def _on_loaded(self, subject: CopySubject) -> None:
        self._task = None
        self.subject = subject
        self.setWindowTitle(self.tr("Data copy — {number}").format(number=subject.customer_number))
        self.title_label.setText(
            self.tr("Data copy of {name} ({number})").format(
                name=subject.name, number=subject.customer_number
            )
        )
        # R7: a copy for a request waits for its identity check; beside an open request none is made.
        may_create = subject.may_create
        if subject.case_id is not None and not subject.identity_verified:
            text = self.tr(
                "For request {case}. Record the identity check on the request first: the copy holds all "
                "the person's data."
            ).format(case=subject.case_id)
        elif subject.case_id is not None:
            text = self.tr("For request {case}. The copy is recorded on the request.").format(
                case=subject.case_id
            )
        elif subject.copy_cases:
            text = self.tr(
                "This customer has {count} open requests for a copy ({cases}): make the copy from one "
                "of them, after its identity check."
            ).format(count=len(subject.copy_cases), cases=", ".join(map(str, subject.copy_cases)))
        else:
            text = self.tr(
                "This customer has no open request for access or portability. The copy can be made and "
                "saved, but not sent: record the request first (Ctrl+R in the customer view) to send it."
            )
        self.case_label.setText(text)
        language = subject.language if subject.language in COPY_LANGUAGES else "en"
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(language)))
        self._may_create = may_create
        self.create_button.setEnabled(may_create)
        self.create_button.setFocus()
        self.subject_loaded.emit()

    def _on_load_failed(self, error: BaseException) -> None:
        self._task = None
        if isinstance(error, NotFound) and self.subject is not None:
            self.reject()  # R14: reloaded after another program's write, and gone: erased there
            return
        if not isinstance(error, KnownError):
            report_failure(self, error)
            return
        self.title_label.setText(self.tr("No data copy possible"))
        self._show_error(error)

    def _start_still_there(
        self, on_done: Callable[[CopySubject], None], on_failed: Callable[[BaseException], None]
    ) -> Task[Any]:
        assert self.subject is not None  # asked for only once the subject is known
        operation = functools.partial(copy_operations.copy_subject, customer_id=self.subject.customer_id)
        return self._desk.run(operation, on_done, on_failed)

    def _on_still_there(self, _subject: CopySubject) -> None:
        """The person is still there: the copy made stays on screen as it is."""

    def _on_still_there_failed(self, error: BaseException) -> None:
        if isinstance(error, NotFound):
            self.reject()  # R14: erased by another program: nothing of them stays on screen
        elif not isinstance(error, KnownError):
            report_failure(self, error)
        # Another refusal (the database busy): the next change looks again.

    # --- the form ---------------------------------------------------------------------------------

    def choose_folder(self) -> None:
        chosen = ask_folder(self, self.tr("Folder for data copies"), Path(self.folder_edit.text()))
        if chosen is not None:
            self.folder_edit.setText(str(chosen))

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self.busy = busy
        self.progress.setVisible(busy)
        self.busy_label.setText(text)
        self.busy_label.setVisible(busy)
        for widget in [*self.form_widgets, self.send_button]:
            widget.setEnabled(not busy)
        self.create_button.setEnabled(not busy and self._may_create)
        self.close_button.setEnabled(not busy)

    # --- creating ---------------------------------------------------------------------------------

    def create_copy(self) -> None:
        subject = self.subject
        if subject is None or self.busy or not self._may_create:
            return
        folder_text = self.folder_edit.text().strip()
        if not folder_text:
            self._show_text_error(self.tr("Choose the folder the copy is saved in."))
            return
        folder = Path(folder_text).expanduser()
        language = str(self.language_box.currentData())
        machine = self.machine_check.isChecked()
        self._hide_messages()
        self._copy_language = language
        self._set_busy(True, self.tr("Making the copy… this can take a few seconds."))
        self._run(
            functools.partial(
                copy_operations.make_copy,
                folder=folder,
                customer_id=subject.customer_id,
                case_id=subject.case_id,
                language=language,
                json=machine,
                csv=machine,
                encrypt=True,  # R11: the GUI never makes an unencrypted copy
                make_folder=True,
            ),
            self._on_created,
            self._on_create_failed,
        )

    def _on_created(self, created: MadeCopy) -> None:
        self._task = None
        self._set_busy(False)
        files = created.files
        password = files.password or ""
        # The password lives on in the label (and the open preview) only; never in an attribute.
        self.files = dataclasses.replace(files, password=None)
        self.recipient = created.recipient
        self.password_label.setText(password)
        self._remember_folder(files.pdf.parent)
        self.files_label.setText(
            self.tr("Saved in {folder}: {files}").format(
                folder=files.pdf.parent, files=", ".join(path.name for path in files.paths)
            )
        )
        self._show_preview(files.pdf, password)
        self.result_widget.show()
        self.open_folder_button.show()
        # Another copy means another password: possible (a wrong language), but no longer the default.
        self.create_button.setText(self.tr("Create &again"))
        self._show_send_button(created.not_sendable)
        self.resize(max(self.width(), 760), max(self.height(), 780))
        self.copy_created.emit(str(files.pdf))

    def _on_create_failed(self, error: BaseException) -> None:
        self._task = None
        self._set_busy(False)
        if not isinstance(error, KnownError):
            report_failure(self, error)
            return
        self._show_error(error)

    def _remember_folder(self, folder: Path) -> None:
        workstation = self._desk.workstation
        if workstation.settings.copy_folder == str(folder):
            return
        workstation.settings.copy_folder = str(folder)
        try:
            workstation.save()
        except OSError:
            log.warning("could not save the workstation settings")  # the folder is asked again next time

    def _show_preview(self, pdf: Path, password: str) -> None:
        self.document.close()
        self.document.setPassword(password)
        loaded = self.document.load(str(pdf))
        if loaded == QPdfDocument.Error.None_:
            self.preview_label.setText(
                self.tr("Preview ({pages} pages) — check it before sending:").format(
                    pages=self.document.pageCount()
                )
            )
        else:
            self.preview_label.setText(
                self.tr("The preview could not be shown; open the PDF from the folder to check it.")
            )

    def _show_send_button(self, not_sendable: KnownError | None) -> None:
        subject = self.subject
        smtp = self._desk.workstation.settings.smtp_settings()
        if smtp is not None:
            address = self.recipient or ""
            self.send_button.setText(
                self.tr("&Send to {address}").format(address=address) if address else self.tr("&Send")
            )
        else:
            self.send_button.setText(self.tr("Save for &e-mail"))
        self.send_button.setToolTip(
            self.tr("Sends the files to the customer's e-mail address on file")
            if smtp is not None
            else self.tr(
                "No mail server is set up on this computer: saves a ready e-mail (.eml) in the folder, "
                "to open, check and send in your mail program"
            )
        )
        can_deliver = subject is not None and subject.case_id is not None
        self.send_button.setVisible(can_deliver)
        self.send_button.setEnabled(can_deliver)
        if can_deliver:
            self.send_button.setDefault(True)
            self.create_button.setDefault(False)
            self.send_button.setFocus()
        if not_sendable is not None:
            self._show_error(not_sendable)

    # --- sending or saving ------------------------------------------------------------------------

    def deliver(self) -> None:
        """Send with a mail server, else save an e-mail draft; both only for a case and a made copy."""
        if self.busy or self.files is None or self.subject is None or self.subject.case_id is None:
            return
        smtp = self._desk.workstation.settings.smtp_settings()
        if smtp is None:
            self.save_for_email()
        else:
            self.send(smtp)

    def send(self, smtp: SmtpSettings, send_again: bool = False) -> None:
        if self.recipient is None:
            self._check_then_send(smtp)
            return
        if not send_again:
            answer = QMessageBox.question(
                self,
                self.tr("Send the data copy"),
                self.tr(
                    "Send the data copy to {address}?\n\nThis is the e-mail address on file. The "
                    "password is not in the e-mail: give it to the customer by phone or SMS."
                ).format(address=self.recipient),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        asked, password = self._smtp_password(smtp)
        if not asked:
            return
        files, subject = self.files, self.subject
        assert files is not None and subject is not None and subject.case_id is not None
        self._run_delivery(
            functools.partial(
                copy_operations.send_copy,
                case_id=subject.case_id,
                files=files.paths,
                smtp=smtp,
                password=password,
                # R11: the address confirmed above; the operation refuses it if it changed since.
                address=self.recipient,
                language=self._copy_language,
                send_again=send_again,
            ),
            self.tr("Sending… the mail server may take a moment."),
            lambda again: self.send(smtp, send_again=again),
            smtp.username,
        )

    def _check_then_send(self, smtp: SmtpSettings) -> None:
        """The address was not known (e.g. the identity was checked after the copy was made): ask now."""
        files, subject = self.files, self.subject
        assert files is not None and subject is not None and subject.case_id is not None

        def on_checked(recipient: str) -> None:
            self._task = None
            self._set_busy(False)
            self.recipient = recipient
            self._show_send_button(None)
            self.send(smtp)

        self._hide_messages()
        self._set_busy(True, self.tr("Checking the request…"))
        self._run(
            functools.partial(
                copy_operations.copy_recipient,
                case_id=subject.case_id,
                files=files.paths,
                language=self._copy_language,
            ),
            on_checked,
            self._on_check_failed,
        )

    def _on_check_failed(self, error: BaseException) -> None:
        self._task = None
        self._set_busy(False)
        if not isinstance(error, KnownError):
            report_failure(self, error)
            return
        self._show_error(error)
        self.delivery_failed.emit()

    def save_for_email(self, send_again: bool = False) -> None:
        files, subject = self.files, self.subject
        if files is None or subject is None or subject.case_id is None:
            return
        self._run_delivery(
            functools.partial(
                copy_operations.save_copy_draft,
                case_id=subject.case_id,
                files=files.paths,
                folder=files.pdf.parent,
                sender=self._desk.workstation.settings.smtp_sender or None,
                language=self._copy_language,
                send_again=send_again,
            ),
            self.tr("Saving the e-mail…"),
            lambda again: self.save_for_email(send_again=again),
            "",
        )

    def _run_delivery(
        self,
        operation: Callable[[Context], Outcome[Delivery]],
        busy_text: str,
        again: Callable[[bool], None],
        smtp_username: str,
    ) -> None:
        self._hide_messages()
        self._set_busy(True, busy_text)
        self._run(
            operation,
            lambda delivery: self._on_delivered(delivery, again, smtp_username),
            self._on_delivery_failed,
        )

    def _on_delivered(self, delivery: Delivery, again: Callable[[bool], None], smtp_username: str) -> None:
        self._task = None
        self._set_busy(False)
        record = delivery.record
        if record is not None:
            if record.draft is not None:
                text = self.tr(
                    "E-mail saved as {file}. Open it in your mail program, check it and send it. Then "
                    "give the customer the password by phone or SMS."
                ).format(file=record.draft)
            else:
                text = self.tr(
                    "Sent to {address} on {moment}. Now give the customer the password by phone or SMS."
                ).format(address=self.recipient or "", moment=format_moment(record.occurred_at))
            self.status_label.setText(text)
            self.status_label.show()
            self.delivered.emit(record.kind)
            return
        if delivery.sent_before and delivery.problem is not None:
            # Sent (or saved, or perhaps sent) before: only an explicit "yes" makes it a new send.
            answer = QMessageBox.question(
                self,
                self.tr("Send again?"),
                error_text(delivery.problem) + "\n\n" + self.tr("Is this a new send the customer needs?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer == QMessageBox.StandardButton.Yes:
                again(True)
                return
            self.status_label.setText(self.tr("Not sent again."))
            self.status_label.show()
            self.delivery_failed.emit()
            return
        if delivery.login_refused:
            self._desk.workstation.smtp_passwords.pop(smtp_username, None)  # asked again next time
        if delivery.problem is not None:
            self._show_error(delivery.problem)
        self.delivery_failed.emit()

    def _on_delivery_failed(self, error: BaseException) -> None:
        """Refused before anything was recorded (the identity, the address on file, the settings)."""
        self._task = None
        self._set_busy(False)
        if not isinstance(error, KnownError):
            report_failure(self, error)
            return
        self._show_error(error)
        self.delivery_failed.emit()

    def _smtp_password(self, smtp: SmtpSettings) -> tuple[bool, str | None]:
        """(False, None) when cancelled; else the password: kept this run, from the keyring, or asked."""
        if not smtp.username:
            return True, None
        from spaceoptics_desk import smtp_secret

        kept = self._desk.workstation.smtp_passwords.get(smtp.username)
        if kept:
            return True, kept
        stored = smtp_secret.get_password(smtp.username)
        if stored:
            return True, stored
        typed, ok = QInputDialog.getText(
            self,
            self.tr("Mail server password"),
            self.tr("Password of {user} on {host}:\n(kept only until the app closes)").format(
                user=smtp.username, host=smtp.host
            ),
            QLineEdit.EchoMode.Password,
        )
        if not ok or not typed:
            return False, None
        self._desk.workstation.smtp_passwords[smtp.username] = typed
        return True, typed

    def open_folder(self) -> None:
        if self.files is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.files.pdf.parent)))

    # --- messages and closing ---------------------------------------------------------------------

    def _hide_messages(self) -> None:
        self.error_label.hide()
        self.status_label.hide()

    def _show_error(self, error: KnownError) -> None:
        self._show_text_error(error_text(error))

    def _show_text_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def done(self, result: int) -> None:
        if self.busy:  # the worker is writing or sending; closing now would hide its outcome
            return
        if self._task is not None:
            self._task.discard()
        self._still_there.cancel()
        if self._listening:
            self._listening = False
            self._desk.hub.changed.disconnect(self._on_changes)  # a closed window does not query
        # R11: the password is not kept once the window closes.
        self.password_label.clear()
        self.document.close()
        self.document.setPassword("")
        super().done(result)
