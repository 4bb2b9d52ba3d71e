"""A webshop export opened as a stream of rows, whatever Excel or the shop made of it (issue 13).

The file is never loaded whole: it is decoded and parsed in chunks of 64 KB, so a 200 MB export costs
about as much memory as its longest row. What this module settles, once, for every reader:

- **Encoding.** A UTF-8 byte order mark means UTF-8. Otherwise the first text that is not plain ASCII
  decides, normally within the first 64 KB: valid UTF-8 means UTF-8, anything else Windows-1252 (what
  Dutch Excel saves as "CSV (gescheiden door lijstscheidingsteken)"). A file whose start is plain
  ASCII is decided where its first accent appears: the ASCII before it reads the same in both.
  Once decided, the encoding holds for the whole file: a later part that does not fit it (a file glued
  together from two exports) raises `UnreadableFile` with `Problem.BROKEN_ENCODING` and the row where it
  happened, instead of reading the rest as garbage. The importer's dry run reads the whole file before
  anything is applied, so such a file is refused as a whole, never half-imported.
- **Delimiter**: `,`, `;` (Dutch Excel) or tab, whichever the header line holds most of (outside quotes).
- **Line breaks inside quoted cells** (Excel's Alt+Enter in an address) are part of the cell: a row is a
  record, and row numbers count records after the header (1 = the first data row), as the owner sees
  them in a spreadsheet minus the header line. Rows that are blank in every cell (Excel's trailing
  ";;;;" lines) are skipped but still counted, so the numbers stay those of the spreadsheet.
- **Header labels** are trimmed; a blank label becomes "(column N)", a repeated one "Label (2)" (the
  order-export plugin can write two "Item Cost" columns), so every cell keeps a name.
- **Not a table**: an empty file raises `UnreadableFile` (EMPTY_FILE); binary bytes (NUL, control
  characters: a PNG or a spreadsheet saved as .xlsx), no header line, a quote that never closes or a
  line over 1 MB raise it with NOT_A_TABLE. File-level faults are exceptions (one per file, with a reason
  code and at most a row number); a bad value in a row is the readers' business (a RowProblem).

Nothing from the file's content ever goes into an exception message (standards: no personal data).
"""

from __future__ import annotations

import codecs
import csv
import itertools
from collections.abc import Generator, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from spaceoptics_desk.domain.incoming import Problem
from spaceoptics_desk.errors import QT_TRANSLATE_NOOP, KnownError

CHUNK_BYTES = 64 * 1024
# A row longer than this is no webshop export (a binary file without line breaks, a quote that never
# closes); refusing it keeps memory bounded whatever the file holds.
LONGEST_LINE = 1024 * 1024
DELIMITERS = (",", ";", "\t")
_BOM = codecs.BOM_UTF8
# More control characters than this share of the first 64 KB means binary data, not text.
_CONTROL_SHARE = 0.001

_MESSAGES = {
    Problem.CANNOT_OPEN: QT_TRANSLATE_NOOP(
        "errors", "The file cannot be opened: it is not there, it is a folder, or you may not read it."
    ),
    Problem.EMPTY_FILE: QT_TRANSLATE_NOOP("errors", "The file is empty: there is nothing to import."),
    Problem.NOT_A_TABLE: QT_TRANSLATE_NOOP(
        "errors",
        "The file is not a table that can be imported (a CSV file with a header row). Export it again "
        "from the webshop as CSV.",
    ),
    Problem.BROKEN_ENCODING: QT_TRANSLATE_NOOP(
        "errors",
        "The file's text changes its character encoding at row {row}. Save it again as one CSV file "
        "(UTF-8) and import it again; nothing was imported.",
    ),
    Problem.UNKNOWN_FORMAT: QT_TRANSLATE_NOOP(
        "errors",
        "The file's columns match no webshop export the app knows. Choose a column mapping for it.",
    ),
}
_BROKEN_AT_ROW = QT_TRANSLATE_NOOP(
    "errors",
    "The file cannot be read as a table from row {row} on (a quote that is never closed, a binary part "
    "or a line that is far too long). Export it again from the webshop as CSV; nothing was imported.",
)


