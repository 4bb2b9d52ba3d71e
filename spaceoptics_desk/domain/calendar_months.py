"""Adding calendar months the way the law counts them: the same day number, or the month's last day."""

from __future__ import annotations

import calendar
from datetime import date


def add_months(start: date, months: int) -> date:
    """`start` plus `months` calendar months; 31 Jan + 1 month = 28 (or 29) Feb."""
    index = start.year * 12 + (start.month - 1) + months
    year, month = divmod(index, 12)
    last_day = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(start.day, last_day))


def end_of_year(day: date) -> date:
    return date(day.year, 12, 31)
