"""The holiday table behind every due date (R2): the year's days, and the owner adding or removing one.

A change moves the due dates of open cases at once (they are computed, never stored): it publishes
`holidays`, which every window showing a deadline takes as a reason to refresh.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from spaceoptics_desk.domain.permissions import Action
from spaceoptics_desk.operations.changes import Changes, Outcome
from spaceoptics_desk.operations.context import Context, operation

if TYPE_CHECKING:
    from spaceoptics_desk.services.holidays import HolidayEntry

HOLIDAYS_CHANGED = Changes(holidays=True)


@operation(Action.HANDLE_CASE)
def holidays_in(context: Context, year: int) -> Outcome[list[HolidayEntry]]:
    """The holidays of `year`, in date order: whoever handles cases may see which days a deadline skips."""
    from spaceoptics_desk.services import holidays

    with context.reading(Action.HANDLE_CASE) as session:
        return Outcome(holidays.holidays_in(session, year))


@operation(Action.CHANGE_HOLIDAYS)
def add_holiday(context: Context, day: date, name: str) -> Outcome[None]:
    from spaceoptics_desk.services import holidays

    with context.acting(Action.CHANGE_HOLIDAYS) as act:
        holidays.add_holiday(act.session, act.actor, context.clock, day, name)
    return Outcome(None, HOLIDAYS_CHANGED)


@operation(Action.CHANGE_HOLIDAYS)
def remove_holiday(context: Context, day: date) -> Outcome[None]:
    from spaceoptics_desk.services import holidays

    with context.acting(Action.CHANGE_HOLIDAYS) as act:
        holidays.remove_holiday(act.session, act.actor, context.clock, day)
    return Outcome(None, HOLIDAYS_CHANGED)