class UnreadableFile(KnownError):
    """A file that cannot be read as a table at all; nothing of it may be imported.

    Attributes:
        reason: the reason code for the import report and `--json` (EMPTY_FILE, NOT_A_TABLE,
            BROKEN_ENCODING, UNKNOWN_FORMAT).
        row: the data row where reading stopped, when it stopped midway (else None).
    """

    def __init__(self, reason: Problem, message: str | None = None, row: int | None = None, **params: object):
        self.reason = reason
        self.row = row
        super().__init__(message or _MESSAGES.get(reason, _MESSAGES[Problem.NOT_A_TABLE]), row=row, **params)


class TableRow(NamedTuple):
    """One data row: its number (1 = the first row after the header) and its cells by header label.

    `spilled` is True when the row holds more filled cells than the header has labels: an unquoted
    delimiter inside a cell has shifted the cells, so none of them can be trusted (readers refuse it).
    """

    number: int
    cells: dict[str, str]
    spilled: bool = False


@dataclass
class ReadProgress:
    bytes_read: int = 0
    size: int = 1

    @property
    def fraction(self) -> float:
        return min(self.bytes_read / self.size, 1.0)


@dataclass(frozen=True)
class Table:
    """An opened CSV file: how it is written and its header. `rows()` streams it from disk each time.

    Attributes:
        encoding: "utf-8-sig" (with a byte order mark), "utf-8", "cp1252" (Windows-1252), or "ascii"
            when the first 64 KB hold no accent (the rest decides, see the module docstring).
    """

    path: Path
    encoding: str
    delimiter: str
    line_end: str
    labels: tuple[str, ...]
    # How far `rows()` has read the file, for a progress bar: bytes read of the file's size.
    progress: ReadProgress = field(default_factory=lambda: ReadProgress(), compare=False)

    def rows(self) -> Generator[TableRow, None, None]:
        """The data rows, streamed; raises UnreadableFile where the file stops being a readable table."""
        self.progress.size = max(self.path.stat().st_size, 1)
        lines = _Lines(self.path, self.encoding, self.line_end, self.progress)
        reader = csv.reader(lines, delimiter=self.delimiter)
        width = len(self.labels)
        number = 0
        try:
            next(reader, None)  # the header, read by open_table
            for cells in reader:
                number += 1
                if not any(cell.strip() for cell in cells):
                    continue
                spilled = any(cell.strip() for cell in cells[width:])
                padded = cells + [""] * (width - len(cells))
                yield TableRow(number, dict(zip(self.labels, padded, strict=False)), spilled)
        except csv.Error:
            raise UnreadableFile(Problem.NOT_A_TABLE, _BROKEN_AT_ROW, row=number + 1) from None
        except _Broken as broken:
            raise UnreadableFile(broken.reason, _row_message(broken.reason), row=number + 1) from None


def open_table(path: Path | str) -> Table:
    """Opens `path` as a table: decides its encoding, delimiter and header (reading its first 64 KB).

    Raises UnreadableFile (EMPTY_FILE, NOT_A_TABLE) for a file that is no CSV.
    """
    path = Path(path)
    try:
        with path.open("rb") as stream:
            sample = stream.read(CHUNK_BYTES)
    except OSError:
        # Missing, a folder, no right to read it: said as such (the path itself is the user's own choice).
        raise UnreadableFile(Problem.CANNOT_OPEN) from None
    if not sample.removeprefix(_BOM).strip():
        raise UnreadableFile(Problem.EMPTY_FILE)
    if b"\x00" in sample:
        raise UnreadableFile(Problem.NOT_A_TABLE)
    encoding = _sample_encoding(sample)
    text = sample.removeprefix(_BOM).decode("utf-8" if encoding == "ascii" else encoding, errors="ignore")
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\r\n")
    if controls > len(text) * _CONTROL_SHARE:
        raise UnreadableFile(Problem.NOT_A_TABLE)
    line_end = "\n" if "\n" in text or "\r" not in text else "\r"  # "\r" alone: old Excel for Mac
    first_line = text.split(line_end, 1)[0].replace("\ufeff", "")
    if not first_line.strip():
        raise UnreadableFile(Problem.NOT_A_TABLE)  # no header row
    delimiter = _delimiter(first_line)
    lines = _Lines(path, encoding, line_end)
    try:
        header = next(csv.reader(itertools.islice(lines, 10_000), delimiter=delimiter), [])
    except (csv.Error, _Broken):
        raise UnreadableFile(Problem.NOT_A_TABLE) from None
    finally:
        lines.close()
    labels = _labels(header)
    if not any(not label.startswith("(column ") for label in labels):
        raise UnreadableFile(Problem.NOT_A_TABLE)
    return Table(path=path, encoding=encoding, delimiter=delimiter, line_end=line_end, labels=labels)


