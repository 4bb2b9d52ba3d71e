"""The retention schedule (COMPLIANCE R23-R25) as pure rules, and when a customer's data may go.

Rules are data (loaded from resources/policy/retention_rules.json into the database); this module only
knows how a rule's trigger and period turn into a date. Nothing here is stored: the customer view
computes it every time from the records (R23: "computed, not stored").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from spaceoptics_desk.domain.calendar_months import add_months, end_of_year


class RetentionCategory(StrEnum):
    PROFILE = "profile"
    FISCAL = "fiscal"
    PORTAL_ACCOUNT = "portal_account"
    CONSENT = "consent"
    FRAUD = "fraud"
    SERVICE_CONTACTS = "service_contacts"
    CASES = "cases"


class Trigger(StrEnum):
    LAST_ORDER = "last_order"  # last order, or creation when there is none
    DOCUMENT_YEAR_END = "document_year_end"  # end of the calendar year of the document (AWR 52)
    LAST_LOGIN = "last_login"
    EVENT = "event"
    HOLD_REVIEW = "hold_review"
    CONTACT = "contact"
    CASE_CLOSED = "case_closed"


class RetentionAction(StrEnum):
    ERASE = "erase"
    ANONYMISE = "anonymise"
    DELETE_ACCOUNT = "delete_account"
    DELETE = "delete"
    REVIEW = "review"


@dataclass(frozen=True)
class RetentionRule:
    category: RetentionCategory
    trigger: Trigger
    period_months: int
    action: RetentionAction
    legal_basis: str
    # Applied without the weekly review only when the owner set it so explicitly (issue 6).
    automatic: bool = False

    def due_date(self, trigger_date: date) -> date:
        """The first day the record may go (R23); fiscal periods start at the end of the year.

        Counted like R2 (Reg. 1182/71): the trigger day is not counted, the period ends at the end of the
        same day number `period_months` later, and the record may go the day after. A 2018 invoice is
        kept through 2019-2025 and may go on 1 January 2026 (AWR 52).
        """
        start = end_of_year(trigger_date) if self.trigger is Trigger.DOCUMENT_YEAR_END else trigger_date
        return add_months(start, self.period_months) + timedelta(days=1)

    def latest_due_trigger(self, today: date) -> date:
        """The newest trigger date whose record is due on `today`: due iff trigger <= this date.

        Lets a scan select due records with one range condition on an indexed column instead of
        computing a due date per row. Exact because `due_date` never decreases as the trigger moves on.
        """
        if self.trigger is Trigger.DOCUMENT_YEAR_END:
            year = today.year
            while self.due_date(date(year, 12, 31)) > today:
                year -= 1
            return date(year, 12, 31)
        # add_months(d, -p) lands within a few days of the answer (month-end clamping); walk to it.
        candidate = add_months(today, -self.period_months)
        while self.due_date(candidate) > today:
            candidate -= timedelta(days=1)
        while self.due_date(candidate + timedelta(days=1)) <= today:
            candidate += timedelta(days=1)
        return candidate


# R23: fraud data has no period; it is kept until the hold's review date (section I: a review date is
# required). Every other rule needs a real period: 0 would delete a record the day after it is made.
PERIOD_FREE_TRIGGERS = frozenset({Trigger.HOLD_REVIEW})


# The shortest period another law allows: fiscal records 7 years from the end of their year (AWR 52).
LEGAL_MINIMUM_MONTHS: dict[RetentionCategory, int] = {RetentionCategory.FISCAL: 84}


# R23/R25: a postponement in the weekly review, and a legal hold's review date, lie at most a year ahead.
# Both only move when someone looks again; they are no retention period of their own. A year is the
# longest "ask me again later" that still gets every kept customer a decision each year (the owner can
# postpone again, with a reason each time); keeping data longer on purpose is a change of the rule
# itself, which is logged with its reason. Without a maximum `--until 9999-12-31` kept someone forever.
MAX_POSTPONEMENT_MONTHS = 12


def latest_postponement(today: date) -> date:
    """The last day a candidate may be postponed to (or a hold reviewed on), decided on `today`."""
    return add_months(today, MAX_POSTPONEMENT_MONTHS)


def period_allowed(trigger: Trigger, period_months: int) -> bool:
    if trigger in PERIOD_FREE_TRIGGERS:
        return period_months == 0
    return period_months > 0


@dataclass(frozen=True)
class CustomerRetentionFacts:
    """The dates of one customer's records that the schedule looks at."""

    created_on: date
    order_dates: Sequence[date] = ()
    fiscal_document_dates: Sequence[date] = ()
    last_login_on: date | None = None
    account_created_on: date | None = None  # a portal account that was never used counts from here
    consent_event_dates: Sequence[date] = ()
    contact_dates: Sequence[date] = ()
    case_closed_dates: Sequence[date] = ()
    active_hold_review_dates: Sequence[date] = ()


