"""What an operation changed, so every open window refreshes what it shows (the change hub)."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Generic, TypeVar

from spaceoptics_desk.errors import DatabaseUnavailable, KnownError

T = TypeVar("T")


@dataclass(frozen=True)
class Changes:
    """What changed: record ids (no personal data) and kinds of settings.

    Attributes:
        customers: customers whose data, consents or cases changed (views and search results reload).
        erased: customers erased or anonymised: every view of them closes or blanks.
        cases: cases created or changed (the case list and views of them reload).
        retention: what the retention review shows (decisions, runs, candidates).
        rules: the retention rules.
        holidays: the holiday table (every deadline may move).
        settings: this workstation's or the database's settings (the mail server, the idle lock).
        staff: the staff list (who may sign in, with which role).
        everything: unknown or all: a restore, or another program wrote to the database.
    """

    customers: frozenset[int] = frozenset()
    erased: frozenset[int] = frozenset()
    cases: frozenset[int] = frozenset()
    retention: bool = False
    rules: bool = False
    holidays: bool = False
    settings: bool = False
    staff: bool = False
    everything: bool = False

    def __or__(self, other: Changes) -> Changes:
        merged = {}
        for f in fields(self):
            mine, theirs = getattr(self, f.name), getattr(other, f.name)
            merged[f.name] = mine | theirs
        return Changes(**merged)

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))

    def touches_customer(self, customer_id: int) -> bool:
        return self.everything or customer_id in self.customers or customer_id in self.erased

    def erased_customer(self, customer_id: int) -> bool:
        return customer_id in self.erased

    def touches_case(self, case_id: int) -> bool:
        return self.everything or case_id in self.cases

    @property
    def any_case(self) -> bool:
        """The case list may show something else: a case changed, or a deadline moved."""
        return self.everything or bool(self.cases) or self.holidays or bool(self.erased)

    @property
    def any_customer(self) -> bool:
        """Search results may show something else."""
        return self.everything or bool(self.customers) or bool(self.erased)


NOTHING = Changes()
EVERYTHING = Changes(everything=True)


def customer_changed(*customer_ids: int | None, cases: tuple[int | None, ...] = ()) -> Changes:
    return Changes(
        customers=frozenset(c for c in customer_ids if c is not None),
        cases=frozenset(c for c in cases if c is not None),
    )


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """An operation's answer: its result and what it changed."""

    result: T
    changes: Changes = NOTHING


class PartlyDone(Exception):
    """An operation of many transactions failed after some of them had committed (a review run met a
    full disk after erasing three customers): what those changed must still reach every window, or
    they keep showing people already erased. Raised from the failure (`partly_done`).

    Attributes:
        changes: what the committed transactions changed.
    """

    changes: Changes = NOTHING


class _KnownPartlyDone(PartlyDone, KnownError):
    pass


class _UnavailablePartlyDone(PartlyDone, DatabaseUnavailable):
    pass


def partly_done(failure: Exception, changes: Changes) -> PartlyDone:
    """`failure` as a PartlyDone carrying `changes`, to raise from it. It speaks as the failure did: a
    KnownError keeps its message (the GUI shows, the CLI prints the same text), a database that cannot
    be used stays that (the CLI exits 3), and a bug stays a bug (the crash report, its cause kept)."""
    carrier: PartlyDone
    if isinstance(failure, DatabaseUnavailable):
        carrier = _UnavailablePartlyDone(failure.message, **failure.params)
    elif isinstance(failure, KnownError):
        carrier = _KnownPartlyDone(failure.message, **failure.params)
    else:
        carrier = PartlyDone(type(failure).__name__)  # the type only: a bug's text may hold data
    carrier.changes = changes
    return carrier
