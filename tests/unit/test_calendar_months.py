"""Calendar months as the law counts them (Reg. 1182/71, used by R2/R3 and R23)."""

from __future__ import annotations

import calendar
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from spaceoptics_desk.domain.calendar_months import add_months, end_of_year


def test_same_day_number_in_the_next_month() -> None:
    assert add_months(date(2026, 8, 18), 1) == date(2026, 9, 18)


def test_R2_month_without_that_day_clamps_to_its_last_day() -> None:
    assert add_months(date(2026, 8, 31), 1) == date(2026, 9, 30)
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2028, 1, 31), 1) == date(2028, 2, 29)  # leap year


def test_years_and_negative_months() -> None:
    assert add_months(date(2019, 3, 15), 84) == date(2026, 3, 15)
    assert add_months(date(2020, 2, 29), 84) == date(2027, 2, 28)
    assert add_months(date(2026, 3, 31), -1) == date(2026, 2, 28)
    assert add_months(date(2026, 1, 15), -1) == date(2025, 12, 15)
    assert add_months(date(2026, 12, 15), 1) == date(2027, 1, 15)


def test_end_of_year() -> None:
    assert end_of_year(date(2018, 5, 1)) == date(2018, 12, 31)
    assert end_of_year(date(2018, 12, 31)) == date(2018, 12, 31)


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2999, 12, 31)), st.integers(-1200, 1200))
def test_add_months_keeps_the_day_or_clamps_to_month_end(start: date, months: int) -> None:
    result = add_months(start, months)
    assert (result.year * 12 + result.month) - (start.year * 12 + start.month) == months
    last_day = calendar.monthrange(result.year, result.month)[1]
    assert result.day == min(start.day, last_day)


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2999, 12, 31)), st.integers(0, 600))
def test_adding_more_months_never_gives_an_earlier_date(start: date, months: int) -> None:
    assert add_months(start, months) <= add_months(start, months + 1)
