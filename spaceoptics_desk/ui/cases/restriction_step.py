"""R15: processing of the case's customer restricted (one confirmation), and lifted with the notice.

The tab is there only when the person invoked restriction; its state is the customer's (they may have
been restricted before this case).
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QMessageBox, QPushButton, QWidget

from spaceoptics_desk.operations import cases
from spaceoptics_desk.ui.cases.model import customer_text
from spaceoptics_desk.ui.cases.step_page import TEXT_MAX_LENGTH, CaseAfterStep, CaseStepPage

if TYPE_CHECKING:
    from spaceoptics_desk.services.cases import CaseDetail

translate = QCoreApplication.translate


def customer_restricted(detail: CaseDetail) -> bool | None:
    """Whether the case's customer is restricted now; None when the case has no customer, does not
    invoke restriction, or is closed (nothing to do here then)."""
    case = detail.summary
    if case.customer_id is None or "restriction" not in case.rights or case.status == "closed":
        return None
    return case.customer_restricted


class RestrictionStepPage(CaseStepPage):
    """Attributes:
    restriction_state_label: whether the customer is restricted.
    restrict_button: restricts, after one confirmation naming the customer.
    lift_notice_edit: how and when the person was told (required to lift).
    lift_button: lifts the restriction.
    """

    def __init__(self, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(case_id, parent)
        self.restrict_button = QPushButton(translate("CaseViewDialog", "Restrict processing"), self)
        self.restrict_button.clicked.connect(self.restrict)
        self.lift_notice_edit = QLineEdit(self)
        self.lift_notice_edit.setMaxLength(TEXT_MAX_LENGTH)
        self.lift_notice_edit.setPlaceholderText(
            translate("CaseViewDialog", "how and when the person was told; required")
        )
        self.lift_button = QPushButton(translate("CaseViewDialog", "Lift restriction"), self)
        self.lift_button.clicked.connect(self.lift_restriction)
        self.lift_notice_edit.returnPressed.connect(self.lift_restriction)
        self.restriction_state_label = QLabel(self)
        self.restriction_state_label.setObjectName("caption")
        self.restriction_state_label.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow("", self.restriction_state_label)
        form.addRow("", self.restrict_button)
        form.addRow(translate("CaseViewDialog", "Person told:"), self.lift_notice_edit)
        form.addRow("", self.lift_button)

    def applies(self, detail: CaseDetail) -> bool:
        return "restriction" in detail.summary.rights

    def show_case(self, detail: CaseDetail) -> None:
        super().show_case(detail)
        restricted = customer_restricted(detail)
        self.restrict_button.setEnabled(restricted is False)
        self.lift_notice_edit.setEnabled(restricted is True)
        self.lift_button.setEnabled(restricted is True)
        if restricted is None:
            state = (
                translate("CaseViewDialog", "This case has no customer (yet).")
                if detail.summary.customer_id is None
                else ""
            )
        elif restricted:
            state = translate("CaseViewDialog", "Processing of this customer is restricted.")
        else:
            state = translate("CaseViewDialog", "Processing of this customer is not restricted.")
        self.restriction_state_label.setText(state)
        self.restriction_state_label.setVisible(bool(state))

    def restrict(self) -> None:
        """R15: one confirmation, then processing of the customer is restricted."""
        if self.detail is None or not self.restrict_button.isEnabled():
            return
        answer = QMessageBox.question(
            self,
            translate("CaseViewDialog", "Restrict processing"),
            translate(
                "CaseViewDialog",
                "Restrict processing of {customer}? The customer is then left out of marketing and "
                "exports until the restriction is lifted.",
            ).format(customer=customer_text(self.detail.summary)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.step_requested.emit(functools.partial(cases.restrict, case_id=self.case_id))

    def lift_restriction(self) -> None:
        """R15: lifting needs the notice to the person (the operation refuses an empty one)."""
        self.step_requested.emit(
            functools.partial(
                cases.lift_restriction, case_id=self.case_id, notice=self.lift_notice_edit.text()
            )
        )

    def step_taken(self, taken: CaseAfterStep) -> None:
        self.lift_notice_edit.clear()
