"""Signing in: a staff member's password (or the recovery key) opens their key slot and so gives the
database key (store/key_slots.py). Wrong attempts are counted and make the next one wait (domain/sign_in);
the log says that an attempt failed, never what was typed or by whom (issue 12)."""

from __future__ import annotations

import logging
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from spaceoptics_desk.domain.clock import Clock
from spaceoptics_desk.domain.sign_in import (
    MAX_PASSWORD_LENGTH,
    RECOVERY_ALPHABET,
    RECOVERY_GROUP_LENGTH,
    RECOVERY_GROUPS,
    format_recovery_key,
    normalised_password,
    normalised_recovery_key,
    password_problem,
    wait_after,
)
from spaceoptics_desk.errors import QT_TRANSLATE_NOOP, SignInRefused
from spaceoptics_desk.services.errors import InvalidInput
from spaceoptics_desk.store import key_slots, sign_in_attempts

log = logging.getLogger(__name__)

WRONG_NAME_OR_PASSWORD = QT_TRANSLATE_NOOP("errors", "The name or the password is not right.")
NOT_A_RECOVERY_KEY = QT_TRANSLATE_NOOP(
    "errors", "That is not a recovery key: it has 30 letters and digits, in groups of 5."
)


@dataclass(frozen=True)
class Unlocked:
    """Attributes:
    key: the database key (raw bytes; never shown).
    username: whose slot opened (None for the recovery key's).
    """

    key: bytes = field(repr=False)
    username: str | None


def unlock(database_file: Path, username: str | None, password: str, clock: Clock) -> Unlocked:
    """The key `username`'s password opens (any staff member's slot when `username` is None: the
    password tells who it is). SignInRefused otherwise, the same for a wrong name and a wrong password."""
    if not password:
        raise SignInRefused(QT_TRANSLATE_NOOP("errors", "Type your password."))
    _wait_if_needed(database_file, clock)
    slots = key_slots.read(database_file)
    if username is not None:
        candidates = [slot for name, slot in slots.items() if name == username]
    else:
        candidates = [slot for name, slot in slots.items() if name != key_slots.RECOVERY_SLOT]
    typed = normalised_password(password)
    if len(typed) <= MAX_PASSWORD_LENGTH:
        for slot in candidates:
            if slot.name == key_slots.RECOVERY_SLOT:
                continue
            key = key_slots.unwrap(slot, typed)
            if key is not None:
                sign_in_attempts.clear(database_file)
                return Unlocked(key, slot.name)
    if not candidates:
        # As long as a wrong password takes: the time an answer takes says nothing about who has a slot.
        key_slots.unwrap(key_slots.wrap(b"\0" * key_slots.KEY_BYTES, "", "-"), "")
    raise _refused(database_file, clock)


def unlock_with_recovery_key(database_file: Path, typed: str, clock: Clock) -> Unlocked:
    """The key the recovery key opens, however it was typed (spaces, lower case, dashes)."""
    _wait_if_needed(database_file, clock)
    recovery_key = normalised_recovery_key(typed)
    if recovery_key is None:
        raise SignInRefused(NOT_A_RECOVERY_KEY)
    slot = key_slots.read(database_file).get(key_slots.RECOVERY_SLOT)
    key = None if slot is None else key_slots.unwrap(slot, recovery_key)
    if key is None:
        raise _refused(database_file, clock, QT_TRANSLATE_NOOP("errors", "That recovery key is not right."))
    sign_in_attempts.clear(database_file)
    return Unlocked(key, None)


def _wait_if_needed(database_file: Path, clock: Clock) -> None:
    attempts = sign_in_attempts.read(database_file)
    if attempts.last_at is None:
        return
    left = attempts.last_at + wait_after(attempts.in_a_row) - clock.now()
    if left.total_seconds() > 0:
        seconds = int(left.total_seconds() + 0.999)
        raise SignInRefused(
            QT_TRANSLATE_NOOP("errors", "Too many wrong passwords. Try again in {seconds} seconds."),
            wait_seconds=seconds,
            seconds=seconds,
        )


def _refused(database_file: Path, clock: Clock, message: str = WRONG_NAME_OR_PASSWORD) -> SignInRefused:
    attempts = sign_in_attempts.record_wrong(database_file, clock.now())
    # Neither the name nor the password: either may be the other typed in the wrong field.
    log.warning("sign-in refused: wrong name, password or recovery key (%d in a row)", attempts.in_a_row)
    wait = int(wait_after(attempts.in_a_row).total_seconds())
    return SignInRefused(message, wait_seconds=wait)


def checked_new_password(password: str) -> str:
    """The password as it will be used (composed accents), or InvalidInput saying what is wrong with it."""
    problem = password_problem(password)
    if problem is not None:
        raise InvalidInput(problem)
    return normalised_password(password)


def new_recovery_key() -> str:
    symbols = RECOVERY_GROUPS * RECOVERY_GROUP_LENGTH
    return format_recovery_key("".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(symbols)))


def new_key_file(database_file: Path, key: bytes, username: str, password: str) -> str:
    """The key file of a new (or newly encrypted) database: `username`'s slot and a recovery slot.
    Returns the recovery key, to be shown once and never again."""
    recovery_key = new_recovery_key()
    key_slots.write(
        database_file,
        {
            username: key_slots.wrap(key, username, checked_new_password(password)),
            key_slots.RECOVERY_SLOT: key_slots.wrap(key, key_slots.RECOVERY_SLOT, recovery_key),
        },
    )
    return recovery_key


def set_password(database_file: Path, key: bytes, username: str, password: str) -> None:
    """Gives `username` a slot that `password` opens (replacing the one they had)."""
    slot = key_slots.wrap(key, username, checked_new_password(password))
    slots = key_slots.read(database_file)
    slots[username] = slot
    key_slots.write(database_file, slots)


def remove_slot(database_file: Path, username: str) -> None:
    """What `username`'s password could open is gone (a deactivated staff member)."""
    slots = key_slots.read(database_file)
    if slots.pop(username, None) is not None:
        key_slots.write(database_file, slots)


def has_slot(database_file: Path, username: str) -> bool:
    return username in key_slots.read(database_file)
