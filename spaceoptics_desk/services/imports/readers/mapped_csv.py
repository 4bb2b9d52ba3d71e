"""Any other CSV, read through a column mapping the owner makes once in the app (issue 13).

The mapping dialog shows `preview()` (the header and the first rows), the owner picks a `Target` per
column, and the importer saves the `ColumnMapping` by name (`to_json`/`from_json`) to reuse it for the
next file of the same kind. A mapping is checked before any row is read (`ColumnMapping.check`): it
must say who a row is about (an e-mail address, the webshop's customer number or a name), and a mapping
with order columns needs the order number, the order date and the total.

Rows become IncomingPersons, or IncomingOrders (with their customer) when an order number is mapped;
an order's line-item rows are grouped as for the webshop exports (order_rows.py). Values go through
the same normalisers: names with the prefix split off, E.164 phones, Dutch postcodes, ISO countries
(an empty or unmapped country is NL), cents, moments in shop time stored in UTC. Marketing consent is
recorded only when the owner mapped a consent column: ja/yes/1/true/x is an opt-in, nee/no/0/false or
empty is none (R19); anything else refuses the row (INVALID_CHOICE) rather than guessing. An order's
status is read as the app's own words, WooCommerce's, or Dutch ones ("betaald", "verzonden"); without a
status column an order is "open" (nothing is presumed about payment or delivery).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from itertools import islice
from pathlib import Path

from spaceoptics_desk.domain.incoming import (
    IncomingLine,
    IncomingOrder,
    IncomingPerson,
    OrderStatus,
    Problem,
    ReaderSummary,
    ReadResult,
    woocommerce_status,
)
from spaceoptics_desk.domain.incoming_values import (
    BadValue,
    cents,
    checkbox,
    email_address,
    full_name,
    person_name,
    phone_number,
    quantity,
    utc_moment,
)
from spaceoptics_desk.errors import QT_TRANSLATE_NOOP
from spaceoptics_desk.services.errors import InvalidInput
from spaceoptics_desk.services.imports.readers.addresses import AddressFields, read_address
from spaceoptics_desk.services.imports.readers.cells import Cells, Columns
from spaceoptics_desk.services.imports.readers.csv_table import TableRow, open_table
from spaceoptics_desk.services.imports.readers.formats import FormatName
from spaceoptics_desk.services.imports.readers.order_rows import read_orders
from spaceoptics_desk.services.imports.readers.person_rows import read_people, require_identity


class Target(StrEnum):
    """What a column holds, as the owner picks it in the mapping dialog."""

    EXTERNAL_ID = "external_id"
    EMAIL = "email"
    FIRST_NAME = "first_name"
    NAME_PREFIX = "name_prefix"
    LAST_NAME = "last_name"
    FULL_NAME = "full_name"
    COMPANY_NAME = "company_name"
    PHONE = "phone"
    MOBILE = "mobile"
    STREET = "street"
    STREET_AND_NUMBER = "street_and_number"
    HOUSE_NUMBER = "house_number"
    HOUSE_NUMBER_SUFFIX = "house_number_suffix"
    POSTCODE = "postcode"
    CITY = "city"
    COUNTRY = "country"
    VAT_NUMBER = "vat_number"
    KVK_NUMBER = "kvk_number"
    CREATED_AT = "created_at"
    MARKETING_CONSENT = "marketing_consent"
    ORDER_NUMBER = "order_number"
    ORDERED_AT = "ordered_at"
    STATUS = "status"
    TOTAL = "total"
    PRODUCT_CODE = "product_code"
    DESCRIPTION = "description"
    QUANTITY = "quantity"
    UNIT_PRICE = "unit_price"
    IGNORE = "ignore"


PERSON_TARGETS = frozenset({Target.EMAIL, Target.EXTERNAL_ID, Target.LAST_NAME, Target.FULL_NAME})
ORDER_TARGETS = frozenset(
    {
        Target.ORDER_NUMBER,
        Target.ORDERED_AT,
        Target.STATUS,
        Target.TOTAL,
        Target.PRODUCT_CODE,
        Target.DESCRIPTION,
        Target.QUANTITY,
        Target.UNIT_PRICE,
    }
)
REQUIRED_FOR_ORDERS = (Target.ORDER_NUMBER, Target.ORDERED_AT, Target.TOTAL)

NEEDS_NAME = QT_TRANSLATE_NOOP(
    "errors", "Give the column mapping a name, so it can be chosen again next time."
)
NEEDS_PERSON = QT_TRANSLATE_NOOP(
    "errors",
    "A column mapping needs a column that says who a row is about: the e-mail address, the customer "
    "number in the webshop or the name.",
)
NEEDS_ORDER = QT_TRANSLATE_NOOP(
    "errors",
    "A column mapping with order columns needs the order number, the order date and the order's total.",
)
MAPPED_TWICE = QT_TRANSLATE_NOOP(
    "errors", "Two columns are mapped to the same field ({target}); keep one of them."
)
STREET_TWICE = QT_TRANSLATE_NOOP(
    "errors",
    "Map the street either with its house number in one column, or street and house number apart, not both.",
)
MISSING_COLUMN = QT_TRANSLATE_NOOP(
    "errors",
    "The file has no column '{column}', which the column mapping '{mapping}' uses. Choose another "
    "mapping or adjust this one.",
)
BROKEN_MAPPING = QT_TRANSLATE_NOOP("errors", "The saved column mapping cannot be read; make it again.")


class MappingRefused(InvalidInput):
    """A column mapping that cannot be used as it is; the message says what to change."""


@dataclass(frozen=True)
class ColumnMapping:
    """The owner's mapping of a CSV file's columns (by header label) to what they hold.

    Attributes:
        name: how the owner calls it ("Kassa-export"), to choose it again.
        targets: per column label, its Target; labels not named here are ignored.
    """

    name: str
    targets: Mapping[str, Target] = field(default_factory=dict)

    def to_json(self) -> str:
        columns = {label: target.value for label, target in self.targets.items()}
        return json.dumps({"version": 1, "name": self.name, "columns": columns}, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> ColumnMapping:
        """The mapping `to_json` wrote; raises MappingRefused for anything else."""
        try:
            data = json.loads(text)
            columns = data["columns"]
            name = data["name"]
            if not isinstance(name, str) or not isinstance(columns, dict):
                raise TypeError("name or columns")
            targets = {str(label): Target(value) for label, value in columns.items()}
        except (ValueError, KeyError, TypeError):
            raise MappingRefused(BROKEN_MAPPING) from None
        return cls(name=name, targets=targets)

    def used(self) -> dict[Target, str]:
        """Each mapped target with its column label (ignored columns left out)."""
        return {target: label for label, target in self.targets.items() if target != Target.IGNORE}

    def reads_orders(self) -> bool:
        return any(target in ORDER_TARGETS for target in self.targets.values())

    def check(self, labels: Sequence[str] | None = None) -> None:
        """Raises MappingRefused when the mapping cannot be used (for a file with these `labels`)."""
        if not self.name.strip():
            raise MappingRefused(NEEDS_NAME)
        seen: set[Target] = set()
        for target in self.targets.values():
            if target != Target.IGNORE and target in seen:
                raise MappingRefused(MAPPED_TWICE, target=target.value)
            seen.add(target)
        if not seen & PERSON_TARGETS:
            raise MappingRefused(NEEDS_PERSON)
        if Target.STREET_AND_NUMBER in seen and seen & {Target.STREET, Target.HOUSE_NUMBER}:
            raise MappingRefused(STREET_TWICE)
        if self.reads_orders() and not all(target in seen for target in REQUIRED_FOR_ORDERS):
            raise MappingRefused(NEEDS_ORDER)
        if labels is not None:
            present = set(labels)
            for label in self.used().values():
                if label not in present:
                    raise MappingRefused(MISSING_COLUMN, column=label, mapping=self.name)


@dataclass(frozen=True)
class Preview:
    """What the mapping dialog shows: the header and the first rows (cells shortened for the screen)."""

    labels: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    encoding: str
    delimiter: str


PREVIEW_CELL = 200


def preview(path: Path | str, rows: int = 5) -> Preview:
    """The header and the first `rows` data rows of a CSV file; raises UnreadableFile like read_file."""
    table = open_table(path)
    shown: list[tuple[str, ...]] = []
    stream = table.rows()
    try:
        for row in islice(stream, rows):
            shown.append(tuple(_shortened(row.cells.get(label, "")) for label in table.labels))
    finally:
        stream.close()  # let go of the file: the dialog may stay open for long
    return Preview(labels=table.labels, rows=tuple(shown), encoding=table.encoding, delimiter=table.delimiter)


def _shortened(text: str) -> str:
    return text if len(text) <= PREVIEW_CELL else text[: PREVIEW_CELL - 1] + "…"


_ADDRESS = AddressFields(
    line=Target.STREET_AND_NUMBER.value,
    street=Target.STREET.value,
    number=Target.HOUSE_NUMBER.value,
    extension=Target.HOUSE_NUMBER_SUFFIX.value,
    postcode=Target.POSTCODE.value,
    city=Target.CITY.value,
    country=Target.COUNTRY.value,
)
_STREET_APART = AddressFields(
    street=Target.STREET.value,
    number=Target.HOUSE_NUMBER.value,
    extension=Target.HOUSE_NUMBER_SUFFIX.value,
    postcode=Target.POSTCODE.value,
    city=Target.CITY.value,
    country=Target.COUNTRY.value,
)
# Order statuses as the owner's own system may write them, beyond the app's and WooCommerce's words.
_DUTCH_STATUSES = {
    "nieuw": OrderStatus.OPEN,
    "open": OrderStatus.OPEN,
    "openstaand": OrderStatus.OPEN,
    "betaald": OrderStatus.PAID,
    "verzonden": OrderStatus.SHIPPED,
    "verstuurd": OrderStatus.SHIPPED,
    "geleverd": OrderStatus.DELIVERED,
    "bezorgd": OrderStatus.DELIVERED,
    "afgeleverd": OrderStatus.DELIVERED,
}


def read_mapped(
    mapping: ColumnMapping, labels: Sequence[str], rows: Iterable[TableRow], summary: ReaderSummary
) -> Iterator[ReadResult]:
    """IncomingPersons (or IncomingOrders when an order number is mapped) through `mapping`.

    Raises MappingRefused before reading when the mapping does not fit `labels`.
    """
    mapping.check(labels)
    columns = Columns(labels, {target.value: [label] for target, label in mapping.used().items()})
    summary.format = FormatName.MAPPED.value
    summary.ignored_columns = columns.ignored()
    if not mapping.reads_orders():
        return read_people(rows, columns, summary, _person)
    return read_orders(rows, columns, summary, _order_head, _line)


def _person(cells: Cells) -> IncomingPerson:
    fields = _ADDRESS if cells.columns.has(Target.STREET_AND_NUMBER.value) else _STREET_APART
    address = read_address(cells, "billing", fields)
    country = address.country if address else "NL"
    if cells.columns.has(Target.FULL_NAME.value) and not cells.columns.has(Target.LAST_NAME.value):
        first, prefix, last = full_name(cells.text(Target.FULL_NAME.value))
    else:
        first, prefix, last = person_name(
            cells.text(Target.FIRST_NAME.value),
            cells.text(Target.LAST_NAME.value),
            cells.text(Target.NAME_PREFIX.value),
        )
    consent = (
        cells.value(Target.MARKETING_CONSENT.value, checkbox)
        if cells.columns.has(Target.MARKETING_CONSENT.value)
        else None
    )
    person = IncomingPerson(
        external_id=cells.text(Target.EXTERNAL_ID.value) or None,
        email=cells.value(Target.EMAIL.value, email_address),
        first_name=first,
        name_prefix=prefix,
        last_name=last,
        company_name=cells.text(Target.COMPANY_NAME.value) or None,
        phone=cells.value(Target.PHONE.value, lambda text: phone_number(text, country)),
        mobile=cells.value(Target.MOBILE.value, lambda text: phone_number(text, country)),
        vat_number=cells.text(Target.VAT_NUMBER.value).replace(" ", "").upper() or None,
        kvk_number=cells.text(Target.KVK_NUMBER.value).replace(" ", "") or None,
        addresses=() if address is None else (address,),
        created_at=cells.optional(Target.CREATED_AT.value, utc_moment),
        marketing_consent=consent,
    )
    first_identity = next(
        (t.value for t in (Target.EMAIL, Target.EXTERNAL_ID, Target.LAST_NAME) if cells.columns.has(t.value)),
        Target.FULL_NAME.value,
    )
    return require_identity(cells, person, first_identity)


def mapped_status(text: str) -> OrderStatus:
    """An order status in the app's words ("paid"), WooCommerce's ("Voltooid") or Dutch ("betaald")."""
    value = " ".join(text.strip().lower().split())
    if not value:
        return OrderStatus.OPEN
    for status in OrderStatus:
        if value == status.value:
            return status
    known = woocommerce_status(value) or _DUTCH_STATUSES.get(value)
    if known is None:
        raise BadValue(Problem.INVALID_STATUS)
    return known


def _order_head(cells: Cells, lines: tuple[IncomingLine, ...]) -> IncomingOrder:
    number = cells.required(Target.ORDER_NUMBER.value)
    cells.required(Target.ORDERED_AT.value)
    ordered_at = cells.value(Target.ORDERED_AT.value, utc_moment)
    cells.required(Target.TOTAL.value)
    total = cells.value(Target.TOTAL.value, cents)
    status = cells.value(Target.STATUS.value, mapped_status)
    return IncomingOrder(number, _person(cells), ordered_at, status, total, lines=lines)


def _line(cells: Cells) -> IncomingLine | None:
    code = cells.text(Target.PRODUCT_CODE.value)
    description = cells.text(Target.DESCRIPTION.value)
    if not (code or description):
        return None
    count = cells.value(Target.QUANTITY.value, quantity) if cells.columns.has(Target.QUANTITY.value) else 1
    price = cells.optional(Target.UNIT_PRICE.value, cents) or 0
    return IncomingLine(product_code=code, description=description, quantity=count, unit_price_cents=price)
