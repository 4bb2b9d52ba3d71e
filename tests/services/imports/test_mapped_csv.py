"""The owner's own column mapping for any other CSV (issue 13: "Any other CSV")."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from spaceoptics_desk.domain.incoming import IncomingAddress, IncomingLine, OrderStatus, Problem, RowProblem
from spaceoptics_desk.services.imports.readers import (
    ColumnMapping,
    FormatName,
    MappingRefused,
    Target,
    UnreadableFile,
    preview,
    read_file,
)
from spaceoptics_desk.services.imports.readers.mapped_csv import mapped_status
from tests.services.imports.csv_files import orders, people, persons_in, problems, write_csv

# A customer list kept in Dutch Excel: ';', Windows-1252, a checkbox column, an address in one cell.
HEADER = ["Klantnr", "Voornaam", "Achternaam", "E-mail", "Telefoon", "Adres", "Postcode", "Plaats", "Land",
          "Nieuwsbrief", "Opmerking"]  # fmt: skip
CUSTOMERS = [
    HEADER,
    ["K-1", "Jan", "van der Berg", "jan@example.nl", "06-22993969", "Dorpsstraat 151", "4021 HR", "Maurik",
     "Nederland", "ja", "vaste klant"],
    ["K-2", "Renée", "Bos", "renee@example.nl", "", "Kerkweg 3 bis", "3811MZ", "Amersfoort", "", "", ""],
    ["K-3", "Karel", "Janssens", "karel@example.be", "0470 12 34 56", "Meir 10", "2000", "Antwerpen",
     "België", "nee", ""],
    ["K-4", "Piet", "Puk", "piet@example.nl", "", "", "", "", "", "misschien", ""],
]  # fmt: skip
MAPPING = ColumnMapping(
    name="Kassa-export",
    targets={
        "Klantnr": Target.EXTERNAL_ID,
        "Voornaam": Target.FIRST_NAME,
        "Achternaam": Target.LAST_NAME,
        "E-mail": Target.EMAIL,
        "Telefoon": Target.PHONE,
        "Adres": Target.STREET_AND_NUMBER,
        "Postcode": Target.POSTCODE,
        "Plaats": Target.CITY,
        "Land": Target.COUNTRY,
        "Nieuwsbrief": Target.MARKETING_CONSENT,
        "Opmerking": Target.IGNORE,
    },
)


def customer_file(tmp_path: Path) -> Path:
    return write_csv(tmp_path / "klanten.csv", CUSTOMERS, delimiter=";", encoding="cp1252")


def test_a_mapped_customer_list(tmp_path: Path) -> None:
    reading = read_file(customer_file(tmp_path), format="mapped", mapping=MAPPING)
    results = list(reading.results)
    assert problems(results) == [RowProblem(4, Problem.INVALID_CHOICE, "Nieuwsbrief")]
    jan, renee, karel = persons_in(results)
    assert (jan.external_id, jan.name_prefix, jan.last_name, jan.phone) == (
        "K-1",
        "van der",
        "Berg",
        "+31622993969",
    )
    assert jan.addresses == (IncomingAddress("billing", "Dorpsstraat", "151", "", "4021HR", "Maurik", "NL"),)
    assert jan.marketing_consent is True  # "ja"
    assert renee.first_name == "Renée"
    assert renee.marketing_consent is False  # an empty checkbox is no consent
    assert renee.addresses[0].house_number_suffix == "bis"
    assert (karel.marketing_consent, karel.phone, karel.addresses[0].country) == (False, "+32470123456", "BE")
    assert reading.summary.ignored_columns == ["Opmerking"]
    # With a mapping and format "auto" the mapping is used, not the header's look.
    assert read_file(customer_file(tmp_path), mapping=MAPPING).format == FormatName.MAPPED


def test_without_a_consent_column_nothing_is_recorded(tmp_path: Path) -> None:
    targets = dict(MAPPING.targets)
    targets["Nieuwsbrief"] = Target.IGNORE
    mapping = ColumnMapping("Zonder nieuwsbrief", targets)
    rows = [row for row in CUSTOMERS if row[0] != "K-4"]
    path = write_csv(tmp_path / "k.csv", rows, delimiter=";", encoding="cp1252")
    assert [person.marketing_consent for person in people(read_file(path, mapping=mapping))] == [None] * 3


def test_a_mapping_is_saved_and_read_back_by_name() -> None:
    again = ColumnMapping.from_json(MAPPING.to_json())
    assert again == MAPPING
    assert again.targets["Nieuwsbrief"] is Target.MARKETING_CONSENT


@pytest.mark.parametrize(
    "text", ["", "{", "[]", '{"name": "x"}', '{"name": "x", "columns": {"A": "no_such"}}']
)
def test_a_broken_saved_mapping_is_refused(text: str) -> None:
    with pytest.raises(MappingRefused) as caught:
        ColumnMapping.from_json(text)
    assert "make it again" in caught.value.text()


@pytest.mark.parametrize(
    ("targets", "message"),
    [
        ({"Voornaam": Target.FIRST_NAME, "Telefoon": Target.PHONE}, "says who a row is about"),
        ({"E-mail": Target.EMAIL, "Klantnr": Target.ORDER_NUMBER}, "order number, the order date and the"),
        ({"E-mail": Target.EMAIL, "Telefoon": Target.PHONE, "Klantnr": Target.PHONE}, "same field (phone)"),
        ({"E-mail": Target.EMAIL, "Adres": Target.STREET_AND_NUMBER, "Plaats": Target.STREET}, "not both"),
    ],
)
def test_a_mapping_that_cannot_work_is_refused(targets: dict[str, Target], message: str) -> None:
    with pytest.raises(MappingRefused) as caught:
        ColumnMapping("Test", targets).check(HEADER)
    assert message in caught.value.text()


def test_a_mapping_needs_a_name_and_the_files_columns(tmp_path: Path) -> None:
    with pytest.raises(MappingRefused):
        ColumnMapping(" ", {"E-mail": Target.EMAIL}).check()
    mapping = ColumnMapping("Oud", {"Email address": Target.EMAIL})
    with pytest.raises(MappingRefused) as caught:
        read_file(customer_file(tmp_path), format="mapped", mapping=mapping)
    assert "no column 'Email address'" in caught.value.text()
    with pytest.raises(MappingRefused):
        read_file(customer_file(tmp_path), format="mapped")


def test_mapped_orders_are_grouped_per_order_number(tmp_path: Path) -> None:
    rows = [
        ["Bestelnr", "Datum", "Klant e-mail", "Naam", "Status", "Totaal", "Artikel", "Omschrijving", "Aantal",
         "Prijs"],
        ["B-7", "05-03-2024 14:22", "jan@example.nl", "Jan van der Berg", "betaald", "€ 139,00", "GL-ZW-10",
         "Zonnebril", "1", "89,00"],
        ["B-7", "05-03-2024 14:22", "jan@example.nl", "Jan van der Berg", "betaald", "€ 139,00", "ET-BR-02",
         "Koker", "2", "25,00"],
        ["B-8", "06-03-2024", "zoe@example.nl", "Zoë de Vries", "", "16,50", "LN-CL-30", "Vloeistof", "1",
         "16,50"],
    ]  # fmt: skip
    mapping = ColumnMapping(
        "Oude kassa",
        {
            "Bestelnr": Target.ORDER_NUMBER,
            "Datum": Target.ORDERED_AT,
            "Klant e-mail": Target.EMAIL,
            "Naam": Target.FULL_NAME,
            "Status": Target.STATUS,
            "Totaal": Target.TOTAL,
            "Artikel": Target.PRODUCT_CODE,
            "Omschrijving": Target.DESCRIPTION,
            "Aantal": Target.QUANTITY,
            "Prijs": Target.UNIT_PRICE,
        },
    )
    first, second = orders(read_file(write_csv(tmp_path / "b.csv", rows), mapping=mapping))
    assert first.order_number == "B-7"
    assert first.ordered_at == datetime(2024, 3, 5, 13, 22, tzinfo=UTC)
    assert (first.status, first.total_cents) == (OrderStatus.PAID, 13900)
    assert first.lines == (
        IncomingLine("GL-ZW-10", "Zonnebril", 1, 8900),
        IncomingLine("ET-BR-02", "Koker", 2, 2500),
    )
    assert (first.customer.first_name, first.customer.name_prefix, first.customer.last_name) == (
        "Jan",
        "van der",
        "Berg",
    )
    assert second.status == OrderStatus.OPEN  # no status given: nothing presumed


def test_order_statuses_in_the_owners_words() -> None:
    assert mapped_status("paid") == OrderStatus.PAID
    assert mapped_status("Verzonden") == OrderStatus.SHIPPED
    assert mapped_status("wc-completed") == OrderStatus.SHIPPED
    assert mapped_status("Geannuleerd") == OrderStatus.CANCELLED


def test_the_preview_shows_the_header_and_the_first_rows(tmp_path: Path) -> None:
    rows = [*CUSTOMERS, *([CUSTOMERS[1]] * 10)]
    rows[2] = [*rows[2][:-1], "x" * 5000]
    shown = preview(write_csv(tmp_path / "p.csv", rows, delimiter=";", encoding="cp1252"))
    assert shown.labels == tuple(HEADER)
    assert len(shown.rows) == 5
    assert shown.rows[1][1] == "Renée"
    assert len(shown.rows[1][-1]) == 200  # shortened for the screen
    assert (shown.delimiter, shown.encoding) == (";", "cp1252")
    assert len(preview(write_csv(tmp_path / "p2.csv", rows[:3]), rows=5).rows) == 2


def test_the_preview_of_a_file_that_is_no_table(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_bytes(b"")
    with pytest.raises(UnreadableFile):
        preview(path)
