"""Folding for search: case and accents never matter (issue 2: "Zoë = zoe")."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from spaceoptics_desk.domain.folding import fold, words


def test_zoe_with_and_without_diaeresis_fold_to_the_same_text() -> None:
    assert fold("Zoë") == fold("zoe") == fold("ZOË") == "zoe"


def test_letters_that_do_not_decompose_are_mapped_to_plain_letters() -> None:
    assert fold("Łukasz") == "lukasz"
    assert fold("Søren") == "soren"
    assert fold("Straße") == "strasse"
    assert fold("Ærø") == "aero"


def test_common_dutch_and_european_accents_disappear() -> None:
    assert fold("Hélène Müller-Lüdenscheidt") == "helene muller-ludenscheidt"
    assert fold("Ĳsselmeer") == "ijsselmeer"


def test_full_width_letters_fold_like_ordinary_ones() -> None:
    assert fold("ＪＡＮ") == "jan"
    assert words("Ｂｅｒｇ") == ["berg"]


def test_words_splits_hyphenated_and_punctuated_names_into_folded_words() -> None:
    assert words("Jansen-de Vries") == ["jansen", "de", "vries"]
    assert words("O'Brien, Zoë") == ["o", "brien", "zoe"]
    assert words("  ") == []
    assert words("😀 %_'\"") == []


@given(st.text())
def test_folding_is_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)


@given(st.text())
def test_words_are_only_ascii_letters_and_digits(text: str) -> None:
    for word in words(text):
        assert word
        assert all(ch in "abcdefghijklmnopqrstuvwxyz0123456789" for ch in word)
