"""Noticing that another program wrote to the database (the change hub polls this)."""

from __future__ import annotations

from spaceoptics_desk.domain.permissions import Action
from spaceoptics_desk.operations.changes import Outcome
from spaceoptics_desk.operations.context import Context, operation


@operation(Action.SEARCH)
def others_writes(context: Context) -> Outcome[object]:
    """What the other programs on this database have written so far: an answer that differs from the
    previous one means someone else changed something. Reads only, no personal data: whoever may search
    the database may know it changed."""
    return Outcome(context.database.others_marks())
