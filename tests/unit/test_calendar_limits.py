"""Issue 10 §4: dates the law can mean; year 0001 and 9999 are slips of the keyboard."""

from __future__ import annotations

from datetime import date

import pytest

from spaceoptics_desk.domain.calendar_limits import EARLIEST_DAY, LATEST_DAY, within_limits
from spaceoptics_desk.domain.retention import latest_postponement


@pytest.mark.parametrize("day", [EARLIEST_DAY, date(2026, 11, 25), LATEST_DAY])
def test_this_century_is_within_the_limits(day: date) -> None:
    assert within_limits(day)


@pytest.mark.parametrize("day", [date.min, date(1999, 12, 31), date(2101, 1, 1), date.max])
def test_outside_this_century_is_not(day: date) -> None:
    assert not within_limits(day)


@pytest.mark.parametrize(
    ("today", "latest"),
    [
        (date(2026, 11, 25), date(2027, 11, 25)),
        (date(2028, 2, 29), date(2029, 2, 28)),  # counted as every legal period: the month's last day
    ],
)
def test_R23_a_deletion_is_postponed_by_at_most_a_year(today: date, latest: date) -> None:
    assert latest_postponement(today) == latest
