"""Dutch names with tussenvoegsels: display, telephone-book order, and the keys a search needs (issue 2)."""

from __future__ import annotations

from spaceoptics_desk.domain.names import (
    display_name,
    name_tokens,
    normalise_query_word,
    prefix_shorthand,
    sort_key,
    split_prefix,
)


def test_display_name_joins_the_parts_without_double_spaces() -> None:
    assert display_name("Jan", "van der", "Berg") == "Jan van der Berg"
    assert display_name("Zoë", "", "Jansen") == "Zoë Jansen"
    assert display_name("", "de", "Vries") == "de Vries"
    assert display_name(" Jan ", " ", "Berg ") == "Jan Berg"


def test_telephone_book_order_ignores_the_prefix() -> None:
    people = [
        ("Anna", "", "Bakker"),
        ("Jan", "van der", "Berg"),
        ("Piet", "de", "Vries"),
        ("Kees", "", "Visser"),
    ]
    ordered = sorted(people, key=lambda p: sort_key(p[1], p[2], p[0]))
    assert [p[2] for p in ordered] == ["Bakker", "Berg", "Visser", "Vries"]


def test_sort_order_does_not_depend_on_accents_or_case() -> None:
    assert sort_key("", "Öztürk", "Zoë") == sort_key("", "ozturk", "ZOE")


def test_multi_word_prefixes_have_a_shorthand_token() -> None:
    assert prefix_shorthand("van der") == "vd"
    assert prefix_shorthand("van den") == "vd"
    assert prefix_shorthand("van 't") == "vt"
    assert prefix_shorthand("de") is None
    assert prefix_shorthand("") is None


def test_tokens_of_van_der_berg_cover_every_way_staff_type_it() -> None:
    tokens = name_tokens("Jan", "van der", "Berg")
    assert {"jan", "van", "der", "berg", "vd"} <= set(tokens)


def test_company_name_is_searchable_too() -> None:
    assert {"optiek", "maurik"} <= set(name_tokens("", "", "", "Optiek Maurik B.V."))


def test_typed_shorthand_maps_to_the_indexed_token() -> None:
    for typed in ("vd", "v.d.", "V.D.", "vd.", "v/d"):
        assert normalise_query_word(typed) == "vd"
    assert normalise_query_word("Berg") == "berg"
    assert normalise_query_word("Zoë") == "zoe"


def test_split_prefix_takes_the_longest_known_prefix() -> None:
    assert split_prefix("van der Berg") == ("van der", "Berg")
    assert split_prefix("Van der Berg") == ("Van der", "Berg")
    assert split_prefix("van 't Hof") == ("van 't", "Hof")
    assert split_prefix("de Vries") == ("de", "Vries")
    assert split_prefix("Vries") == ("", "Vries")


def test_split_prefix_never_leaves_an_empty_last_name() -> None:
    assert split_prefix("de") == ("", "de")
    assert split_prefix("van der ") == ("van", "der")
    assert split_prefix("Vandenberg") == ("", "Vandenberg")
