"""The audit log (who did what, never personal data) and the rectification trail (R13)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from spaceoptics_desk.domain.audit_chain import new_salt
from spaceoptics_desk.store.models.base import Base
from spaceoptics_desk.store.types import UTCDateTime


class AuditEntry(Base):
    """One user action. `details` is JSON of codes and counts only: no names, addresses or e-mails."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    staff_user_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id"))
    action: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int | None]
    details: Mapped[str | None] = mapped_column(Text)
    # Issue 12: the hash chain (domain/audit_chain.py). NULL only in a row written around the app.
    previous_hash: Mapped[str | None] = mapped_column(String(64))
    entry_hash: Mapped[str | None] = mapped_column(String(64))


class Rectification(Base):
    """A corrected field with old and new value (R13). Personal data: erased with the customer."""

    __tablename__ = "rectifications"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    field: Mapped[str] = mapped_column(String(40))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    staff_user_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id"))
    request_id: Mapped[int | None] = mapped_column(ForeignKey("requests.id", ondelete="SET NULL"))
    # Issue 13: where the new value came from when not typed at the desk ("import:woocommerce").
    source: Mapped[str | None] = mapped_column(String(40))
    # Issue 12: random, made with the row; its seal is in the audit entry written with it.
    seal_salt: Mapped[str | None] = mapped_column(String(64), default=new_salt)

    __table_args__ = (Index("ix_rectifications_customer", "customer_id", "changed_at"),)
