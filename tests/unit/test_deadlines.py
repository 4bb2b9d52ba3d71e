"""The legal clock (R2-R4): the examples of COMPLIANCE.md, known holidays, the month rule as properties."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from spaceoptics_desk.domain.calendar_months import add_months
from spaceoptics_desk.domain.deadlines import (
    days_left,
    due_with_pause,
    extended_due,
    first_due,
    holidays_from,
    is_working_day,
    may_extend,
    next_working_day,
    unrolled_due,
)
from spaceoptics_desk.domain.holidays import default_holidays, easter_sunday, kings_day

DAYS = st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31))


@pytest.mark.parametrize(
    ("received", "due"),
    [
        (date(2026, 8, 31), date(2026, 9, 30)),  # R2: September has no 31st -> its last day, a Wednesday
        (date(2026, 1, 31), date(2026, 3, 2)),  # R2: Sat 28-02 -> Monday 2 March
        (date(2025, 3, 18), date(2025, 4, 22)),  # R2: Good Friday, weekend, Easter Monday -> Tuesday
    ],
)
def test_R2_the_examples_of_the_compliance_text(received: date, due: date) -> None:
    assert first_due(received) == due


def test_R2_the_day_of_receipt_is_not_counted() -> None:
    assert first_due(date(2026, 11, 24)) == date(2026, 12, 24)  # Thursday, not the 23rd


@pytest.mark.parametrize(
    ("year", "expected"),
    [
        (
            2025,
            {date(2025, 4, 18), date(2025, 4, 21), date(2025, 4, 26), date(2025, 5, 29), date(2025, 6, 9)},
        ),
        (2026, {date(2026, 4, 3), date(2026, 4, 6), date(2026, 4, 27), date(2026, 5, 14), date(2026, 5, 25)}),
    ],
)
def test_R2_the_default_holidays_follow_easter_and_kings_day(year: int, expected: set[date]) -> None:
    holidays = default_holidays(year)
    assert expected <= set(holidays)
    assert {date(year, 1, 1), date(year, 5, 5), date(year, 12, 25), date(year, 12, 26)} <= set(holidays)
    assert len(holidays) == 9


def test_kings_day_moves_to_saturday_when_the_27th_is_a_sunday() -> None:
    assert kings_day(2025) == date(2025, 4, 26)
    assert kings_day(2026) == date(2026, 4, 27)


def test_easter_of_known_years() -> None:
    assert [easter_sunday(y) for y in (2024, 2025, 2026, 2027)] == [
        date(2024, 3, 31),
        date(2025, 4, 20),
        date(2026, 4, 5),
        date(2027, 3, 28),
    ]


def test_R2_an_edited_holiday_table_is_used() -> None:
    # Without holidays, 18-04-2025 (Good Friday) is a plain Friday.
    assert first_due(date(2025, 3, 18), holidays_from([])) == date(2025, 4, 18)
    # A shop that also closes on 30-09-2026 moves that due date to the next day.
    assert first_due(date(2026, 8, 31), holidays_from([date(2026, 9, 30)])) == date(2026, 10, 1)


def test_R3_extension_ends_at_the_earlier_limit_then_rolls() -> None:
    # 31-01-2026: receipt + 3 months = 30-04; unrolled first due 28-02 + 2 months = 28-04 (Tuesday).
    assert extended_due(date(2026, 1, 31)) == date(2026, 4, 28)
    # 31-08-2026: + 3 months = 30-11; 30-09 + 2 months = 30-11 (Monday).
    assert extended_due(date(2026, 8, 31)) == date(2026, 11, 30)
    # 18-03-2025: + 3 months = 18-06 (Wednesday); 18-04 + 2 months = 18-06.
    assert extended_due(date(2025, 3, 18)) == date(2025, 6, 18)


def test_R3_extension_is_refused_once_the_first_due_date_has_passed() -> None:
    received = date(2026, 1, 31)
    assert may_extend(received, today=date(2026, 3, 2))  # the due date itself still counts
    assert not may_extend(received, today=date(2026, 3, 3))


def test_R4_the_pause_is_shown_beside_the_binding_date() -> None:
    due = first_due(date(2026, 8, 31))
    assert due_with_pause(due, date(2026, 9, 2), date(2026, 9, 9)) == date(2026, 10, 7)
    with pytest.raises(ValueError, match="cannot end before"):
        due_with_pause(due, date(2026, 9, 9), date(2026, 9, 2))


def test_days_left_counts_calendar_days_and_goes_negative_when_overdue() -> None:
    assert days_left(date(2026, 12, 24), date(2026, 11, 25)) == 29
    assert days_left(date(2026, 11, 20), date(2026, 11, 25)) == -5


@given(DAYS)
def test_R2_the_month_rule_same_day_number_or_the_last_day(received: date) -> None:
    due = unrolled_due(received)
    next_month = (received.month % 12) + 1
    assert due.month == next_month
    last = calendar.monthrange(due.year, due.month)[1]
    assert due.day == min(received.day, last)


@given(DAYS)
def test_R2_the_due_date_is_a_working_day_after_receipt_and_at_most_a_few_days_late(received: date) -> None:
    due = first_due(received)
    assert is_working_day(due)
    assert due > received
    # Moving off weekends and holidays never takes more than five days (Easter/Christmas plus a weekend).
    assert timedelta(0) <= due - unrolled_due(received) <= timedelta(days=5)


@given(DAYS)
def test_R3_the_extension_lies_between_the_first_due_date_and_three_months(received: date) -> None:
    extended = extended_due(received)
    assert first_due(received) < extended
    assert is_working_day(extended)
    assert extended <= next_working_day(add_months(received, 3))
