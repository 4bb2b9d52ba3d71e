"""One row's cells read by field name, with the column's label on every problem (issue 13).

A reader names the fields it wants ("email", "billing_postcode") and the labels each may have in the
file (`Columns`); `Cells` gives the cell of a field through `cell_text` (so formula cells and cells over
1000 characters are refused wherever they are read) and turns a `BadValue` into a `CellProblem` that
carries the column's label, never the value (standards: no personal data in problems).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TypeVar

from spaceoptics_desk.domain.incoming import Problem, RowProblem
from spaceoptics_desk.domain.incoming_values import BadValue, cell_text
from spaceoptics_desk.services.imports.readers.csv_table import TableRow
from spaceoptics_desk.services.imports.readers.formats import label_key

T = TypeVar("T")


class CellProblem(Exception):
    """A cell that cannot be taken; `column` is the file's label (or the expected one when absent)."""

    def __init__(self, reason: Problem, column: str | None) -> None:
        super().__init__(reason.value)
        self.reason = reason
        self.column = column

    def for_row(self, row: int) -> RowProblem:
        return RowProblem(row, self.reason, self.column)


class Columns:
    """Which of the file's labels holds each field: the first alias the file has, compared as
    `label_key` does. Labels no field uses are `ignored()` (the reader summary lists them)."""

    def __init__(self, labels: Sequence[str], aliases: Mapping[str, Sequence[str]]) -> None:
        by_key: dict[str, str] = {}
        for label in labels:
            by_key.setdefault(label_key(label), label)
        self._labels: dict[str, str] = {}
        self._expected: dict[str, str] = {}
        for name, names in aliases.items():
            self._expected[name] = names[0]
            found = next((by_key[label_key(alias)] for alias in names if label_key(alias) in by_key), None)
            if found is not None:
                self._labels[name] = found
        used = set(self._labels.values())
        self._ignored = [label for label in labels if label not in used]

    def label(self, name: str) -> str | None:
        return self._labels.get(name)

    @property
    def labels(self) -> Mapping[str, str]:
        """Field name -> the file's label, for the fields the file has."""
        return self._labels

    def has(self, name: str) -> bool:
        return name in self._labels

    def expected(self, name: str) -> str:
        """The label a problem names: the file's own, or the usual one when the file lacks the column."""
        return self._labels.get(name) or self._expected[name]

    def ignored(self) -> list[str]:
        return list(self._ignored)


class Cells:
    """The cells of one row, by field."""

    def __init__(self, row: TableRow, columns: Columns) -> None:
        self.row = row
        self.columns = columns
        self._texts: dict[str, str] = {}  # a field read twice (checked, then converted) is checked once
        # Read once here: `text` runs for every cell of an import (tens of millions of calls).
        self._cells = row.cells
        self._labels = columns.labels

    def text(self, name: str) -> str:
        """The cell as text, trimmed; "" when the file has no such column."""
        known = self._texts.get(name)
        if known is not None:
            return known
        label = self._labels.get(name)
        if label is None:
            return ""
        try:
            text = cell_text(self._cells.get(label, ""))
        except BadValue as bad:
            raise CellProblem(bad.reason, label) from None
        self._texts[name] = text
        return text

    def required(self, name: str) -> str:
        value = self.text(name)
        if not value:
            raise CellProblem(Problem.MISSING_FIELD, self.columns.expected(name))
        return value

    def value(self, name: str, convert: Callable[[str], T]) -> T:
        """`convert` run on the cell's text (also when empty: the converter decides what empty means)."""
        text = self.text(name)
        try:
            return convert(text)
        except BadValue as bad:
            raise CellProblem(bad.reason, self.columns.expected(name)) from None

    def optional(self, name: str, convert: Callable[[str], T]) -> T | None:
        """None for an empty cell, else `convert` run on it."""
        return None if not self.text(name) else self.value(name, convert)

    def first_text(self, names: Iterable[str]) -> str:
        """The first of these fields that holds something ("" when none does)."""
        for name in names:
            value = self.text(name)
            if value:
                return value
        return ""
