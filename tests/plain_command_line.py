"""The command line on a plain test database, for GUI tests in which another program writes while the
app is open. The GUI tests' databases are not encrypted (tests/conftest.py `database`), and the real
command line refuses those (issue 12: it signs in, tests/cli test that); this runs everything of it,
its parser, handlers and operations in its own process, but the sign-in: the staff member `--by` names
(else the owner) acts. Run as `python -m tests.plain_command_line ARGS...` from the repository."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress

from spaceoptics_desk.domain.clock import Clock
from spaceoptics_desk.domain.staff import StaffMember
from spaceoptics_desk.operations.context import Context


def command(*argv: str) -> list[str]:
    """The argv of a process running the command line on a plain database."""
    return [sys.executable, "-m", "tests.plain_command_line", *argv]


@contextmanager
def plain_context(
    target: str,
    username: str | None,
    _password: str | Callable[[], str] = "",
    clock: Clock | None = None,
    *,
    trace_wait_ms: int | None = None,
) -> Iterator[Context]:
    """operations/opening.command_context without the sign-in: the plain database, as `username`."""
    from spaceoptics_desk.domain.clock import SystemClock
    from spaceoptics_desk.services import trace_cleanup
    from spaceoptics_desk.services.staff import acting_user
    from spaceoptics_desk.store.database import open_database

    database = open_database(target)
    try:
        with suppress(Exception):  # as command_context: an owed clean-up (R31) first, never waiting
            trace_cleanup.finish_pending(database, wait_ms=0)
        with database.reading() as session:
            user = acting_user(session, username or "owner")
            member = StaffMember(user.username, user.display_name, user.role)
        yield Context(database, member, clock or SystemClock(), trace_wait_ms)
    finally:
        database.close()


def main(argv: list[str]) -> int:
    from spaceoptics_desk.cli import command_context
    from spaceoptics_desk.cli.main import main as command_line

    setattr(command_context, "command_context", plain_context)  # noqa: B010 (a module's name, replaced)
    return command_line(argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
