"""The weekly review (R23-R26): postpone or hold a candidate, and apply the approved ones.

Applying runs one transaction per customer (or per record without a customer), so a crash or a killed
process leaves every customer either fully processed or untouched. Each candidate is checked again at
apply time: one that stopped being due (a new order came in), was held or restricted meanwhile, or was
already done is skipped with a reason, never deleted wrongly; applying the same review twice is harmless.
Every run is a deletion report without personal data (R26): rule, counts, date, approver.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from spaceoptics_desk.domain.clock import Clock, local_today
from spaceoptics_desk.domain.record_ids import is_record_id
from spaceoptics_desk.domain.retention import RetentionAction, RetentionCategory, latest_postponement
from spaceoptics_desk.errors import QT_TRANSLATE_NOOP
from spaceoptics_desk.services import audit, erasure, trace_cleanup
from spaceoptics_desk.services.errors import InvalidInput, NotAllowed, NotFound
from spaceoptics_desk.services.retention_rules import list_rules
from spaceoptics_desk.services.retention_scan import (
    APPLY_ORDER,
    RULE_TABLE,
    Candidate,
    due_records,
    scan,
)
from spaceoptics_desk.services.staff import acting_user
from spaceoptics_desk.services.typed_input import checked_day, checked_text
from spaceoptics_desk.store.database import DatabaseAccess, change_stamp
from spaceoptics_desk.store.models import (
    Base,
    Customer,
    LegalHold,
    Order,
    Request,
    RetentionDecision,
    RetentionRun,
    StaffUser,
)
from spaceoptics_desk.store.registry import OWNER_LINKS, Erasure, columns_kept_by

Keep = RetentionCategory
Progress = Callable[[int, int], None]

# Why an approved candidate was not applied (codes; the screen words them).
SKIP_HELD = "held"
SKIP_RESTRICTED = "restricted"
SKIP_NOT_DUE = "not_due"
SKIP_GONE = "gone"
SKIP_POSTPONED = "postponed"


@dataclass(frozen=True)
class RuleCount:
    rule: str
    action: str
    applied: int
    skipped: int
    records: int


@dataclass(frozen=True)
class DeletionReport:
    """R26: one run, without personal data."""

    run_id: int
    started_at: datetime
    finished_at: datetime | None
    approver: str
    automatic: bool
    today: date
    counts: list[RuleCount]
    skipped_reasons: dict[str, int]
    # Issue 12: the audit chain's head (id, hash) when the report was made, printed as its check value.
    audit_head: tuple[int, str] | None = None


def parse_key(key: str) -> tuple[RetentionCategory, str, int]:
    refusal = InvalidInput(QT_TRANSLATE_NOOP("errors", "'{key}' is not a candidate of the review."), key=key)
    try:
        rule, kind, number = key.split(":")
        candidate = RetentionCategory(rule), kind, int(number)
    except ValueError as error:
        raise refusal from error
    if not is_record_id(candidate[2]):
        raise refusal  # beyond what the database can hold: no record has it (issue 10 §4)
    return candidate


def find_candidate(session: Session, key: str, today: date) -> Candidate | None:
    rule, kind, number = parse_key(key)
    found = scan(session, today, rules=[rule], subject=(kind, number))
    return next((c for c in found if c.key == key), None)


def _not_ahead(today: date, clock: Clock) -> None:
    """R23: records go when they are due, never earlier: a review is for today, not a later date."""
    checked_day("today", today)
    if today > local_today(clock):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "A review is done for today; {day} lies in the future."),
            day=today.isoformat(),
        )


def _decision(
    session: Session, actor: StaffUser, clock: Clock, candidate: Candidate, decision: str, **values: object
) -> RetentionDecision:
    row = RetentionDecision(
        candidate_key=candidate.key,
        category=candidate.rule.value,
        subject_kind=candidate.subject_kind,
        subject_id=candidate.subject_id,
        customer_id=candidate.customer_id,
        due_on=candidate.due_on,
        decision=decision,
        decided_at=clock.now(),
        decided_by_id=actor.id,
        record_count=candidate.record_count,
        **values,
    )
    if values.get("outcome") is not None and _person_gone(session, candidate):
        # The person is gone: the decision keeps no pointer to them (R31).
        row.customer_id = row.subject_id = row.candidate_key = None
    session.add(row)
    return row


def _person_gone(session: Session, candidate: Candidate) -> bool:
    if candidate.customer_id is None:
        return False
    with session.no_autoflush:
        return session.scalar(select(Customer.id).where(Customer.id == candidate.customer_id)) is None


def _due_candidate(session: Session, key: str, today: date) -> Candidate:
    candidate = find_candidate(session, key, today)
    if candidate is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("errors", "Candidate {key} is not due (any more); nothing was changed."),
            key=key,
        )
    return candidate


def postpone(
    session: Session, actor: StaffUser, clock: Clock, key: str, until: date, reason: str, today: date
) -> Candidate:
    """Keeps a candidate out of the review until `until` (a later date, at most a year ahead), with
    the reason; returns the candidate postponed."""
    _not_ahead(today, clock)
    why = checked_text("reason", reason, multiline=True).strip()
    if not why:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Say why the deletion is postponed."))
    if until <= today:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Postpone to a date after today."))
    if until > latest_postponement(today):
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors",
                "A deletion is postponed by at most a year: give a date until {day} at the latest.",
            ),
            day=latest_postponement(today).isoformat(),
        )
    candidate = _due_candidate(session, key, today)
    _decision(session, actor, clock, candidate, "postponed", reason=why, postponed_until=until)
    if candidate.rule is Keep.FRAUD:
        # Reviewing a hold and keeping it means a new review date on the hold itself (R25).
        hold = session.get(LegalHold, candidate.subject_id)
        assert hold is not None
        hold.review_on = until
    audit.record(
        session,
        actor,
        clock,
        "retention_postponed",
        "retention",
        None,
        {"rule": candidate.rule.value, "until": until.isoformat()},
    )
    return candidate


def hold(
    session: Session,
    actor: StaffUser,
    clock: Clock,
    key: str,
    reason: str,
    case_reference: str,
    review_on: date,
    today: date,
) -> int:
    """R25: puts a legal hold on the candidate's customer; returns the hold's id."""
    checked_text("reason", reason, multiline=True)
    checked_text("case_reference", case_reference)
    if not reason.strip() or not case_reference.strip():
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "A legal hold needs a reason and a case reference."))
    _not_ahead(today, clock)
    if review_on <= today:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "A legal hold needs a review date after today."))
    if review_on > latest_postponement(today):
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors",
                "A legal hold is reviewed at most a year ahead: give a review date until {day} at the "
                "latest.",
            ),
            day=latest_postponement(today).isoformat(),
        )
    candidate = _due_candidate(session, key, today)
    if candidate.customer_id is None:
        raise NotAllowed(
            QT_TRANSLATE_NOOP("errors", "This record belongs to no customer; postpone it instead of a hold.")
        )
    placed = LegalHold(
        customer_id=candidate.customer_id,
        reason=reason.strip(),
        case_reference=case_reference.strip(),
        placed_at=clock.now(),
        review_on=review_on,
        placed_by_id=actor.id,
    )
    session.add(placed)
    session.flush()
    _decision(session, actor, clock, candidate, "held", reason=None, postponed_until=review_on)
    audit.record(
        session, actor, clock, "legal_hold_placed", "legal_hold", placed.id, {"rule": candidate.rule.value}
    )
    return placed.id


# --- applying ---------------------------------------------------------------------------------------


def _apply_one(session: Session, actor: StaffUser, clock: Clock, candidate: Candidate, today: date) -> int:
    """Carries out one candidate inside the caller's transaction; returns the records touched."""
    if candidate.rule is Keep.PROFILE:
        assert candidate.customer_id is not None
        erasure.erase_person(session, actor, clock, candidate.customer_id, Keep.PROFILE.value, None)
        return 1
    rule = next(r for r in list_rules(session) if r.category is candidate.rule)
    only = [candidate.customer_id] if candidate.customer_id is not None else None
    records = due_records(rule, today, only).subquery()
    owner, record_id = records.c[0], records.c[1]
    if candidate.subject_kind == "customer":
        ids = select(record_id).where(owner == candidate.subject_id)
    else:
        ids = select(record_id).where(record_id == candidate.subject_id)
    table_name = RULE_TABLE[candidate.rule]
    table = Base.metadata.tables[table_name]
    due_ids = [row[0] for row in session.execute(ids)]
    if not due_ids:
        return 0
    children = [t for t, (_c, parent) in OWNER_LINKS.items() if parent == table_name]
    if rule.action is RetentionAction.ANONYMISE:
        for name in [*children, table_name]:
            cleared = {
                c.column: None
                for c in columns_kept_by(candidate.rule)
                if c.table == name and c.erasure is Erasure.NULLIFY
            }
            if not cleared:
                continue
            t = Base.metadata.tables[name]
            link = t.c.id if name == table_name else t.c[OWNER_LINKS[name][0]]
            session.execute(update(t).where(link.in_(due_ids)).values(**cleared))
    else:
        for name in children:
            t = Base.metadata.tables[name]
            session.execute(delete(t).where(t.c[OWNER_LINKS[name][0]].in_(due_ids)))
        session.execute(delete(table).where(table.c.id.in_(due_ids)))
    if candidate.rule is Keep.FISCAL and candidate.customer_id is not None:
        from spaceoptics_desk.store.search import reindex_customers

        reindex_customers(session, [candidate.customer_id])  # order numbers leave the search keys
        # R31: the index's old segments still hold the deleted document (the customer's keys with the
        # order numbers), and rewriting the pages copies them as they are: they must be purged.
        trace_cleanup.mark(session, trace_cleanup.SEARCH_INDEX)
    return len(due_ids)


