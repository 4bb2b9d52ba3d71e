"""R13: the case's customer corrected from the case, recorded with it (also while restricted, R15)."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from spaceoptics_desk.operations import cases
from spaceoptics_desk.ui.cases.step_page import CaseStepPage
from spaceoptics_desk.ui.desk import Desk
from spaceoptics_desk.ui.rectify.dialog import RectifyDialog
from spaceoptics_desk.ui.tasks import Task

if TYPE_CHECKING:
    from spaceoptics_desk.services.cases import CaseDetail
    from spaceoptics_desk.services.customer_view import CustomerView

translate = QCoreApplication.translate


class CorrectStepPage(CaseStepPage):
    """Loads the case's customer in the worker, then opens "Correct details" for this case.

    Attributes:
        rectify_button: opens the dialog (disabled without a customer, or once the case is closed).
        rectify_dialog: the dialog last opened from this case (None before).

    Signals:
        load_failed(object): the customer could not be loaded (the error, for the case view to show).
    """

    load_failed = Signal(object)

    def __init__(self, desk: Desk, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(case_id, parent)
        self._desk = desk
        self._task: Task[Any] | None = None
        self.rectify_dialog: RectifyDialog | None = None
        intro = QLabel(
            translate(
                "CaseViewDialog",
                "Corrections made here are recorded with this request, also for a customer whose "
                "processing is restricted.",
            ),
            self,
        )
        intro.setWordWrap(True)
        self.rectify_button = QPushButton(translate("CaseViewDialog", "Correct details…"), self)
        self.rectify_button.clicked.connect(self.open_rectify_dialog)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.rectify_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

    def show_case(self, detail: CaseDetail) -> None:
        super().show_case(detail)
        self.rectify_button.setEnabled(
            detail.summary.customer_id is not None and detail.summary.status != "closed"
        )

    def open_rectify_dialog(self) -> None:
        if self._task is not None or not self.rectify_button.isEnabled():
            return
        if self.rectify_dialog is not None and self.rectify_dialog.isVisible():
            self.rectify_dialog.raise_()
            self.rectify_dialog.activateWindow()
            return
        self.rectify_button.setEnabled(False)
        self._task = self._desk.run(
            functools.partial(cases.case_customer, case_id=self.case_id),
            self._on_customer_loaded,
            self._on_load_failed,
        )

    def close_rectify_dialog(self) -> None:
        """The customer is gone (erased elsewhere): their details are no longer to be corrected."""
        if self.rectify_dialog is not None and self.rectify_dialog.isVisible():
            self.rectify_dialog.reject()

    def discard(self) -> None:
        if self._task is not None:
            self._task.discard()
            self._task = None

    def _on_customer_loaded(self, view: CustomerView) -> None:
        self._task = None
        if self.detail is not None:
            self.show_case(self.detail)
        self.rectify_dialog = RectifyDialog(
            self._desk, view.profile, view.addresses, self.window(), request_id=self.case_id
        )
        self.rectify_dialog.open()

    def _on_load_failed(self, error: BaseException) -> None:
        self._task = None
        if self.detail is not None:
            self.show_case(self.detail)
        self.load_failed.emit(error)
