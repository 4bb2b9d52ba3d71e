"""A read-only table of ready-made text rows, for the simple lists of the customer view."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

Index = QModelIndex | QPersistentModelIndex


class TextRow:
    """One row: its cells as shown, and optionally a warning colour (an overdue date, a restriction)."""

    __slots__ = ("cells", "tooltip", "warning")

    def __init__(self, cells: Sequence[str], *, warning: bool = False, tooltip: str = "") -> None:
        self.cells = tuple(cells)
        self.warning = warning
        self.tooltip = tooltip


class TextRowsModel(QAbstractTableModel):
    """Rows of text under fixed headers; `set_rows` replaces everything in one model reset.

    Attributes:
        headers: the column titles (already translated).
    """

    WARNING = QColor("#a4262c")

    def __init__(self, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self._rows: list[TextRow] = []

    def set_rows(self, rows: Sequence[TextRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_cells(self, row: int) -> tuple[str, ...]:
        return self._rows[row].cells

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.cells[index.column()] if index.column() < len(row.cells) else ""
        if role == Qt.ItemDataRole.ToolTipRole and row.tooltip:
            return row.tooltip
        if role == Qt.ItemDataRole.ForegroundRole and row.warning:
            return QBrush(self.WARNING)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.headers)
        ):
            return self.headers[section]
        return None


def rows_view(model: QAbstractTableModel, parent: QWidget, *, pick_one: bool = False) -> QTableView:
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
