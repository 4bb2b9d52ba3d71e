"""Postponing a candidate (reason, new date) or putting a legal hold on it (R25: reason, case, review
date), each in a small dialog that saves in the worker and shows a refusal inside itself (input kept).
"""

from __future__ import annotations

import functools
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from spaceoptics_desk.domain.retention import latest_postponement
from spaceoptics_desk.operations import retention
from spaceoptics_desk.ui.desk import Desk
from spaceoptics_desk.ui.error_reporting import show_refusal
from spaceoptics_desk.ui.formatting import DATE_FORMAT, format_date, qdate
from spaceoptics_desk.ui.labels import label
from spaceoptics_desk.ui.tasks import Task

if TYPE_CHECKING:
    from spaceoptics_desk.services.retention_scan import Candidate

TEXT_MAX_LENGTH = 500
POSTPONE_DAYS = 91  # a quarter: the usual "ask again later"
HOLD_REVIEW_DAYS = 182


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class DecisionDialog(QDialog):
    """Postpone (kind "postpone") or hold (kind "hold") one candidate; OK saves, Esc cancels.

    Attributes:
        reason_edit, date_edit: the reason and the new date (hold: the review date).
        case_edit: the case reference (hold only).
        error_label: the refusal of the last save (input stays as typed).

    Signals:
        decided(str): the decision was saved for this candidate key.
    """

    decided = Signal(str)

    def __init__(
        self, desk: Desk, candidate: Candidate, kind: str, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._desk = desk
        self._candidate = candidate
        self._today = today
        self.kind = kind
        self._task: Task[Any] | None = None
        hold = kind == "hold"
        self.setWindowTitle(self.tr("Legal hold") if hold else self.tr("Postpone"))
        about = QLabel(
            self.tr("{subject} — {rule}, due since {date}").format(
                subject=candidate.reference,
                rule=label("retention_category", candidate.rule.value),
                date=format_date(candidate.due_on),
            ),
            self,
        )
        about.setObjectName("caption")
        about.setWordWrap(True)
        explain = QLabel(
            self.tr(
                "A legal hold (R25) keeps all of this customer's data out of every cleanup and refuses "
                "erasure requests until it is lifted. Give the reason, the case or dispute reference and "
                "the date to look at it again."
            )
            if hold
            else self.tr("The candidate leaves the review until the new date; say why."),
            self,
        )
        explain.setWordWrap(True)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setMaxLength(TEXT_MAX_LENGTH)
        self.reason_edit.setPlaceholderText(
            self.tr("e.g. disputed payment, fraud investigation") if hold else self.tr("e.g. customer called")
        )
        self.case_edit = QLineEdit(self)
        self.case_edit.setMaxLength(100)
        self.case_edit.setPlaceholderText(self.tr("e.g. DISP-2026-7"))
        days = HOLD_REVIEW_DAYS if hold else POSTPONE_DAYS
        self.date_edit = QDateEdit(qdate(today + timedelta(days=days)), self)
        self.date_edit.setDisplayFormat(DATE_FORMAT)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMinimumDate(qdate(today + timedelta(days=1)))
        # R23/R25: the picker offers no date the service would refuse (at most a year ahead).
        self.date_edit.setMaximumDate(qdate(latest_postponement(today)))
        form = QFormLayout()
        reason_label = QLabel(self.tr("&Reason:"), self)
        reason_label.setBuddy(self.reason_edit)
        form.addRow(reason_label, self.reason_edit)
        if hold:
            case_label = QLabel(self.tr("&Case reference:"), self)
            case_label.setBuddy(self.case_edit)
            form.addRow(case_label, self.case_edit)
        else:
            self.case_edit.hide()
        date_label = QLabel(self.tr("Re&view on:") if hold else self.tr("&Until:"), self)
        date_label.setBuddy(self.date_edit)
        form.addRow(date_label, self.date_edit)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorBanner")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Place &hold") if hold else self.tr("&Postpone"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(520, 0)
        self.reason_edit.setFocus()

    @property
    def saving(self) -> bool:
        return self._task is not None

    def save(self) -> None:
        if self._task is not None:
            return
        self.error_label.hide()
        key, today, reason = self._candidate.key, self._today, self.reason_edit.text()
        until = _date(self.date_edit.date())
        self.buttons.setEnabled(False)
        if self.kind == "hold":
            hold = functools.partial(
                retention.hold,
                key=key,
                reason=reason,
                case_reference=self.case_edit.text(),
                review_on=until,
                today=today,
            )
            self._task = self._desk.run(hold, self._on_saved, self._on_refused)
        else:
            postpone = functools.partial(retention.postpone, key=key, until=until, reason=reason, today=today)
            self._task = self._desk.run(postpone, self._on_saved, self._on_refused)

    def _on_saved(self, _result: object) -> None:
        self._task = None
        self.buttons.setEnabled(True)
        self.decided.emit(self._candidate.key)
        self.accept()

    def _on_refused(self, error: BaseException) -> None:
        self._task = None
        self.buttons.setEnabled(True)
        show_refusal(self, self.error_label, error)

    def reject(self) -> None:
        if self._task is not None:  # saving: its outcome must be seen
            return
        super().reject()

    def keyPressEvent(self, event: Any) -> None:
        # Enter in a field saves (the OK button is the default); never closes while saving.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.save()
            return
        super().keyPressEvent(event)
