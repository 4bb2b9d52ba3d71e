"""The case list as a Qt table: one CaseSummary per row, coloured by how close the due date is."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from spaceoptics_desk.ui.formatting import format_date, format_moment
from spaceoptics_desk.ui.labels import label

if TYPE_CHECKING:
    from spaceoptics_desk.services.cases import CaseSummary

Index = QModelIndex | QPersistentModelIndex

CASE, DUE, DAYS_LEFT, CUSTOMER, RIGHTS, CHANNEL, RECEIVED, STATUS, IDENTITY, STAFF = range(10)
# A case due within this many days is shown in amber (issue 4: "due within 7 days in amber").
SOON_DAYS = 7
OVERDUE_COLOUR = QColor("#a4262c")
SOON_COLOUR = QColor("#8a5a00")
SOON_BACKGROUND = QColor("#fff4ce")
OVERDUE_BACKGROUND = QColor("#fde7e9")


def urgency(case: CaseSummary) -> str:
    """ "overdue", "soon" or "" for an open case; a closed case is never urgent."""
    if case.status == "closed":
        return ""
    if case.days_left < 0:
        return "overdue"
    if case.days_left <= SOON_DAYS:
        return "soon"
    return ""


def customer_text(case: CaseSummary) -> str:
    if case.customer_number is None:
        return QCoreApplication.translate("CaseListModel", "unknown caller")
    return f"{case.customer_name} ({case.customer_number})"


def rights_text(rights: Sequence[str]) -> str:
    return ", ".join(label("right_choice", right) for right in rights)


def days_left_text(case: CaseSummary) -> str:
    if case.status == "closed":
        return ""
    # CaseListModel.tr, not QCoreApplication.translate: only a tr() call is a plural for pyside6-lupdate
    # (with translate() it dropped the Dutch plural forms from the .ts file). PySide6's tr works on the
    # class too (its context is the class name); the stubs know only the instance form.
    late, left = -case.days_left, case.days_left
    if late > 0:
        return CaseListModel.tr("%n day(s) late", "", late)  # type: ignore[arg-type]
    if left == 0:
        return CaseListModel.tr("today")  # type: ignore[call-arg, arg-type]
    return CaseListModel.tr("%n day(s)", "", left)  # type: ignore[arg-type]


class CaseListModel(QAbstractTableModel):
    """Cases as the service sorted them (most urgent first); `set_cases` replaces them in one reset."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cases: list[CaseSummary] = []
        self._headers = [
            self.tr("Case"),
            self.tr("Due"),
            self.tr("Left"),
            self.tr("Customer"),
            self.tr("Rights"),
            self.tr("Channel"),
            self.tr("Received"),
            self.tr("Status"),
            self.tr("Identity"),
            self.tr("Taken by"),
        ]

    def set_cases(self, cases: Sequence[CaseSummary]) -> None:
        self.beginResetModel()
        self._cases = list(cases)
        self.endResetModel()

    def case_at(self, row: int) -> CaseSummary | None:
        return self._cases[row] if 0 <= row < len(self._cases) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._cases)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def _text(self, case: CaseSummary, column: int) -> str:
        if column == CASE:
            return str(case.case_id)
        if column == DUE:
            return format_date(case.due)
        if column == DAYS_LEFT:
            return days_left_text(case)
        if column == CUSTOMER:
            return customer_text(case)
        if column == RIGHTS:
            return rights_text(case.rights)
        if column == CHANNEL:
            return label("channel", case.channel)
        if column == RECEIVED:
            return format_moment(case.received_at)
        if column == STATUS:
            return label("case_status", case.status)
        if column == IDENTITY:
            return self.tr("checked") if case.identity_verified else self.tr("not yet")
        if column == STAFF:
            return case.staff
        return ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._cases):
            return None
        case = self._cases[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(case, index.column())
        if role == Qt.ItemDataRole.ForegroundRole:
            state = urgency(case)
            if state == "overdue":
                return QBrush(OVERDUE_COLOUR)
            if state == "soon":
                return QBrush(SOON_COLOUR)
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            state = urgency(case)
            if state == "overdue":
                return QBrush(OVERDUE_BACKGROUND)
            if state == "soon":
                return QBrush(SOON_BACKGROUND)
            return None
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (DUE, DAYS_LEFT):
            parts = [self.tr("First due date: {date}").format(date=format_date(case.first_due))]
            if case.extended_due is not None:
                parts.append(self.tr("Extended to: {date}").format(date=format_date(case.extended_due)))
            if case.due_with_pause is not None:
                parts.append(self.tr("With the pause: {date}").format(date=format_date(case.due_with_pause)))
            return "\n".join(parts)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (CASE, DAYS_LEFT):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None
