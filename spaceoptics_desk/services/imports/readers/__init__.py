"""The webshop export readers: a CSV file in, a stream of records out (issue 13; R9(g)).

`read_file(path)` opens a file (csv_table.py), tells its format from the header (formats.py) unless
one is given, and returns a `FileReading` whose `results` stream the file's records: `Read` for a row
(or an order's rows) that became an IncomingPerson or IncomingOrder, `RowProblem` for one that did
not. The readers never touch the database; the importer decides what each record means (added,
changed, merged, skipped, refused) and that every record's source (R9(g)) is the webshop it came from
(`FileReading.source`).

Faults, from the file's first look to its last row:
- the file as a whole cannot be read: `UnreadableFile` (a KnownError with `reason`), raised by
  `read_file` (empty, not a CSV, unknown header, a chosen format the header does not fit) or, for a
  fault further down the file (a changed encoding, a quote that never closes), by `results` where it
  is met; the importer refuses the file then (its dry run reads the file to the end first);
- a column mapping that cannot be used: `MappingRefused` (an InvalidInput), raised by `read_file`;
- a bad value in a row: a `RowProblem(row, reason, column label)` in `results`; the next rows go on.
`FileReading.summary` (format, rows read, columns no record takes) fills in while `results` is read.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from spaceoptics_desk.domain.incoming import Problem, ReaderSummary, ReadResult, SourceKind
from spaceoptics_desk.errors import QT_TRANSLATE_NOOP
from spaceoptics_desk.services.imports.readers.csv_table import Table, TableRow, UnreadableFile, open_table
from spaceoptics_desk.services.imports.readers.formats import SOURCE_KINDS, FormatName, detect_format, fits
from spaceoptics_desk.services.imports.readers.lightspeed_csv import read_lightspeed_customers
from spaceoptics_desk.services.imports.readers.mapped_csv import (
    ColumnMapping,
    MappingRefused,
    Preview,
    Target,
    preview,
    read_mapped,
)
from spaceoptics_desk.services.imports.readers.shopify_csv import read_shopify_customers, read_shopify_orders
from spaceoptics_desk.services.imports.readers.woocommerce_csv import (
    read_woocommerce_customers,
    read_woocommerce_orders,
)

__all__ = [
    "ColumnMapping",
    "FileReading",
    "FormatName",
    "MappingRefused",
    "Preview",
    "Target",
    "UnreadableFile",
    "preview",
    "read_file",
]

NOT_THIS_FORMAT = QT_TRANSLATE_NOOP(
    "errors",
    "The file's columns are not those of a {format} export. Choose the export it comes from, or a "
    "column mapping.",
)
NO_MAPPING = QT_TRANSLATE_NOOP("errors", "Choose a column mapping to import this file with.")


class _Reader(Protocol):
    def __call__(
        self, labels: Sequence[str], rows: Iterable[TableRow], summary: ReaderSummary
    ) -> Iterator[ReadResult]: ...


_READERS: dict[FormatName, _Reader] = {
    FormatName.WOOCOMMERCE_ORDERS: read_woocommerce_orders,
    FormatName.WOOCOMMERCE_CUSTOMERS: read_woocommerce_customers,
    FormatName.SHOPIFY_CUSTOMERS: read_shopify_customers,
    FormatName.SHOPIFY_ORDERS: read_shopify_orders,
    FormatName.LIGHTSPEED_CUSTOMERS: read_lightspeed_customers,
}


@dataclass(frozen=True)
class FileReading:
    """A file being read.

    Attributes:
        format: the export's format name ("shopify-orders", "mapped", ...).
        source: the platform the records come from (their external ids are that platform's).
        summary: filled in while `results` is read (rows read; columns no record takes).
        results: the records and row problems, streamed from the file (read it once).
        table: how the file is written (encoding, delimiter, header labels).
    """

    format: FormatName
    source: SourceKind
    summary: ReaderSummary
    results: Iterator[ReadResult]
    table: Table

    def fraction(self) -> float:
        """How far through the file `results` has read (0..1), for a progress bar."""
        return self.table.progress.fraction


def read_file(path: Path | str, format: str = "auto", mapping: ColumnMapping | None = None) -> FileReading:
    """Starts reading a webshop export (or any CSV with `mapping`).

    `format` is "auto" (told from the header), one of FormatName's values, or "mapped" (then
    `mapping` is needed). Raises UnreadableFile for a file that cannot be read or whose header fits no
    known export (or not the chosen one), MappingRefused for an unusable mapping.
    """
    table = open_table(path)
    if format == "auto":
        detected = FormatName.MAPPED if mapping is not None else detect_format(table.labels)
        if detected is None:
            raise UnreadableFile(Problem.UNKNOWN_FORMAT)
        name = detected
    else:
        try:
            name = FormatName(format)
        except ValueError:
            raise UnreadableFile(Problem.UNKNOWN_FORMAT) from None
        if not fits(name, table.labels):
            raise UnreadableFile(Problem.UNKNOWN_FORMAT, NOT_THIS_FORMAT, format=name.value)
    summary = ReaderSummary(format=name.value)
    if name == FormatName.MAPPED:
        if mapping is None:
            raise MappingRefused(NO_MAPPING)
        mapping.check(table.labels)  # before any row: a mapping that does not fit refuses the file
        results = read_mapped(mapping, table.labels, table.rows(), summary)
    else:
        results = _READERS[name](table.labels, table.rows(), summary)
    return FileReading(format=name, source=SOURCE_KINDS[name], summary=summary, results=results, table=table)
