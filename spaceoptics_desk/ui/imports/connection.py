"""Bestand › Webshopkoppeling… (issue 13): the owner sets up the WooCommerce connection once.

The shop's address, the REST API key and its secret (typed with password echo, never shown again, never
logged: a saved secret is only said to be kept), "Test connection" (how many customers and orders the key
can read, or the shop's refusal in Dutch), the soft opt-in choice for buyers (R21, Tw 11.7) and the meta
key of the shop's own newsletter checkbox (R19), then Save. Testing and saving are operations run on the
task runner (operations/sync.py); the key is kept by the operation (the keyring, else an owner-only file).
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from spaceoptics_desk.operations import sync
from spaceoptics_desk.ui.desk import Desk
from spaceoptics_desk.ui.error_reporting import error_text, is_refusal, show_refusal
from spaceoptics_desk.ui.tasks import Task

if TYPE_CHECKING:
    from spaceoptics_desk.operations.sync import SyncSetUp
    from spaceoptics_desk.services.imports.sources import SyncSource
    from spaceoptics_desk.services.imports.woocommerce.sync import ShopCounts

TEXT_MAX_LENGTH = 500
MARKETING_CONSENT = "marketing_consent"  # what a mapped meta key holds (woocommerce/records.py)


class ShopConnectionDialog(QDialog):
    """Attributes:
    url_edit, key_edit, secret_edit, soft_opt_in_check, newsletter_key_edit: the form.
    test_button: "Test connection"; test_label: its answer (counts, or why not).
    kept_label: whether a key is kept already (never the key or the secret itself).
    error_label: why saving was refused.

    Signals:
        loaded(): the current connection is in the form.
        tested(bool): the test's answer is shown (True: the key works).
        connection_saved(str, str): saved for this shop address; where the key is kept (KeptIn value).
    """

    loaded = Signal()
    tested = Signal(bool)
    connection_saved = Signal(str, str)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._task: Task[Any] | None = None
        self._set_up = False
        self.setWindowTitle(self.tr("Webshop connection"))
        intro = QLabel(
            self.tr(
                "The app fetches new customers and orders from the WooCommerce shop every hour. Make a "
                "REST API key with Read access in WooCommerce (Settings › Advanced › REST API) and enter "
                "it here."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.url_edit = QLineEdit(self)
        self.url_edit.setMaxLength(TEXT_MAX_LENGTH)
        self.url_edit.setPlaceholderText(self.tr("https://www.example.nl"))
        self.key_edit = QLineEdit(self)
        self.key_edit.setMaxLength(TEXT_MAX_LENGTH)
        self.key_edit.setPlaceholderText("ck_…")
        self.secret_edit = QLineEdit(self)
        self.secret_edit.setMaxLength(TEXT_MAX_LENGTH)
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_edit.setPlaceholderText("cs_…")
        self.kept_label = QLabel(self)
        self.kept_label.setWordWrap(True)
        self.kept_label.hide()
        self.test_button = QPushButton(self.tr("&Test connection"), self)
        self.test_button.setAutoDefault(False)
        self.test_button.clicked.connect(self.test_connection)
        self.test_label = QLabel(self)
        self.test_label.setWordWrap(True)
        self.test_label.hide()
        self.soft_opt_in_check = QCheckBox(self.tr("Soft &opt-in for buyers"), self)
        soft_opt_in_note = QLabel(
            self.tr(
                "Tw 11.7: buyers may get the newsletter about similar products without having asked, "
                "only if the shop offered them a way to refuse it when they ordered."
            ),
            self,
        )
        soft_opt_in_note.setWordWrap(True)
        self.newsletter_key_edit = QLineEdit(self)
        self.newsletter_key_edit.setMaxLength(TEXT_MAX_LENGTH)
        self.newsletter_key_edit.setPlaceholderText(self.tr("optional, e.g. _newsletter_optin"))
        newsletter_note = QLabel(
            self.tr(
                "The meta key of the shop's own newsletter checkbox at checkout: a ticked box is recorded "
                "as consent with the shop as its source. Empty: no consent is read from the shop."
            ),
            self,
        )
        newsletter_note.setWordWrap(True)

        form = QFormLayout()
        for text, widget in (
            (self.tr("Shop &address:"), self.url_edit),
            (self.tr("Consumer &key:"), self.key_edit),
            (self.tr("Consumer s&ecret:"), self.secret_edit),
        ):
            row_label = QLabel(text, self)
            row_label.setBuddy(widget)
            form.addRow(row_label, widget)
        form.addRow("", self.kept_label)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addStretch(1)
        form.addRow("", test_row)
        form.addRow("", self.test_label)
        form.addRow(self.tr("Newsletter:"), self.soft_opt_in_check)
        form.addRow(soft_opt_in_note)  # the notes span the window: wrapped, they never overlap
        newsletter_label = QLabel(self.tr("&Newsletter checkbox (meta key):"), self)
        newsletter_label.setBuddy(self.newsletter_key_edit)
        form.addRow(newsletter_label, self.newsletter_key_edit)
        form.addRow(newsletter_note)

        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorBanner")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(640)
        self.adjustSize()
        self.url_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self._task = desk.run(sync.sync_status, self._on_loaded, self._on_load_failed)

    @property
    def busy(self) -> bool:
        return self._task is not None

    def _on_loaded(self, source: SyncSource | None) -> None:
        self._task = None
        if source is not None:
            self._set_up = True
            self.url_edit.setText(source.url)
            self.soft_opt_in_check.setChecked(source.soft_opt_in)
            keys = [key for key, target in source.consent_fields.items() if target == MARKETING_CONSENT]
            self.newsletter_key_edit.setText(keys[0] if keys else "")
            # Never the key or secret themselves: only that they are kept.
            self.kept_label.setText(
                self.tr("A key is kept for this shop; leave both fields empty to keep it.")
            )
            self.kept_label.show()
            self.adjustSize()
        self.loaded.emit()

    def _on_load_failed(self, error: BaseException) -> None:
        self._task = None
        show_refusal(self, self.error_label, error)
        self.loaded.emit()

    # --- testing -----------------------------------------------------------------------------------

    def test_connection(self) -> None:
        """One cheap request per collection, in the worker: the counts, or why not."""
        if self._task is not None:
            return
        key, secret = self.key_edit.text().strip(), self.secret_edit.text().strip()
        if not key or not secret:
            self._show_test(self.tr("Enter the key and the secret to test them."), ok=False)
            self.tested.emit(False)
            return
        self.test_label.setText(self.tr("Asking the shop…"))
        self.test_label.setObjectName("caption")
        self.test_label.show()
        self.test_button.setEnabled(False)
        check = functools.partial(
            sync.check_shop_connection, shop_url=self.url_edit.text().strip(), key=key, secret=secret
        )
        self._task = self._desk.run(check, self._on_tested, self._on_test_failed)

    def _on_tested(self, counts: ShopCounts) -> None:
        self._task = None
        self.test_button.setEnabled(True)
        self._show_test(
            self.tr(
                "The connection works: the key can read {customers} customers and {orders} orders."
            ).format(customers=_count(counts.customers), orders=_count(counts.orders)),
            ok=True,
        )
        self.tested.emit(True)

    def _on_test_failed(self, error: BaseException) -> None:
        self._task = None
        self.test_button.setEnabled(True)
        if not is_refusal(error):
            show_refusal(self, self.error_label, error)  # a bug or a database failure: as everywhere
            self.tested.emit(False)
            return
        self._show_test(error_text(error), ok=False)
        self.tested.emit(False)

    def _show_test(self, text: str, *, ok: bool) -> None:
        self.test_label.setText(text)
        self.test_label.setObjectName("caption" if ok else "errorBanner")
        self.test_label.style().unpolish(self.test_label)
        self.test_label.style().polish(self.test_label)
        self.test_label.show()
        self.adjustSize()  # the window grows with the answer

    # --- saving ------------------------------------------------------------------------------------

    def save(self) -> None:
        if self._task is not None:
            return
        key, secret = self.key_edit.text().strip(), self.secret_edit.text().strip()
        meta_key = self.newsletter_key_edit.text().strip()
        self.error_label.hide()
        if bool(key) != bool(secret):
            self.error_label.setText(
                self.tr("Enter both the key and the secret, or neither to keep the kept ones.")
            )
            self.error_label.show()
            return
        store = functools.partial(
            sync.set_up_sync,
            shop_url=self.url_edit.text().strip(),
            key=key or None,  # both empty: keep the key kept already (the operation says when there is none)
            secret=secret or None,
            soft_opt_in=self.soft_opt_in_check.isChecked(),
            consent_fields={meta_key: MARKETING_CONSENT} if meta_key else {},
        )
        self.save_button.setEnabled(False)
        self._task = self._desk.run(store, self._on_saved, self._on_save_failed)

    def _on_saved(self, set_up: SyncSetUp) -> None:
        self._task = None
        self.save_button.setEnabled(True)
        self.secret_edit.clear()
        self.key_edit.clear()
        self.connection_saved.emit(set_up.shop, str(set_up.kept_in))
        self.accept()

    def _on_save_failed(self, error: BaseException) -> None:
        self._task = None
        self.save_button.setEnabled(True)
        show_refusal(self, self.error_label, error)

    def reject(self) -> None:
        if self._task is not None:
            self._task.discard()
            self._task = None
        self.secret_edit.clear()
        super().reject()


def _count(value: int | None) -> str:
    return "?" if value is None else str(value)
