"""The rules of signing in (issue 12): new passwords, a recovery key however it is typed, the wait."""

from __future__ import annotations

from datetime import timedelta

import pytest

from spaceoptics_desk.domain.sign_in import (
    normalised_password,
    normalised_recovery_key,
    password_problem,
    wait_after,
)
from spaceoptics_desk.domain.staff import lock_minutes_problem, username_problem

KEY = "7QK2M-Z9XHA-P0D4T-1RNVW-B8CEF-G3JY5"


@pytest.mark.parametrize(
    ("password", "refused"),
    [("", True), ("kort", True), ("x" * 1025, True), (" spatie-voor", True), ("lang genoeg", False)],
)
def test_a_new_password_is_refused_with_a_reason(password: str, refused: bool) -> None:
    assert (password_problem(password) is not None) is refused


def test_an_accent_typed_two_ways_is_the_same_password() -> None:
    assert normalised_password("cafe\u0301-2026") == normalised_password("caf\u00e9-2026")


@pytest.mark.parametrize(
    "typed",
    [KEY, KEY.lower(), KEY.replace("-", " "), KEY.replace("-", ""), " " + KEY.replace("0", "o") + "\n"],
)
def test_the_recovery_key_is_read_however_it_was_typed(typed: str) -> None:
    assert normalised_recovery_key(typed) == KEY


@pytest.mark.parametrize("typed", ["", KEY[:-1], KEY + "A", KEY.replace("7", "U"), "ABCDE-" * 7])
def test_something_that_cannot_be_a_recovery_key_is_refused(typed: str) -> None:
    assert normalised_recovery_key(typed) is None


def test_five_wrong_passwords_are_free_then_the_wait_doubles_up_to_five_minutes() -> None:
    assert [wait_after(n) for n in range(5)] == [timedelta(0)] * 5
    assert [wait_after(n).total_seconds() for n in (5, 6, 7, 8)] == [1, 2, 4, 8]
    assert wait_after(40) == timedelta(minutes=5)


@pytest.mark.parametrize(
    ("name", "ok"),
    [
        ("sam", True),
        ("m.verhoef-2", True),
        ("Sam", False),
        ("a", False),
        ("sam@x", False),
        ("9sam", False),
        ("s" * 41, False),
    ],
)
def test_sign_in_names(name: str, ok: bool) -> None:
    assert (username_problem(name) is None) is ok


def test_the_idle_lock_time_is_one_minute_to_four_hours() -> None:
    assert lock_minutes_problem(0) and lock_minutes_problem(241)
    assert lock_minutes_problem(1) is None and lock_minutes_problem(240) is None
