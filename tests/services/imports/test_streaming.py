"""A big export is streamed, never loaded (issue 13: a 200 MB file; peak memory stays small)."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

from spaceoptics_desk.domain.incoming import Read
from spaceoptics_desk.services.imports.readers import read_file
from tests.services.imports.csv_files import fixture_rows

MEGABYTE = 1024 * 1024


def big_shopify_customer_file(path: Path, size: int) -> int:
    """Shopify's newer customer layout, each row with a long note (a column no record takes)."""
    header, row, *_ = fixture_rows("shopify_customers_new.csv")
    note = header.index("Note")
    rows = 0
    with path.open("w", encoding="utf-8", newline="") as stream:
        stream.write(",".join(header) + "\r\n")
        while stream.tell() < size:
            cells = list(row)
            cells[0] = f"'{7398802653250 + rows}"
            cells[header.index("Email")] = f"klant{rows}@example.nl"
            cells[note] = f"\"Belt liever 's avonds; klant sinds {rows}. " + "x" * 2000 + '"'
            stream.write(",".join(cells) + "\r\n")
            rows += 1
    return rows


def test_a_50_mb_export_is_read_with_little_memory(tmp_path: Path) -> None:
    path = tmp_path / "customers.csv"
    written = big_shopify_customer_file(path, 50 * MEGABYTE)
    tracemalloc.start()
    try:
        reading = read_file(path)
        read = sum(1 for result in reading.results if isinstance(result, Read))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert read == written == reading.summary.rows
    assert peak < 30 * MEGABYTE, f"peak {peak / MEGABYTE:.1f} MB"
