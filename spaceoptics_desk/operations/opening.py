"""Opening the database for one command of the command line, and who acts there: the command modules
get a `Context` without importing the store (issue 11).

    with command_database(args.db) as database:
        context = command_context(database, args.by, SystemClock())
        outcome = copies.make_copy(context, ...)
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from spaceoptics_desk.domain.clock import Clock
from spaceoptics_desk.domain.staff import StaffMember
from spaceoptics_desk.operations.context import Context

if TYPE_CHECKING:
    from spaceoptics_desk.store.database import Database


@contextmanager
def command_database(location: str | None, *, create: bool = False) -> Iterator[Database]:
    """The database at `location` (None: this workstation's default one) for one command, closed after.

    A clean-up of erased data's traces left pending (R31) is finished first, without waiting: a reader
    that held it up may have gone since."""
    from sqlalchemy.exc import OperationalError

    from spaceoptics_desk.services import trace_cleanup
    from spaceoptics_desk.store.database import open_database
    from spaceoptics_desk.store.errors import DatabaseBusy
    from spaceoptics_desk.workstation import locations

    database = open_database(location or str(locations().default_database), create=create)
    try:
        # Another program writing now (locked, busy): the clean-up stays pending for the next command,
        # and this one goes on (a reading command must not wait for a long write).
        with contextlib.suppress(OperationalError, DatabaseBusy):
            trace_cleanup.finish_pending(database)
        yield database
    finally:
        database.close()


def command_context(
    database: Database, username: str, clock: Clock, *, trace_wait_ms: int | None = 0
) -> Context:
    """The context of a command given with `--by USER`: that active staff member with the role the
    database gives them (NotFound for anyone else), so the doors refuse as they do in the app."""
    from spaceoptics_desk.services.staff import acting_user

    with database.reading() as session:
        user = acting_user(session, username)
        staff = StaffMember(user.username, user.display_name, user.role)
    return Context(database, staff, clock, trace_wait_ms)
