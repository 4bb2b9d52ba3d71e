"""The "Requests" window: open cases, most urgent first; overdue in red, due within a week in amber.

While it is open it follows the change hub: a step in a case view, a correction of a customer, another
desk's write or a moved holiday reloads it.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from spaceoptics_desk.domain.case_codes import RIGHTS
from spaceoptics_desk.operations import cases
from spaceoptics_desk.ui.cases.model import CUSTOMER, CaseListModel
from spaceoptics_desk.ui.cases.model import RIGHTS as RIGHTS_COLUMN
from spaceoptics_desk.ui.coalescing_load import CoalescingLoad
from spaceoptics_desk.ui.desk import Desk
from spaceoptics_desk.ui.error_reporting import report_failure
from spaceoptics_desk.ui.labels import label
from spaceoptics_desk.ui.tasks import Task

if TYPE_CHECKING:
    from spaceoptics_desk.operations.changes import Changes
    from spaceoptics_desk.services.cases import CaseSummary

OPEN, OVERDUE, ALL = "open", "overdue", "all"


class CaseListWindow(QWidget):
    """A window of its own (it stays open beside the customer view).

    Attributes:
        cases: the model of the cases shown (after the filters).
        view: the table.
        status_box, right_box, staff_box: the filters (codes in Qt.UserRole; None = any).
        note: how many cases are shown.

    Signals:
        cases_loaded(int): the list on screen is up to date (the number of rows).
        case_requested(int): the user wants to see this case.
    """

    cases_loaded = Signal(int)
    case_requested = Signal(int)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._desk = desk
        # At most one load runs; a change meanwhile loads once more after it (issue 11).
        self._load: CoalescingLoad[list[CaseSummary]] = CoalescingLoad(
            self._start_load, self._on_loaded, self._on_failed
        )
        self._loading_status: object = None  # the status filter of the last load started
        self._all: list[CaseSummary] = []
        self.setWindowTitle(self.tr("Requests"))
        self.resize(1260, 560)

        self.status_box = QComboBox(self)
        for code, text in ((OPEN, self.tr("Open")), (OVERDUE, self.tr("Overdue")), (ALL, self.tr("All"))):
            self.status_box.addItem(text, code)
        self.right_box = QComboBox(self)
        self.right_box.addItem(self.tr("Any right"), None)
        for right in RIGHTS:
            self.right_box.addItem(label("right_choice", right), right)
        self.staff_box = QComboBox(self)
        self.staff_box.addItem(self.tr("Anyone"), None)
        self.staff_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.status_box.currentIndexChanged.connect(self.refresh)
        self.right_box.currentIndexChanged.connect(self._apply_filters)
        self.staff_box.currentIndexChanged.connect(self._apply_filters)
        refresh_button = QPushButton(self.tr("&Refresh"), self)
        refresh_button.clicked.connect(self.refresh)
        filters = QHBoxLayout()
        for text, box in (
            (self.tr("&Show:"), self.status_box),
            (self.tr("R&ight:"), self.right_box),
            (self.tr("&Taken by:"), self.staff_box),
        ):
            box_label = QLabel(text, self)
            box_label.setBuddy(box)
            filters.addWidget(box_label)
            filters.addWidget(box)
            filters.addSpacing(12)
        filters.addStretch(1)
        filters.addWidget(refresh_button)

        self.cases = CaseListModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.cases)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CUSTOMER, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(RIGHTS_COLUMN, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(RIGHTS_COLUMN, 250)
        self.view.doubleClicked.connect(self._on_view_double_clicked)
        self.view.installEventFilter(self)
        self.note = QLabel(self)
        self.note.setObjectName("resultsNote")
        legend = QLabel(
            self.tr("Red: past the due date. Amber: due within 7 days. Enter opens a request."), self
        )
        legend.setObjectName("resultsNote")

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.note)
        layout.addWidget(self.view, 1)
        layout.addWidget(legend)
        desk.hub.changed.connect(self._on_changes)

    def refresh(self) -> None:
        """Reloads the cases in the worker (the status filter asks the service; the others filter here).
        While a load runs, once more after it; the running one is shown unless the status filter moved."""
        status = self.status_box.currentData()
        self._load.request(asked_changed=status != self._loading_status)

    def _start_load(
        self, on_done: Callable[[list[CaseSummary]], None], on_failed: Callable[[BaseException], None]
    ) -> Task[Any]:
        status = self._loading_status = self.status_box.currentData()
        operation = functools.partial(cases.list_cases, open_only=status == OPEN, overdue=status == OVERDUE)
        return self._desk.run(operation, on_done, on_failed)

    def _on_changes(self, changes: Changes) -> None:
        # A closed window does not query; showing it again loads the cases.
        if self.isVisible() and (changes.any_case or changes.any_customer):
            self.refresh()

    def _on_loaded(self, cases: list[CaseSummary]) -> None:
        self._all = cases
        chosen = self.staff_box.currentData()
        names = sorted({case.staff for case in cases} | ({chosen} if chosen else set()))
        self.staff_box.blockSignals(True)
        self.staff_box.clear()
        self.staff_box.addItem(self.tr("Anyone"), None)
        for name in names:
            self.staff_box.addItem(name, name)
        self.staff_box.setCurrentIndex(max(0, self.staff_box.findData(chosen)) if chosen else 0)
        self.staff_box.blockSignals(False)
        self._apply_filters()

    def _on_failed(self, error: BaseException) -> None:
        report_failure(self, error)

    def _apply_filters(self) -> None:
        right, staff = self.right_box.currentData(), self.staff_box.currentData()
        shown = [
            case
            for case in self._all
            if (right is None or right in case.rights) and (staff is None or case.staff == staff)
        ]
        current = self.view.currentIndex()
        selected = self.cases.case_at(current.row()) if current.isValid() else None
        self.cases.set_cases(shown)
        late = sum(1 for case in shown if case.status != "closed" and case.days_left < 0)
        self.note.setText(
            self.tr("%n request(s) shown", "", len(shown))
            + (self.tr(", %n past the due date", "", late) if late else "")
            + "."
        )
        if shown:
            row = 0
            if selected is not None:
                row = next((i for i, c in enumerate(shown) if c.case_id == selected.case_id), 0)
            # The current row without a selection: a selected row would hide its red or amber.
            self.view.selectionModel().setCurrentIndex(
                self.cases.index(row, 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )
        self.cases_loaded.emit(len(shown))

    def open_row(self, row: int) -> None:
        case = self.cases.case_at(row)
        if case is not None:
            self.case_requested.emit(case.case_id)

    def _on_view_double_clicked(self, index: QModelIndex) -> None:
        self.open_row(index.row())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.view
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            current = self.view.currentIndex()
            self.open_row(current.row() if current.isValid() else 0)
            return True
        return super().eventFilter(watched, event)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.refresh()
