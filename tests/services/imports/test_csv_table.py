"""A CSV file opened as rows, whatever Excel or the shop made of it (issue 13, "Bad input and faults")."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest

from spaceoptics_desk.domain.incoming import Problem
from spaceoptics_desk.services.imports.readers.csv_table import CHUNK_BYTES, UnreadableFile, open_table
from tests.services.imports.csv_files import FIXTURES, write_csv


def unreadable(path: Path) -> UnreadableFile:
    with pytest.raises(UnreadableFile) as caught:
        table = open_table(path)
        list(table.rows())
    return caught.value


def test_utf8_with_a_byte_order_mark_has_clean_labels(tmp_path: Path) -> None:
    table = open_table(FIXTURES / "woocommerce_customers_analytics.csv")
    assert table.encoding == "utf-8-sig"
    assert table.labels[0] == "Name"  # not "\ufeffName"
    assert next(table.rows()).cells["Name"] == "Jan van der Berg"


def test_windows_1252_from_dutch_excel_with_semicolons() -> None:
    table = open_table(FIXTURES / "woocommerce_orders_skyverge_excel.csv")
    assert (table.encoding, table.delimiter) == ("cp1252", ";")
    row = next(table.rows())
    assert row.cells["billing_first_name"] == "André"
    assert row.cells["order_total"] == "79,45"


def test_utf8_without_a_byte_order_mark(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "zoe.csv", [["Name", "City"], ["Zoë de Vries", "Zürich"]])
    table = open_table(path)
    assert table.encoding == "utf-8"
    assert next(table.rows()).cells == {"Name": "Zoë de Vries", "City": "Zürich"}


def test_a_plain_ascii_start_lets_the_first_accent_decide_the_encoding(tmp_path: Path) -> None:
    # 70 KB of plain names, then "Zoë" written by Windows-1252: the first 64 KB cannot tell.
    rows = [["Name", "City"]] + [[f"Klant {n}", "Maurik"] for n in range(5000)] + [["Zoë", "Tiel"]]
    path = write_csv(tmp_path / "late.csv", rows, encoding="cp1252")
    assert path.stat().st_size > CHUNK_BYTES
    table = open_table(path)
    assert table.encoding == "ascii"
    last = list(table.rows())[-1]
    assert (last.number, last.cells["Name"]) == (5001, "Zoë")


def test_a_file_that_changes_encoding_midway_is_refused_with_the_row(tmp_path: Path) -> None:
    start = write_csv(tmp_path / "a.csv", [["Name", "City"], ["Zoë", "Tiel"]])
    more = "".join(f"Klant {n},Maurik\r\n" for n in range(5000)).encode("ascii")
    path = tmp_path / "glued.csv"
    path.write_bytes(start.read_bytes() + more + "André,Utrecht\r\n".encode("cp1252"))
    table = open_table(path)
    assert table.encoding == "utf-8"
    rows = table.rows()
    with pytest.raises(UnreadableFile) as caught:
        for _ in rows:
            pass
    assert caught.value.reason == Problem.BROKEN_ENCODING
    assert caught.value.row is not None and caught.value.row > 1
    assert "André" not in caught.value.text()


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_the_delimiter_is_sniffed_from_the_header(tmp_path: Path, delimiter: str) -> None:
    path = write_csv(
        tmp_path / "d.csv", [["Name", "Total", "City"], ["Jan", "1.234,56", "Maurik"]], delimiter
    )
    table = open_table(path)
    assert table.delimiter == delimiter
    assert next(table.rows()).cells["Total"] == "1.234,56"


def test_a_quoted_line_break_stays_in_its_cell(tmp_path: Path) -> None:
    rows = [["Name", "Address"], ["Jan", "Kerkstraat 8\n2e verdieping"], ["Zoë", "Prinsengracht 263"]]
    table = open_table(write_csv(tmp_path / "q.csv", rows))
    first, second = table.rows()
    assert first.cells["Address"] == "Kerkstraat 8\n2e verdieping"
    assert (second.number, second.cells["Name"]) == (2, "Zoë")


def test_blank_rows_are_skipped_but_counted(tmp_path: Path) -> None:
    rows = [["Name", "City"], ["Jan", "Maurik"], ["", ""], ["Zoë", "Amsterdam"], ["", ""]]
    numbers = [row.number for row in open_table(write_csv(tmp_path / "b.csv", rows, ";")).rows()]
    assert numbers == [1, 3]


def test_repeated_and_blank_labels_keep_every_cell_named(tmp_path: Path) -> None:
    rows = [["SKU", "Item Cost", "", "Item Cost"], ["GL-1", "10.00", "x", "12.00"]]
    table = open_table(write_csv(tmp_path / "l.csv", rows))
    assert table.labels == ("SKU", "Item Cost", "(column 3)", "Item Cost (2)")
    assert next(table.rows()).cells["Item Cost (2)"] == "12.00"


def test_a_short_row_is_padded_and_a_spilled_row_is_marked(tmp_path: Path) -> None:
    rows = [["Name", "City", "Zip"], ["Jan", "Maurik"], ["Zoë", "Amsterdam", "1016 GV", "extra"]]
    short, spilled = open_table(write_csv(tmp_path / "s.csv", rows)).rows()
    assert (short.cells["Zip"], short.spilled) == ("", False)
    assert spilled.spilled


def test_old_mac_line_ends(tmp_path: Path) -> None:
    path = tmp_path / "mac.csv"
    path.write_bytes(b"Name;City\rJan;Maurik\rZo\x89;Tiel\r")
    table = open_table(path)
    assert [row.cells["City"] for row in table.rows()] == ["Maurik", "Tiel"]


def test_a_header_only_file_has_no_rows(tmp_path: Path) -> None:
    table = open_table(write_csv(tmp_path / "h.csv", [["Name", "Email"]]))
    assert table.labels == ("Name", "Email")
    assert list(table.rows()) == []


def png_bytes() -> bytes:
    """A real (1x1) PNG: signature, IHDR, IDAT, IEND."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\0\0\0\0"))
        + chunk(b"IEND", b"")
    )


