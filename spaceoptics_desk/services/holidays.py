"""The holiday table behind every due date (R2): seeded with the Atw list, kept up to date by the owner
(operations/holidays.py lets only the owner change it).

A change moves the due dates of open cases at once: due dates are computed, never stored.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import extract, select
from sqlalchemy.orm import Session

from spaceoptics_desk.domain.clock import Clock
from spaceoptics_desk.errors import QT_TRANSLATE_NOOP
from spaceoptics_desk.services import audit
from spaceoptics_desk.services.errors import Conflict, InvalidInput, NotFound
from spaceoptics_desk.services.typed_input import checked_day, checked_text
from spaceoptics_desk.store.models import Holiday, StaffUser

NAME_MAX_LENGTH = 60


@dataclass(frozen=True)
class HolidayEntry:
    day: date
    name: str


def holidays_in(session: Session, year: int) -> list[HolidayEntry]:
    rows = session.scalars(select(Holiday).where(extract("year", Holiday.day) == year).order_by(Holiday.day))
    return [HolidayEntry(h.day, h.name) for h in rows]


def add_holiday(session: Session, actor: StaffUser, clock: Clock, day: date, name: str) -> None:
    checked_day("day", day)
    name = checked_text("holiday_name", name).strip()
    if not name:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Give the holiday a name."))
    if len(name) > NAME_MAX_LENGTH:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "A holiday name has at most {count} characters."),
            count=NAME_MAX_LENGTH,
        )
    if session.get(Holiday, day) is not None:
        raise Conflict(QT_TRANSLATE_NOOP("errors", "{day} is a holiday already."), day=day.isoformat())
    session.add(Holiday(day=day, name=name))
    audit.record(session, actor, clock, "holiday_added", "holiday", None, {"day": day.isoformat()})


def remove_holiday(session: Session, actor: StaffUser, clock: Clock, day: date) -> None:
    holiday = session.get(Holiday, day)
    if holiday is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "{day} is not in the holiday table."), day=day.isoformat())
    session.delete(holiday)
    audit.record(session, actor, clock, "holiday_removed", "holiday", None, {"day": day.isoformat()})
