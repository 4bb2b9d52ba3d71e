"""Recording a request as it comes in (R1): ten seconds for a phone call.

Tab order follows the call: channel, when, which rights, what was said, how to reach them; Enter saves.
The dialog records it in the worker (operations/cases.py) and stays open, input intact, when refused.
"""

from __future__ import annotations

import functools
import itertools
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QDateTime, QEvent, QObject, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from spaceoptics_desk.domain.calendar_limits import AVG_APPLIES_FROM
from spaceoptics_desk.domain.case_codes import CHANNELS, RIGHTS
from spaceoptics_desk.domain.clock import AMSTERDAM
from spaceoptics_desk.operations import cases
from spaceoptics_desk.ui.desk import Desk
from spaceoptics_desk.ui.error_reporting import show_refusal
from spaceoptics_desk.ui.formatting import MOMENT_FORMAT, qdate
from spaceoptics_desk.ui.labels import label
from spaceoptics_desk.ui.tasks import Task

if TYPE_CHECKING:
    from spaceoptics_desk.services.cases import CaseSummary

DEFAULT_CHANNEL = "phone"
TEXT_MAX_LENGTH = 1000


def local_moment(moment: datetime) -> QDateTime:
    local = moment.astimezone(AMSTERDAM)
    return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))


def utc_moment(stamp: QDateTime) -> datetime:
    """A date and time as typed at the desk (Dutch time) as the UTC moment the service stores."""
    day, time = stamp.date(), stamp.time()
    local = datetime(day.year(), day.month(), day.day(), time.hour(), time.minute(), tzinfo=AMSTERDAM)
    return local.astimezone(UTC)


class CaseIntakeDialog(QDialog):
    """Channel, received date and time, rights, summary and contact details of a new request.

    Attributes:
        customer_id: the customer the request is about, or None for an unknown caller.
        channel_box: the channel, the code in Qt.UserRole (telephone preselected).
        received_edit: when the request came in, Dutch time (now, or earlier for an e-mail).
        right_checks: a checkbox per right code.
        summary_edit: what the person asks, in a line.
        contact_edit: contact details the person gave.
        error_label: the refusal (hidden when there is none).
        save_button: records the request (the default button: Enter saves).
        saving: true while the worker runs.

    Signals:
        case_opened(object): the request was recorded (its CaseSummary, with the due date).
    """

    case_opened = Signal(object)

    def __init__(
        self, desk: Desk, customer_id: int | None, customer_text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._desk = desk
        self.customer_id = customer_id
        self._task: Task[Any] | None = None
        self.saving = False
        self.setWindowTitle(self.tr("Record a request"))
        self.setWindowModality(Qt.WindowModality.WindowModal)

        intro = QLabel(
            self.tr("Request from: {customer}").format(customer=customer_text)
            if customer_id is not None
            else self.tr("Request from a caller not yet known as a customer (link the customer later)."),
            self,
        )
        intro.setObjectName("caption")
        intro.setWordWrap(True)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorBanner")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        self.channel_box = QComboBox(self)
        for channel in CHANNELS:
            self.channel_box.addItem(label("channel", channel), channel)
        self.channel_box.setCurrentIndex(max(0, self.channel_box.findData(DEFAULT_CHANNEL)))
        self.received_edit = QDateTimeEdit(local_moment(desk.clock.now()), self)
        self.received_edit.setDisplayFormat(MOMENT_FORMAT)
        self.received_edit.setCalendarPopup(True)
        # R1: no request under the AVG came in before it applied (the service refuses it too).
        self.received_edit.setMinimumDate(qdate(AVG_APPLIES_FROM))
        # Tab leaves the field instead of walking through day, month, year, hour and minute.
        self.received_edit.installEventFilter(self)
        self.received_edit.setToolTip(
            self.tr("Dutch time. Change it for an e-mail or letter that came earlier.")
        )

        self.rights_box = QWidget(self)
        grid = QGridLayout(self.rights_box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.right_checks: dict[str, QCheckBox] = {}
        for position, right in enumerate(RIGHTS):
            check = QCheckBox(label("right_choice", right), self.rights_box)
            self.right_checks[right] = check
            grid.addWidget(check, position // 2, position % 2)
        self.summary_edit = QLineEdit(self)
        self.summary_edit.setMaxLength(TEXT_MAX_LENGTH)
        self.summary_edit.setPlaceholderText(
            self.tr("what the person asks, e.g. “wants to know what we keep”")
        )
        self.contact_edit = QLineEdit(self)
        self.contact_edit.setMaxLength(TEXT_MAX_LENGTH)
        self.contact_edit.setPlaceholderText(self.tr("phone number or e-mail address the person gave"))

        form = QFormLayout()
        for text, widget in (
            (self.tr("C&hannel:"), self.channel_box),
            (self.tr("&Received:"), self.received_edit),
            (self.tr("Rights:"), self.rights_box),
            (self.tr("&Summary:"), self.summary_edit),
            (self.tr("C&ontact details:"), self.contact_edit),
        ):
            row_label = QLabel(text, self)
            row_label.setBuddy(widget)
            form.addRow(row_label, widget)

        self.buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self.tr("&Record request"), self)
        self.save_button.setDefault(True)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        who = QLabel(self.tr("Taken by: {name}").format(name=desk.staff.display_name), self)
        who.setObjectName("caption")
        footer = QHBoxLayout()
        footer.addWidget(who, 1)
        footer.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.error_label)
        layout.addLayout(form)
        layout.addLayout(footer)
        self.setMinimumWidth(520)

        order: list[QWidget] = [self.channel_box, self.received_edit, *self.right_checks.values()]
        order += [self.summary_edit, self.contact_edit, self.save_button, cancel]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        self.channel_box.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.received_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
        ):
            forward = (
                event.key() == Qt.Key.Key_Tab and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            )
            self.focusNextPrevChild(forward)
            return True
        return super().eventFilter(watched, event)

    @property
    def rights(self) -> list[str]:
        return [right for right, check in self.right_checks.items() if check.isChecked()]

    def submit(self) -> None:
        if self.saving:
            return
        self.saving = True
        self.buttons.setEnabled(False)
        self.error_label.hide()
        self._task = self._desk.run(
            functools.partial(
                cases.open_case,
                customer=self.customer_id,
                channel=str(self.channel_box.currentData()),
                received_at=utc_moment(self.received_edit.dateTime()),
                rights=self.rights,
                summary=self.summary_edit.text(),
                contact_details=self.contact_edit.text(),
            ),
            self._on_saved,
            self._on_refused,
        )

    def _on_saved(self, case: CaseSummary) -> None:
        self._task = None
        self.saving = False
        self.buttons.setEnabled(True)
        self.case_opened.emit(case)
        self.accept()

    def _on_refused(self, error: BaseException) -> None:
        self._task = None
        self.saving = False
        self.buttons.setEnabled(True)
        show_refusal(self, self.error_label, error)

    def reject(self) -> None:
        if self.saving:  # the worker is writing; closing now would hide its outcome
            return
        super().reject()
