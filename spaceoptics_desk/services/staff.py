"""Who is at the desk: the staff list the owner keeps and resolving a username to the acting user."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from spaceoptics_desk.domain.clock import Clock
from spaceoptics_desk.domain.permissions import PERMISSIONS, Action, Role, keeps_the_staff_list
from spaceoptics_desk.domain.staff import (
    StaffAccount,
    StaffMember,
    display_name_problem,
    username_problem,
)
from spaceoptics_desk.errors import QT_TRANSLATE_NOOP
from spaceoptics_desk.services import audit
from spaceoptics_desk.services.errors import Conflict, InvalidInput, NotAllowed, NotFound
from spaceoptics_desk.store.models import StaffUser

__all__ = [
    "StaffMember",
    "acting_user",
    "add_staff",
    "all_staff",
    "change_staff",
    "deactivate_staff",
    "ensure_staff",
    "first_allowed",
    "list_staff",
]


def list_staff(session: Session) -> list[StaffMember]:
    users = session.scalars(select(StaffUser).where(StaffUser.active).order_by(StaffUser.display_name))
    return [StaffMember(u.username, u.display_name, u.role) for u in users]


def acting_user(session: Session, username: str) -> StaffUser:
    """The active staff user with this name; every change records who made it."""
    user = session.scalar(select(StaffUser).where(StaffUser.username == username, StaffUser.active))
    if user is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("errors", "There is no active staff member '{username}'."), username=username
        )
    return user


def first_allowed(session: Session, action: Action) -> StaffUser | None:
    """The longest-serving active staff member who may take `action` (domain/permissions.py): who a
    command acts as when it names nobody and is the owner's (the newsletter list, a restore)."""
    return session.scalar(
        select(StaffUser)
        .where(StaffUser.role.in_(PERMISSIONS[action].roles), StaffUser.active)
        .order_by(StaffUser.id)
        .limit(1)
    )


def ensure_staff(session: Session, username: str, display_name: str, role: str) -> StaffUser:
    user = session.scalar(select(StaffUser).where(StaffUser.username == username))
    if user is None:
        user = StaffUser(username=username, display_name=display_name, role=role, active=True)
        session.add(user)
        session.flush()
    return user


def all_staff(session: Session, with_password: Callable[[str], bool]) -> list[StaffAccount]:
    """Everyone on the staff list, active first, by name; `with_password(username)` says who has a slot."""
    users = session.scalars(select(StaffUser).order_by(StaffUser.active.desc(), StaffUser.display_name))
    return [
        StaffAccount(
            StaffMember(u.username, u.display_name, u.role), u.active, u.active and with_password(u.username)
        )
        for u in users
    ]


def add_staff(
    session: Session, actor: StaffUser, clock: Clock, username: str, display_name: str, role: str
) -> StaffUser:
    """A new active staff member (a name once used stays used: the audit log names that row)."""
    _check(username_problem(username))
    _check(display_name_problem(display_name))
    _check_role(role)
    if session.scalar(select(StaffUser.id).where(StaffUser.username == username)) is not None:
        raise Conflict(
            QT_TRANSLATE_NOOP("errors", "The sign-in name '{username}' is taken."), username=username
        )
    user = StaffUser(username=username, display_name=display_name.strip(), role=role, active=True)
    session.add(user)
    session.flush()
    audit.record(session, actor, clock, "staff_added", "staff_user", user.id, {"role": role})
    return user


def change_staff(
    session: Session,
    actor: StaffUser,
    clock: Clock,
    username: str,
    display_name: str | None = None,
    role: str | None = None,
) -> StaffUser:
    """Another name or role for an active staff member; the shop always keeps an active owner."""
    user = acting_user(session, username)
    if display_name is not None and display_name.strip() != user.display_name:
        _check(display_name_problem(display_name))
        user.display_name = display_name.strip()
        audit.record(session, actor, clock, "staff_renamed", "staff_user", user.id)
    if role not in (None, user.role):  # a new role given
        _check_role(role)
        if keeps_the_staff_list(user.role) and not keeps_the_staff_list(role):
            _keep_an_owner(session, user)
        audit.record(session, actor, clock, "staff_role_changed", "staff_user", user.id, {"role": role})
        user.role = role
    session.flush()
    return user


def deactivate_staff(session: Session, actor: StaffUser, clock: Clock, username: str) -> StaffUser:
    """The staff member can no longer sign in; their name stays on what they did."""
    user = acting_user(session, username)
    if user.id == actor.id:
        raise NotAllowed(QT_TRANSLATE_NOOP("errors", "You cannot deactivate yourself; another owner can."))
    if keeps_the_staff_list(user.role):
        _keep_an_owner(session, user)
    user.active = False
    session.flush()
    audit.record(session, actor, clock, "staff_deactivated", "staff_user", user.id)
    return user


def record_password_set(session: Session, actor: StaffUser, clock: Clock, user: StaffUser, how: str) -> None:
    """The audit entry of a password set: `how` is own | reset | recovery_key | first (never the password)."""
    audit.record(session, actor, clock, "password_set", "staff_user", user.id, {"how": how})


def _keep_an_owner(session: Session, leaving: StaffUser) -> None:
    others = session.scalar(
        select(StaffUser.id)
        .where(
            StaffUser.role.in_(PERMISSIONS[Action.MANAGE_STAFF].roles),
            StaffUser.active,
            StaffUser.id != leaving.id,
        )
        .limit(1)
    )
    if others is None:
        raise NotAllowed(
            QT_TRANSLATE_NOOP("errors", "The shop needs an owner: make someone else owner first.")
        )


def _check_role(role: str) -> None:
    if role not in set(Role):
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "A role is owner or staff."))


def _check(problem: str | None) -> None:
    if problem is not None:
        raise InvalidInput(problem)
