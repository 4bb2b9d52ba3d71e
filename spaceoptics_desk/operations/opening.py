"""Opening the database for one command of the command line, which imports no store or service itself:
the database of `--db`, the staff member of `--by`, and what an earlier erasure left to clean up (R31).

Not a door (no user action): the frame every command's operations run in.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager, suppress

from spaceoptics_desk.domain.clock import Clock
from spaceoptics_desk.domain.permissions import Role
from spaceoptics_desk.domain.staff import StaffMember
from spaceoptics_desk.operations.context import Context

# Whoever runs a command without `--by`, or the app before the staff picker has been answered: may take
# what every staff member may (read, search, list the staff) and nothing more. Every write looks the
# staff row up by name (Context.acting) and there is none by this name, so it writes nothing.
UNNAMED = StaffMember(username="", display_name="", role=Role.STAFF)


@contextmanager
def command_context(
    target: str,
    username: str | None,
    clock: Clock,
    *,
    create: bool = False,
    owner_by_default: bool = False,
    trace_wait_ms: int | None = None,
) -> Iterator[Context]:
    """The database at `target` for one command, closed afterwards, with the active staff member named
    `username` (NotFound when there is none). Without a name: the shop's owner when `owner_by_default`
    (a command the owner's scheduled job runs, such as the newsletter list, and there is one), else
    UNNAMED.

    A clean-up of erased data's traces left pending (R31) is finished first, without waiting: a reader
    that held it up may have gone since. `trace_wait_ms`: how long this command's own erasure waits for
    another program's reader (None: the busy timeout)."""
    from spaceoptics_desk.store.database import open_database

    database = open_database(target, create=create)
    try:
        context = Context(database, UNNAMED, clock, trace_wait_ms)
        staff = _staff_member(context, username, owner_by_default)
        if staff is not None:
            context = context.as_staff(staff)
        _finish_owed_traces(context)
        yield context
    finally:
        database.close()


def _staff_member(context: Context, username: str | None, owner_by_default: bool) -> StaffMember | None:
    from spaceoptics_desk.services.staff import acting_user, first_owner

    if username is None and not owner_by_default:
        return None
    with context.database.reading() as session:
        user = acting_user(session, username) if username is not None else first_owner(session)
        return None if user is None else StaffMember(user.username, user.display_name, user.role)


def _finish_owed_traces(context: Context) -> None:
    from sqlalchemy.exc import OperationalError

    from spaceoptics_desk.operations.traces import finish_owed_traces
    from spaceoptics_desk.store.errors import DatabaseBusy

    # Another program writing now (locked, busy): the clean-up stays pending for the next command, and
    # this one goes on (a reading command must not wait for a long write).
    with suppress(OperationalError, DatabaseBusy):
        finish_owed_traces(context)
