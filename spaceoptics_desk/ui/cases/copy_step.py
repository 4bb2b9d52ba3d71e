"""R8-R11: the copy of the customer's data that an access or portability request asks for."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from spaceoptics_desk.domain.case_codes import COPY_RIGHTS
from spaceoptics_desk.domain.permissions import Action
from spaceoptics_desk.ui.cases.step_page import CaseStepPage
from spaceoptics_desk.ui.copies.dialog import CopyDialog
from spaceoptics_desk.ui.desk import Desk

if TYPE_CHECKING:
    from spaceoptics_desk.services.cases import CaseDetail

translate = QCoreApplication.translate


def asks_copy(detail: CaseDetail) -> bool:
    """R8: the request asks for a copy of the data (access or portability)."""
    return bool(COPY_RIGHTS & set(detail.summary.rights))


class CopyStepPage(CaseStepPage):
    """Opens "Create data copy" for the case's customer, recorded on this case.

    Attributes:
        copy_button: opens the dialog (owner only, once the identity is checked, R7, R11).
        copy_state_label: why the copy cannot be made yet.
        copy_dialog: the dialog last opened from this case (None before, and once it is gone).

    What the copy records on the case reaches the case view through the change hub.
    """

    def __init__(self, desk: Desk, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(case_id, parent)
        self._desk = desk
        self.copy_dialog: CopyDialog | None = None
        intro = QLabel(
            translate(
                "CaseViewDialog",
                "The copy of everything the shop holds about the customer (R9, R10), as an encrypted "
                "PDF, with JSON and CSV on request. Check it in the preview, then send it to the e-mail "
                "address on file; the password goes by phone or SMS.",
            ),
            self,
        )
        intro.setWordWrap(True)
        self.copy_button = QPushButton(translate("CaseViewDialog", "Create data copy…"), self)
        self.copy_button.clicked.connect(self.open_copy_dialog)
        self.copy_state_label = QLabel(self)
        self.copy_state_label.setObjectName("caption")
        self.copy_state_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.copy_state_label)
        layout.addStretch(1)

    def applies(self, detail: CaseDetail) -> bool:
        # Like restriction and erasure: the tab is there only when the person asked for it.
        return asks_copy(detail)

    def show_case(self, detail: CaseDetail) -> None:
        super().show_case(detail)
        case = detail.summary
        if case.customer_id is None:
            state = translate("CaseViewDialog", "This case has no customer (yet): record who it is first.")
        elif not asks_copy(detail):
            state = translate(
                "CaseViewDialog", "This request does not ask for a copy (access or portability)."
            )
        elif not case.identity_verified:
            state = translate(
                "CaseViewDialog",
                "Record the identity check first (tab Identity check): the copy holds all their data.",
            )
        else:
            state = ""
        refusal = self._desk.refusal(Action.EXPORT_COPY)
        self.copy_button.setEnabled(
            case.customer_id is not None
            and asks_copy(detail)
            and case.identity_verified
            and refusal is None
            and case.status != "closed"
        )
        self.copy_button.setToolTip(refusal or "")
        self.copy_state_label.setText(state)
        self.copy_state_label.setVisible(bool(state))

    def open_copy_dialog(self) -> CopyDialog | None:
        """The copy for this case's customer, recorded on this case; the timeline follows what happens."""
        if self.detail is None or not self.copy_button.isEnabled():
            return None
        if self.copy_dialog is not None and self.copy_dialog.isVisible():
            self.copy_dialog.raise_()
            self.copy_dialog.activateWindow()
            return self.copy_dialog
        dialog = CopyDialog(
            self._desk,
            customer_number=self.detail.summary.customer_number,
            case_id=self.case_id,
            parent=self.window(),
        )
        dialog.destroyed.connect(self._on_copy_dialog_destroyed)
        self.copy_dialog = dialog
        dialog.open()
        return dialog

    def close_copy_dialog(self) -> None:
        """The customer is gone (erased): nothing of them stays on screen (R14)."""
        if self.copy_dialog is not None:
            self.copy_dialog.reject()  # deletes itself on closing (a copy still being made stays)

    def _on_copy_dialog_destroyed(self) -> None:
        self.copy_dialog = None
