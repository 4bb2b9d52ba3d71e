"""Correcting a customer's details (R13): only changed fields are sent, each with the value seen. When
someone else saved the customer meanwhile (another desk, issue 14) the save is refused; the dialog then
shows the details as saved now and keeps what was typed, so nothing is lost and nothing is overwritten
unseen."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from spaceoptics_desk.domain.corrections import FieldEdit
from spaceoptics_desk.errors import ChangedMeanwhile
from spaceoptics_desk.operations import customers
from spaceoptics_desk.ui.customer_view.tabs import PHONE_FIELDS, phone_text, postcode_text
from spaceoptics_desk.ui.desk import Desk
from spaceoptics_desk.ui.error_reporting import error_text, is_refusal, report_failure
from spaceoptics_desk.ui.labels import field_label, label
from spaceoptics_desk.ui.tasks import Task

# (field, max length shown to the user's keyboard); the service checks again and has the last word.
_PERSON_FIELDS = (
    ("first_name", 200),
    ("name_prefix", 40),
    ("last_name", 200),
    ("company_name", 200),
    ("email", 254),
    ("phone", 40),
    ("mobile", 40),
)
_ADDRESS_FIELDS = (
    ("street", 200),
    ("house_number", 10),
    ("house_number_suffix", 10),
    ("postcode", 12),
    ("city", 100),
    ("country", 2),
)

if TYPE_CHECKING:
    from spaceoptics_desk.services.customer_view import AddressView, Profile


def _seen_and_shown(profile: Profile, addresses: Sequence[AddressView]) -> dict[str, tuple[str | None, str]]:
    """Per input's key ("email", "address:12:postcode"): the stored value, and the value as shown."""
    values: dict[str, tuple[str | None, str]] = {}
    for field, _length in _PERSON_FIELDS:
        seen = getattr(profile, field)
        # Numbers are shown as people write them; the stored form still goes out as "seen".
        values[field] = (seen, phone_text(seen) if field in PHONE_FIELDS else seen or "")
    for address in addresses:
        for field, _length in _ADDRESS_FIELDS:
            seen = getattr(address, field)
            values[f"address:{address.address_id}:{field}"] = (
                seen,
                postcode_text(seen) if field == "postcode" else seen,
            )
    return values


class _Input:
    """One editable field: what was shown when the dialog opened (or was refreshed) and what the service
    saw then."""

    def __init__(
        self, key: str, field: str, edit: QLineEdit, seen: str | None, shown: str, address_id: int | None
    ) -> None:
        self.key = key
        self.field = field
        self.edit = edit
        self.seen = seen
        self.shown = shown
        self.address_id = address_id

    @property
    def changed(self) -> bool:
        return self.edit.text().strip() != self.shown.strip()

    def to_edit(self) -> FieldEdit:
        return FieldEdit(self.field, self.seen, self.edit.text(), self.address_id)


