"""Noticing that another program wrote to the database (the change hub polls this)."""

from __future__ import annotations

from spaceoptics_desk.operations.changes import Outcome
from spaceoptics_desk.operations.context import Context


def others_writes(context: Context) -> Outcome[object]:
    """What the other programs on this database have written so far: an answer that differs from the
    previous one means someone else changed something. Reads only; needs no permission (no data)."""
    return Outcome(context.database.others_marks())
