"""The values a webshop export holds, in the forms the app stores (issue 13; R9(g), R19).

Each normaliser either gives the stored form or refuses with the reason code the import report shows;
the refusal never carries the value (it reaches logs and reports).
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from spaceoptics_desk.domain.incoming import Problem
from spaceoptics_desk.domain.incoming_values import (
    LONGEST_CELL,
    BadValue,
    cell_text,
    cents,
    checkbox,
    country_code,
    currency_code,
    email_address,
    full_name,
    house_number,
    payment_method,
    person_name,
    phone_number,
    postcode,
    quantity,
    street_and_number,
    utc_moment,
)


def refused(call: object, *args: object) -> Problem:
    assert callable(call)
    with pytest.raises(BadValue) as caught:
        call(*args)
    return caught.value.reason


# Names: the Dutch prefix is a field of its own ("van der Berg" -> "van der", "Berg").


def test_a_prefix_is_split_off_the_last_name() -> None:
    assert person_name("Jan", "van der Berg") == ("Jan", "van der", "Berg")
    assert person_name("Jan", "Van der Berg") == ("Jan", "van der", "Berg")  # as written on its own
    assert person_name("Sofie", "'t Hart") == ("Sofie", "'t", "Hart")
    assert person_name("Pieter", "De Wit") == ("Pieter", "de", "Wit")


def test_a_prefix_the_source_keeps_apart_is_taken_as_it_is() -> None:
    # Lightspeed's LastnamePreposition: the last name is not split again.
    assert person_name("Jan", "Berg", "van der") == ("Jan", "van der", "Berg")
    assert person_name(" Jan ", " Berg ", " van  der ") == ("Jan", "van der", "Berg")


def test_a_last_name_that_only_looks_like_a_prefix_is_kept() -> None:
    assert person_name("Anna", "Vandermeer") == ("Anna", "", "Vandermeer")
    assert person_name("Jan", "Van") == ("Jan", "", "Van")


def test_a_full_name_in_one_field_is_split_at_its_prefix() -> None:
    assert full_name("Jan van der Berg") == ("Jan", "van der", "Berg")
    assert full_name("Anna Maria de Vries") == ("Anna Maria", "de", "Vries")
    assert full_name("Sofie 't Hart") == ("Sofie", "'t", "Hart")


def test_a_full_name_without_prefix_ends_in_the_last_name() -> None:
    assert full_name("Anna Maria Jansen") == ("Anna Maria", "", "Jansen")
    assert full_name("Jansen") == ("", "", "Jansen")
    assert full_name("   ") == ("", "", "")


# Phones: E.164 with the plus, a national number read in the address's country.


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        ("06-22993969", "NL", "+31622993969"),
        ("06 2299 3969", "NL", "+31622993969"),
        ("+31 6 2299 3969", "NL", "+31622993969"),
        ("0031622993969", "NL", "+31622993969"),
        ("'+31622993969", "NL", "+31622993969"),  # Shopify's apostrophe
        ("0344-123456", "NL", "+31344123456"),
        ("0470 12 34 56", "BE", "+32470123456"),
        ("+49 2821 12345", "NL", "+49282112345"),  # international wins over the country
    ],
)
def test_phone_numbers_become_e164(text: str, country: str, expected: str) -> None:
    assert phone_number(text, country) == expected


def test_an_empty_phone_is_none_and_a_wrong_one_is_refused() -> None:
    assert phone_number("  ", "NL") is None
    assert refused(phone_number, "12", "NL") == Problem.INVALID_PHONE
    assert refused(phone_number, "bel me na 6", "NL") == Problem.INVALID_PHONE


# Postcodes.


def test_dutch_postcodes_are_normalised() -> None:
    assert postcode("4021 hr", "NL") == "4021HR"
    assert postcode("4021HR", "NL") == "4021HR"
    assert postcode("NL-4021 HR", "NL") == "4021HR"


@pytest.mark.parametrize("text", ["4021", "0123 AB", "4021 SA", "Maurik", "4021 HRX"])
def test_a_wrong_dutch_postcode_is_refused(text: str) -> None:
    assert refused(postcode, text, "NL") == Problem.INVALID_POSTCODE


def test_belgian_and_german_postcodes_are_their_digits() -> None:
    assert postcode("1000", "BE") == "1000"
    assert postcode("B-1000", "BE") == "1000"
    assert postcode("10115", "DE") == "10115"
    assert postcode("D-10115", "DE") == "10115"
    assert refused(postcode, "1011", "DE") == Problem.INVALID_POSTCODE
    assert refused(postcode, "1000 AB", "BE") == Problem.INVALID_POSTCODE


def test_other_postcodes_are_trimmed_and_an_empty_one_stays_empty() -> None:
    assert postcode(" sw1a  1aa ", "GB") == "SW1A 1AA"
    assert postcode("", "NL") == ""
    assert refused(postcode, "x" * 13, "GB") == Problem.INVALID_POSTCODE


# Countries.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NL", "NL"),
        ("nl", "NL"),
        ("Nederland", "NL"),
        ("The Netherlands", "NL"),
        ("België", "BE"),
        ("Belgium", "BE"),
        ("Deutschland", "DE"),
        ("NLD", "NL"),
        ("UK", "GB"),
        ("", "NL"),
    ],
)
def test_countries_become_iso_codes(text: str, expected: str) -> None:
    assert country_code(text) == expected


def test_an_unknown_country_is_refused() -> None:
    assert refused(country_code, "XX") == Problem.INVALID_COUNTRY
    assert refused(country_code, "Atlantis") == Problem.INVALID_COUNTRY


def test_an_empty_country_is_the_given_default() -> None:
    assert country_code(" ", "BE") == "BE"


# Amounts in cents.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12.50", 1250),
        ("12,50", 1250),
        ("1.234,56", 123456),
        ("1,234.56", 123456),
        ("€ 12,50", 1250),
        ("12,50 EUR", 1250),
        ("-5", -500),
        ("-12,50", -1250),
        ("0", 0),
    ],
)
def test_amounts_become_cents(text: str, expected: int) -> None:
    assert cents(text) == expected


@pytest.mark.parametrize("text", ["", "twaalf", "12,505", "1.2.3", "12,50,00", "1.234", "12-50", "NaN"])
def test_a_wrong_amount_is_refused(text: str) -> None:
    assert refused(cents, text) == Problem.INVALID_AMOUNT


def test_quantities_are_whole_and_not_negative() -> None:
    assert quantity("2") == 2
    assert quantity("2.0") == 2
    for text in ("-1", "1.5", "", "twee", "NaN", "Infinity", "1000001"):
        assert refused(quantity, text) == Problem.INVALID_QUANTITY


def test_currency_codes() -> None:
    assert currency_code("eur") == "EUR"
    assert currency_code("") == "EUR"
    assert refused(currency_code, "euro") == Problem.INVALID_AMOUNT


# Moments: shop time (Europe/Amsterdam) unless an offset is given, stored in UTC.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-03-05 14:22", datetime(2024, 3, 5, 13, 22, tzinfo=UTC)),  # winter time: UTC+1
        ("2024-07-01 10:15:00", datetime(2024, 7, 1, 8, 15, tzinfo=UTC)),  # summer time: UTC+2
        ("2024-03-05T14:22:10", datetime(2024, 3, 5, 13, 22, 10, tzinfo=UTC)),
        ("2024-03-05 14:22:10 +0100", datetime(2024, 3, 5, 13, 22, 10, tzinfo=UTC)),  # Shopify
        ("2024-03-05 14:22:10 -0500", datetime(2024, 3, 5, 19, 22, 10, tzinfo=UTC)),
        ("2024-03-05T13:22:10Z", datetime(2024, 3, 5, 13, 22, 10, tzinfo=UTC)),
        ("05-03-2024 14:22", datetime(2024, 3, 5, 13, 22, tzinfo=UTC)),  # the Dutch way
        ("5-3-2024", datetime(2024, 3, 4, 23, 0, tzinfo=UTC)),
        ("2024-03-05", datetime(2024, 3, 4, 23, 0, tzinfo=UTC)),
    ],
)
def test_moments_become_utc(text: str, expected: datetime) -> None:
    moment = utc_moment(text)
    assert moment == expected
    assert moment.tzinfo is UTC


def test_a_moment_given_as_utc_stays_it() -> None:
    assert utc_moment("2024-03-05 13:22:10", UTC) == datetime(2024, 3, 5, 13, 22, 10, tzinfo=UTC)


@pytest.mark.parametrize(
    "text", ["", "gisteren", "31-02-2024", "2024-13-01", "1899-12-31", "05/03/2024 14:22"]
)
def test_a_wrong_moment_is_refused(text: str) -> None:
    assert refused(utc_moment, text) == Problem.INVALID_DATE


# Cells: what a spreadsheet would run, and what no field can hold.


@pytest.mark.parametrize(
    "text",
    ['=HYPERLINK("http://example.com/x","klik")', "@SUM(A1:A9)", "+SUM(A1)", "=1+2", "'=cmd|' /C calc'!A0"],
)
def test_a_formula_cell_is_refused(text: str) -> None:
    assert refused(cell_text, text) == Problem.FORMULA_CELL


def test_amounts_and_phone_numbers_that_start_like_a_formula_are_kept() -> None:
    assert cell_text("-12,50") == "-12,50"
    assert cell_text("+31 6 1234 5678") == "+31 6 1234 5678"
    assert cell_text(" -5 ") == "-5"


def test_shopifys_apostrophe_goes_before_numbers_but_stays_in_names() -> None:
    assert cell_text("'+31622993969") == "+31622993969"
    assert cell_text("'01234") == "01234"
    assert cell_text("'t Hart") == "'t Hart"
    assert cell_text("'s-Hertogenbosch") == "'s-Hertogenbosch"


def test_a_cell_over_1000_characters_is_refused() -> None:
    assert cell_text("x" * LONGEST_CELL) == "x" * LONGEST_CELL
    assert refused(cell_text, "x" * (LONGEST_CELL + 1)) == Problem.CELL_TOO_LONG
    assert refused(cell_text, "x" * 10_000) == Problem.CELL_TOO_LONG


def test_the_refusal_never_carries_the_value() -> None:
    with pytest.raises(BadValue) as caught:
        email_address("jan.vdberg@@example.nl")
    assert "jan" not in str(caught.value)
    assert str(caught.value) == Problem.INVALID_EMAIL.value


# E-mail, checkboxes, payment methods, addresses.


def test_email_addresses_are_lower_case_and_checked() -> None:
    assert email_address(" Jan.vdBerg@Example.NL ") == "jan.vdberg@example.nl"
    assert email_address("") is None
    for text in ("jan", "jan@", "jan@example", "jan berg@example.nl", "a@b@c.nl"):
        assert refused(email_address, text) == Problem.INVALID_EMAIL


def test_a_checkbox_says_yes_or_no_and_nothing_else() -> None:
    for text in ("ja", "Ja", "yes", "1", "true", "x", "X"):
        assert checkbox(text) is True
    for text in ("nee", "no", "0", "false", "", "  "):
        assert checkbox(text) is False
    assert refused(checkbox, "misschien") == Problem.INVALID_CHOICE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("iDEAL", "ideal"),
        ("mollie_wc_gateway_ideal", "ideal"),
        ("bacs", "banktransfer"),
        ("Direct bank transfer", "banktransfer"),
        ("PayPal", "paypal"),
        ("Bancontact", "bancontact"),
        ("Shopify Payments", "shopify payments"),
        ("", ""),
    ],
)
def test_payment_methods_become_codes(text: str, expected: str) -> None:
    assert payment_method(text) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Dorpsstraat 151", ("Dorpsstraat", "151", "")),
        ("Dorpsstraat 12A", ("Dorpsstraat", "12", "A")),
        ("Dorpsstraat 12-a", ("Dorpsstraat", "12", "a")),
        ("Kerkweg 3 bis", ("Kerkweg", "3", "bis")),
        ("2e Helmersstraat 12", ("2e Helmersstraat", "12", "")),
        ("Dorpsstraat", ("Dorpsstraat", "", "")),
    ],
)
def test_a_street_line_is_split_into_street_number_and_suffix(
    line: str, expected: tuple[str, str, str]
) -> None:
    assert street_and_number(line) == expected


def test_a_house_number_with_its_extension_apart() -> None:
    assert house_number("12", "A") == ("12", "A")
    assert house_number("12a") == ("12", "a")
    assert house_number("230", "bis") == ("230", "bis")
    assert refused(house_number, "", "") == Problem.MISSING_FIELD
    assert refused(house_number, "twaalf") == Problem.INVALID_HOUSE_NUMBER
