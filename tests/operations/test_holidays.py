"""The holiday table's doors (issue 11; R2): everyone sees the days a deadline skips, only the owner
changes them, and a change is published so every deadline on screen follows it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from sqlalchemy import func, select

from spaceoptics_desk.domain.clock import FixedClock
from spaceoptics_desk.domain.permissions import OWNER, STAFF
from spaceoptics_desk.domain.staff import StaffMember
from spaceoptics_desk.operations import holidays
from spaceoptics_desk.operations.context import Context
from spaceoptics_desk.services.errors import NotAllowed
from spaceoptics_desk.services.staff import ensure_staff
from spaceoptics_desk.store.database import Database
from spaceoptics_desk.store.models import AuditEntry


def test_R2_staff_see_the_holidays_only_the_owner_changes_them(database: Database, clock: FixedClock) -> None:
    with database.transaction() as session:
        ensure_staff(session, "owner", "Olga Eigenaar", OWNER)
        ensure_staff(session, "staff", "Sanne de Vries", STAFF)
    owner = Context(database, StaffMember("owner", "Olga Eigenaar", OWNER), clock)
    staff = owner.as_staff(StaffMember("staff", "Sanne de Vries", STAFF))
    before = holidays.holidays_in(staff, 2026).result
    assert date(2026, 12, 25) in {h.day for h in before}
    with database.reading() as session:
        audited = session.scalar(select(func.count()).select_from(AuditEntry))
    attempts: tuple[Callable[[], object], ...] = (
        lambda: holidays.add_holiday(staff, date(2026, 9, 30), "Vrije dag"),
        lambda: holidays.remove_holiday(staff, date(2026, 12, 25)),
    )
    for attempt in attempts:
        with pytest.raises(NotAllowed) as refused:
            attempt()
        assert refused.value.text() == "Only the owner changes the holiday table."
    assert holidays.holidays_in(staff, 2026).result == before
    with database.reading() as session:
        assert session.scalar(select(func.count()).select_from(AuditEntry)) == audited

    added = holidays.add_holiday(owner, date(2026, 9, 30), "Vrije dag")
    assert added.changes.holidays and added.changes.any_case  # every deadline on screen follows
    assert date(2026, 9, 30) in {h.day for h in holidays.holidays_in(staff, 2026).result}
    assert holidays.remove_holiday(owner, date(2026, 9, 30)).changes.holidays
