"""Who is at the desk: the staff list and resolving a username to the acting user."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from spaceoptics_desk.domain.permissions import PERMISSIONS, Action
from spaceoptics_desk.domain.staff import StaffMember
from spaceoptics_desk.errors import QT_TRANSLATE_NOOP
from spaceoptics_desk.services.errors import NotFound
from spaceoptics_desk.store.models import StaffUser

__all__ = ["StaffMember", "acting_user", "ensure_staff", "first_allowed", "list_staff"]


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
