"""What the privacy law adds: purposes, consent ledger, recipients, requests, holds, retention rules."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, String, Text, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from spaceoptics_desk.domain.audit_chain import new_salt
from spaceoptics_desk.store.models.base import Base, Versioned
from spaceoptics_desk.store.types import UTCDateTime


class Purpose(Base):
    """A purpose of processing from the policy, with its legal basis (seeded from resources/policy)."""

    __tablename__ = "purposes"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(40), unique=True)
    name_en: Mapped[str] = mapped_column(String(100))
    name_nl: Mapped[str] = mapped_column(String(100))
    # consent | contract | legal_obligation | legitimate_interest | objection
    legal_basis: Mapped[str] = mapped_column(String(30))
    is_marketing: Mapped[bool] = mapped_column(default=False)
    sort_order: Mapped[int] = mapped_column(default=0)


class ConsentWording(Base):
    """The exact text a person agreed to; a changed text is a new version (R19)."""

    __tablename__ = "consent_wordings"

    id: Mapped[int] = mapped_column(primary_key=True)
    purpose_id: Mapped[int] = mapped_column(ForeignKey("purposes.id"))
    version: Mapped[int]
    policy_version: Mapped[str] = mapped_column(String(20))
    text_nl: Mapped[str] = mapped_column(Text)
    text_en: Mapped[str] = mapped_column(Text)
    valid_from: Mapped[date] = mapped_column(Date)

    __table_args__ = (UniqueConstraint("purpose_id", "version"),)


class ConsentEvent(Base):
    """One entry of the append-only consent ledger (R19); the current state is derived from these."""

    __tablename__ = "consent_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    purpose_id: Mapped[int] = mapped_column(ForeignKey("purposes.id"))
    action: Mapped[str] = mapped_column(String(10))  # given | withdrawn
    basis: Mapped[str] = mapped_column(String(20), default="opt_in")  # opt_in | soft_opt_in | objection
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime)
    channel: Mapped[str] = mapped_column(String(10))  # phone | email | web | counter | letter
    mechanism: Mapped[str] = mapped_column(String(20))  # checkbox | double_opt_in | spoken | written
    wording_id: Mapped[int | None] = mapped_column(ForeignKey("consent_wordings.id"))
    staff_user_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
    note: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (Index("ix_consent_events_customer", "customer_id", "purpose_id", "occurred_at"),)


class Recipient(Base):
    """Who receives personal data (R27): carrier, payment partner, web host, platforms, tooling."""

    __tablename__ = "recipients"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    category: Mapped[str] = mapped_column(String(20))  # carrier | payment | hosting | social_media | tooling
    role: Mapped[str] = mapped_column(String(12))  # processor | controller
    country: Mapped[str] = mapped_column(String(2))
    agreement_date: Mapped[date | None] = mapped_column(Date)
    # none_needed (EU/EEA) | adequacy | dpf | scc_2021_914
    transfer_safeguard: Mapped[str] = mapped_column(String(20))
    dpf_checked_on: Mapped[date | None] = mapped_column(Date)


class Request(Versioned, Base):
    """A data-subject request (case). The workflow comes with the case issue; this is the table."""

    __tablename__ = "requests"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int | None] = mapped_column(
        ForeignKey("customers.id", ondelete="SET NULL"), index=True
    )
    channel: Mapped[str] = mapped_column(String(10))  # phone | email | letter | in_person
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)
    summary: Mapped[str | None] = mapped_column(Text)
    contact_details: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20), default="open")  # open | waiting | answered | closed
    outcome: Mapped[str | None] = mapped_column(String(20))
    staff_user_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id"))
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # R7: how identity was checked, by whom and when; never a copy of an ID document.
    identity_method: Mapped[str | None] = mapped_column(String(30))
    identity_verified_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    identity_verified_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
    # R3: the extension's reason and when and how the person was told.
    extension_reason: Mapped[str | None] = mapped_column(Text)
    extension_told_on: Mapped[date | None] = mapped_column(Date)
    # R4: waiting for the person (asked for information on, got it on).
    paused_from: Mapped[date | None] = mapped_column(Date)
    paused_until: Mapped[date | None] = mapped_column(Date)
    # R5: reasons for a (partial) refusal, and that the right to complain to the AP was told.
    outcome_reasons: Mapped[str | None] = mapped_column(Text)
    complaint_right_told: Mapped[bool] = mapped_column(default=False, server_default=false())

    rights: Mapped[list[RequestRight]] = relationship(
        cascade="all, delete-orphan", order_by="RequestRight.id"
    )


class RequestRight(Base):
    __tablename__ = "request_rights"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id", ondelete="CASCADE"), index=True)
    # access | rectification | erasure | restriction | objection | portability | marketing
    right: Mapped[str] = mapped_column(String(20))


class LegalHold(Base):
    """A hold (fraud, dispute) that blocks erasure and retention until lifted (R25)."""

    __tablename__ = "legal_holds"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), index=True)
    reason: Mapped[str] = mapped_column(Text)
    case_reference: Mapped[str] = mapped_column(String(60))
    placed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    review_on: Mapped[date] = mapped_column(Date)
    placed_by_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id"))
    lifted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    lifted_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))


class RetentionRuleRow(Versioned, Base):
    """The retention schedule (R23), one row per category; periods are settings the owner may change."""

    __tablename__ = "retention_rules"

    category: Mapped[str] = mapped_column(String(30), primary_key=True)
    trigger: Mapped[str] = mapped_column(String(30))
    period_months: Mapped[int]
    action: Mapped[str] = mapped_column(String(20))
    legal_basis: Mapped[str] = mapped_column(String(200))
    sort_order: Mapped[int] = mapped_column(default=0)
    # Issue 6: off unless the owner explicitly lets this rule run without the weekly review.
    automatic: Mapped[bool] = mapped_column(default=False, server_default=false())


class MarketingSuppression(Base):
    """An e-mail address that must never be re-added to marketing (R18), kept only as a salted hash.

    Written when a person who objected to marketing is erased; checked when an address is entered.
    """

    __tablename__ = "marketing_suppressions"

    id: Mapped[int] = mapped_column(primary_key=True)
    email_hash: Mapped[str] = mapped_column(String(64), unique=True)
    added_at: Mapped[datetime] = mapped_column(UTCDateTime)


class InstallationSecret(Base):
    """Secrets made once per database (the salt of the suppression hashes); never shown or exported."""

    __tablename__ = "installation_secrets"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(String(200))


class CaseEvent(Base):
    """The timeline of a case: intake, verification, extension, notes, outputs, answer, closing."""

    __tablename__ = "case_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id", ondelete="CASCADE"), index=True)
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime)
    kind: Mapped[str] = mapped_column(String(20))
    staff_user_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id"))
    note: Mapped[str | None] = mapped_column(Text)
    # Issue 12: random salts made with the row; the seals are in the audit entry written with it. The
    # note has its own, emptied with the note (R31), so its seal then tells nothing of what it said.
    seal_salt: Mapped[str | None] = mapped_column(String(64), default=new_salt)
    note_salt: Mapped[str | None] = mapped_column(String(64), default=new_salt)


class RecipientTask(Base):
    """R16: tell one recipient of a rectification, erasure or restriction done in a case."""

    __tablename__ = "recipient_tasks"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id", ondelete="CASCADE"), index=True)
    recipient_id: Mapped[int] = mapped_column(ForeignKey("recipients.id"))
    trigger: Mapped[str] = mapped_column(String(20))  # rectification | erasure | restriction
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    status: Mapped[str] = mapped_column(String(20), default="open")  # open | told | not_possible
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    closed_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
    # How they were told, or why telling them is impossible or disproportionate.
    note: Mapped[str | None] = mapped_column(Text)
    # What the recipient needs to find the person in their own system (order numbers, tracking codes,
    # payment references, the e-mail address or its hash), as JSON: it outlives an erasure so the owner
    # can still tell them, and is emptied when the task is closed (R16, R31).
    reference: Mapped[str | None] = mapped_column(Text)


class Holiday(Base):
    """A day on which no deadline falls (R2); seeded with the Atw list, editable by the owner."""

    __tablename__ = "holidays"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    name: Mapped[str] = mapped_column(String(60))
