"""A password opens only its own slot; wrong ones are counted, logged without what was typed, and make the
next try wait (issue 12, AVG 32)."""

from __future__ import annotations

import logging
import secrets
from datetime import timedelta
from pathlib import Path

import pytest

from spaceoptics_desk.domain.clock import FixedClock
from spaceoptics_desk.errors import SignInRefused
from spaceoptics_desk.services import signing_in
from spaceoptics_desk.services.errors import InvalidInput
from spaceoptics_desk.store import key_slots

KEY = secrets.token_bytes(32)
OWNER_PASSWORD = "Eigenaar-wachtwoord"


@pytest.fixture
def recovery_key(db_path: Path) -> str:
    return signing_in.new_key_file(db_path, KEY, "owner", OWNER_PASSWORD)


def test_the_owner_s_password_opens_the_key(db_path: Path, recovery_key: str, clock: FixedClock) -> None:
    assert signing_in.unlock(db_path, "owner", OWNER_PASSWORD, clock).key == KEY
    assert signing_in.unlock(db_path, None, OWNER_PASSWORD, clock).username == "owner"


@pytest.mark.parametrize("username", ["owner", "nobody", None])
def test_a_wrong_password_or_name_opens_nothing_and_says_the_same(
    db_path: Path,
    recovery_key: str,
    clock: FixedClock,
    username: str | None,
    caplog: pytest.LogCaptureFixture,
) -> None:
    typed = "verkeerd-" + "x" * 20
    with caplog.at_level(logging.DEBUG), pytest.raises(SignInRefused) as refused:
        signing_in.unlock(db_path, username, typed, clock)
    assert refused.value.message == signing_in.WRONG_NAME_OR_PASSWORD
    assert "sign-in refused" in caplog.text
    assert typed not in caplog.text and "nobody" not in caplog.text and typed not in str(refused.value)


def test_a_password_of_ten_thousand_characters_is_just_wrong(
    db_path: Path, recovery_key: str, clock: FixedClock
) -> None:
    with pytest.raises(SignInRefused):
        signing_in.unlock(db_path, "owner", OWNER_PASSWORD * 600, clock)


def test_an_empty_password_is_asked_for_and_not_counted(
    db_path: Path, recovery_key: str, clock: FixedClock
) -> None:
    for _ in range(8):
        with pytest.raises(SignInRefused, match="Type your password"):
            signing_in.unlock(db_path, "owner", "", clock)
    assert signing_in.unlock(db_path, "owner", OWNER_PASSWORD, clock).key == KEY


def test_after_five_wrong_passwords_the_next_try_waits_even_the_right_one(
    db_path: Path, recovery_key: str, clock: FixedClock
) -> None:
    for _ in range(5):
        with pytest.raises(SignInRefused):
            signing_in.unlock(db_path, "owner", "verkeerd1", clock)
    with pytest.raises(SignInRefused, match="Try again in 1 seconds") as waiting:
        signing_in.unlock(db_path, "owner", OWNER_PASSWORD, clock)
    assert waiting.value.wait_seconds == 1
    later = FixedClock(clock.now() + timedelta(seconds=1))
    with pytest.raises(SignInRefused):
        signing_in.unlock(db_path, "owner", "verkeerd1", later)  # the sixth: now 2 s
    with pytest.raises(SignInRefused) as longer:
        signing_in.unlock(db_path, "owner", OWNER_PASSWORD, FixedClock(later.now() + timedelta(seconds=1)))
    assert longer.value.wait_seconds == 1
    done = FixedClock(later.now() + timedelta(seconds=2))
    assert signing_in.unlock(db_path, "owner", OWNER_PASSWORD, done).key == KEY
    # The right password starts the count again.
    with pytest.raises(SignInRefused) as fresh:
        signing_in.unlock(db_path, "owner", "verkeerd1", done)
    assert fresh.value.wait_seconds == 0


def test_the_recovery_key_opens_its_slot_however_it_is_typed(
    db_path: Path, recovery_key: str, clock: FixedClock
) -> None:
    typed = recovery_key.lower().replace("-", " ")
    assert signing_in.unlock_with_recovery_key(db_path, typed, clock).key == KEY
    with pytest.raises(SignInRefused, match="not right"):
        other = signing_in.new_recovery_key()
        signing_in.unlock_with_recovery_key(db_path, other, clock)
    # It is not a password: typed as one it opens nothing.
    for name in (None, key_slots.RECOVERY_SLOT):
        with pytest.raises(SignInRefused):
            signing_in.unlock(db_path, name, recovery_key, clock)


def test_a_removed_slot_no_longer_opens(db_path: Path, recovery_key: str, clock: FixedClock) -> None:
    signing_in.set_password(db_path, KEY, "sam", "Sams-wachtwoord")
    assert signing_in.unlock(db_path, "sam", "Sams-wachtwoord", clock).key == KEY
    signing_in.remove_slot(db_path, "sam")
    with pytest.raises(SignInRefused):
        signing_in.unlock(db_path, "sam", "Sams-wachtwoord", clock)
    assert signing_in.unlock(db_path, "owner", OWNER_PASSWORD, clock).key == KEY


def test_a_password_that_breaks_the_rules_writes_no_slot(db_path: Path, recovery_key: str) -> None:
    before = key_slots.key_file(db_path).read_bytes()
    with pytest.raises(InvalidInput):
        signing_in.set_password(db_path, KEY, "sam", "kort")
    assert key_slots.key_file(db_path).read_bytes() == before
