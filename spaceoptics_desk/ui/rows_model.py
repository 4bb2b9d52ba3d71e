"""A read-only table of ready-made text rows, for the simple lists of the customer view."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractItemModel, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget


class TextRow:
    """One row: its cells as shown, and optionally a warning colour (an overdue date, a restriction)."""

    __slots__ = ("cells", "tooltip", "warning")

    def __init__(self, cells: Sequence[str], *, warning: bool = False, tooltip: str = "") -> None:
        self.cells = tuple(cells)
        self.warning = warning
        self.tooltip = tooltip


class TextRowsModel(QStandardItemModel):
    """Rows of text under fixed headers; `set_rows` replaces them all.

    Qt's own item model, filled once per `set_rows`: painting and resizing read the cells in C++ and
    never call back into Python. A Python `data()` is called for every cell on every repaint, and each
    call must take the interpreter lock; while an import works in the background that wait added up
    to 50-85 ms per repaint of the import report (issue 13: the window never stalls longer than 50 ms).

    Attributes:
        headers: the column titles (already translated); setting them changes the columns.
    """

    WARNING = QColor("#a4262c")

    def __init__(self, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(0, len(headers), parent)
        self._headers: list[str] = []
        self._rows: list[TextRow] = []
        self.headers = list(headers)

    @property
    def headers(self) -> list[str]:
        return list(self._headers)

    @headers.setter
    def headers(self, headers: Sequence[str]) -> None:
        self._headers = list(headers)
        self.setColumnCount(len(self._headers))
        self.setHorizontalHeaderLabels(self._headers)

    def set_rows(self, rows: Sequence[TextRow]) -> None:
        self._rows = list(rows)
        self.setRowCount(0)
        for row in self._rows:
            self.appendRow([self._item(row, column) for column in range(len(self._headers))])

    def row_cells(self, row: int) -> tuple[str, ...]:
        return self._rows[row].cells

    def _item(self, row: TextRow, column: int) -> QStandardItem:
        item = QStandardItem(row.cells[column] if column < len(row.cells) else "")
        item.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled)  # read-only
        if row.tooltip:
            item.setToolTip(row.tooltip)
        if row.warning:
            item.setForeground(QBrush(self.WARNING))
        return item


def rows_view(model: QAbstractItemModel, parent: QWidget, *, pick_one: bool = False) -> QTableView:
    """A read-only table of whole rows (no row numbers, last column stretched); `pick_one`: one row at
    a time is selected, for lists whose selected row a button acts on."""
    view = QTableView(parent)
    view.setModel(model)
    view.verticalHeader().hide()
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if pick_one:
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.horizontalHeader().setStretchLastSection(True)
    return view
