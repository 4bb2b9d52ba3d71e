"""What a webshop import brings in, as plain data, whatever the source (issue 13).

Every reader (a WooCommerce order CSV, a Shopify customers export, the WooCommerce REST API, a CSV with
the owner's own column mapping) turns its input into these records, already normalised: names with the
Dutch prefix split off, phones in E.164 ("+31612345678"), Dutch postcodes as "4021HR", countries as ISO
codes, amounts in cents, moments in UTC. A row or record that cannot be read becomes a `RowProblem` with a
reason code and the field's name, never its value: problems end up in logs and reports (no personal data).

The importer (services/imports) decides what to do with the records: add, change, merge, skip or refuse.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum


class SourceKind(StrEnum):
    """The platform a record comes from. Its external ids are unique per platform: a WooCommerce order
    CSV and the WooCommerce REST API of the same shop name the same customer 42 and order 1234, so a
    later sync updates what a file import added."""

    WOOCOMMERCE = "woocommerce"
    SHOPIFY = "shopify"
    LIGHTSPEED = "lightspeed"
    MAPPED = "mapped"


class OrderStatus(StrEnum):
    """The order statuses the app knows; every platform's statuses map onto these."""

    OPEN = "open"
    PAID = "paid"
    SHIPPED = "shipped"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"
    REFUNDED = "refunded"


class Problem(StrEnum):
    """Why a row or record was not taken (the reason codes of the import report and `--json`)."""

    CANNOT_OPEN = "cannot_open"  # missing, a folder, or not readable
    NOT_A_TABLE = "not_a_table"  # the file is not a CSV (binary, or no header row)
    EMPTY_FILE = "empty_file"
    BROKEN_ENCODING = "broken_encoding"  # the text stops being the encoding its start was read in
    UNKNOWN_FORMAT = "unknown_format"  # the header fits no known export and no mapping was chosen
    MISSING_FIELD = "missing_field"  # a field the record needs is empty
    CELL_TOO_LONG = "cell_too_long"
    FORMULA_CELL = "formula_cell"  # a cell that a spreadsheet would run ("=HYPERLINK(...)")
    INVALID_EMAIL = "invalid_email"
    INVALID_PHONE = "invalid_phone"
    INVALID_POSTCODE = "invalid_postcode"
    INVALID_COUNTRY = "invalid_country"
    INVALID_HOUSE_NUMBER = "invalid_house_number"
    INVALID_DATE = "invalid_date"
    INVALID_AMOUNT = "invalid_amount"
    INVALID_QUANTITY = "invalid_quantity"  # not a whole number, or negative
    INVALID_STATUS = "invalid_status"
    INVALID_CHOICE = "invalid_choice"  # a yes/no cell (a consent checkbox) that says neither
    CONFLICTING_ORDER = "conflicting_order"  # the same order number twice with different contents
    UNKNOWN_CUSTOMER = "unknown_customer"  # an order names a customer the shop does not have
    BROKEN_RECORD = "broken_record"  # a REST record that is not the documented shape


@dataclass(frozen=True)
class RowProblem:
    """One row (1-based, counting data rows after the header) or record that was not taken.

    `field` names the column or JSON key that was wrong, never its content.
    """

    row: int
    reason: Problem
    field: str | None = None


@dataclass(frozen=True)
class IncomingAddress:
    kind: str  # billing | delivery
    street: str
    house_number: str  # digits only ("151"); the letter or addition is the suffix
    house_number_suffix: str
    postcode: str  # Dutch codes as "4021HR"; other countries as given, trimmed
    city: str
    country: str  # ISO 3166-1 alpha-2


@dataclass(frozen=True)
class IncomingPerson:
    """A customer as the source knows them.

    Attributes:
        external_id: the platform's customer id; None for a guest (matched by e-mail address).
        marketing_consent: True when the source records an opt-in (Shopify "Accepts Email Marketing",
            a checkbox the owner mapped), False when it records that there is none, None when the
            source says nothing (then nothing is recorded).
        consent_at: when the source says the opt-in was given (else the import's moment is used).
    """

    external_id: str | None
    email: str | None  # lower case
    first_name: str = ""
    name_prefix: str = ""
    last_name: str = ""
    company_name: str | None = None
    phone: str | None = None  # E.164 with the plus
    mobile: str | None = None
    vat_number: str | None = None
    kvk_number: str | None = None
    language: str | None = None
    addresses: tuple[IncomingAddress, ...] = ()
    created_at: datetime | None = None
    marketing_consent: bool | None = None
    consent_at: datetime | None = None