@dataclass(frozen=True)
class CategoryRetention:
    """Why one category of a customer's data is kept, and the earliest date it may go.

    Attributes:
        first_due: the date the oldest record of the category may go (None: nothing to keep).
        last_due: the date the newest record may go; equal to first_due for single-record categories.
        held_until: an active legal hold blocks removal until at least its review date (R25).
    """

    rule: RetentionRule
    record_count: int
    first_due: date | None
    last_due: date | None
    held_until: date | None

    @property
    def blocked_by_hold(self) -> bool:
        return self.held_until is not None


def _trigger_dates(rule: RetentionRule, facts: CustomerRetentionFacts) -> list[date]:
    match rule.trigger:
        case Trigger.LAST_ORDER:
            # R23/R24: the profile lives 7 years after the *last* order; one date for the whole category.
            return [max(facts.order_dates, default=facts.created_on)]
        case Trigger.DOCUMENT_YEAR_END:
            return list(facts.fiscal_document_dates)
        case Trigger.LAST_LOGIN:
            last_use = facts.last_login_on or facts.account_created_on
            return [last_use] if last_use else []
        case Trigger.EVENT:
            return list(facts.consent_event_dates)
        case Trigger.CONTACT:
            return list(facts.contact_dates)
        case Trigger.CASE_CLOSED:
            return list(facts.case_closed_dates)
        case Trigger.HOLD_REVIEW:
            return []


def _record_count(rule: RetentionRule, facts: CustomerRetentionFacts, dates: list[date]) -> int:
    if rule.trigger is Trigger.LAST_ORDER:
        return 1
    if rule.trigger is Trigger.HOLD_REVIEW:
        return len(facts.active_hold_review_dates)
    return len(dates)


def category_retention(rule: RetentionRule, facts: CustomerRetentionFacts) -> CategoryRetention:
    held_until = max(facts.active_hold_review_dates, default=None)
    if rule.trigger is Trigger.HOLD_REVIEW:
        # Fraud data has no fixed term: it is reviewed on the hold's review date (section I).
        reviews = sorted(facts.active_hold_review_dates)
        return CategoryRetention(
            rule,
            len(reviews),
            reviews[0] if reviews else None,
            reviews[-1] if reviews else None,
            held_until,
        )
    dates = _trigger_dates(rule, facts)
    dues = sorted(rule.due_date(d) for d in dates)
    return CategoryRetention(
        rule=rule,
        record_count=_record_count(rule, facts, dates),
        first_due=dues[0] if dues else None,
        last_due=dues[-1] if dues else None,
        held_until=held_until,
    )


def retention_overview(
    rules: Sequence[RetentionRule], facts: CustomerRetentionFacts
) -> list[CategoryRetention]:
    """One line per rule, in the order of the schedule."""
    return [category_retention(rule, facts) for rule in rules]


def deletion_report_file_name(today: date, run_id: int, language: str) -> str:
    """The name a deletion report's PDF is offered under (R26): the day and the run, no person."""
    word = "verwijderrapport" if language == "nl" else "deletion-report"
    return f"{word}-{today.isoformat()}-{run_id}.pdf"
