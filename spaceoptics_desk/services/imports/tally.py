"""What an import did, or a dry run would do (issue 13): counts per outcome and reason, examples by
customer number or row number, the rows refused. No personal data."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from spaceoptics_desk.domain.incoming import RowProblem

# Examples per reason in the report: enough to look a few up, few enough to read.
EXAMPLES_PER_REASON = 5
# Row problems kept for the report (all are counted).
PROBLEMS_KEPT = 1000


class Outcome(StrEnum):
    ADDED = "added"
    CHANGED = "changed"
    MERGED = "merged"  # a guest's records joined to their account (or the other way round)
    UNCHANGED = "unchanged"
    SKIPPED = "skipped"  # the law keeps it as it is (restricted, legal hold)
    REFUSED = "refused"  # may not come in (erased, suppressed, a bad row, a conflict)


class Reason(StrEnum):
    """Why the importer skipped or refused a record (the readers' reasons are domain.incoming.Problem)."""

    ERASED = "erased"
    SUPPRESSED = "suppressed"
    RESTRICTED = "restricted"
    LEGAL_HOLD = "legal_hold"
    AMBIGUOUS_MATCH = "ambiguous_match"  # the e-mail address is that of several customers
    NO_IDENTITY = "no_identity"  # neither a webshop id nor an e-mail address to find the person by
    INVALID_VALUE = "invalid_value"  # a value the desk's own checks refuse (R13)
    CONFLICTING_ORDER = "conflicting_order"


@dataclass
class ImportTally:
    """What an import did (or a dry run would do), without personal data.

    Attributes:
        customers, orders: count per Outcome value.
        reasons: count per "outcome:reason".
        examples: per "outcome:reason" (and "merged"), up to five customer numbers or "row N".
        problems: the first PROBLEMS_KEPT rows or records that were refused, with their reason.
        consents: marketing consent events recorded ("given", "withdrawn", "soft_opt_in").
    """

    customers: Counter[str] = field(default_factory=Counter)
    orders: Counter[str] = field(default_factory=Counter)
    reasons: Counter[str] = field(default_factory=Counter)
    examples: dict[str, list[str]] = field(default_factory=dict)
    problems: list[RowProblem] = field(default_factory=list)
    problem_count: int = 0
    consents: Counter[str] = field(default_factory=Counter)
    records: int = 0
    # The oldest modification moment of an order left as it is for a restriction or a hold: a sync keeps
    # its high-water mark before it, so the order comes again until it can be taken (R14, R15, R25).
    retry_from: datetime | None = None

    def retry(self, moment: datetime | None) -> None:
        if moment is not None and (self.retry_from is None or moment < self.retry_from):
            self.retry_from = moment

    def count(
        self, kind: str, outcome: Outcome, reason: str | None = None, example: str | None = None
    ) -> None:
        (self.customers if kind == "customer" else self.orders)[outcome.value] += 1
        key = outcome.value if reason is None else f"{outcome.value}:{reason}"
        if reason is not None:
            self.reasons[key] += 1
        if example is not None and (reason is not None or outcome is Outcome.MERGED):
            shown = self.examples.setdefault(key, [])
            if len(shown) < EXAMPLES_PER_REASON and example not in shown:
                shown.append(example)

    def problem(self, problem: RowProblem) -> None:
        """A row the reader could not take (counted as refused, apart from the records)."""
        self.problem_count += 1
        if len(self.problems) < PROBLEMS_KEPT:
            self.problems.append(problem)
        key = f"{Outcome.REFUSED.value}:{problem.reason.value}"
        self.reasons[key] += 1
        shown = self.examples.setdefault(key, [])
        if len(shown) < EXAMPLES_PER_REASON:
            shown.append(f"row {problem.row}")

    def total(self, outcome: Outcome) -> int:
        bad_rows = self.problem_count if outcome is Outcome.REFUSED else 0
        return self.customers[outcome.value] + self.orders[outcome.value] + bad_rows
