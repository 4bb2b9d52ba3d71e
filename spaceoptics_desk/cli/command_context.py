"""What a command's operations run in: the database of `--db`, signed in as the staff member whose
password the command was given (`--by` names them; cli/passwords.py says where the password comes from),
and the clock."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager

from spaceoptics_desk.cli import passwords
from spaceoptics_desk.domain.clock import Clock, SystemClock
from spaceoptics_desk.errors import KnownError
from spaceoptics_desk.operations.context import Context
from spaceoptics_desk.operations.opening import command_context
from spaceoptics_desk.workstation import locations

# R31: how long a command that erased or emptied personal data waits for another program's reader
# before it leaves the clean-up of the files pending (the app or the next command finishes it).
TRACE_CLEANUP_WAIT_MS = 3000


class IncompleteCommand(KnownError):
    """Options that only make sense together were not all given (exit 1, one line, like a refusal)."""


def database_target(args: argparse.Namespace) -> str:
    """`--db`, else the server database this desk was set up for (issue 14), else the database in the
    user's data folder; a server's connection password from the keyring when the URL has none."""
    return chosen_database(args.db)


def chosen_database(given: str | None) -> str:
    from spaceoptics_desk import server_secret
    from spaceoptics_desk.workstation import WorkstationSettings

    where = locations()
    target = given or WorkstationSettings.load(where.settings_file).server_database
    return server_secret.with_password(str(target or where.default_database))


@contextmanager
def context_for(
    args: argparse.Namespace,
    clock: Clock | None = None,
    *,
    password: str | None = None,
) -> Iterator[Context]:
    """The Context of one command, signed in (SignInRefused otherwise), the database closed afterwards:
    the staff member `--by` names, proved by the password; without --by, whoever the password belongs
    to. `password`: when the command has it already (else cli/passwords.py finds it). `clock`: the
    system clock unless given."""
    with command_context(
        database_target(args),
        getattr(args, "by", None),
        (lambda: passwords.sign_in_password(args)) if password is None else password,
        clock or SystemClock(),
        trace_wait_ms=TRACE_CLEANUP_WAIT_MS,
    ) as context:
        yield context