def _skip_reason(session: Session, candidate: Candidate) -> str:
    if candidate.customer_id is not None:
        customer = session.get(Customer, candidate.customer_id)
        if customer is None:
            return SKIP_GONE
        held = session.scalar(
            select(LegalHold.id).where(
                LegalHold.customer_id == candidate.customer_id, LegalHold.lifted_at.is_(None)
            )
        )
        if held is not None and candidate.rule is not Keep.FRAUD:
            return SKIP_HELD
        if customer.restricted_at is not None:
            return SKIP_RESTRICTED
    elif (candidate.subject_kind == "order" and session.get(Order, candidate.subject_id) is None) or (
        candidate.subject_kind == "request" and session.get(Request, candidate.subject_id) is None
    ):
        return SKIP_GONE
    return SKIP_NOT_DUE


def _group(candidate: Candidate) -> tuple[str, int]:
    if candidate.customer_id is not None:
        return "customer", candidate.customer_id
    return candidate.subject_kind, candidate.subject_id


# How many customers one re-check scan covers (see `_check_batch`).
RECHECK_BATCH = 100


@dataclass(frozen=True)
class _BatchCheck:
    """Which candidate keys of each group were still due, and the database state they were checked at."""

    due: dict[tuple[str, int], set[str]]
    stamp: tuple[int, int]


