"""Writing CSV files for the reader tests, and reading the fixtures back (issue 13)."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path

from spaceoptics_desk.domain.incoming import IncomingOrder, IncomingPerson, Read, ReadResult, RowProblem
from spaceoptics_desk.services.imports.readers import FileReading

FIXTURES = Path(__file__).parents[2] / "fixtures" / "imports"


def write_csv(
    path: Path,
    rows: Sequence[Sequence[str]],
    delimiter: str = ",",
    encoding: str = "utf-8",
    bom: bool = False,
) -> Path:
    """`rows` as Excel writes them (CRLF, quotes only where needed)."""
    text = io.StringIO(newline="")
    csv.writer(text, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.getvalue().encode(encoding))
    return path


def fixture_rows(name: str, delimiter: str = ",", encoding: str = "utf-8") -> list[list[str]]:
    """A fixture's header and rows, to build a variant of it."""
    with (FIXTURES / name).open(encoding=encoding, newline="") as stream:
        return [list(row) for row in csv.reader(stream, delimiter=delimiter)]


def records(results: Sequence[ReadResult]) -> list[IncomingPerson | IncomingOrder]:
    return [result.record for result in results if isinstance(result, Read)]


def orders(reading: FileReading) -> list[IncomingOrder]:
    found = []
    for result in reading.results:
        assert isinstance(result, Read), result
        assert isinstance(result.record, IncomingOrder)
        found.append(result.record)
    return found


def people(reading: FileReading) -> list[IncomingPerson]:
    found = []
    for result in reading.results:
        assert isinstance(result, Read), result
        assert isinstance(result.record, IncomingPerson)
        found.append(result.record)
    return found


def persons_in(results: Sequence[ReadResult]) -> list[IncomingPerson]:
    return [
        result.record
        for result in results
        if isinstance(result, Read) and isinstance(result.record, IncomingPerson)
    ]


def orders_in(results: Sequence[ReadResult]) -> list[tuple[int, IncomingOrder]]:
    return [
        (result.row, result.record)
        for result in results
        if isinstance(result, Read) and isinstance(result.record, IncomingOrder)
    ]


def problems(results: Sequence[ReadResult]) -> list[RowProblem]:
    return [result for result in results if isinstance(result, RowProblem)]
