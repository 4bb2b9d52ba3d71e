"""The holiday table (R2): every due date skips these days; the owner adds and removes days. A change made
elsewhere (another window, another desk) arrives through the change hub and the table follows."""

from __future__ import annotations

import functools
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from spaceoptics_desk.domain.calendar_limits import EARLIEST_DAY, LATEST_DAY
from spaceoptics_desk.domain.clock import local_today
from spaceoptics_desk.domain.permissions import Action
from spaceoptics_desk.operations import holidays as holiday_ops
from spaceoptics_desk.ui.desk import Desk
from spaceoptics_desk.ui.error_reporting import show_refusal
from spaceoptics_desk.ui.formatting import DATE_FORMAT, format_date, qdate
from spaceoptics_desk.ui.rows_model import TextRow, TextRowsModel, rows_view
from spaceoptics_desk.ui.tasks import Task

if TYPE_CHECKING:
    from collections.abc import Callable

    from spaceoptics_desk.operations.changes import Changes, Outcome
    from spaceoptics_desk.operations.context import Context
    from spaceoptics_desk.services.holidays import HolidayEntry

NAME_MAX_LENGTH = 60
FIRST_YEAR, LAST_YEAR = 2018, 2045  # the seeded range (store/reference_data.py)


class HolidaysDialog(QDialog):
    """One year of holidays; the owner adds a day with a name or removes the selected one.

    Attributes:
        year_box: the year shown.
        holidays: the days of that year as last loaded.
        day_edit, name_edit, add_button, remove_button: the owner's edits (disabled for staff).
        error_label: a refusal (a day that is a holiday already, an empty name).

    Signals:
        holidays_loaded(int): the year is on screen.
        holidays_changed(): a day was added or removed (due dates of open cases moved).
    """

    holidays_loaded = Signal(int)
    holidays_changed = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._task: Task[Any] | None = None
        self._saving = False
        self.holidays: list[HolidayEntry] = []
        self.setWindowTitle(self.tr("Public holidays"))
        today = local_today(desk.clock)
        intro = QLabel(
            self.tr(
                "No due date of a request falls on these days or in a weekend (R2). A change moves the "
                "due dates of open requests at once."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.year_box = QSpinBox(self)
        self.year_box.setRange(FIRST_YEAR, LAST_YEAR)
        self.year_box.setValue(min(max(today.year, FIRST_YEAR), LAST_YEAR))
        self.year_box.valueChanged.connect(self.load)
        year_row = QHBoxLayout()
        year_label = QLabel(self.tr("&Year:"), self)
        year_label.setBuddy(self.year_box)
        year_row.addWidget(year_label)
        year_row.addWidget(self.year_box)
        year_row.addStretch(1)

        self.rows = TextRowsModel([self.tr("Date"), self.tr("Holiday")], self)
        self.table = rows_view(self.rows, self, pick_one=True)

        self.day_edit = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.day_edit.setDisplayFormat(DATE_FORMAT)
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDateRange(qdate(EARLIEST_DAY), qdate(LATEST_DAY))  # what the service accepts
        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(NAME_MAX_LENGTH)
        self.name_edit.setPlaceholderText(self.tr("name, e.g. Shop closed (stocktaking)"))
        self.name_edit.returnPressed.connect(self.add_holiday)
        self.add_button = QPushButton(self.tr("&Add"), self)
        self.add_button.clicked.connect(self.add_holiday)
        self.remove_button = QPushButton(self.tr("&Remove selected"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        edit_row = QHBoxLayout()
        edit_row.addWidget(self.day_edit)
        edit_row.addWidget(self.name_edit, 1)
        edit_row.addWidget(self.add_button)
        edit_row.addWidget(self.remove_button)
        refusal = desk.refusal(Action.CHANGE_HOLIDAYS)
        for widget in (self.day_edit, self.name_edit, self.add_button, self.remove_button):
            widget.setEnabled(refusal is None)
            widget.setToolTip(refusal or "")
        owner_note = QLabel(self.tr("Only the owner changes the holiday table."), self)
        owner_note.setObjectName("caption")
        owner_note.setVisible(refusal is not None)

        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorBanner")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        close_button = QPushButton(self.tr("Close"), self)
        close_button.setAutoDefault(False)
        close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(year_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(edit_row)
        layout.addWidget(owner_note)
        layout.addWidget(self.error_label)
        layout.addWidget(close_button, 0, Qt.AlignmentFlag.AlignRight)
        self.resize(520, 480)
        desk.hub.changed.connect(self._on_hub_changed)
        self.load()

    @property
    def busy(self) -> bool:
        return self._task is not None

    def load(self) -> None:
        if self._task is not None:
            self._task.discard()
        self._saving = False
        year = functools.partial(holiday_ops.holidays_in, year=self.year_box.value())
        self._task = self._desk.run(year, self._on_loaded, self._on_refused)

    def _on_hub_changed(self, changes: Changes) -> None:
        """Another window or desk changed the table: show it (not while saving here: that reloads)."""
        if (changes.holidays or changes.everything) and self.isVisible() and not self._saving:
            self.load()

    def _on_loaded(self, holidays: list[HolidayEntry]) -> None:
        self._task = None
        self.holidays = holidays
        self.rows.set_rows([TextRow([format_date(h.day), h.name]) for h in holidays])
        self.table.resizeColumnToContents(0)
        self.holidays_loaded.emit(self.year_box.value())

    def add_holiday(self) -> None:
        picked = self.day_edit.date()
        day = date(picked.year(), picked.month(), picked.day())
        add = functools.partial(holiday_ops.add_holiday, day=day, name=self.name_edit.text())
        self._change(add, day.year)

    def remove_selected(self) -> None:
        row = self.table.currentIndex().row()
        if not 0 <= row < len(self.holidays):
            return
        day = self.holidays[row].day
        self._change(functools.partial(holiday_ops.remove_holiday, day=day), day.year)

    def _change(self, change: Callable[[Context], Outcome[None]], show_year: int) -> None:
        if self._saving:
            return  # one change at a time: the same Enter pressed twice while it is saved
        if self._task is not None:
            # Only a reload (another desk's change arrives once a second): dropping the owner's change
            # for it lost the day without a word. The change reloads the table when it is saved.
            self._task.discard()
            self._task = None
        self.error_label.hide()

        def on_saved(_result: None) -> None:
            self._task = None
            self.name_edit.clear()
            self.holidays_changed.emit()
            if self.year_box.value() == show_year:
                self.load()
            else:
                self.year_box.setValue(show_year)  # loads that year

        self._saving = True
        self._task = self._desk.run(change, on_saved, self._on_refused)

    def _on_refused(self, error: BaseException) -> None:
        self._task = None
        self._saving = False
        show_refusal(self, self.error_label, error)

    def reject(self) -> None:
        if self._task is not None:
            self._task.discard()
            self._task = None
            self._saving = False
        super().reject()
