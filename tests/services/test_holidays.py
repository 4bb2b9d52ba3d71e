"""R2: the owner keeps the holiday table; a change moves the due dates of open cases at once."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from spaceoptics_desk.domain.clock import FixedClock
from spaceoptics_desk.services.cases import case_detail, open_case
from spaceoptics_desk.services.errors import Conflict, InvalidInput, NotFound
from spaceoptics_desk.services.holidays import add_holiday, holidays_in, remove_holiday
from spaceoptics_desk.services.staff import acting_user
from spaceoptics_desk.store.database import Database
from spaceoptics_desk.store.models import AuditEntry
from tests.services.conftest import Shop

CLOCK = FixedClock(datetime(2026, 9, 1, 9, 0, tzinfo=UTC))


def test_R2_the_seeded_table_has_the_atw_days(database: Database) -> None:
    with database.reading() as session:
        days = {h.day: h.name for h in holidays_in(session, 2026)}
    assert date(2026, 4, 27) in days  # King's Day
    assert date(2026, 12, 25) in days and date(2026, 12, 26) in days
    assert date(2026, 5, 5) in days  # Liberation Day, per R2's default


def test_R2_an_added_holiday_moves_an_open_cases_due_date_and_removing_it_moves_it_back(
    database: Database, shop: Shop
) -> None:
    with database.transaction() as session:
        case_id = open_case(
            session,
            acting_user(session, "staff"),
            CLOCK,
            customer_id=shop.jan,
            channel="phone",
            received_at=datetime(2026, 8, 31, 8, 15, tzinfo=UTC),
            rights=["access"],
        )
    with database.transaction() as session:
        add_holiday(session, acting_user(session, "owner"), CLOCK, date(2026, 9, 30), "  Inventarisatie ")
    with database.reading() as session:
        assert case_detail(session, CLOCK, case_id).summary.due == date(2026, 10, 1)
        assert [h.name for h in holidays_in(session, 2026) if h.day.month == 9] == ["Inventarisatie"]
        logged = session.query(AuditEntry).filter_by(action="holiday_added").one()
        assert logged.details == '{"day": "2026-09-30"}'  # the day only, never who asked
    with database.transaction() as session:
        remove_holiday(session, acting_user(session, "owner"), CLOCK, date(2026, 9, 30))
    with database.reading() as session:
        assert case_detail(session, CLOCK, case_id).summary.due == date(2026, 9, 30)


@pytest.mark.parametrize(
    ("day", "name", "error", "message"),
    [
        (date(2026, 12, 25), "Kerst", Conflict, "is a holiday already"),
        (date(2026, 9, 30), "   ", InvalidInput, "Give the holiday a name"),
        (date(2026, 9, 30), "x" * 61, InvalidInput, "at most 60 characters"),
    ],
)
def test_bad_holidays_are_refused_and_nothing_changes(
    database: Database, shop: Shop, day: date, name: str, error: type[Exception], message: str
) -> None:
    with database.reading() as session:
        before = holidays_in(session, 2026)
    with pytest.raises(error, match=message), database.transaction() as session:
        add_holiday(session, acting_user(session, "owner"), CLOCK, day, name)
    with database.reading() as session:
        assert holidays_in(session, 2026) == before


def test_a_day_not_in_the_table_cannot_be_removed(database: Database, shop: Shop) -> None:
    # Who may change the table: tests/operations/test_holidays.py (the operation enforces it).
    with database.transaction() as session, pytest.raises(NotFound, match="not in the holiday table"):
        remove_holiday(session, acting_user(session, "owner"), CLOCK, date(2026, 9, 30))
