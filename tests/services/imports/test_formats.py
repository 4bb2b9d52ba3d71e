"""The format told from the header, and a file no known export wrote (issue 13)."""

from __future__ import annotations

from pathlib import Path

import pytest

from spaceoptics_desk.domain.incoming import Problem, SourceKind
from spaceoptics_desk.services.imports.readers import FormatName, UnreadableFile, read_file
from spaceoptics_desk.services.imports.readers.formats import detect_format
from tests.services.imports.csv_files import FIXTURES, write_csv


@pytest.mark.parametrize(
    ("fixture", "format", "source"),
    [
        ("woocommerce_orders_aoe.csv", FormatName.WOOCOMMERCE_ORDERS, SourceKind.WOOCOMMERCE),
        ("woocommerce_orders_skyverge_excel.csv", FormatName.WOOCOMMERCE_ORDERS, SourceKind.WOOCOMMERCE),
        ("woocommerce_customers_analytics.csv", FormatName.WOOCOMMERCE_CUSTOMERS, SourceKind.WOOCOMMERCE),
        ("shopify_customers_old.csv", FormatName.SHOPIFY_CUSTOMERS, SourceKind.SHOPIFY),
        ("shopify_customers_new.csv", FormatName.SHOPIFY_CUSTOMERS, SourceKind.SHOPIFY),
        ("shopify_orders.csv", FormatName.SHOPIFY_ORDERS, SourceKind.SHOPIFY),
        ("lightspeed_customers.csv", FormatName.LIGHTSPEED_CUSTOMERS, SourceKind.LIGHTSPEED),
    ],
)
def test_each_export_is_recognised_by_its_header(
    fixture: str, format: FormatName, source: SourceKind
) -> None:
    reading = read_file(FIXTURES / fixture)
    assert (reading.format, reading.source, reading.summary.format) == (format, source, format.value)


def test_labels_are_compared_without_case_or_extra_spaces() -> None:
    assert detect_format(["ORDER  NUMBER", "order date", "Email (billing)"]) == FormatName.WOOCOMMERCE_ORDERS


def test_an_unknown_header_is_no_format(tmp_path: Path) -> None:
    assert detect_format(["Klantnummer", "Naam", "E-mailadres"]) is None
    path = write_csv(tmp_path / "kassa.csv", [["Klantnummer", "Naam", "E-mailadres"], ["1", "Jan", "j@x.nl"]])
    with pytest.raises(UnreadableFile) as caught:
        read_file(path)
    assert caught.value.reason == Problem.UNKNOWN_FORMAT
    assert "column mapping" in caught.value.text()


def test_a_chosen_format_the_header_does_not_fit_is_refused() -> None:
    with pytest.raises(UnreadableFile) as caught:
        read_file(FIXTURES / "shopify_orders.csv", format="lightspeed-customers")
    assert caught.value.reason == Problem.UNKNOWN_FORMAT
    assert "lightspeed-customers" in caught.value.text()
    with pytest.raises(UnreadableFile):
        read_file(FIXTURES / "shopify_orders.csv", format="no-such-format")


def test_a_chosen_format_that_fits_is_read() -> None:
    reading = read_file(FIXTURES / "shopify_orders.csv", format="shopify-orders")
    assert reading.format == FormatName.SHOPIFY_ORDERS
