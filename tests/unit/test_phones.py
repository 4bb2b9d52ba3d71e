"""One key for every way of writing the same telephone number (issue 2: search by phone in any format)."""

from __future__ import annotations

import random

from spaceoptics_desk.domain.phones import (
    format_phone,
    is_mobile,
    is_valid_phone,
    key_by_library,
    mobile_by_library,
    phone_key,
    phone_query_prefix,
)


def test_the_three_spellings_from_the_issue_are_one_key() -> None:
    keys = {phone_key("06-22993969"), phone_key("+31 6 2299 3969"), phone_key("0031622993969")}
    assert keys == {"31622993969"}


def test_landlines_and_foreign_numbers() -> None:
    assert phone_key("0344-123456") == "31344123456"
    assert phone_key("(0344) 12 34 56") == "31344123456"
    assert phone_key("+32 2 123 45 67") == "3221234567"


def test_text_that_is_no_number_has_no_key() -> None:
    for text in ("", "abc", "12", "06-12", "😀", "'; DROP TABLE customers; --"):
        assert phone_key(text) is None


def test_a_number_being_typed_gives_a_prefix_of_its_key() -> None:
    full = phone_key("06-22993969")
    assert full is not None
    for partial in ("0622", "06-2299", "06 229939", "+31 6 22", "0031 622"):
        prefix = phone_query_prefix(partial)
        assert prefix is not None, partial
        assert full.startswith(prefix), (partial, prefix)


def test_complete_numbers_in_any_format_give_the_full_key() -> None:
    for text in ("06-22993969", "+31 6 2299 3969", "0031622993969"):
        assert phone_query_prefix(text) == "31622993969"


def test_only_text_that_starts_like_a_phone_number_is_phone_like() -> None:
    # Order numbers, customer numbers and postcodes are not phone numbers.
    for text in ("2025-000123", "12345", "4021 HR", "Jan", "06", "+31", "0", ""):
        assert phone_query_prefix(text) is None, text


def test_format_phone_shows_dutch_numbers_the_dutch_way() -> None:
    assert format_phone("+31622993969") == "06 22993969"
    assert format_phone("+3221234567").startswith("+32 ")
    assert format_phone("onbekend") == "onbekend"


def test_validity_is_stricter_than_possibility() -> None:
    assert is_valid_phone("06-22993969")
    assert is_valid_phone("+31 344 123456")
    assert not is_valid_phone("06-123")
    assert not is_valid_phone("0000000000")
    assert not is_valid_phone("bel me maar")


def test_the_quick_way_for_dutch_numbers_gives_what_the_numbering_library_gives() -> None:
    """phone_key reads "06 12345678" and "+31612345678" without the library (the slow part of an import);
    the key must be the library's for every prefix and spelling, or search by phone would miss people."""
    rng = random.Random(13)
    for first in range(1, 10):
        for _ in range(300):
            digits = f"{first}{rng.randrange(10**8):08d}"
            for text in (
                f"0{digits}",
                f"+31{digits}",
                f"0{digits[:2]}-{digits[2:]}",
                f"+31 {digits[0]} {digits[1:]}",
            ):
                assert phone_key(text) == key_by_library(text), text
                # A mobile given as the phone number moves to the mobile field (import, sync, R13).
                assert is_mobile(text) == mobile_by_library(text), text
    for text in (
        "0612345678\n",
        "00612345678",
        "+310612345678",
        "061234567",
        "06123456789",
        "+31 (0)6 12345678",
    ):
        assert phone_key(text) == key_by_library(text), text
        assert is_mobile(text) == mobile_by_library(text), text
