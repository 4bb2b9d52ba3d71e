"""Which role may take which action, and the reason a refused person is told: one table for the
services (which refuse) and the screens (which disable the button and show the reason as its tooltip).

Today it holds the irreversible actions of issue 10 §3; the other actions still check their role where
they are done and move here later.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

OWNER = "owner"
STAFF = "staff"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for pyside6-lupdate (the domain imports nothing of ours, not even errors.py)."""
    del context
    return text


class Action(StrEnum):
    ERASE = "erase"  # R14: an erasure request carried out; cannot be undone
    RESTORE = "restore"  # R32: a backup over the live database
    EXPORT_COPY = "export_copy"  # R11: a copy of a person's data made, saved as a draft or sent


@dataclass(frozen=True)
class Permission:
    """Attributes:
    roles: the roles that may take the action.
    refusal: what anyone else is told (English source text, translated in context "errors").
    """

    roles: frozenset[str]
    refusal: str


PERMISSIONS: dict[Action, Permission] = {
    Action.ERASE: Permission(
        frozenset({OWNER}), QT_TRANSLATE_NOOP("errors", "Only the owner can erase a customer.")
    ),
    Action.RESTORE: Permission(
        frozenset({OWNER}), QT_TRANSLATE_NOOP("errors", "Only the owner can restore a backup.")
    ),
    Action.EXPORT_COPY: Permission(
        frozenset({OWNER}),
        QT_TRANSLATE_NOOP("errors", "Only the owner can make, save or send a copy of a customer's data."),
    ),
}


def may(role: str, action: Action) -> bool:
    return role in PERMISSIONS[action].roles


def refusal(role: str, action: Action) -> str | None:
    """Why `role` may not take `action` (English source text), or None when it may."""
    return None if may(role, action) else PERMISSIONS[action].refusal
