"""The search results as a Qt table model: one row per CustomerMatch."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from spaceoptics_desk.ui.formatting import format_date

if TYPE_CHECKING:
    from spaceoptics_desk.services.lookup import CustomerMatch

Index = QModelIndex | QPersistentModelIndex

CUSTOMER_ID_ROLE = Qt.ItemDataRole.UserRole + 1

NUMBER, NAME, POSTCODE, CITY, LAST_ORDER, EMAIL = range(6)
COLUMN_COUNT = 6


class CustomerMatchesModel(QAbstractTableModel):
    """Matches of the latest search, best first; `set_rows` replaces them in one model reset.

    The customer's id is in CUSTOMER_ID_ROLE of every cell (the view opens the customer by it). A
    restricted customer's name starts with a bold red marker, so it is seen before the name is read.
    """

    RESTRICTED_COLOUR = QColor("#a4262c")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CustomerMatch] = []

    def set_rows(self, rows: Sequence[CustomerMatch]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def match_at(self, row: int) -> CustomerMatch | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def _headers(self) -> list[str]:
        return [
            self.tr("Number"),
            self.tr("Name"),
            self.tr("Postcode"),
            self.tr("City"),
            self.tr("Last order"),
            self.tr("E-mail"),
        ]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            headers = self._headers()
            return headers[section] if 0 <= section < len(headers) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        match = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(match, column)
        if role == CUSTOMER_ID_ROLE:
            return match.customer_id
        if role == Qt.ItemDataRole.ToolTipRole and match.restricted:
            return self.tr("Processing is restricted (GDPR art. 18): store only, no marketing or exports.")
        if role == Qt.ItemDataRole.ForegroundRole and column == NAME and match.restricted:
            return QBrush(self.RESTRICTED_COLOUR)
        if role == Qt.ItemDataRole.FontRole and column == NAME and match.restricted:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _text(self, match: CustomerMatch, column: int) -> str:
        if column == NUMBER:
            return match.customer_number
        if column == NAME:
            name = f"{match.name} — {match.company_name}" if match.company_name else match.name
            # R15: the marker goes first; at the end of a narrow row it would be cut off.
            return self.tr("⚠ Restricted: {name}").format(name=name) if match.restricted else name
        if column == POSTCODE:
            return match.postcode or ""
        if column == CITY:
            return match.city or ""
        if column == LAST_ORDER:
            return format_date(match.last_order_on) if match.last_order_on else self.tr("no orders")
        if column == EMAIL:
            return match.masked_email or ""
        return ""
