"""Which role may take which action, and the reason a refused person is told: the one table that the
operations enforce (the only enforcement) and the screens read (to disable what the person at the desk
may not do, with the reason as the tooltip). No role name is written anywhere else.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from spaceoptics_desk.domain.staff import StaffMember


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for pyside6-lupdate (the domain imports nothing of ours, not even errors.py)."""
    del context
    return text


class Role(StrEnum):
    OWNER = "owner"
    STAFF = "staff"


OWNER = Role.OWNER
STAFF = Role.STAFF
EVERYONE = frozenset({Role.OWNER, Role.STAFF})
OWNER_ONLY = frozenset({Role.OWNER})


class Action(StrEnum):
    """Every user action, as the operations name it."""

    SEARCH = "search"  # find a caller (R7 starts here)
    VIEW_CUSTOMER = "view_customer"  # what we know about a person (R9)
    CORRECT = "correct"  # R13: rectification
    CHANGE_CONSENT = "change_consent"  # R19/R20: give or withdraw consent, object to marketing
    HANDLE_CASE = "handle_case"  # log a request and take its steps (R1-R8)
    ERASE = "erase"  # R14: an erasure request carried out; cannot be undone
    EXPORT_COPY = "export_copy"  # R11: a copy of a person's data made, saved as a draft or sent
    MAIL_SERVER = "mail_server"  # the server customers' data goes out through
    SCAN_RETENTION = "scan_retention"  # R23: which records are due (reads only)
    DECIDE_RETENTION = "decide_retention"  # R23/R24: approve, postpone or hold in the review
    CHANGE_RULES = "change_rules"  # R23: a retention period, action or automatic flag
    CHANGE_HOLIDAYS = "change_holidays"  # R2: the days a deadline skips
    EXPORT_MAILING_LIST = "export_mailing_list"  # R21: many people's addresses leave the app
    BACKUP = "backup"  # R32
    RESTORE = "restore"  # R32: a backup over the live database
    LIST_STAFF = "list_staff"  # who can be at the desk
    MANAGE_STAFF = "manage_staff"  # add, change, deactivate staff, set their passwords, the idle lock
    CHANGE_OWN_PASSWORD = "change_own_password"  # issue 12: everyone keeps their own password
    FILL_DEMO = "fill_demo"  # invented customers in an empty database, for trying the app
    VERIFY_AUDIT = "verify_audit"  # issue 12: check the audit chain, mark a break seen
    IMPORT = "import"  # issue 13: customers and orders from a webshop export (many people's data in)
    SYNC = "sync"  # issue 13: fetch what changed at the webshop (the connection the owner set up)
    SET_UP_SYNC = "set_up_sync"  # issue 13: the webshop connection, its key and secret, soft opt-in
    MOVE_DATABASE = "move_database"  # issue 14: every row of the file into a server's database


@dataclass(frozen=True)
class Permission:
    """Attributes:
    roles: the roles that may take the action.
    refusal: what anyone else is told (English source text, translated in context "errors").
    """

    roles: frozenset[Role]
    refusal: str = QT_TRANSLATE_NOOP("errors", "Only the shop's staff can do this.")


PERMISSIONS: dict[Action, Permission] = {
    Action.SEARCH: Permission(EVERYONE),
    Action.VIEW_CUSTOMER: Permission(EVERYONE),
    Action.CORRECT: Permission(EVERYONE),
    Action.CHANGE_CONSENT: Permission(EVERYONE),
    Action.HANDLE_CASE: Permission(EVERYONE),
    Action.ERASE: Permission(OWNER_ONLY, QT_TRANSLATE_NOOP("errors", "Only the owner can erase a customer.")),
    Action.EXPORT_COPY: Permission(
        OWNER_ONLY,
        QT_TRANSLATE_NOOP("errors", "Only the owner can make, save or send a copy of a customer's data."),
    ),
    Action.MAIL_SERVER: Permission(
        OWNER_ONLY,
        QT_TRANSLATE_NOOP("errors", "Only the owner sets the mail server customers' data goes out by."),
    ),
    Action.SCAN_RETENTION: Permission(EVERYONE),
    Action.DECIDE_RETENTION: Permission(
        OWNER_ONLY, QT_TRANSLATE_NOOP("errors", "Only the owner decides on the retention review.")
    ),
    Action.CHANGE_RULES: Permission(
        OWNER_ONLY, QT_TRANSLATE_NOOP("errors", "Only the owner changes the retention rules.")
    ),
    Action.CHANGE_HOLIDAYS: Permission(
        OWNER_ONLY, QT_TRANSLATE_NOOP("errors", "Only the owner changes the holiday table.")
    ),
    Action.EXPORT_MAILING_LIST: Permission(
        OWNER_ONLY, QT_TRANSLATE_NOOP("errors", "Only the owner exports the mailing list.")
    ),
    Action.BACKUP: Permission(EVERYONE),
    Action.RESTORE: Permission(
        OWNER_ONLY, QT_TRANSLATE_NOOP("errors", "Only the owner can restore a backup.")
    ),
    Action.LIST_STAFF: Permission(EVERYONE),
    Action.MANAGE_STAFF: Permission(
        OWNER_ONLY,
        QT_TRANSLATE_NOOP("errors", "Only the owner adds staff, changes their role or sets their password."),
    ),
    Action.CHANGE_OWN_PASSWORD: Permission(EVERYONE),
    # An empty database has no staff yet: the demo makes them (the command line, before anyone works).
    Action.FILL_DEMO: Permission(EVERYONE),
    Action.VERIFY_AUDIT: Permission(
        OWNER_ONLY, QT_TRANSLATE_NOOP("errors", "Only the owner can check the audit log.")
    ),
    Action.IMPORT: Permission(
        OWNER_ONLY, QT_TRANSLATE_NOOP("errors", "Only the owner can import customers and orders.")
    ),
    # The hourly sync runs at whichever desk is open, on the connection and choices the owner made.
    Action.SYNC: Permission(EVERYONE),
    Action.SET_UP_SYNC: Permission(
        OWNER_ONLY, QT_TRANSLATE_NOOP("errors", "Only the owner sets up the webshop connection.")
    ),
    Action.MOVE_DATABASE: Permission(
        OWNER_ONLY, QT_TRANSLATE_NOOP("errors", "Only the owner can move the database to a server.")
    ),
}


def keeps_the_staff_list(role: str) -> bool:
    """Whether someone with `role` keeps the staff list: the shop always needs one such active person
    (the last one cannot leave or lose the role), and only they may use the recovery key or encrypt the
    database for everyone."""
    return may(role, Action.MANAGE_STAFF)


def owners(members: Sequence[StaffMember]) -> list[StaffMember]:
    """Those among `members` who keep the staff list (issue 12: one of them gets the first password of
    an encryption)."""
    return [m for m in members if keeps_the_staff_list(m.role)]


def may(role: str, action: Action) -> bool:
    return role in PERMISSIONS[action].roles


def refusal(role: str, action: Action) -> str | None:
    """Why `role` may not take `action` (English source text), or None when it may."""
    return None if may(role, action) else PERMISSIONS[action].refusal
