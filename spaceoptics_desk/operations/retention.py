"""The retention engine's doors (R23-R26): what is due, the owner's decisions on the weekly review, and
carrying out what was approved (by hand or, for the rules the owner set to automatic, on a schedule).

Applying runs one transaction per customer inside the service (services/retention_review.py); each of
them is checked as this operation's (`Context.acting_database`), and the trace clean-up of what it
erased runs once, after the last customer (R31). The retention tables (domain/retention.py) are
imported where they are used: the main window imports this module at start.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from spaceoptics_desk.domain.clock import local_today
from spaceoptics_desk.domain.permissions import Action
from spaceoptics_desk.operations.changes import (
    EVERYTHING,
    Changes,
    Outcome,
    customer_changed,
    partly_done,
)
from spaceoptics_desk.operations.context import Context, operation

if TYPE_CHECKING:
    from spaceoptics_desk.services.retention_review import DeletionReport
    from spaceoptics_desk.services.retention_scan import Candidate
    from spaceoptics_desk.services.retention_status import RetentionStatus

log = logging.getLogger(__name__)
Progress = Callable[[int, int], None]
DECIDED = Changes(retention=True)


@dataclass(frozen=True)
class ReviewApplied:
    """Attributes:
    report: the run's deletion report (R26).
    traces_gone: False when what the run erased stays readable in the files until another program's
        reader has gone (R31: the clean-up is pending and finished then).
    """

    report: DeletionReport
    traces_gone: bool


@operation(Action.SCAN_RETENTION)
def scan(context: Context, today: date | None = None) -> Outcome[list[Candidate]]:
    """Everything due on `today` (default: today), in schedule order."""
    from spaceoptics_desk.services import retention_scan

    with context.reading(Action.SCAN_RETENTION) as session:
        return Outcome(retention_scan.scan(session, today or local_today(context.clock)))


@operation(Action.SCAN_RETENTION)
def review_status(context: Context) -> Outcome[RetentionStatus]:
    """The review's candidates due today, and whether the weekly review is overdue (the badge, the
    banner and the review window show this)."""
    from spaceoptics_desk.services.retention_status import retention_status

    with context.reading(Action.SCAN_RETENTION) as session:
        return Outcome(retention_status(session, context.clock))


@operation(Action.DECIDE_RETENTION)
def postpone(context: Context, key: str, until: date, reason: str, today: date) -> Outcome[None]:
    """Keeps a candidate out of the review until `until`, with the reason (R23)."""
    from spaceoptics_desk.domain.retention import RetentionCategory
    from spaceoptics_desk.services import retention_review

    with context.acting(Action.DECIDE_RETENTION) as act:
        postponed = retention_review.postpone(
            act.session, act.actor, context.clock, key, until, reason, today
        )
    # R25: postponing a hold's review moves the hold's review date, which the customer's view shows.
    held = postponed.customer_id if postponed.rule is RetentionCategory.FRAUD else None
    return Outcome(None, DECIDED | customer_changed(held))


@operation(Action.DECIDE_RETENTION)
def hold(
    context: Context, key: str, reason: str, case_reference: str, review_on: date, today: date
) -> Outcome[int]:
    """R25: a legal hold on the candidate's customer; returns the hold's id."""
    from spaceoptics_desk.services import retention_review

    with context.acting(Action.DECIDE_RETENTION) as act:
        held = retention_review.find_candidate(act.session, key, today)
        placed = retention_review.hold(
            act.session, act.actor, context.clock, key, reason, case_reference, review_on, today
        )
    customers = frozenset() if held is None or held.customer_id is None else frozenset({held.customer_id})
    return Outcome(placed, Changes(customers=customers, retention=True))


@operation(Action.DECIDE_RETENTION)
def apply_review(
    context: Context, candidates: Collection[Candidate], today: date, progress: Progress | None = None
) -> Outcome[ReviewApplied]:
    """Approves and carries out `candidates` (from `scan`), each customer checked again first; returns
    the deletion report (R26). `progress(done, total)` follows each customer's commit. A run that fails
    after some customers committed raises `changes.PartlyDone`, with whom it erased."""
    return _apply(context, candidates, today, automatic=False, progress=progress)


@operation(Action.DECIDE_RETENTION)
def apply_automatic(context: Context, today: date) -> Outcome[ReviewApplied | None]:
    """Carries out what is due under the rules the owner set to automatic (the daily scheduled task);
    None when nothing is."""
    from spaceoptics_desk.services import retention_review

    with context.reading(Action.DECIDE_RETENTION) as session:
        candidates = retention_review.automatic_candidates(session, context.clock, today)
    if not candidates:
        return Outcome(None)
    applied = _apply(context, candidates, today, automatic=True, progress=None)
    return Outcome(applied.result, applied.changes)


@operation(Action.SCAN_RETENTION)
def save_deletion_report(
    context: Context, report: DeletionReport, target: Path, language: str
) -> Outcome[Path]:
    """Writes the report's PDF to `target`, whole or not at all, never over the database. The report
    holds no personal data (R26): whoever may see the review may keep it."""
    from spaceoptics_desk.services.deletion_report_file import write_deletion_report

    return Outcome(write_deletion_report(report, target, language, context.clock, context.database.file))


def _apply(
    context: Context,
    candidates: Collection[Candidate],
    today: date,
    *,
    automatic: bool,
    progress: Progress | None,
) -> Outcome[ReviewApplied]:
    from spaceoptics_desk.services import retention_review

    with context.acting_database(Action.DECIDE_RETENTION) as database:
        try:
            report = retention_review.apply_review(
                database,
                context.staff.username,
                context.clock,
                today,
                candidates,
                automatic=automatic,
                progress=progress,
            )
        except Exception as failure:
            if not database.committed:
                raise
            # R14: the customers erased before the failure stay erased: their views must close too.
            raise partly_done(failure, _applied_before(context, candidates)) from failure
    return Outcome(ReviewApplied(report, database.traces_gone), _applied(context, candidates))


def _applied_before(context: Context, candidates: Collection[Candidate]) -> Changes:
    """What a run that failed part-way changed: as `_applied` when the database still answers, else
    anything may have (every window reloads)."""
    try:
        return _applied(context, candidates)
    except Exception:
        log.warning("what a failed review run changed could not be read", exc_info=True)
        return EVERYTHING


def _applied(context: Context, candidates: Collection[Candidate]) -> Changes:
    """What a review run changed: the customers it touched, those of them it erased (every view of them
    closes, R14), the cases it removed, and the review itself."""
    from spaceoptics_desk.domain.retention import RetentionCategory
    from spaceoptics_desk.services.retention_review import still_there

    touched = frozenset(c.customer_id for c in candidates if c.customer_id is not None)
    profiles = {c.customer_id for c in candidates if c.rule is RetentionCategory.PROFILE and c.customer_id}
    with context.reading(Action.SCAN_RETENTION) as session:
        erased = frozenset(profiles - still_there(session, profiles))
    cases = frozenset(c.subject_id for c in candidates if c.subject_kind == "request")
    return Changes(customers=touched - erased, erased=erased, cases=cases, retention=True)
