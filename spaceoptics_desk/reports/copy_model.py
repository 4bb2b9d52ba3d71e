"""The plain data an access copy is made of (R9, R10), shared by the PDF, JSON and CSV writers.

The services fill it; the writers only turn it into a document. Values keep the stable codes of the
records (`Code`) so that each writer can put them into words in the copy's language and the JSON can
carry both. Column keys are the documented field names of the JSON and CSV (docs/access-copy-fields.md).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True)
class Code:
    """A stored code ("ideal", "delivered") that the writers explain in words; `kind` picks the word list."""

    kind: str
    value: str
    period_months: int | None = None  # fills "{period}" in the words (retention rules)


@dataclass(frozen=True)
class Money:
    cents: int


# A tuple holds several codes in one cell (the rights of one request).
Value = str | int | date | datetime | Code | Money | tuple[Code, ...] | None


@dataclass(frozen=True)
class Table:
    """One kind of record: a heading key, the column keys and the rows.

    Attributes:
        key: the section (texts.py has its heading and, for the PDF, an explanation).
        columns: field names, also the JSON keys and CSV field names.
        record: one record shown as field/value pairs (profile, portal account) instead of rows.
    """

    key: str
    columns: tuple[str, ...]
    rows: list[tuple[Value, ...]] = field(default_factory=list)
    record: bool = False


@dataclass(frozen=True)
class Controller:
    """The shop as controller (letterhead), from resources/policy/controller.json."""

    name: str
    street: str
    postcode: str
    city: str
    country_nl: str
    country_en: str
    email: str
    phones: tuple[str, ...]
    kvk: str
    vat: str
    website: str


@dataclass(frozen=True)
class Addressee:
    name: str
    company: str | None
    address_lines: tuple[str, ...]
    email: str | None


@dataclass(frozen=True)
class AccessCopy:
    """Everything in one customer's copy.

    Attributes:
        answers: the Art. 15 answers for this customer (R9), in order: purposes, categories, recipients,
            retention, sources, transfers.
        data: all records (R10), in order: profile, addresses, orders, ... earlier requests.
        automated_decisions: always "none" for this shop (R9(h)); a field so the JSON states it.
    """

    language: str
    created_on: date
    case_reference: str | None
    customer_number: str
    addressee: Addressee
    controller: Controller
    answers: list[Table]
    data: list[Table]
    automated_decisions: str = "none"

    def table(self, key: str) -> Table:
        for table in [*self.answers, *self.data]:
            if table.key == key:
                return table
        raise KeyError(key)
