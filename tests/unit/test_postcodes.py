"""Dutch postcodes as typed on the phone: "4021 HR 151", "4021hr", with or without space (issue 2)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from spaceoptics_desk.domain.postcodes import (
    PostcodeQuery,
    address_key,
    display_postcode,
    normalise_postcode,
    parse_postcode_query,
)


def test_postcode_with_house_number() -> None:
    assert parse_postcode_query("4021 HR 151") == PostcodeQuery("4021HR", "151")
    assert parse_postcode_query("4021hr151") == PostcodeQuery("4021HR", "151")
    assert parse_postcode_query(" 4021 hr  151 ") == PostcodeQuery("4021HR", "151")


def test_postcode_without_house_number_with_or_without_space() -> None:
    assert parse_postcode_query("4021hr") == PostcodeQuery("4021HR", None)
    assert parse_postcode_query("4021 HR") == PostcodeQuery("4021HR", None)


def test_a_partial_postcode_is_a_prefix() -> None:
    query = parse_postcode_query("4021 h")
    assert query is not None
    assert query.key_prefix() == "4021h"


def test_house_number_suffix_is_accepted_and_the_key_uses_the_number() -> None:
    query = parse_postcode_query("4021hr151-a")
    assert query == PostcodeQuery("4021HR", "151")
    assert query.key_prefix() == "4021hr151"


def test_house_number_needs_both_postcode_letters() -> None:
    assert parse_postcode_query("4021 H 151") is None


def test_not_a_postcode() -> None:
    for text in ("4021", "0123 AB", "Jan", "", "40 21 HR", "4021 HRX", "٤٠٢١ HR"):
        assert parse_postcode_query(text) is None, text


def test_normalise_and_display() -> None:
    assert normalise_postcode("4021 hr") == "4021HR"
    assert normalise_postcode("4021HR") == "4021HR"
    assert normalise_postcode("4021") is None
    assert normalise_postcode("1000") is None  # a Belgian code is not a Dutch one
    assert display_postcode("4021HR") == "4021 HR"
    assert display_postcode("B-1000") == "B-1000"


def test_address_key_is_the_same_for_both_spellings() -> None:
    assert address_key("4021 HR", "151") == address_key("4021HR", " 151 ") == "4021hr151"


@given(st.text())
def test_any_text_either_is_no_postcode_or_gives_an_ascii_key(text: str) -> None:
    query = parse_postcode_query(text)
    if query is not None:
        key = query.key_prefix()
        assert key[:4].isascii() and key[:4].isdigit()
        assert all(ch in "abcdefghijklmnopqrstuvwxyz0123456789" for ch in key)
