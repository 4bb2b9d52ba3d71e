"""Lightspeed eCom's customer export (Tools > Exports > Customers) (issue 13).

The labels are Lightspeed's own ("Customer column titles" in its eCom help): `Internal ID`,
`Registered`, `Language`, `Firstname`, `LastnamePreposition`, `Lastname`, `E-Mail`, `Phone`, `Mobile`,
`Customer type`, `Company`, `Coc number`, `Vat number`, `Attn`, `Streetname`, `Address 2`, `Number`,
`Extension`, `Zipcode`, `City`, `Region`, `Country`, and the same with `Shipping ` before them.

- The Dutch prefix arrives apart (`LastnamePreposition` "van der"): taken as it is, not split again.
- The house number and its addition arrive apart (`Number` 12, `Extension` "A" or "bis"); a number
  field that carries its addition itself ("12a") is split too.
- `Internal ID` is the external id; `Coc number` the KvK number; `Registered`, when it holds a moment,
  the account's creation (a yes/no there says only whether an account exists and gives no date).
- Marketing consent only from a newsletter column when the export has one (`Newsletter`); Lightspeed's
  documented customer export has none, so normally nothing is recorded (R19).
- Not taken: `Attn` and `Shipping Attn` (a contact name per address), `Address 2`, `Region`,
  `Customer type`, the customer groups, date of birth and gender (no purpose in the app: AVG 5(1)(c)).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime

from spaceoptics_desk.domain.incoming import IncomingPerson, ReaderSummary, ReadResult
from spaceoptics_desk.domain.incoming_values import (
    checkbox,
    email_address,
    person_name,
    phone_number,
    utc_moment,
)
from spaceoptics_desk.services.imports.readers.addresses import AddressFields, read_address, same_place
from spaceoptics_desk.services.imports.readers.cells import Cells, Columns
from spaceoptics_desk.services.imports.readers.csv_table import TableRow
from spaceoptics_desk.services.imports.readers.formats import FormatName
from spaceoptics_desk.services.imports.readers.person_rows import read_people, require_identity

_COLUMNS: dict[str, list[str]] = {
    "external_id": ["Internal ID", "Id"],
    "registered": ["Registered"],
    "language": ["Language"],
    "first_name": ["Firstname"],
    "prefix": ["LastnamePreposition", "Middlename"],
    "last_name": ["Lastname"],
    "email": ["E-Mail", "Email"],
    "phone": ["Phone"],
    "mobile": ["Mobile"],
    "company": ["Company"],
    "kvk_number": ["Coc number"],
    "vat_number": ["Vat number"],
    "newsletter": ["Newsletter"],
    "street": ["Streetname"],
    "number": ["Number"],
    "extension": ["Extension"],
    "postcode": ["Zipcode"],
    "city": ["City"],
    "country": ["Country"],
    "shipping_street": ["Shipping Streetname"],
    "shipping_number": ["Shipping Number"],
    "shipping_extension": ["Shipping Extension"],
    "shipping_postcode": ["Shipping Zipcode"],
    "shipping_city": ["Shipping City"],
    "shipping_country": ["Shipping Country"],
}
_BILLING = AddressFields(
    street="street", number="number", extension="extension", postcode="postcode", city="city",
    country="country",
)  # fmt: skip
_SHIPPING = AddressFields(
    street="shipping_street", number="shipping_number", extension="shipping_extension",
    postcode="shipping_postcode", city="shipping_city", country="shipping_country",
)  # fmt: skip
_FLAGS = frozenset({"yes", "no", "ja", "nee", "true", "false", "0", "1"})


def read_lightspeed_customers(
    labels: Sequence[str], rows: Iterable[TableRow], summary: ReaderSummary
) -> Iterator[ReadResult]:
    """IncomingPersons from Lightspeed eCom's customer export."""
    columns = Columns(labels, _COLUMNS)
    summary.format = FormatName.LIGHTSPEED_CUSTOMERS.value
    summary.ignored_columns = columns.ignored()
    return read_people(rows, columns, summary, _customer)


def _customer(cells: Cells) -> IncomingPerson:
    billing = read_address(cells, "billing", _BILLING)
    shipping = read_address(cells, "delivery", _SHIPPING)
    country = billing.country if billing else "NL"
    first, prefix, last = person_name(cells.text("first_name"), cells.text("last_name"), cells.text("prefix"))
    delivery = None if shipping is None or same_place(shipping, billing) else shipping
    person = IncomingPerson(
        external_id=cells.text("external_id") or None,
        email=cells.value("email", email_address),
        first_name=first,
        name_prefix=prefix,
        last_name=last,
        company_name=cells.text("company") or None,
        phone=cells.value("phone", lambda text: phone_number(text, country)),
        mobile=cells.value("mobile", lambda text: phone_number(text, country)),
        vat_number=cells.text("vat_number").replace(" ", "").upper() or None,
        kvk_number=cells.text("kvk_number").replace(" ", "") or None,
        language=cells.text("language").lower()[:5] or None,
        addresses=tuple(address for address in (billing, delivery) if address is not None),
        created_at=cells.optional("registered", _registered),
        marketing_consent=cells.optional("newsletter", checkbox),
    )
    return require_identity(cells, person, "email")


def _registered(text: str) -> datetime | None:
    """`Registered` as a moment (shop time); a yes/no flag there gives no moment."""
    if text.strip().lower() in _FLAGS:
        return None
    return utc_moment(text)
