"""What a correction of a customer's details is (R13), as plain data: the screens and the command line
build it, services/rectification.py checks and applies it."""

from __future__ import annotations

from dataclasses import dataclass

CUSTOMER_FIELDS = ("first_name", "name_prefix", "last_name", "company_name", "email", "phone", "mobile")
ADDRESS_FIELDS = ("street", "house_number", "house_number_suffix", "postcode", "city", "country")


@dataclass(frozen=True)
class FieldEdit:
    """One corrected field. `seen` is the value the user saw: if it changed meanwhile, nothing is saved."""

    field: str
    seen: str | None
    new: str | None
    address_id: int | None = None
