"""Turning the values a webshop export holds into the forms the app stores (issue 13).

Webshops write the same thing many ways: "06-12345678" and "'+31 6 1234 5678", "4021 hr", "Nederland"
and "NL", "1.234,56" and "1234.56", "2024-03-05T14:22:10" (shop time) and "2024-03-05 14:22:10 +0100".
Each function here returns the stored form or raises `BadValue` with the reason code; it never puts the
value itself in the exception (the message reaches logs and reports).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, tzinfo
from decimal import Decimal, InvalidOperation

from spaceoptics_desk.domain.clock import AMSTERDAM
from spaceoptics_desk.domain.folding import fold
from spaceoptics_desk.domain.incoming import Problem
from spaceoptics_desk.domain.names import split_prefix
from spaceoptics_desk.domain.phones import phone_key
from spaceoptics_desk.domain.postcodes import normalise_postcode

# The longest cell the app takes: the longest stored text is 400 characters (a delivery address line).
LONGEST_CELL = 1000
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_AMOUNT = re.compile(r"^-?\d+(?:[.,]\d+)?$", re.ASCII)
_STREET_NUMBER = re.compile(
    r"^(?P<street>.*?\D)\s*(?P<number>[1-9]\d{0,4})\s*[-/ ]?\s*"
    r"(?P<suffix>[A-Za-z0-9]{0,6}(?:\s?(?:bis|hs|rd|bg|zw|boven|beneden))?)\s*$",
)
_HOUSE_NUMBER = re.compile(r"^\s*(?P<number>[1-9]\d{0,4})\s*[-/ ]?\s*(?P<suffix>[A-Za-z0-9 ]{0,10}?)\s*$")
_PHONE_CHARACTERS = re.compile(r"^\+?[\d\s\-().\/]+$", re.ASCII)


class BadValue(ValueError):
    """A value that cannot be stored; `reason` says why (never the value)."""

    def __init__(self, reason: Problem) -> None:
        super().__init__(reason.value)
        self.reason = reason


def cell_text(value: str) -> str:
    """A cell as text, trimmed; refuses what a spreadsheet would run and what no field can hold.

    Shopify writes phone numbers and codes with a leading apostrophe ("'+31...") so spreadsheets keep
    them as text; that apostrophe is not part of the value.
    """
    if len(value) > LONGEST_CELL:
        raise BadValue(Problem.CELL_TOO_LONG)
    text = value.strip()
    if text.startswith("'"):
        text = text[1:].strip()
    if text.startswith(_FORMULA_START) and not _is_number_like(text):
        raise BadValue(Problem.FORMULA_CELL)
    return text


def _is_number_like(text: str) -> bool:
    """ "-12,50" and "+31 6 12345678" start like a formula but are an amount and a phone number."""
    return bool(_AMOUNT.match(text.replace(" ", ""))) or bool(_PHONE_CHARACTERS.match(text))


def email_address(text: str) -> str | None:
    """Lower case; None when empty."""
    value = text.strip().lower()
    if not value:
        return None
    if not _EMAIL.match(value) or len(value) > 254:
        raise BadValue(Problem.INVALID_EMAIL)
    return value


def phone_number(text: str, country: str = "NL") -> str | None:
    """E.164 with the plus ("+31612345678"); a national number is read in the address's country."""
    value = text.strip()
    if not value:
        return None
    if value.startswith("00"):
        value = "+" + value[2:]
    key = phone_key(value, country or "NL")
    if key is None:
        raise BadValue(Problem.INVALID_PHONE)
    return "+" + key


def postcode(text: str, country: str) -> str:
    """Dutch postcodes as "4021HR"; other countries' codes trimmed and in capitals."""
    value = " ".join(text.split())
    if country == "NL":
        normal = normalise_postcode(value)
        if normal is None:
            raise BadValue(Problem.INVALID_POSTCODE)
        return normal
    if len(value) > 12:
        raise BadValue(Problem.INVALID_POSTCODE)
    return value.upper()


# Country names as Dutch and international webshops write them, folded; ISO codes pass as they are.
_COUNTRY_NAMES = {
    "nederland": "NL",
    "netherlands": "NL",
    "the netherlands": "NL",
    "holland": "NL",
    "belgie": "BE",
    "belgium": "BE",
    "belgique": "BE",
    "duitsland": "DE",
    "germany": "DE",
    "deutschland": "DE",
    "luxemburg": "LU",
    "luxembourg": "LU",
    "frankrijk": "FR",
    "france": "FR",
    "oostenrijk": "AT",
    "austria": "AT",
    "spanje": "ES",
    "spain": "ES",
    "italie": "IT",
    "italy": "IT",
    "denemarken": "DK",
    "denmark": "DK",
    "zweden": "SE",
    "sweden": "SE",
    "zwitserland": "CH",
    "switzerland": "CH",
    "verenigd koninkrijk": "GB",
    "united kingdom": "GB",
    "groot-brittannie": "GB",
    "polen": "PL",
    "poland": "PL",
    "verenigde staten": "US",
    "united states": "US",
}


