"""Who can be at the desk: the staff picker at start and `staff` on the command line."""

from __future__ import annotations

from spaceoptics_desk.domain.permissions import Action
from spaceoptics_desk.domain.staff import StaffMember
from spaceoptics_desk.operations.changes import Outcome
from spaceoptics_desk.operations.context import Context, operation


@operation(Action.LIST_STAFF)
def list_staff(context: Context) -> Outcome[list[StaffMember]]:
    """The active staff members by name."""
    from spaceoptics_desk.services import staff

    with context.reading(Action.LIST_STAFF) as session:
        return Outcome(staff.list_staff(session))
