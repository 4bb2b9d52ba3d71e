"""Who can be at the desk: the staff list, and the owner keeping it (add, change, deactivate, passwords,
the idle time before a desk locks). A password is never stored: it makes the person's key slot
(store/key_slots.py), written inside the same transaction as the staff row, before its commit, so two
desks changing the same person are ordered by the database's write lock (issue 12). On a server it is
the row's argon2id hash, written in the same transaction (services/server_passwords.py, issue 14)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spaceoptics_desk.domain.permissions import Action
from spaceoptics_desk.domain.staff import StaffAccount, StaffMember
from spaceoptics_desk.operations.changes import Changes, Outcome
from spaceoptics_desk.operations.context import Context, operation

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from spaceoptics_desk.store.models import StaffUser

STAFF_CHANGED = Changes(staff=True)


@operation(Action.LIST_STAFF)
def list_staff(context: Context) -> Outcome[list[StaffMember]]:
    """The active staff members by name."""
    from spaceoptics_desk.services import staff

    with context.reading(Action.LIST_STAFF) as session:
        return Outcome(staff.list_staff(session))


@operation(Action.MANAGE_STAFF)
def all_staff(context: Context) -> Outcome[list[StaffAccount]]:
    """Everyone on the staff list, deactivated people too, and who has no password yet."""
    from spaceoptics_desk.services import server_passwords, signing_in, staff

    file = context.database.file
    with context.reading(Action.MANAGE_STAFF) as session:
        if file is None:
            names = server_passwords.with_password(session)
            return Outcome(staff.all_staff(session, names.__contains__))
        return Outcome(staff.all_staff(session, lambda username: signing_in.has_slot(file, username)))


@operation(Action.MANAGE_STAFF)
def add_staff(
    context: Context, username: str, display_name: str, role: str, password: str
) -> Outcome[StaffMember]:
    """A new staff member who signs in with `password` (they change it themselves afterwards)."""
    from spaceoptics_desk.services import signing_in, staff

    signing_in.checked_new_password(password)  # before anything is written
    with context.acting(Action.MANAGE_STAFF) as act:
        user = staff.add_staff(act.session, act.actor, context.clock, username, display_name, role)
        staff.record_password_set(act.session, act.actor, context.clock, user, "first")
        _set_password(context, act.session, user, password)
        return Outcome(StaffMember(user.username, user.display_name, user.role), STAFF_CHANGED)


@operation(Action.MANAGE_STAFF)
def change_staff(
    context: Context, username: str, *, display_name: str | None = None, role: str | None = None
) -> Outcome[StaffMember]:
    from spaceoptics_desk.services import staff

    with context.acting(Action.MANAGE_STAFF) as act:
        user = staff.change_staff(act.session, act.actor, context.clock, username, display_name, role)
        return Outcome(StaffMember(user.username, user.display_name, user.role), STAFF_CHANGED)


@operation(Action.MANAGE_STAFF)
def deactivate_staff(context: Context, username: str) -> Outcome[None]:
    """They can no longer sign in: their key slot is removed with the row's change (AVG 32)."""
    from spaceoptics_desk.services import server_passwords, signing_in, staff

    file = context.database.file
    with context.acting(Action.MANAGE_STAFF) as act:
        user = staff.deactivate_staff(act.session, act.actor, context.clock, username)
        if file is None:
            server_passwords.remove_password(act.session, user)
        else:
            # Before the commit: a kill in between leaves the row active without a slot (the owner sets a
            # new password), never a deactivated person whose password still opens the database.
            signing_in.remove_slot(file, username)
    return Outcome(None, STAFF_CHANGED)


@operation(Action.MANAGE_STAFF)
def reset_password(context: Context, username: str, password: str) -> Outcome[None]:
    """The owner sets a new password for someone who forgot theirs (tell them to change it)."""
    from spaceoptics_desk.services import signing_in, staff

    signing_in.checked_new_password(password)
    with context.acting(Action.MANAGE_STAFF) as act:
        user = staff.acting_user(act.session, username)
        staff.record_password_set(act.session, act.actor, context.clock, user, "reset")
        _set_password(context, act.session, user, password)
    return Outcome(None, STAFF_CHANGED)


@operation(Action.CHANGE_OWN_PASSWORD)
def change_own_password(context: Context, current: str, new: str) -> Outcome[None]:
    """The signed-in person's new password, after their current one proves it is them."""
    from spaceoptics_desk.operations.signing_in import confirm_password
    from spaceoptics_desk.services import signing_in, staff

    signing_in.checked_new_password(new)
    confirm_password(context, context.staff.username, current)
    with context.acting(Action.CHANGE_OWN_PASSWORD) as act:
        staff.record_password_set(act.session, act.actor, context.clock, act.actor, "own")
        _set_password(context, act.session, act.actor, new)
    return Outcome(None, STAFF_CHANGED)


@operation(Action.SEARCH)
def lock_after_minutes(context: Context) -> Outcome[int]:
    """The idle minutes before a desk locks itself (every desk reads it; the owner sets it)."""
    from spaceoptics_desk.domain.staff import DEFAULT_LOCK_MINUTES
    from spaceoptics_desk.store import installation

    with context.reading(Action.SEARCH) as session:
        return Outcome(installation.lock_after_minutes(session) or DEFAULT_LOCK_MINUTES)


@operation(Action.MANAGE_STAFF)
def set_lock_after_minutes(context: Context, minutes: int) -> Outcome[int]:
    from spaceoptics_desk.domain.staff import lock_minutes_problem
    from spaceoptics_desk.services import audit
    from spaceoptics_desk.services.errors import InvalidInput
    from spaceoptics_desk.store import installation

    problem = lock_minutes_problem(minutes)
    if problem is not None:
        raise InvalidInput(problem)
    with context.acting(Action.MANAGE_STAFF) as act:
        installation.set_lock_after_minutes(act.session, minutes)
        audit.record(
            act.session, act.actor, context.clock, "lock_time_set", "settings", None, {"minutes": minutes}
        )
    return Outcome(minutes, Changes(settings=True))


def _set_password(context: Context, session: Session, user: StaffUser, password: str) -> None:
    """`user`'s new slot in the key file, or on a server their row's hash; inside the row's transaction."""
    from spaceoptics_desk.services import server_passwords, signing_in

    file = context.database.file
    if file is None:
        server_passwords.set_password(session, user, password)
    else:
        signing_in.set_password(file, _key(context), user.username, password)


def _key(context: Context) -> bytes:
    key = context.database.key
    if key is None:
        from spaceoptics_desk.errors import QT_TRANSLATE_NOOP
        from spaceoptics_desk.services.errors import NotAllowed

        raise NotAllowed(
            QT_TRANSLATE_NOOP("errors", "This database is not encrypted yet, so it has no passwords.")
        )
    return key.raw
