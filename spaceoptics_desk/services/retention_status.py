"""What the background retention check shows (issue 6): the candidates due today and whether the weekly
review is overdue.

The main window runs this in a worker every hour (ui/retention/watch.py); it is the scan plus one
look at the deletion runs.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from spaceoptics_desk.domain.clock import Clock, local_today
from spaceoptics_desk.services.retention_scan import Candidate, scan
from spaceoptics_desk.store.models import RetentionRun

REVIEW_EVERY = timedelta(days=7)


@dataclass(frozen=True)
class RetentionStatus:
    """Attributes:
    candidates: everything due today (see retention_scan.scan), in schedule order.
    last_review_at: when the owner last approved a review run (automatic runs are not a review).
    review_overdue: candidates exist and no review ran in the last 7 days.
    """

    today: date
    candidates: list[Candidate]
    last_review_at: datetime | None
    review_overdue: bool


def last_review_at(session: Session) -> datetime | None:
    """The start of the newest approved (not automatic) deletion run; None when there never was one."""
    return session.scalar(select(func.max(RetentionRun.started_at)).where(RetentionRun.automatic.is_(False)))


def retention_status(session: Session, clock: Clock) -> RetentionStatus:
    today = local_today(clock)
    candidates = scan(session, today)
    last = last_review_at(session)
    overdue = bool(candidates) and (last is None or clock.now() - last > REVIEW_EVERY)
    return RetentionStatus(today, candidates, last, overdue)
