"""Customer exports, one person per row (issue 13): each row read on its own, a bad one refused alone."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from spaceoptics_desk.domain.incoming import (
    IncomingPerson,
    Problem,
    Read,
    ReaderSummary,
    ReadResult,
    RowProblem,
)
from spaceoptics_desk.services.imports.readers.cells import CellProblem, Cells, Columns
from spaceoptics_desk.services.imports.readers.csv_table import TableRow


def read_people(
    rows: Iterable[TableRow],
    columns: Columns,
    summary: ReaderSummary,
    person: Callable[[Cells], IncomingPerson],
) -> Iterator[ReadResult]:
    """`person` run on each row; its CellProblem becomes that row's RowProblem and the next row goes on."""
    for row in rows:
        summary.rows += 1
        if row.spilled:
            yield RowProblem(row.number, Problem.BROKEN_RECORD)
            continue
        try:
            record = person(Cells(row, columns))
        except CellProblem as problem:
            yield problem.for_row(row.number)
            continue
        yield Read(row.number, record)


def require_identity(cells: Cells, record: IncomingPerson, email_field: str) -> IncomingPerson:
    """A person the importer can match or add: with an e-mail address, an external id or a last name."""
    if not (record.email or record.external_id or record.last_name or record.company_name):
        raise CellProblem(Problem.MISSING_FIELD, cells.columns.expected(email_field))
    return record
