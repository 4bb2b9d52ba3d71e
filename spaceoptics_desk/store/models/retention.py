"""The retention engine's records: rule changes, review decisions, deletion runs, the erasure journal."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from spaceoptics_desk.store.models.base import Base
from spaceoptics_desk.store.types import UTCDateTime


class RetentionRuleChange(Base):
    """R23: a changed setting of the schedule, with who changed it, when, why, and the old and new value.

    The reason is about the shop's policy ("accountant advises 10 years"), not about a person.
    """

    __tablename__ = "retention_rule_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    category: Mapped[str] = mapped_column(String(30), index=True)
    setting: Mapped[str] = mapped_column(String(20))  # period_months | action | automatic
    old_value: Mapped[str] = mapped_column(String(40))
    new_value: Mapped[str] = mapped_column(String(40))
    reason: Mapped[str] = mapped_column(Text)
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    staff_user_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id"))


class RetentionRun(Base):
    """R26: one application of approved candidates (the deletion report's header; no personal data)."""

    __tablename__ = "retention_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    approved_by_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id"))
    automatic: Mapped[bool] = mapped_column(default=False)
    today: Mapped[date] = mapped_column(Date)


class RetentionDecision(Base):
    """The owner's decision on one candidate of the review: approved, postponed or held (R23-R25).

    `candidate_key` is the scan's stable key ("profile:customer:123"). An approved decision belongs to a
    run and carries the outcome: applied, or skipped with a reason code (no longer due, held meanwhile).
    """

    __tablename__ = "retention_decisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_key: Mapped[str | None] = mapped_column(String(60), index=True)
    category: Mapped[str] = mapped_column(String(30))
    subject_kind: Mapped[str] = mapped_column(String(20))  # customer | order | request | hold
    subject_id: Mapped[int | None]
    customer_id: Mapped[int | None] = mapped_column(
        ForeignKey("customers.id", ondelete="SET NULL"), index=True
    )
    due_on: Mapped[date] = mapped_column(Date)
    decision: Mapped[str] = mapped_column(String(12))  # approved | postponed | held
    reason: Mapped[str | None] = mapped_column(Text)
    postponed_until: Mapped[date | None] = mapped_column(Date)
    decided_at: Mapped[datetime] = mapped_column(UTCDateTime)
    decided_by_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id"))
    run_id: Mapped[int | None] = mapped_column(ForeignKey("retention_runs.id"), index=True)
    outcome: Mapped[str | None] = mapped_column(String(20))  # applied | skipped
    outcome_reason: Mapped[str | None] = mapped_column(String(30))  # code: held | restricted | not_due | gone
    record_count: Mapped[int] = mapped_column(default=0)

    __table_args__ = (Index("ix_retention_decisions_subject", "category", "subject_kind", "subject_id"),)


class ErasureJournalEntry(Base):
    """R32: that someone was erased, without who: a random id and salted hashes to find them again.

    Replayed after a restore, so people erased since the backup was made stay erased. The hashes use the
    installation salt of the suppression list (pseudonymous, not anonymous: R31).
    """

    __tablename__ = "erasure_journal"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    erased_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    basis: Mapped[str] = mapped_column(String(30))  # request | a rule category (profile)
    number_hash: Mapped[str] = mapped_column(String(64), index=True)
    email_hash: Mapped[str | None] = mapped_column(String(64))
    # The request the erasure answered: a restore re-applying it tells the recipients again (R16).
    request_id: Mapped[int | None] = mapped_column()


class PendingCleanup(Base):
    """R31: clean-up the database files still owe after personal data was deleted or emptied.

    One row per kind ("search_index": purge the deleted documents' terms; "wal": empty the write-ahead
    log), written in the transaction that forgets the data and deleted once the clean-up is done, so a
    reader that held an old snapshot, or a program that died meanwhile, cannot make it be forgotten.
    No personal data.
    """

    __tablename__ = "pending_cleanups"

    kind: Mapped[str] = mapped_column(String(20), primary_key=True)


class DeskWrite(Base):
    """Which program wrote last: one row per open database (a desk, a CLI command, the scheduled job),
    its serial raised by every write transaction it commits. A desk polls the rows of the *others* to
    learn, within a poll interval, that someone else changed something (issue 11: the change hub).
    No personal data: a random id per opening, a counter and a time.
    """

    __tablename__ = "desk_writes"

    writer: Mapped[str] = mapped_column(String(32), primary_key=True)
    serial: Mapped[int] = mapped_column()
    written_at: Mapped[datetime] = mapped_column(UTCDateTime)
