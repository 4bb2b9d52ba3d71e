"""What a command's operations run in: the database of `--db`, the staff member of `--by`, the clock."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager

from spaceoptics_desk.domain.clock import Clock, SystemClock
from spaceoptics_desk.domain.permissions import Action
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
    """`--db`, or the database in the user's data folder."""
    return str(args.db or locations().default_database)


@contextmanager
def context_for(
    args: argparse.Namespace,
    clock: Clock | None = None,
    *,
    create: bool = False,
    owner_by_default: Action | None = None,
) -> Iterator[Context]:
    """The Context of one command, the database closed afterwards: acting as the staff member of `--by`
    when the command has that option and it was given (NotFound when nobody active has that name); else,
    when `owner_by_default` names an action, as the longest-serving staff member who may take it; else
    as someone who may only read (operations/opening.py UNNAMED). `clock`: the system clock unless
    given."""
    with command_context(
        database_target(args),
        getattr(args, "by", None),
        clock or SystemClock(),
        create=create,
        owner_by_default=owner_by_default,
        trace_wait_ms=TRACE_CLEANUP_WAIT_MS,
    ) as context:
        yield context
