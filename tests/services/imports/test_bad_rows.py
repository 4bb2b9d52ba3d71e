"""A bad value refuses its row (or its order) with a reason and the column's name; the rest is read
(issue 13, "Bad input and faults"). Problems never carry the value (standards: no personal data)."""

from __future__ import annotations

from pathlib import Path

import pytest

from spaceoptics_desk.domain.incoming import IncomingOrder, Problem, Read, RowProblem
from spaceoptics_desk.services.imports.readers import read_file
from tests.services.imports.csv_files import fixture_rows, orders_in, problems, records, write_csv

AOE = "woocommerce_orders_aoe.csv"


def woocommerce_file(tmp_path: Path, column: str, value: str, row: int = 4) -> Path:
    """The order-export fixture with one cell of data row `row` (1-based) changed."""
    rows = fixture_rows(AOE)
    rows[row][rows[0].index(column)] = value
    return write_csv(tmp_path / "orders.csv", rows)


@pytest.mark.parametrize(
    ("column", "value", "reason"),
    [
        ("Email (Billing)", "sofie@@thart", Problem.INVALID_EMAIL),
        ("Phone (Billing)", "bel na zessen", Problem.INVALID_PHONE),
        ("Postcode (Billing)", "Brussel", Problem.INVALID_POSTCODE),
        ("Country Code (Billing)", "XX", Problem.INVALID_COUNTRY),
        ("Order Date", "31-02-2024", Problem.INVALID_DATE),
        ("Order Date", "", Problem.MISSING_FIELD),
        ("Order Total Amount", "twaalf euro", Problem.INVALID_AMOUNT),
        ("Order Status", "Zoekgeraakt", Problem.INVALID_STATUS),
        ("Quantity", "-1", Problem.INVALID_QUANTITY),
        ("Item Cost", "1,2,3", Problem.INVALID_AMOUNT),
        ("Company (Billing)", '=HYPERLINK("http://example.com/x","klik")', Problem.FORMULA_CELL),
        ("Company (Billing)", "@SUM(A1:A9)", Problem.FORMULA_CELL),
        ("Last Name (Billing)", "x" * 10_000, Problem.CELL_TOO_LONG),
    ],
)
def test_a_bad_value_refuses_its_order_and_the_others_are_read(
    tmp_path: Path, column: str, value: str, reason: Problem
) -> None:
    results = list(read_file(woocommerce_file(tmp_path, column, value)).results)
    assert problems(results) == [RowProblem(4, reason, column)]
    read = [(row, order.order_number) for row, order in orders_in(results)]
    assert read == [(1, "1201"), (3, "1202")]  # row 4 was order 1203
    assert not value or value not in repr(problems(results))  # the problem names the column, not the value


def test_a_bad_line_refuses_the_whole_order_with_each_bad_row(tmp_path: Path) -> None:
    rows = fixture_rows(AOE)
    quantity = rows[0].index("Quantity")
    rows[2][quantity] = "-2"  # order 1201's second product
    rows[1][rows[0].index("Item Cost")] = "gratis"  # and its first
    results = list(read_file(write_csv(tmp_path / "o.csv", rows)).results)
    assert problems(results) == [
        RowProblem(1, Problem.INVALID_AMOUNT, "Item Cost"),
        RowProblem(2, Problem.INVALID_QUANTITY, "Quantity"),
    ]
    assert [record.order_number for record in records(results) if isinstance(record, IncomingOrder)] == [
        "1202",
        "1203",
    ]


def test_an_order_without_email_or_customer_id_is_refused(tmp_path: Path) -> None:
    rows = fixture_rows(AOE)
    rows[3][rows[0].index("Email (Billing)")] = ""  # the guest
    results = list(read_file(write_csv(tmp_path / "o.csv", rows)).results)
    assert problems(results) == [RowProblem(3, Problem.MISSING_FIELD, "Email (Billing)")]


def test_a_spilled_row_is_refused_as_broken(tmp_path: Path) -> None:
    rows = fixture_rows(AOE)
    rows[3] = [*rows[3], "Maurik"]  # an unquoted delimiter shifted the guest's cells
    results = list(read_file(write_csv(tmp_path / "o.csv", rows)).results)
    assert problems(results) == [RowProblem(3, Problem.BROKEN_RECORD, None)]
    assert len(records(results)) == 2


def test_a_bad_customer_row_refuses_that_row_only(tmp_path: Path) -> None:
    rows = fixture_rows("shopify_customers_new.csv")
    rows[1][rows[0].index("Default Address Zip")] = "10 16"
    rows[2][rows[0].index("Accepts Email Marketing")] = "misschien"
    rows.append(list(rows[1]))
    rows[3][rows[0].index("Default Address Zip")] = "1016 GV"
    rows[3][rows[0].index("Email")] = "=cmd|' /C calc'!A0"
    rows.append(list(rows[1]))
    rows[4][rows[0].index("Default Address Zip")] = "1016 GV"
    results = list(read_file(write_csv(tmp_path / "c.csv", rows)).results)
    assert problems(results) == [
        RowProblem(1, Problem.INVALID_POSTCODE, "Default Address Zip"),
        RowProblem(2, Problem.INVALID_CHOICE, "Accepts Email Marketing"),
        RowProblem(3, Problem.FORMULA_CELL, "Email"),
    ]
    assert [result.row for result in results if isinstance(result, Read)] == [4]


def test_a_header_only_export_reads_nothing(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "h.csv", fixture_rows("shopify_orders.csv")[:1])
    reading = read_file(path)
    assert list(reading.results) == []
    assert reading.summary.rows == 0
