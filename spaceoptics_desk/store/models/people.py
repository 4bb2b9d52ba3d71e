"""People: staff at the desk, customers, their addresses, portal accounts and service contacts."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from spaceoptics_desk.store.models.base import Base, Versioned
from spaceoptics_desk.store.types import UTCDateTime


class StaffUser(Base):
    __tablename__ = "staff_users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(40), unique=True)
    display_name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(20))  # owner | staff
    active: Mapped[bool] = mapped_column(default=True)
    # On a server only: the argon2id hash of their password (a SQLite file keeps key slots instead).
    password_hash: Mapped[str | None] = mapped_column(String(200), default=None)


class Customer(Versioned, Base):
    __tablename__ = "customers"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_number: Mapped[str] = mapped_column(String(20), unique=True)
    kind: Mapped[str] = mapped_column(String(10))  # private | business
    first_name: Mapped[str] = mapped_column(String(200), default="")
    name_prefix: Mapped[str] = mapped_column(String(40), default="")
    last_name: Mapped[str] = mapped_column(String(200), default="")
    company_name: Mapped[str | None] = mapped_column(String(200))
    vat_number: Mapped[str | None] = mapped_column(String(30))
    kvk_number: Mapped[str | None] = mapped_column(String(20))
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(40))
    mobile: Mapped[str | None] = mapped_column(String(40))
    language: Mapped[str] = mapped_column(String(5), default="nl")
    source: Mapped[str] = mapped_column(String(20))  # webshop | phone | counter | import
    notes: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # R15: set while processing is restricted; the restriction's history lives in its case.
    restricted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    addresses: Mapped[list[Address]] = relationship(
        back_populates="customer", cascade="all, delete-orphan", order_by="Address.id"
    )
    portal_account: Mapped[PortalAccount | None] = relationship(
        back_populates="customer", cascade="all, delete-orphan"
    )

    __table_args__ = (Index("ix_customers_email", "email"),)


class Address(Versioned, Base):
    __tablename__ = "addresses"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(10))  # billing | delivery
    street: Mapped[str] = mapped_column(String(200))
    house_number: Mapped[str] = mapped_column(String(10))
    house_number_suffix: Mapped[str] = mapped_column(String(10), default="")
    postcode: Mapped[str] = mapped_column(String(12))  # Dutch codes normalised: "4021HR"
    city: Mapped[str] = mapped_column(String(100))
    country: Mapped[str] = mapped_column(String(2), default="NL")

    customer: Mapped[Customer] = relationship(back_populates="addresses")


class PortalAccount(Base):
    __tablename__ = "portal_accounts"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), unique=True)
    login_name: Mapped[str] = mapped_column(String(254))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    customer: Mapped[Customer] = relationship(back_populates="portal_account")


class ServiceContact(Base):
    """A customer-service contact or a piece of feedback (policy: "Contact met onze klantenservice")."""

    __tablename__ = "service_contacts"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(10))  # contact | feedback
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime)
    channel: Mapped[str] = mapped_column(String(10))  # phone | email | counter | letter | web
    subject: Mapped[str] = mapped_column(String(200))
    summary: Mapped[str | None] = mapped_column(Text)
    staff_user_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
