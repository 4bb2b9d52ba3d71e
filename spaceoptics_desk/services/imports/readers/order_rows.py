"""Orders written one row per line item, put back together (issue 13).

WooCommerce's order-export plugins and Shopify write an order with three products as three rows that
share the order number; Shopify leaves the order's own fields blank on the second and third. Rows are
grouped by *consecutive* order number only: no set of every number seen is kept (a 1,000,000-order file
must not cost memory per order), so the same number further down the file is a second group, which the
importer recognises as the same order twice (Problem.CONFLICTING_ORDER when the contents differ).

An order is taken whole or not at all: a bad value in any of its rows refuses the order (a RowProblem
for each bad row), because an order with a line silently missing would be a wrong record (nothing
half-done).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from spaceoptics_desk.domain.incoming import (
    IncomingLine,
    IncomingOrder,
    Problem,
    Read,
    ReaderSummary,
    ReadResult,
    RowProblem,
)
from spaceoptics_desk.services.imports.readers.cells import CellProblem, Cells, Columns
from spaceoptics_desk.services.imports.readers.csv_table import TableRow

# One order's rows are held in memory until the next order starts; a "group" longer than this is no
# order (a file where every row carries the same number) and is refused row by row past the limit.
MOST_LINES_PER_ORDER = 5_000


def consecutive_orders(
    rows: Iterable[TableRow], number: Callable[[TableRow], str]
) -> Iterator[list[TableRow]]:
    """Runs of rows with the same (non-empty) order number; a row without a number is a run of its own."""
    group: list[TableRow] = []
    current = ""
    for row in rows:
        key = number(row).strip()
        if group and (not key or key != current or len(group) >= MOST_LINES_PER_ORDER):
            yield group
            group = []
        group.append(row)
        current = key
    if group:
        yield group


def read_orders(
    rows: Iterable[TableRow],
    columns: Columns,
    summary: ReaderSummary,
    head: Callable[[Cells, tuple[IncomingLine, ...]], IncomingOrder],
    line: Callable[[Cells], IncomingLine | None],
) -> Iterator[ReadResult]:
    """Groups `rows` into orders: `line` reads the line item of each row (None for a row without one),
    `head` the order's own fields from its first row, given the lines.

    `head` and `line` raise CellProblem; every row of the group is read, so the owner sees all of an
    order's bad rows at once.
    """

    def counted(rows: Iterable[TableRow]) -> Iterator[TableRow]:
        for row in rows:
            summary.rows += 1
            yield row

    number_label = columns.label("order_number") or ""
    for group in consecutive_orders(counted(rows), lambda row: row.cells.get(number_label, "")):
        spilled = [RowProblem(row.number, Problem.BROKEN_RECORD) for row in group if row.spilled]
        if spilled:
            yield from spilled
            continue
        all_cells = [Cells(row, columns) for row in group]
        problems: dict[int, RowProblem] = {}  # by row: the first problem of each row
        lines: list[IncomingLine] = []
        for cells in all_cells:
            try:
                item = line(cells)
            except CellProblem as problem:
                problems[cells.row.number] = problem.for_row(cells.row.number)
                continue
            if item is not None:
                lines.append(item)
        order_head: IncomingOrder | None = None
        try:
            # The lines first, so the order is made once with them (copying every order cost ~5 % of reading).
            order_head = head(all_cells[0], tuple(lines))
        except CellProblem as problem:
            problems[group[0].number] = problem.for_row(group[0].number)  # the head's problem comes first
        if problems or order_head is None:
            yield from sorted(problems.values(), key=lambda found: found.row)
            continue
        yield Read(group[0].number, order_head)