def _due_now(
    session: Session, today: date, group: tuple[str, int], members: Collection[Candidate]
) -> set[str]:
    kind, number = group
    if kind == "customer":
        return {c.key for c in scan(session, today, customer_ids=[number], rules={m.rule for m in members})}
    return {c.key for m in members for c in scan(session, today, rules=[m.rule], subject=(kind, number))}


def _check_batch(
    database: DatabaseAccess, today: date, groups: Sequence[tuple[tuple[str, int], list[Candidate]]]
) -> _BatchCheck:
    """Re-checks many customers with one scan; other subjects (orders, cases, holds) one by one."""
    with database.reading() as session:
        stamp = change_stamp(session.connection())
        customers = [number for (kind, number), _ in groups if kind == "customer"]
        rules = {m.rule for (kind, _), members in groups if kind == "customer" for m in members}
        due: dict[tuple[str, int], set[str]] = {group: set() for group, _ in groups}
        if customers:
            for candidate in scan(session, today, customer_ids=customers, rules=rules):
                owner = candidate.customer_id
                if owner is not None and ("customer", owner) in due:
                    due["customer", owner].add(candidate.key)
        for group, members in groups:
            if group[0] != "customer":
                due[group] = _due_now(session, today, group, members)
        return _BatchCheck(due, stamp)


def apply_review(
    database: DatabaseAccess,
    approver: str,
    clock: Clock,
    today: date,
    candidates: Collection[Candidate],
    *,
    automatic: bool = False,
    progress: Progress | None = None,
) -> DeletionReport:
    """Approves and carries out `candidates` (from `scan`), one transaction per customer.

    `approver` is the username of who approves (operations/retention.py lets only the owner). Returns
    the deletion report (R26), also stored as the run and its decisions. `progress(done, total)` is
    called after each customer's commit. Each commit that erased something marks the trace clean-up as
    owed (R31); the operation that calls this pays it once, after the last customer.
    """
    _not_ahead(today, clock)
    with database.transaction() as session:
        actor = acting_user(session, approver)
        run = RetentionRun(started_at=clock.now(), approved_by_id=actor.id, automatic=automatic, today=today)
        session.add(run)
        session.flush()
        run_id, actor_id = run.id, actor.id
        audit.record(
            session,
            actor,
            clock,
            "retention_run_started",
            "retention_run",
            run_id,
            {"candidates": len(candidates), "automatic": automatic},
        )
    groups: dict[tuple[str, int], list[Candidate]] = defaultdict(list)
    for candidate in candidates:
        groups[_group(candidate)].append(candidate)
    ordered = sorted(groups.items())
    with database.pinned() as pinned:
        _apply_groups(pinned, actor_id, run_id, clock, today, ordered, progress)
    with database.transaction() as session:
        run_row = session.get(RetentionRun, run_id)
        assert run_row is not None
        run_row.finished_at = clock.now()
    with database.reading() as session:
        return deletion_report(session, run_id)