class RectifyDialog(QDialog):
    """The "Correct details" dialog; saves in a worker and stays open, input intact, when refused.

    Attributes:
        inputs: the line edits by key ("email", "address:12:postcode").
        error_label: the refusal shown above the fields (hidden when there is none).
        saving: true while the worker runs.

    Signals:
        corrections_saved(list): the corrections were written; the labels of the changed fields.
    """

    corrections_saved = Signal(list)

    def __init__(
        self,
        desk: Desk,
        profile: Profile,
        addresses: Sequence[AddressView],
        parent: QWidget | None = None,
        request_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self._desk = desk
        self._customer_id = profile.customer_id
        # R13/R15: opened from a case, the trail names that case (and a restricted customer may be corrected).
        self.request_id = request_id
        self._task: Task[Any] | None = None
        self.saving = False
        self.setWindowTitle(self.tr("Correct details of {name}").format(name=profile.name))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._inputs: list[_Input] = []
        self.inputs: dict[str, QLineEdit] = {}

        intro = QLabel(
            self.tr(
                "Change what the customer asked to correct. Only changed fields are saved; "
                "each change is kept with the old value, who made it and when."
            )
        )
        intro.setWordWrap(True)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorBanner")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        person = QGroupBox(self.tr("Name and contact details"))
        person_form = QFormLayout(person)
        values = _seen_and_shown(profile, addresses)
        for field, length in _PERSON_FIELDS:
            edit = self._add(field, field, *values[field], None, length)
            person_form.addRow(label("field", field) + ":", edit)

        grid = QGridLayout()
        grid.addWidget(person, 0, 0, len(addresses) or 1, 1)
        for row, address in enumerate(addresses):
            box = QGroupBox(label("address_kind", address.kind))
            form = QFormLayout(box)
            for field, length in _ADDRESS_FIELDS:
                key = f"address:{address.address_id}:{field}"
                edit = self._add(key, field, *values[key], address.address_id, length)
                form.addRow(label("field", field) + ":", edit)
            grid.addWidget(box, row, 1)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save corrections"))
        self.save_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.who_label = QLabel(self.tr("Recorded as: {name}").format(name=desk.staff.display_name))
        self.who_label.setObjectName("caption")

        footer = QHBoxLayout()
        footer.addWidget(self.who_label, 1)
        footer.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.error_label)
        layout.addLayout(grid)
        layout.addLayout(footer)
        self.inputs["email"].setFocus()

    def _add(
        self, key: str, field: str, seen: str | None, shown: str, address_id: int | None, length: int
    ) -> QLineEdit:
        edit = QLineEdit(shown, self)
        edit.setMaxLength(length)
        edit.setObjectName(key)
        edit.setMinimumWidth(220)
        self._inputs.append(_Input(key, field, edit, seen, shown, address_id))
        self.inputs[key] = edit
        return edit

    def changed_edits(self) -> list[FieldEdit]:
        """Only the fields the user changed, each with the value as it was when the dialog opened."""
        return [item.to_edit() for item in self._inputs if item.changed]

    def submit(self) -> None:
        if self.saving:
            return
        edits = self.changed_edits()
        if not edits:
            self.reject()
            return
        self._set_saving(True)
        self._task = self._desk.run(
            functools.partial(
                customers.correct, customer_id=self._customer_id, edits=edits, request_id=self.request_id
            ),
            self._on_saved,
            self._on_refused,
        )

    def _set_saving(self, saving: bool) -> None:
        self.saving = saving
        self.buttons.setEnabled(not saving)
        if saving:
            self.error_label.hide()

    def _on_saved(self, fields: list[str]) -> None:
        self._task = None
        self._set_saving(False)
        self.corrections_saved.emit([field_label(field) for field in fields])
        self.accept()

    def _on_refused(self, error: BaseException) -> None:
        self._task = None
        self._set_saving(False)
        if not is_refusal(error):
            report_failure(self, error)
            return
        field = error.params.get("field")
        self.error_label.setText(error_text(error))
        self.error_label.show()
        if isinstance(error, ChangedMeanwhile):
            self._task = self._desk.run(
                functools.partial(customers.open_customer, customer_id=self._customer_id),
                lambda opened: self.take_fresh(opened.view.profile, opened.view.addresses),
                lambda _failure: None,  # erased meanwhile: the panel closes this dialog
            )
        for item in self._inputs:
            if item.changed and (field is None or item.field == field):
                item.edit.setFocus()
                item.edit.selectAll()
                break

    def take_fresh(self, profile: Profile, addresses: Sequence[AddressView]) -> None:
        """The details as saved now: a field not typed in shows the new value; a typed one keeps what
        was typed, and the banner says what is saved there now. The next save is checked against these."""
        self._task = None
        fresh = _seen_and_shown(profile, addresses)
        saved_now: list[str] = []
        for item in self._inputs:
            if item.key not in fresh:
                continue  # an address removed meanwhile: the service refuses a change to it
            seen, shown = fresh[item.key]
            typed_here = item.changed
            if typed_here and shown.strip() != item.shown.strip():
                saved_now.append(f"{field_label(item.field)}: {shown or '-'}")
            item.seen, item.shown = seen, shown
            if not typed_here:
                item.edit.setText(shown)
        if saved_now:
            lines = "\n".join(saved_now)
            self.error_label.setText(
                self.error_label.text() + "\n" + self.tr("Saved there now:") + "\n" + lines
            )

    def reject(self) -> None:
        if self.saving:  # the worker is writing; closing now would hide its outcome
            return
        super().reject()