def test_a_png_is_not_a_table(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_bytes(png_bytes())
    assert unreadable(path).reason == Problem.NOT_A_TABLE


def test_binary_without_nul_bytes_is_not_a_table(tmp_path: Path) -> None:
    path = tmp_path / "noise.csv"
    path.write_bytes(bytes(range(1, 32)) * 100 + b"a,b\r\n")
    assert unreadable(path).reason == Problem.NOT_A_TABLE


@pytest.mark.parametrize("content", [b"", b"\xef\xbb\xbf", b"  \r\n\r\n"])
def test_an_empty_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.csv"
    path.write_bytes(content)
    error = unreadable(path)
    assert error.reason == Problem.EMPTY_FILE
    assert error.text() == "The file is empty: there is nothing to import."


def test_a_file_without_a_header_line_is_not_a_table(tmp_path: Path) -> None:
    path = tmp_path / "nohead.csv"
    path.write_bytes(b"\r\nJan,Maurik\r\n")
    assert unreadable(path).reason == Problem.NOT_A_TABLE
    path.write_bytes(b";;;\r\nJan;Maurik;;\r\n")
    assert unreadable(path).reason == Problem.NOT_A_TABLE


def test_a_quote_that_never_closes_stops_the_file_at_its_row(tmp_path: Path) -> None:
    path = tmp_path / "quote.csv"
    body = "".join(f"Klant {n},Maurik\r\n" for n in range(3)) + 'Jan,"Dorpsstraat 151\r\n'
    path.write_text("Name,City\r\n" + body + "".join(f"x{n},y\r\n" for n in range(20_000)), encoding="utf-8")
    table = open_table(path)
    seen = []
    with pytest.raises(UnreadableFile) as caught:
        for row in table.rows():
            seen.append(row.number)
    assert seen == [1, 2, 3]
    assert (caught.value.reason, caught.value.row) == (Problem.NOT_A_TABLE, 4)
    assert "row 4" in caught.value.text()


def test_a_binary_tail_without_line_breaks_stops_the_file(tmp_path: Path) -> None:
    path = tmp_path / "tail.csv"
    path.write_bytes(b"Name,City\r\nJan,Maurik\r\n" + b"A" * (2 * 1024 * 1024))
    with pytest.raises(UnreadableFile) as caught:
        list(open_table(path).rows())
    assert caught.value.reason == Problem.NOT_A_TABLE
