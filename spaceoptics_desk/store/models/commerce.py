"""Orders with their lines, invoices, payments, shipments, and returns & repairs."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from spaceoptics_desk.store.models.base import Base
from spaceoptics_desk.store.types import UTCDateTime


class Order(Base):
    __tablename__ = "orders"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_number: Mapped[str] = mapped_column(String(20), unique=True)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id", ondelete="SET NULL"))
    ordered_at: Mapped[datetime] = mapped_column(UTCDateTime)
    channel: Mapped[str] = mapped_column(String(10))  # webshop | phone | counter
    status: Mapped[str] = mapped_column(String(12))  # open | paid | shipped | delivered | cancelled
    total_cents: Mapped[int]
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    # Snapshot of where it went: the carrier received exactly this (R16).
    delivery_name: Mapped[str | None] = mapped_column(String(200))
    delivery_address: Mapped[str | None] = mapped_column(String(400))

    lines: Mapped[list[OrderLine]] = relationship(cascade="all, delete-orphan", order_by="OrderLine.id")
    invoices: Mapped[list[Invoice]] = relationship(cascade="all, delete-orphan", order_by="Invoice.id")
    payments: Mapped[list[Payment]] = relationship(cascade="all, delete-orphan", order_by="Payment.id")
    shipments: Mapped[list[Shipment]] = relationship(cascade="all, delete-orphan", order_by="Shipment.id")

    __table_args__ = (Index("ix_orders_customer_ordered", "customer_id", "ordered_at"),)


class OrderLine(Base):
    __tablename__ = "order_lines"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    product_code: Mapped[str] = mapped_column(String(40))
    description: Mapped[str] = mapped_column(String(200))
    quantity: Mapped[int]
    unit_price_cents: Mapped[int]
    vat_rate_percent: Mapped[int]


class Invoice(Base):
    __tablename__ = "invoices"

    id: Mapped[int] = mapped_column(primary_key=True)
    invoice_number: Mapped[str] = mapped_column(String(20), unique=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    issued_on: Mapped[date] = mapped_column(Date)
    total_cents: Mapped[int]
    vat_cents: Mapped[int]
    # Tax law wants the buyer's name and address on the invoice (AWR 52; anonymised after 7 years).
    billing_name: Mapped[str | None] = mapped_column(String(200))
    billing_address: Mapped[str | None] = mapped_column(String(400))
    vat_number: Mapped[str | None] = mapped_column(String(30))


class Payment(Base):
    __tablename__ = "payments"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    paid_at: Mapped[datetime] = mapped_column(UTCDateTime)
    amount_cents: Mapped[int]
    method: Mapped[str] = mapped_column(String(20))  # ideal | creditcard | paypal | banktransfer | pin | cash
    provider_id: Mapped[int | None] = mapped_column(ForeignKey("recipients.id"))
    provider_reference: Mapped[str | None] = mapped_column(String(60))
    account_holder: Mapped[str | None] = mapped_column(String(200))
    iban_last4: Mapped[str | None] = mapped_column(String(4))


class Shipment(Base):
    __tablename__ = "shipments"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    carrier_id: Mapped[int] = mapped_column(ForeignKey("recipients.id"))
    tracking_code: Mapped[str | None] = mapped_column(String(60))
    shipped_at: Mapped[datetime] = mapped_column(UTCDateTime)
    delivered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class ReturnRepair(Base):
    __tablename__ = "returns_repairs"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), index=True)
    order_id: Mapped[int | None] = mapped_column(ForeignKey("orders.id", ondelete="SET NULL"))
    kind: Mapped[str] = mapped_column(String(10))  # return | repair
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    status: Mapped[str] = mapped_column(String(12))  # open | in_progress | closed
    description: Mapped[str | None] = mapped_column(Text)
