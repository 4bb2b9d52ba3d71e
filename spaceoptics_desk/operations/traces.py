"""R31: finishing a clean-up of erased data's traces that an earlier erasure had to leave pending.

The erasure itself pays its clean-up right after its commit (operations/context.py); when another
program's reader held it up, the debt stays written down in the database and this door pays it later:
the app's timer, and every command when it opens the database.
"""

from __future__ import annotations

from spaceoptics_desk.domain.permissions import Action
from spaceoptics_desk.operations.changes import Outcome
from spaceoptics_desk.operations.context import Context, operation


@operation(Action.SEARCH)
def finish_owed_traces(context: Context) -> Outcome[bool]:
    """Pays what is owed, never waiting for the reader (the caller tries again later); True when nothing
    is owed any more. Whoever may search may pay it: it only removes what an erasure already forgot."""
    from spaceoptics_desk.services.trace_cleanup import finish_pending

    return Outcome(finish_pending(context.database, wait_ms=0))
