"""Where imported records came from (issue 13): links to the webshop's ids, the sources and mappings.

A customer keeps the webshop's customer id and an order the webshop's order number, per platform, so a
later export or sync of the same shop updates what was imported instead of adding it again.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column

from spaceoptics_desk.store.models.base import Base
from spaceoptics_desk.store.types import UTCDateTime


class CustomerLink(Base):
    """A customer's id at a webshop platform (personal data: it identifies the person there).

    Deleted with the customer; an erasure first writes its salted hash to the erasure journal, so a later
    import of the same webshop customer is refused (R18, R32).
    """

    __tablename__ = "customer_links"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), index=True)
    source: Mapped[str] = mapped_column(String(20))  # domain.incoming.SourceKind
    external_id: Mapped[str] = mapped_column(String(64))

    __table_args__ = (UniqueConstraint("source", "external_id"),)


class OrderLink(Base):
    """An order's number at a webshop platform. It stays with the (anonymised) order after an erasure,
    like the order number itself (fiscal record, R14)."""

    __tablename__ = "order_links"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), unique=True)
    source: Mapped[str] = mapped_column(String(20))
    external_id: Mapped[str] = mapped_column(String(64))
    # The import run that last wrote the order: the same number twice in one run with other contents is a
    # conflict, from an earlier run an update (no set of all numbers kept in memory).
    import_run: Mapped[str] = mapped_column(String(32))

    __table_args__ = (UniqueConstraint("source", "external_id"),)


class ImportSource(Base):
    """A webshop the owner set up for sync, with its high-water mark and its last result (no personal
    data; the key and secret are not here, see services/imports/woocommerce/credentials.py)."""

    __tablename__ = "import_sources"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    url: Mapped[str | None] = mapped_column(String(300))
    # Records modified up to this moment are in; the next sync asks for what changed after it.
    high_water_mark: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_run_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The last run's counts (JSON, as the report), or its failure's reason code.
    last_result: Mapped[str | None] = mapped_column(Text)
    # R21: record a soft opt-in (Tw 11.7) for buyers from this source; off unless the owner enables it.
    soft_opt_in: Mapped[bool] = mapped_column(default=False, server_default=false())
    # JSON {meta key: "marketing_consent"}: the webshop's own checkbox fields the owner mapped (R19).
    consent_fields: Mapped[str | None] = mapped_column(Text)


class ImportMapping(Base):
    """The owner's column mapping for a CSV of another system, saved by name (JSON; no personal data)."""

    __tablename__ = "import_mappings"

    name: Mapped[str] = mapped_column(String(60), primary_key=True)
    definition: Mapped[str] = mapped_column(Text)
    saved_at: Mapped[datetime] = mapped_column(UTCDateTime)
