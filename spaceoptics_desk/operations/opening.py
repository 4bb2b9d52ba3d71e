"""What a command of the command line works in: the database of `--db`, the staff member of `--by`, the
system clock. Here, so that cli/ imports neither the store nor the services (issue 11)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextlib import contextmanager

from spaceoptics_desk.domain.clock import SystemClock
from spaceoptics_desk.domain.permissions import Role
from spaceoptics_desk.domain.staff import StaffMember
from spaceoptics_desk.operations.context import Context

# R31: how long a command that erased or emptied personal data waits for another program's reader
# before it leaves the clean-up of the files pending (the app or the next command finishes it).
COMMAND_TRACE_WAIT_MS = 3000
# A command that names nobody (`case list`) may do what anyone at the desk may: it only reads.
NOBODY_NAMED = StaffMember("", "", Role.STAFF)


@contextmanager
def command_context(location: str, username: str | None = None) -> Iterator[Context]:
    """The context of one command: the database at `location` (closed afterwards) and the active staff
    member `username` with their role in the database (NotFound when there is none; None: nobody named).

    A clean-up of erased data's traces left pending (R31) is finished first, without waiting: a reader
    that held it up may have gone since.
    """
    from sqlalchemy.exc import OperationalError

    from spaceoptics_desk.services import trace_cleanup
    from spaceoptics_desk.services.staff import acting_user
    from spaceoptics_desk.store.database import open_database
    from spaceoptics_desk.store.errors import DatabaseBusy

    database = open_database(location)
    try:
        # Another program writing now (locked, busy): the clean-up stays pending for the next command,
        # and this one goes on (a reading command must not wait for a long write).
        with contextlib.suppress(OperationalError, DatabaseBusy):
            trace_cleanup.finish_pending(database)
        staff = NOBODY_NAMED
        if username is not None:
            with database.reading() as session:
                user = acting_user(session, username)
                staff = StaffMember(user.username, user.display_name, user.role)
        yield Context(database, staff, SystemClock(), trace_wait_ms=COMMAND_TRACE_WAIT_MS)
    finally:
        database.close()