def country_code(text: str, default: str = "NL") -> str:
    """ISO 3166-1 alpha-2 ("Nederland" -> "NL"); an empty country is the shop's own (`default`)."""
    value = text.strip()
    if not value:
        return default
    if len(value) == 2 and value.isascii() and value.isalpha():
        return value.upper()
    code = _COUNTRY_NAMES.get(fold(value))
    if code is None:
        raise BadValue(Problem.INVALID_COUNTRY)
    return code


def cents(text: str) -> int:
    """An amount in cents: "12.50", "12,50", "1.234,56", "1,234.56", "€ 12,50", "-5"."""
    value = text.replace("€", "").replace("EUR", "").replace("\u00a0", "").replace(" ", "").strip()
    if not value:
        raise BadValue(Problem.INVALID_AMOUNT)
    if "," in value and "." in value:
        # The separator written last is the decimal one.
        thousands = "." if value.rfind(",") > value.rfind(".") else ","
        value = value.replace(thousands, "")
    value = value.replace(",", ".")
    if value.count(".") > 1 or not _AMOUNT.match(value):
        raise BadValue(Problem.INVALID_AMOUNT)
    try:
        amount = Decimal(value) * 100
    except InvalidOperation as error:
        raise BadValue(Problem.INVALID_AMOUNT) from error
    if amount != amount.to_integral_value() or abs(amount) > 10**12:
        raise BadValue(Problem.INVALID_AMOUNT)
    return int(amount)


def quantity(text: str) -> int:
    """A whole, non-negative count ("2", "2.0")."""
    value = text.strip()
    try:
        number = Decimal(value.replace(",", "."))
    except InvalidOperation as error:
        raise BadValue(Problem.INVALID_QUANTITY) from error
    if number < 0 or number != number.to_integral_value() or number > 100_000:
        raise BadValue(Problem.INVALID_QUANTITY)
    return int(number)


_DUTCH_DATE = re.compile(r"^(\d{1,2})-(\d{1,2})-(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$", re.ASCII)


def utc_moment(text: str, zone: tzinfo = AMSTERDAM) -> datetime:
    """A moment in UTC. Text without an offset is in `zone` (the shop's time; WooCommerce's `date_*_gmt`
    fields are passed with `zone=UTC`). Reads ISO 8601 ("2024-03-05T14:22:10", "...Z", "... +0100",
    "2024-03-05") and the Dutch "05-03-2024 14:22"."""
    value = text.strip()
    if not value:
        raise BadValue(Problem.INVALID_DATE)
    dutch = _DUTCH_DATE.match(value)
    try:
        if dutch:
            day, month, year, hour, minute, second = dutch.groups()
            moment = datetime(
                int(year), int(month), int(day), int(hour or 0), int(minute or 0), int(second or 0)
            )
        else:
            moment = datetime.fromisoformat(value.replace(" +", "+").replace(" -", "-"))
    except ValueError as error:
        raise BadValue(Problem.INVALID_DATE) from error
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone)
    if not 1990 <= moment.year <= 2200:
        raise BadValue(Problem.INVALID_DATE)
    return moment.astimezone(UTC)


def person_name(first: str, last: str, prefix: str = "") -> tuple[str, str, str]:
    """(first name, prefix, last name). A prefix the source keeps apart (Lightspeed) is used as it is;
    otherwise it is split off the last name ("van der Berg" -> "van der", "Berg")."""
    first, last, prefix = " ".join(first.split()), " ".join(last.split()), " ".join(prefix.split())
    if not prefix:
        prefix, last = split_prefix(last)
    # "Van der Berg" is how a surname is written on its own; after a first name the prefix is lower case.
    return first, prefix[:1].lower() + prefix[1:], last


def full_name(text: str) -> tuple[str, str, str]:
    """A name in one field ("Jan van der Berg", as Shopify's "Billing Name"): the first word is the first
    name, a known prefix after it is split off."""
    parts = text.split()
    if not parts:
        return "", "", ""
    if len(parts) == 1:
        return "", "", parts[0]
    return person_name(parts[0], " ".join(parts[1:]))


def street_and_number(line: str) -> tuple[str, str, str]:
    """(street, house number, suffix) from one address line: "Dorpsstraat 12A", "Dorpsstraat 12-a",
    "Kerkweg 3 bis". A line without a number keeps it all as the street (and an empty number)."""
    value = " ".join(line.split())
    match = _STREET_NUMBER.match(value)
    if not match:
        return value, "", ""
    return match.group("street").strip().rstrip(","), match.group("number"), match.group("suffix").strip()


def house_number(number: str, extension: str = "") -> tuple[str, str]:
    """(number, suffix) from a number field that may carry its addition ("12a", "12-2") and a separate
    extension field (Lightspeed's "Extension")."""
    match = _HOUSE_NUMBER.match(number)
    if not match:
        raise BadValue(Problem.MISSING_FIELD if not number.strip() else Problem.INVALID_HOUSE_NUMBER)
    suffix = " ".join(part for part in (match.group("suffix").strip(), extension.strip()) if part)
    return match.group("number"), suffix
