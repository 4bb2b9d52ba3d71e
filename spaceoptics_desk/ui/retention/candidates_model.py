"""The review's candidates as a two-level tree: rule -> candidates, with check boxes to approve.

Lazy (a 200,000-customer shop has tens of thousands of candidates): rows are made when the view asks.
A rule row's box is checked, partly checked or unchecked from its candidates; ticking it ticks them all.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from spaceoptics_desk.ui.formatting import format_date
from spaceoptics_desk.ui.labels import label, registry_text

if TYPE_CHECKING:
    from spaceoptics_desk.domain.retention import RetentionCategory
    from spaceoptics_desk.services.retention_scan import Candidate

Index = QModelIndex | QPersistentModelIndex
SUBJECT, DUE, ACTION, RECORDS, WHAT = range(5)
GROUP_ID = 0  # internal id of a rule row; a candidate row carries its rule row's number + 1


def what_happens(candidate: Candidate) -> str:
    """One line: what goes (erased / anonymised) and what is kept."""
    parts: list[str] = []
    if candidate.erased:
        parts.append(
            QCoreApplication.translate("CandidatesModel", "Erased: ")
            + "; ".join(registry_text(g.label) for g in candidate.erased)
        )
    if candidate.anonymised:
        parts.append(
            QCoreApplication.translate("CandidatesModel", "Anonymised: ")
            + "; ".join(registry_text(g.label) for g in candidate.anonymised)
        )
    if candidate.kept:
        parts.append(
            QCoreApplication.translate("CandidatesModel", "Kept: ")
            + "; ".join(registry_text(k.what) for k in candidate.kept)
        )
    return " · ".join(parts)


class CandidatesModel(QAbstractItemModel):
    """Attributes:
    checkable: the owner may tick candidates (staff only look).
    groups: (rule, its candidates) in schedule order.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.checkable = True
        self.groups: list[tuple[RetentionCategory, list[Candidate]]] = []
        self._checked: set[str] = set()
        self.headers = [
            self.tr("Rule / customer or record"),
            self.tr("Due since"),
            self.tr("Action"),
            self.tr("Records"),
            self.tr("What happens"),
        ]

    def set_candidates(self, candidates: Sequence[Candidate]) -> None:
        """Replaces everything; ticks that still match a candidate stay ticked."""
        self.beginResetModel()
        groups: dict[RetentionCategory, list[Candidate]] = {}
        for candidate in candidates:
            groups.setdefault(candidate.rule, []).append(candidate)
        self.groups = list(groups.items())
        keys = {c.key for c in candidates}
        self._checked &= keys
        self.endResetModel()

    # --- ticks -------------------------------------------------------------------------------------

    def checked_candidates(self) -> list[Candidate]:
        return [c for _rule, members in self.groups for c in members if c.key in self._checked]

    def set_all_checked(self, checked: bool) -> None:
        if checked:
            self._checked = {c.key for _rule, members in self.groups for c in members}
        else:
            self._checked = set()
        for row, (_rule, members) in enumerate(self.groups):
            group = self.index(row, SUBJECT)
            self.dataChanged.emit(group, group, [Qt.ItemDataRole.CheckStateRole])
            if members:
                self.dataChanged.emit(
                    self.index(0, SUBJECT, group),
                    self.index(len(members) - 1, SUBJECT, group),
                    [Qt.ItemDataRole.CheckStateRole],
                )

    def _group_state(self, members: list[Candidate]) -> Qt.CheckState:
        ticked = sum(1 for c in members if c.key in self._checked)
        if ticked == 0:
            return Qt.CheckState.Unchecked
        return Qt.CheckState.Checked if ticked == len(members) else Qt.CheckState.PartiallyChecked

    # --- looking up ---------------------------------------------------------------------------------

    def candidate(self, index: Index) -> Candidate | None:
        if not index.isValid() or index.internalId() == GROUP_ID:
            return None
        group = index.internalId() - 1
        if not 0 <= group < len(self.groups):
            return None
        members = self.groups[group][1]
        return members[index.row()] if 0 <= index.row() < len(members) else None

    def rule_at(self, index: Index) -> RetentionCategory | None:
        if not index.isValid():
            return None
        group = index.row() if index.internalId() == GROUP_ID else index.internalId() - 1
        return self.groups[group][0] if 0 <= group < len(self.groups) else None

    def candidate_index(self, key: str, column: int = SUBJECT) -> QModelIndex:
        for group_row, (_rule, members) in enumerate(self.groups):
            for row, candidate in enumerate(members):
                if candidate.key == key:
                    return self.index(row, column, self.index(group_row, SUBJECT))
        return QModelIndex()

    @property
    def candidate_count(self) -> int:
        return sum(len(members) for _rule, members in self.groups)

    # --- the model ---------------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not 0 <= column < len(self.headers):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, GROUP_ID) if 0 <= row < len(self.groups) else QModelIndex()
        if parent.internalId() != GROUP_ID or parent.column() != SUBJECT:
            return QModelIndex()
        group = parent.row()
        if not 0 <= group < len(self.groups) or not 0 <= row < len(self.groups[group][1]):
            return QModelIndex()
        return self.createIndex(row, column, group + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == GROUP_ID:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, SUBJECT, GROUP_ID)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self.groups)
        if (
            parent.internalId() == GROUP_ID
            and parent.column() == SUBJECT
            and 0 <= parent.row() < len(self.groups)
        ):
            return len(self.groups[parent.row()][1])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(self.headers)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.checkable and index.column() == SUBJECT:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = index.column()
        if index.internalId() == GROUP_ID:
            if not 0 <= index.row() < len(self.groups):
                return None
            rule, members = self.groups[index.row()]
            if role == Qt.ItemDataRole.DisplayRole:
                if column == SUBJECT:
                    return f"{label('retention_category', rule.value)} ({len(members)})"
                if column == ACTION and members:
                    return label("retention_action", members[0].action.value)
                if column == RECORDS:
                    return str(sum(c.record_count for c in members))
                return ""
            if role == Qt.ItemDataRole.CheckStateRole and self.checkable and column == SUBJECT:
                return self._group_state(members)
            if role == Qt.ItemDataRole.ToolTipRole:
                return label("retention_reason", rule.value)
            return None
        candidate = self.candidate(index)
        if candidate is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if column == SUBJECT:
                return candidate.reference
            if column == DUE:
                return format_date(candidate.due_on)
            if column == ACTION:
                return label("retention_action", candidate.action.value)
            if column == RECORDS:
                return str(candidate.record_count)
            return what_happens(candidate)
        if role == Qt.ItemDataRole.CheckStateRole and self.checkable and column == SUBJECT:
            return Qt.CheckState.Checked if candidate.key in self._checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole and column == WHAT:
            return what_happens(candidate)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not self.checkable or not index.isValid():
            return False
        if index.column() != SUBJECT:
            return False
        checked = Qt.CheckState(value) != Qt.CheckState.Unchecked if not isinstance(value, bool) else value
        if index.internalId() == GROUP_ID:
            members = self.groups[index.row()][1]
            keys = {c.key for c in members}
            self._checked = self._checked | keys if checked else self._checked - keys
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
            if members:
                self.dataChanged.emit(
                    self.index(0, SUBJECT, index),
                    self.index(len(members) - 1, SUBJECT, index),
                    [Qt.ItemDataRole.CheckStateRole],
                )
            return True
        candidate = self.candidate(index)
        if candidate is None:
            return False
        if checked:
            self._checked.add(candidate.key)
        else:
            self._checked.discard(candidate.key)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        group = self.parent(index)
        self.dataChanged.emit(group, group, [Qt.ItemDataRole.CheckStateRole])
        return True

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
