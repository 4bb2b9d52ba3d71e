"""Who is at the desk, as plain data (the app shows it before the database has even opened), and the
rules for the staff list the owner keeps (issue 12)."""

from __future__ import annotations

import re
from dataclasses import dataclass


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for pyside6-lupdate (the domain imports nothing of ours)."""
    del context
    return text


@dataclass(frozen=True)
class StaffMember:
    username: str
    display_name: str
    role: str  # owner | staff


@dataclass(frozen=True)
class StaffAccount:
    """A row of the owner's staff list: a member, whether they are still active, and whether they have
    a password yet (someone from before sign-in existed has none until the owner sets one)."""

    member: StaffMember
    active: bool
    has_password: bool


# What a sign-in name may be: typed at every sign-in, so short and plain; no '@' (the recovery key's
# slot is named '@recovery'), no spaces.
_USERNAME = re.compile(r"[a-z][a-z0-9._-]{1,39}")
MAX_DISPLAY_NAME = 100

# The idle minutes before a desk locks itself: the owner's choice within these bounds.
DEFAULT_LOCK_MINUTES = 10
LOCK_MINUTES_RANGE = range(1, 241)


def username_problem(username: str) -> str | None:
    """Why `username` cannot be a sign-in name (English source text), or None."""
    if not _USERNAME.fullmatch(username):
        return QT_TRANSLATE_NOOP(
            "errors",
            "A sign-in name has 2 to 40 small letters, digits, dots, dashes or underscores and begins "
            "with a letter.",
        )
    return None


def display_name_problem(display_name: str) -> str | None:
    if not display_name.strip():
        return QT_TRANSLATE_NOOP("errors", "Type the staff member's name.")
    if len(display_name) > MAX_DISPLAY_NAME:
        return QT_TRANSLATE_NOOP("errors", "A name can have at most 100 characters.")
    return None


def lock_minutes_problem(minutes: int) -> str | None:
    if minutes not in LOCK_MINUTES_RANGE:
        return QT_TRANSLATE_NOOP("errors", "The idle time before locking is 1 to 240 minutes.")
    return None