def _apply_groups(
    database: DatabaseAccess,
    actor_id: int,
    run_id: int,
    clock: Clock,
    today: date,
    ordered: Sequence[tuple[tuple[str, int], list[Candidate]]],
    progress: Progress | None,
) -> None:
    """One transaction per customer (or orphan record), each re-checked first; `database` is pinned."""
    order = {category: index for index, category in enumerate(APPLY_ORDER)}
    checked: _BatchCheck | None = None
    for done, (group, members) in enumerate(ordered, start=1):
        if checked is None or group not in checked.due:
            checked = _check_batch(database, today, ordered[done - 1 : done - 1 + RECHECK_BATCH])
        with database.transaction() as session:
            member_actor = session.get(StaffUser, actor_id)
            assert member_actor is not None
            # Re-check at apply time: what is due now, after holds and new orders. The batch's check
            # holds when nobody else wrote since (one scan for many customers); else this one is rescanned.
            if change_stamp(session.connection()) == checked.stamp:
                still_due = checked.due[group]
            else:
                still_due = _due_now(session, today, group, members)
            for candidate in sorted(members, key=lambda c: order[c.rule]):
                if candidate.key in still_due:
                    touched = _apply_one(session, member_actor, clock, candidate, today)
                    outcome, reason = "applied", None
                    count = touched
                else:
                    outcome, reason, count = "skipped", _skip_reason(session, candidate), 0
                row = _decision(
                    session,
                    member_actor,
                    clock,
                    candidate,
                    "approved",
                    run_id=run_id,
                    outcome=outcome,
                    outcome_reason=reason,
                )
                row.record_count = count
                if count:
                    # R31: owed from this commit on, so a run killed half-way still leaves it to be done.
                    trace_cleanup.mark(session, trace_cleanup.PAGES)
                session.flush()
        if progress is not None:
            progress(done, len(ordered))


def deletion_report(session: Session, run_id: int) -> DeletionReport:
    """R26: the report of one run: per rule the number applied and skipped, the date and the approver."""
    run = session.get(RetentionRun, run_id)
    if run is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "There is no deletion run {run}."), run=run_id)
    approver = session.get(StaffUser, run.approved_by_id)
    applied: Counter[str] = Counter()
    skipped: Counter[str] = Counter()
    records: Counter[str] = Counter()
    reasons: Counter[str] = Counter()
    for category, outcome, reason, count in session.execute(
        select(
            RetentionDecision.category,
            RetentionDecision.outcome,
            RetentionDecision.outcome_reason,
            RetentionDecision.record_count,
        ).where(RetentionDecision.run_id == run_id)
    ):
        if outcome == "applied":
            applied[category] += 1
            records[category] += count
        else:
            skipped[category] += 1
            reasons[reason or SKIP_NOT_DUE] += 1
    actions = {r.category.value: r.action.value for r in list_rules(session)}
    counts = [
        RuleCount(rule, actions.get(rule, ""), applied[rule], skipped[rule], records[rule])
        for rule in [c.value for c in RetentionCategory]
        if applied[rule] or skipped[rule]
    ]
    return DeletionReport(
        run.id,
        run.started_at,
        run.finished_at,
        approver.display_name if approver else "",
        run.automatic,
        run.today,
        counts,
        dict(reasons),
        audit.head(session),
    )


def deletion_runs(session: Session) -> list[DeletionReport]:
    ids = session.scalars(select(RetentionRun.id).order_by(RetentionRun.started_at.desc()))
    return [deletion_report(session, run_id) for run_id in ids]


def automatic_candidates(session: Session, clock: Clock, today: date) -> list[Candidate]:
    """What is due under the rules the owner set to automatic (they run without the weekly review)."""
    _not_ahead(today, clock)
    automatic = [r.category for r in list_rules(session) if r.automatic]
    return scan(session, today, rules=automatic) if automatic else []


def apply_automatic(
    database: DatabaseAccess, approver: str, clock: Clock, today: date
) -> DeletionReport | None:
    """Applies the candidates of rules the owner set to automatic; None when there are none."""
    with database.reading() as session:
        candidates = automatic_candidates(session, clock, today)
    if not candidates:
        return None
    return apply_review(database, approver, clock, today, candidates, automatic=True)


def still_there(session: Session, customer_ids: Collection[int]) -> set[int]:
    """Which of these customers still exist (the others a run erased: their views close, R14)."""
    if not customer_ids:
        return set()
    return set(session.scalars(select(Customer.id).where(Customer.id.in_(customer_ids))))
