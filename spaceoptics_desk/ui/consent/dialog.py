"""What a consent change must record (R19, R20): channel, a note, and for a spoken "yes" the wording.

Both dialogs save in a worker inside one transaction and stay open, input intact, when refused.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from spaceoptics_desk.operations import consent
from spaceoptics_desk.ui.desk import Desk
from spaceoptics_desk.ui.error_reporting import show_refusal
from spaceoptics_desk.ui.labels import label
from spaceoptics_desk.ui.tasks import Task

if TYPE_CHECKING:
    from spaceoptics_desk.operations.changes import Outcome
    from spaceoptics_desk.operations.context import Context
    from spaceoptics_desk.services.consent import PurposeToggle

DEFAULT_CHANNEL = "phone"
NOTE_MAX_LENGTH = 500


class _RecordingDialog(QDialog):
    """Channel and note, an error line, Save/Cancel and who records it; subclasses add the rest.

    Attributes:
        channel_box: the channel, the code in Qt.UserRole (telephone preselected).
        note_edit: an optional note kept with the event.
        error_label: the refusal (hidden when there is none).
        save_button: records the change.
        saving: true while the worker runs.
    """

    def __init__(self, desk: Desk, customer_id: int, channels: Sequence[str], parent: QWidget | None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._customer_id = customer_id
        self._task: Task[Any] | None = None
        self.saving = False
        self.setWindowModality(Qt.WindowModality.WindowModal)

        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorBanner")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.channel_box = QComboBox(self)
        for channel in channels:
            self.channel_box.addItem(label("channel", channel), channel)
        self.channel_box.setCurrentIndex(max(0, self.channel_box.findData(DEFAULT_CHANNEL)))
        self.note_edit = QLineEdit(self)
        self.note_edit.setMaxLength(NOTE_MAX_LENGTH)
        self.note_edit.setPlaceholderText(self.tr("optional, e.g. “called about order 2025-000123”"))
        self.form = QFormLayout()
        channel_label = QLabel(self.tr("C&hannel:"), self)
        channel_label.setBuddy(self.channel_box)
        note_label = QLabel(self.tr("&Note:"), self)
        note_label.setBuddy(self.note_edit)
        self.form.addRow(channel_label, self.channel_box)
        self.form.addRow(note_label, self.note_edit)

        self.buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self)
        self.save_button.setDefault(True)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.who_label = QLabel(self.tr("Recorded as: {name}").format(name=desk.staff.display_name))
        self.who_label.setObjectName("caption")
        self.footer = QHBoxLayout()
        self.footer.addWidget(self.who_label, 1)
        self.footer.addWidget(self.buttons)

    @property
    def channel(self) -> str:
        return str(self.channel_box.currentData())

    @property
    def note(self) -> str | None:
        return self.note_edit.text().strip() or None

    def submit(self) -> None:
        if self.saving:
            return
        self._set_saving(True)
        self._task = self._desk.run(self._operation(), self._on_saved, self._on_refused)

    def _operation(self) -> Callable[[Context], Outcome[Any]]:  # what each dialog records (both override)
        raise NotImplementedError

    def _set_saving(self, saving: bool) -> None:
        self.saving = saving
        self.buttons.setEnabled(not saving)
        if saving:
            self.error_label.hide()

    def _on_saved(self, result: object) -> None:
        self._task = None
        self._set_saving(False)
        self._emit_saved(result)
        self.accept()

    def _emit_saved(self, result: object) -> None:  # each dialog announces its own result
        raise NotImplementedError

    def _on_refused(self, error: BaseException) -> None:
        self._task = None
        self._set_saving(False)
        show_refusal(self, self.error_label, error)

    def reject(self) -> None:
        if self.saving:  # the worker is writing; closing now would hide its outcome
            return
        super().reject()


class ConsentChangeDialog(_RecordingDialog):
    """Switching one purpose: asks channel and note; a spoken "yes" also shows the wording to read out.

    Attributes:
        wording_box: the standard wording in the customer's language (shown only when it must be read).
        wording_text: the wording itself.
        read_out_check: "I have read this text out" (required by the service for a spoken "yes").

    Signals:
        consent_saved(object): the change was recorded (a ConsentChange), or None when it already was so.
    """

    consent_saved = Signal(object)

    def __init__(
        self,
        desk: Desk,
        customer_id: int,
        toggle: PurposeToggle,
        on: bool,
        purpose_title: str,
        customer_language: str,
        channels: Sequence[str],
        spoken_channels: frozenset[str],
        email_suppressed: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(desk, customer_id, channels, parent)
        self.purpose_key = toggle.key
        self.on = on
        self._giving = on and toggle.legal_basis == "consent"
        self._spoken_channels = spoken_channels
        objection = toggle.legal_basis == "objection"
        if objection:
            title = self.tr("Record the objection") if on else self.tr("Withdraw the objection")
            action = (
                self.tr("The customer objects: {purpose}.")
                if on
                else self.tr("The customer withdraws the objection: {purpose}.")
            )
        else:
            title = self.tr("Give consent") if on else self.tr("Withdraw consent")
            action = (
                self.tr("The customer gives consent for: {purpose}.")
                if on
                else self.tr("The customer withdraws consent for: {purpose}. It takes effect at once.")
            )
        self.setWindowTitle(title)
        self.save_button.setText(self.tr("&Record"))
        intro = QLabel(action.format(purpose=purpose_title), self)
        intro.setObjectName("caption")
        intro.setWordWrap(True)

        self.wording_box = QGroupBox(self)
        wording_layout = QVBoxLayout(self.wording_box)
        wording = toggle.wording
        language = label("language", customer_language)
        if wording is not None:
            self.wording_box.setTitle(
                self.tr("Read out to the customer ({language}, version {version})").format(
                    language=language, version=wording.version
                )
            )
            text = wording.text_en if customer_language == "en" else wording.text_nl
        else:
            self.wording_box.setTitle(self.tr("Read out to the customer"))
            text = self.tr("There is no standard wording for this purpose; explain it in your own words.")
        self.wording_text = QLabel(f"“{text}”", self.wording_box)
        self.wording_text.setObjectName("wording")
        self.wording_text.setWordWrap(True)
        self.wording_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.read_out_check = QCheckBox(self.tr("I have read this text &out"), self.wording_box)
        wording_layout.addWidget(self.wording_text)
        wording_layout.addWidget(self.read_out_check)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        if email_suppressed and on and not objection:
            warning = QLabel(
                self.tr(
                    "This address objected to marketing before and was erased. Switch this on only when "
                    "the customer asks for it now."
                ),
                self,
            )
            warning.setObjectName("holdBanner")
            warning.setWordWrap(True)
            layout.addWidget(warning)
        layout.addWidget(self.error_label)
        layout.addLayout(self.form)
        layout.addWidget(self.wording_box)
        layout.addLayout(self.footer)
        self.setMinimumWidth(480)
        self.channel_box.currentIndexChanged.connect(self._on_channel_box_current_index_changed)
        self._on_channel_box_current_index_changed()
        self.channel_box.setFocus()

    @property
    def wording_needed(self) -> bool:
        """R19: a "yes" by voice is only proven with the standard wording read out."""
        return self._giving and self.channel in self._spoken_channels

    def _on_channel_box_current_index_changed(self) -> None:
        self.wording_box.setVisible(self.wording_needed)
        self.adjustSize()

    def _operation(self) -> Callable[[Context], Outcome[Any]]:
        return functools.partial(
            consent.switch_consent,
            customer_id=self._customer_id,
            purpose_key=self.purpose_key,
            on=self.on,
            channel=self.channel,
            wording_read_out=self.wording_needed and self.read_out_check.isChecked(),
            note=self.note,
        )

    def _emit_saved(self, result: object) -> None:
        self.consent_saved.emit(result)


class MarketingObjectionDialog(_RecordingDialog):
    """R18 (AVG 21(2)-(3)): stop all direct marketing in one action; it is never refused.

    Signals:
        objection_recorded(list): the ConsentChanges recorded (empty when everything already was off).
    """

    objection_recorded = Signal(list)

    def __init__(
        self, desk: Desk, customer_id: int, channels: Sequence[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(desk, customer_id, channels, parent)
        self.setWindowTitle(self.tr("Stop all direct marketing"))
        self.save_button.setText(self.tr("&Stop all direct marketing"))
        intro = QLabel(
            self.tr(
                "The customer objects to direct marketing (GDPR art. 21). Every marketing consent is "
                "withdrawn and the objection to advertising via social media is recorded, at once. "
                "This cannot be refused."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.error_label)
        layout.addLayout(self.form)
        layout.addLayout(self.footer)
        self.setMinimumWidth(480)
        self.channel_box.setFocus()

    def _operation(self) -> Callable[[Context], Outcome[Any]]:
        return functools.partial(
            consent.object_to_marketing, customer_id=self._customer_id, channel=self.channel, note=self.note
        )

    def _emit_saved(self, result: object) -> None:
        self.objection_recorded.emit(result)