@dataclass(frozen=True)
class IncomingLine:
    product_code: str
    description: str
    quantity: int
    unit_price_cents: int
    vat_rate_percent: int | None = None


@dataclass(frozen=True)
class IncomingPayment:
    method: str  # ideal | creditcard | paypal | banktransfer | ... (the platform's code, lower case)
    reference: str | None  # the payment provider's transaction id
    paid_at: datetime | None
    amount_cents: int


@dataclass(frozen=True)
class IncomingOrder:
    """An order with the person who placed it (the billing details; a guest has no external id)."""

    order_number: str
    customer: IncomingPerson
    ordered_at: datetime
    status: OrderStatus
    total_cents: int
    currency: str = "EUR"
    lines: tuple[IncomingLine, ...] = ()
    payment: IncomingPayment | None = None
    refunded_cents: int = 0
    delivery_name: str | None = None
    delivery_address: str | None = None  # one line as the carrier received it
    modified_at: datetime | None = None  # the REST API's date_modified_gmt (the sync's high-water mark)


@dataclass(frozen=True)
class Read:
    """One record read from row (or REST record) `row`."""

    row: int
    record: IncomingPerson | IncomingOrder


ReadResult = Read | RowProblem


@dataclass
class ReaderSummary:
    """What a reader saw of its input as a whole (for the report), filled in while it reads."""

    format: str = ""
    rows: int = 0
    ignored_columns: list[str] = field(default_factory=list)


# WooCommerce's order statuses (REST `status` slugs; CSV exports write them as "wc-completed" or as the
# label "Completed"/"Voltooid"): what each means for the app.
WOOCOMMERCE_STATUSES = {
    "pending": OrderStatus.OPEN,  # waiting for payment
    "on-hold": OrderStatus.OPEN,  # waiting for a bank transfer
    "checkout-draft": OrderStatus.OPEN,
    "processing": OrderStatus.PAID,  # paid, not yet sent
    "completed": OrderStatus.SHIPPED,  # sent (WooCommerce does not know delivery)
    "cancelled": OrderStatus.CANCELLED,
    "failed": OrderStatus.CANCELLED,  # the payment failed: no sale
    "refunded": OrderStatus.REFUNDED,
}
_WOOCOMMERCE_LABELS = {
    "pending payment": "pending",
    "in afwachting van betaling": "pending",
    "on hold": "on-hold",
    "in de wacht": "on-hold",
    "processing": "processing",
    "in behandeling": "processing",
    "completed": "completed",
    "voltooid": "completed",
    "afgerond": "completed",
    "cancelled": "cancelled",
    "geannuleerd": "cancelled",
    "failed": "failed",
    "mislukt": "failed",
    "refunded": "refunded",
    "terugbetaald": "refunded",
    "draft": "checkout-draft",
}


def woocommerce_status(text: str) -> OrderStatus | None:
    """The app's status for a WooCommerce status slug, "wc-" slug or English/Dutch label; None if unknown."""
    value = " ".join(text.strip().lower().split())
    value = value.removeprefix("wc-")
    slug = value if value in WOOCOMMERCE_STATUSES else _WOOCOMMERCE_LABELS.get(value)
    return None if slug is None else WOOCOMMERCE_STATUSES[slug]


MAPPED_LINKS = "m-"


def mapped_links(mapping_name: str) -> str:
    """The link source of one saved column mapping: each mapped system has its own customer 1."""
    return MAPPED_LINKS + hashlib.sha256(mapping_name.encode()).hexdigest()[:12]


def platform_of(link_source: str) -> str:
    """The platform a link source names ("woocommerce"; "mapped" for any of the owner's mappings)."""
    return SourceKind.MAPPED.value if link_source.startswith(MAPPED_LINKS) else link_source


def link_key(source: str, external_id: str) -> str:
    """How a webshop id is named in the erasure journal (salted and hashed there): "woocommerce:42"."""
    return f"{source}:{external_id}"
