"""The legal clock of a request (R2-R4): when the answer is due, with extension and pause.

R2: the day of receipt is not counted; due is the same day-number in the next month, or that month's
last day when it has no such day; a Saturday, Sunday or public holiday moves it to the next working day.
R3: an extension by at most two further months ends at the earlier of receipt + 3 months and the first
due date (before moving it off a weekend) + 2 months, then moved off non-working days as in R2.
R4: a pause while waiting for the person is shown beside the binding date, never instead of it.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from datetime import date, timedelta

from spaceoptics_desk.domain.calendar_months import add_months
from spaceoptics_desk.domain.holidays import default_holidays

IsHoliday = Callable[[date], bool]


def default_is_holiday(day: date) -> bool:
    return day in default_holidays(day.year)


def holidays_from(days: Collection[date]) -> IsHoliday:
    """A holiday test from the app's (editable) holiday table."""
    known = frozenset(days)
    return lambda day: day in known


def is_working_day(day: date, is_holiday: IsHoliday = default_is_holiday) -> bool:
    return day.weekday() < 5 and not is_holiday(day)


def next_working_day(day: date, is_holiday: IsHoliday = default_is_holiday) -> date:
    """`day` itself when it is a working day, else the first working day after it."""
    while not is_working_day(day, is_holiday):
        day += timedelta(days=1)
    return day


def unrolled_due(received: date) -> date:
    """R2 before weekends and holidays: the same day-number one month on, or that month's last day."""
    return add_months(received, 1)


def first_due(received: date, is_holiday: IsHoliday = default_is_holiday) -> date:
    """R2: the binding due date of a request received on `received` (the local date of receipt)."""
    return next_working_day(unrolled_due(received), is_holiday)


def extended_due(received: date, is_holiday: IsHoliday = default_is_holiday) -> date:
    """R3: the latest date an extended request may be answered."""
    limit = min(add_months(received, 3), add_months(unrolled_due(received), 2))
    return next_working_day(limit, is_holiday)


def may_extend(received: date, today: date, is_holiday: IsHoliday = default_is_holiday) -> bool:
    """R3: an extension is possible only while the first due date has not passed."""
    return today <= first_due(received, is_holiday)


def due_with_pause(
    due: date, paused_from: date, paused_until: date, is_holiday: IsHoliday = default_is_holiday
) -> date:
    """R4: the date shown beside the binding one: `due` moved on by the days spent waiting."""
    if paused_until < paused_from:
        raise ValueError("a pause cannot end before it starts")
    return next_working_day(due + (paused_until - paused_from), is_holiday)


def days_left(due: date, today: date) -> int:
    """Calendar days until `due` (negative when overdue)."""
    return (due - today).days
