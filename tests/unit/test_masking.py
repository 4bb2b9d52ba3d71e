"""Masked e-mail in the result list: enough to tell two "J. de Vries" apart, not the whole address."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from spaceoptics_desk.domain.masking import mask_email


def test_first_two_letters_and_domain_stay_visible() -> None:
    assert mask_email("jan.jansen@example.nl") == "ja••••••••@example.nl"


def test_short_local_part_shows_one_letter() -> None:
    assert mask_email("abc@x.nl") == "a••@x.nl"


def test_text_without_at_sign_is_hidden_completely() -> None:
    masked = mask_email("not-an-address")
    assert set(masked) == {"•"}
    assert len(masked) == 8


def test_two_people_with_the_same_initials_are_told_apart_by_domain() -> None:
    assert mask_email("j.devries@gmail.com") != mask_email("j.devries@ziggo.nl")


@given(st.emails())
def test_the_full_local_part_is_never_shown(email: str) -> None:
    local, _, domain = email.partition("@")
    masked = mask_email(email)
    assert masked.endswith("@" + domain)
    assert "•" in masked
    assert not masked.startswith(local + "@")


def test_one_letter_address_is_not_shown_whole() -> None:
    assert mask_email("a@x.nl") == "•@x.nl"
