"""Addresses as the exports write them: a street line, or street, number and extension apart (issue 13).

WooCommerce and Shopify give a street line ("Dorpsstraat 151", "Kerkweg 3 bis") and a second line;
Dutch shops often put the house number in the second line, so when the first line holds no number the
two are read together. Lightspeed gives `Streetname`, `Number` and `Extension` apart. The second line
is otherwise not kept: the app's address has street, number and suffix (a floor or "bus 3" is lost,
which the carrier's copy in the order's delivery line still shows).
"""

from __future__ import annotations

from dataclasses import dataclass

from spaceoptics_desk.domain.incoming import IncomingAddress
from spaceoptics_desk.domain.incoming_values import country_code, house_number, postcode, street_and_number
from spaceoptics_desk.domain.postcodes import display_postcode
from spaceoptics_desk.services.imports.readers.cells import Cells


@dataclass(frozen=True)
class AddressFields:
    """The field names (see cells.Columns) of one address in a reader's column table."""

    postcode: str
    city: str
    country: str
    line: str | None = None  # street and number in one line (with `line_2` when given)
    line_2: str | None = None
    street: str | None = None  # street, number and extension apart (Lightspeed)
    number: str | None = None
    extension: str | None = None


def read_address(
    cells: Cells, kind: str, fields: AddressFields, default_country: str = "NL"
) -> IncomingAddress | None:
    """The address in these cells, or None when they are all empty. Raises CellProblem for a bad cell."""
    country = cells.value(fields.country, lambda text: country_code(text, default_country))
    city = cells.text(fields.city)
    code = cells.value(fields.postcode, lambda text: postcode(text, country))
    if fields.line is not None:
        # A line break typed into the cell (Excel's Alt+Enter) starts the second line.
        line, _, rest = cells.text(fields.line).partition("\n")
        street, number, suffix = street_and_number(line)
        second = (cells.text(fields.line_2) if fields.line_2 else "") or rest.strip()
        if line and not number and second:
            street, number, suffix = street_and_number(f"{line} {second}")
    else:
        street = cells.text(fields.street) if fields.street else ""
        number_text = cells.text(fields.number) if fields.number else ""
        extension = cells.text(fields.extension) if fields.extension else ""
        if number_text:
            number, suffix = cells.value(fields.number or "", lambda text: house_number(text, extension))
        else:
            # No number of its own: the street field may hold it ("Dorpsstraat 151"), as abroad.
            street, number, suffix = street_and_number(street)
            suffix = " ".join(part for part in (suffix, extension) if part)
    if not (street or number or code or city):
        return None
    return IncomingAddress(
        kind=kind,
        street=street,
        house_number=number,
        house_number_suffix=suffix,
        postcode=code,
        city=city,
        country=country,
    )


def one_line(address: IncomingAddress) -> str:
    """The address as a carrier's label line: "Dorpsstraat 151A, 4021 HR Maurik, NL"."""
    number = address.house_number + (
        ("-" if address.house_number_suffix[:1].isdigit() else "") + address.house_number_suffix
        if address.house_number_suffix
        else ""
    )
    street = " ".join(part for part in (address.street, number) if part)
    code = display_postcode(address.postcode) if address.country == "NL" else address.postcode
    place = " ".join(part for part in (code, address.city) if part)
    return ", ".join(part for part in (street, place, address.country) if part)


def same_place(address: IncomingAddress, other: IncomingAddress | None) -> bool:
    """Whether a delivery address is the billing one again (then it is not a second address)."""
    if other is None:
        return False
    fields = ("street", "house_number", "house_number_suffix", "postcode", "country")
    return all(getattr(address, name) == getattr(other, name) for name in fields)
