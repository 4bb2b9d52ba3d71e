"""Lightspeed eCom's customer export, with the prefix and the house number's extension apart (issue 13)."""

from __future__ import annotations

from datetime import UTC, datetime

from spaceoptics_desk.domain.incoming import IncomingAddress
from spaceoptics_desk.services.imports.readers import read_file
from tests.services.imports.csv_files import FIXTURES, people


def test_a_split_prefix_and_house_number_extension() -> None:
    jan, _ = people(read_file(FIXTURES / "lightspeed_customers.csv"))
    assert jan.external_id == "1849302"
    assert (jan.first_name, jan.name_prefix, jan.last_name) == ("Jan", "van der", "Berg")
    assert jan.addresses == (IncomingAddress("billing", "Dorpsstraat", "151", "A", "4021HR", "Maurik", "NL"),)
    assert (jan.phone, jan.mobile) == ("+31344123456", "+31622993969")
    assert jan.created_at == datetime(2021, 11, 2, 15, 40, 12, tzinfo=UTC)
    assert jan.language == "nl"
    assert jan.marketing_consent is None  # no newsletter column in the export


def test_a_business_customer_with_a_delivery_address() -> None:
    reading = read_file(FIXTURES / "lightspeed_customers.csv")
    _, anouk = people(reading)
    assert anouk.company_name == "Smit Optiek"
    assert anouk.kvk_number == "12345678"
    assert anouk.vat_number == "NL8193.45.678.B01"
    assert anouk.addresses == (
        IncomingAddress("billing", "Oudegracht", "230", "bis", "3511NR", "Utrecht", "NL"),
        IncomingAddress("delivery", "Industrieweg", "4", "", "3542AD", "Utrecht", "NL"),
    )
    assert {"Attn", "Shipping Attn", "Customer type"} <= set(reading.summary.ignored_columns)
