"""The rules of signing in: what a password must be, how a typed recovery key is read, and how long
someone waits after wrong passwords. Pure: the key slots that use them are in store/key_slots.py."""

from __future__ import annotations

import unicodedata
from datetime import timedelta


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for pyside6-lupdate (the domain imports nothing of ours)."""
    del context
    return text


MIN_PASSWORD_LENGTH = 8
# Far above any real password, far below what makes the key derivation slow: a pasted page is refused
# when the password is set, and at sign-in it is simply not the password.
MAX_PASSWORD_LENGTH = 1024

# Wrong passwords in a row before each next try waits; the wait doubles with each further wrong one.
FREE_ATTEMPTS = 5
LONGEST_WAIT = timedelta(minutes=5)

# Crockford's base 32: no I, L, O or U, so a key read aloud or copied by hand has no look-alikes.
RECOVERY_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
RECOVERY_GROUPS = 6
RECOVERY_GROUP_LENGTH = 5  # 30 symbols of 5 bits: 150 bits, beyond guessing even with a fast KDF
_LOOK_ALIKES = str.maketrans({"O": "0", "I": "1", "L": "1"})


def normalised_password(typed: str) -> str:
    """The same password however the keyboard composed its accents (é as one code point or two)."""
    return unicodedata.normalize("NFC", typed)


def password_problem(password: str) -> str | None:
    """Why a new password cannot be used (English source text, context "errors"), or None."""
    if not password:
        return QT_TRANSLATE_NOOP("errors", "Type a password.")
    if len(password) < MIN_PASSWORD_LENGTH:
        return QT_TRANSLATE_NOOP("errors", "A password needs at least 8 characters.")
    if len(password) > MAX_PASSWORD_LENGTH:
        return QT_TRANSLATE_NOOP("errors", "A password can have at most 1024 characters.")
    if password != password.strip():
        return QT_TRANSLATE_NOOP("errors", "A password cannot begin or end with a space.")
    return None


def wait_after(wrong_in_a_row: int) -> timedelta:
    """How long the next sign-in waits after this many wrong passwords in a row: nothing for the first
    FREE_ATTEMPTS, then 1 s, 2 s, 4 s, ... up to LONGEST_WAIT."""
    if wrong_in_a_row < FREE_ATTEMPTS:
        return timedelta(0)
    doublings = min(wrong_in_a_row - FREE_ATTEMPTS, 16)
    return min(timedelta(seconds=2**doublings), LONGEST_WAIT)


def format_recovery_key(symbols: str) -> str:
    """'ABCDE-FGHJK-…': the recovery key as it is shown and printed."""
    size = RECOVERY_GROUP_LENGTH
    return "-".join(symbols[i : i + size] for i in range(0, len(symbols), size))


def normalised_recovery_key(typed: str) -> str | None:
    """The recovery key as formatted, however it was typed (lower case, spaces, dashes, O for 0, I or L
    for 1); None when it cannot be one (wrong length or a sign that is not in it)."""
    symbols = "".join(ch for ch in typed.upper() if not ch.isspace() and ch != "-").translate(_LOOK_ALIKES)
    if len(symbols) != RECOVERY_GROUPS * RECOVERY_GROUP_LENGTH:
        return None
    if any(ch not in RECOVERY_ALPHABET for ch in symbols):
        return None
    return format_recovery_key(symbols)