def _sample_encoding(sample: bytes) -> str:
    if sample.startswith(_BOM):
        return "utf-8-sig"
    if sample.isascii():
        return "ascii"
    try:
        # Not final: the sample may end inside a character that the next chunk completes.
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=len(sample) < CHUNK_BYTES)
    except UnicodeDecodeError:
        pass
    else:
        return "utf-8"
    try:
        sample.decode("cp1252")
    except UnicodeDecodeError:
        # Bytes Windows-1252 has no character for (0x81, 0x8D, 0x8F, 0x90, 0x9D): neither text encoding.
        raise UnreadableFile(Problem.NOT_A_TABLE) from None
    return "cp1252"


def _delimiter(line: str) -> str:
    """The delimiter the header line holds most of, counting outside quotes only."""
    counts = dict.fromkeys(DELIMITERS, 0)
    quoted = False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in counts:
            counts[ch] += 1
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def _labels(header: list[str]) -> tuple[str, ...]:
    labels: list[str] = []
    seen: dict[str, int] = {}
    for index, raw in enumerate(header, start=1):
        label = " ".join(raw.replace("\ufeff", "").split())
        if not label:
            label = f"(column {index})"
        key = label.lower()
        seen[key] = seen.get(key, 0) + 1
        if seen[key] > 1:
            label = f"{label} ({seen[key]})"
        labels.append(label)
    return tuple(labels)


def _row_message(reason: Problem) -> str:
    return _MESSAGES[reason] if reason == Problem.BROKEN_ENCODING else _BROKEN_AT_ROW


class _Broken(Exception):
    """Raised inside the line stream; `Table.rows` turns it into UnreadableFile with the row number."""

    def __init__(self, reason: Problem) -> None:
        super().__init__(reason.value)
        self.reason = reason


class _Lines:
    """The file's text as lines ending in `line_end`, decoded chunk by chunk (see the module docstring).

    An iterator (what csv.reader takes); `close()` lets go of the file before the end is reached.
    """

    def __init__(
        self, path: Path, encoding: str, line_end: str, progress: ReadProgress | None = None
    ) -> None:
        self._progress = progress or ReadProgress()
        self._lines = self._read(path, encoding, line_end)

    def __iter__(self) -> Iterator[str]:
        return self

    def __next__(self) -> str:
        return next(self._lines)

    def close(self) -> None:
        self._lines.close()

    def _read(self, path: Path, encoding: str, line_end: str) -> Generator[str, None, None]:
        pending = ""
        for text in self._texts(path, encoding):
            pending += text
            if line_end not in text:
                if len(pending) > LONGEST_LINE:
                    raise _Broken(Problem.NOT_A_TABLE)
                continue
            *lines, pending = pending.split(line_end)
            for line in lines:
                yield line + line_end
        if pending:
            yield pending

    def _texts(self, path: Path, encoding: str) -> Iterator[str]:
        decoder: codecs.IncrementalDecoder | None = None
        if encoding in ("utf-8-sig", "utf-8", "cp1252"):
            decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
        with path.open("rb") as stream:
            for chunk in iter(lambda: stream.read(CHUNK_BYTES), b""):
                self._progress.bytes_read += len(chunk)
                if decoder is None:
                    if chunk.isascii():
                        yield chunk.decode("ascii")
                        continue
                    decoder = _decoder_for(chunk)
                try:
                    yield decoder.decode(chunk)
                except UnicodeDecodeError:
                    raise _Broken(Problem.BROKEN_ENCODING) from None
            if decoder is not None:
                try:
                    yield decoder.decode(b"", final=True)
                except UnicodeDecodeError:
                    raise _Broken(Problem.BROKEN_ENCODING) from None


def _decoder_for(chunk: bytes) -> codecs.IncrementalDecoder:
    """The decoder the file's first non-ASCII chunk asks for: UTF-8 when it is valid UTF-8."""
    try:
        codecs.getincrementaldecoder("utf-8")().decode(chunk)
    except UnicodeDecodeError:
        return codecs.getincrementaldecoder("cp1252")(errors="strict")
    return codecs.getincrementaldecoder("utf-8")(errors="strict")
