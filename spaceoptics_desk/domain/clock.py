"""Time as a parameter: services get a Clock instead of calling datetime.now()."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Protocol
from zoneinfo import ZoneInfo

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


class Clock(Protocol):
    def now(self) -> datetime:
        """The current moment, timezone-aware, in UTC."""
        ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


@dataclass
class FixedClock:
    """A clock that stands still (tests, demo generation, `--today`)."""

    moment: datetime

    def now(self) -> datetime:
        return self.moment


def local_today(clock: Clock) -> date:
    """Today's date in the shop's time zone (deadlines and retention count in Dutch days)."""
    return clock.now().astimezone(AMSTERDAM).date()


def as_utc(moment: datetime) -> datetime:
    """Stored timestamps are naive UTC in SQLite; this makes them aware again."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def to_local(moment: datetime) -> datetime:
    return as_utc(moment).astimezone(AMSTERDAM)
