"""Noticing that another program wrote to the database (the change hub polls this, and on a server
also hears of it at once)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spaceoptics_desk.domain.permissions import Action
from spaceoptics_desk.operations.changes import Outcome
from spaceoptics_desk.operations.context import Context, operation

if TYPE_CHECKING:
    from spaceoptics_desk.store.postgresql import WriteListener


@operation(Action.SEARCH)
def others_writes(context: Context) -> Outcome[object]:
    """What the other programs on this database have written so far: an answer that differs from the
    previous one means someone else changed something. Reads only, no personal data: whoever may search
    the database may know it changed."""
    return Outcome(context.database.others_marks())


@operation(Action.SEARCH)
def write_listener(context: Context) -> Outcome[WriteListener | None]:
    """On a server: a connection of its own that hears every desk's commits at once (LISTEN/NOTIFY),
    so a desk looks at `others_writes` when something happened instead of at its next poll; None for a
    database file (its desks poll). The caller closes it."""
    from spaceoptics_desk.store import postgresql

    return Outcome(postgresql.write_listener(context.database.engine))
