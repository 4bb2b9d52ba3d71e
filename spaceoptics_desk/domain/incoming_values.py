"""Turning the values a webshop export holds into the forms the app stores (issue 13).

Webshops write the same thing many ways: "06-12345678" and "'+31 6 1234 5678", "4021 hr", "Nederland"
and "NL", "1.234,56" and "1234.56", "2024-03-05T14:22:10" (shop time) and "2024-03-05 14:22:10 +0100".
Each function here returns the stored form or raises `BadValue` with the reason code; it never puts the
value itself in the exception (the message reaches logs and reports).
"""

from __future__ import annotations

import functools
import re
from datetime import UTC, datetime, tzinfo
from decimal import Decimal, InvalidOperation

import phonenumbers

from spaceoptics_desk.domain.clock import AMSTERDAM
from spaceoptics_desk.domain.folding import fold
from spaceoptics_desk.domain.incoming import Problem
from spaceoptics_desk.domain.names import split_prefix
from spaceoptics_desk.domain.phones import is_mobile, phone_key
from spaceoptics_desk.domain.postcodes import normalise_postcode

# A person's values come back with each of their orders: each is worked out once (phone numbers are
# the slow part of an import, README benchmarks). A bad value raises again each time (not remembered).
_REMEMBERED = 65_536
# The longest cell the app takes: the longest stored text is 400 characters (a delivery address line).
LONGEST_CELL = 1000
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# What Shopify's apostrophe stands before: a number, a phone number, a formula-like value.
_TEXT_MARKED = frozenset("0123456789+-=@")
_SPECIAL_START = frozenset("'" + "".join(_FORMULA_START))
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

    Shopify writes phone numbers, postcodes and ids with a leading apostrophe ("'+31...", "'01234") so
    spreadsheets keep them as text; that apostrophe is not part of the value. Before a letter it is
    ("'t Hart", "'s-Hertogenbosch") and stays.
    """
    if len(value) > LONGEST_CELL:
        raise BadValue(Problem.CELL_TOO_LONG)
    text = value.strip()
    if not text or text[0] not in _SPECIAL_START:
        return text  # most cells: nothing more to look at (this runs for every cell of an import)
    if text.startswith("'") and text[1:].lstrip()[:1] in _TEXT_MARKED:
        text = text[1:].strip()
    if text.startswith(_FORMULA_START) and not _is_number_like(text):
        raise BadValue(Problem.FORMULA_CELL)
    return text


def _is_number_like(text: str) -> bool:
    """ "-12,50" and "+31 6 12345678" start like a formula but are an amount and a phone number."""
    return bool(_AMOUNT.match(text.replace(" ", ""))) or bool(_PHONE_CHARACTERS.match(text))


@functools.lru_cache(maxsize=_REMEMBERED)
def email_address(text: str) -> str | None:
    """Lower case; None when empty."""
    value = text.strip().lower()
    if not value:
        return None
    if not _EMAIL.match(value) or len(value) > 254:
        raise BadValue(Problem.INVALID_EMAIL)
    return value


@functools.lru_cache(maxsize=_REMEMBERED)
def phone_number(text: str, country: str = "NL") -> str | None:
    """E.164 with the plus ("+31612345678"); a national number is read in the address's country.

    The apostrophe Shopify puts before "'+31..." is dropped here too, for callers that skip `cell_text`."""
    value = text.strip().removeprefix("'").strip()
    if not value:
        return None
    if value.startswith("00"):
        value = "+" + value[2:]
    key = phone_key(value, country or "NL")
    if key is None:
        raise BadValue(Problem.INVALID_PHONE)
    return "+" + key


# Neighbouring countries' postcodes are digits only; a checked form catches a house number or a city typed
# into the postcode field. Other countries' codes are only trimmed (their forms vary too much to check here).
_DIGIT_POSTCODES = {"BE": 4, "LU": 4, "AT": 4, "CH": 4, "DK": 4, "DE": 5, "FR": 5, "ES": 5, "IT": 5}
# "NL-4021 HR", "B-1000", "D-10115": the country letters some shops and old envelopes put before it.
_COUNTRY_BEFORE_POSTCODE = re.compile(r"^(?:NL|B|BE|D|DE|L|LU|A|AT|CH|F|FR)\s*-\s*", re.IGNORECASE)


@functools.lru_cache(maxsize=_REMEMBERED)
def postcode(text: str, country: str) -> str:
    """Dutch postcodes as "4021HR"; Belgian, German and other neighbours' as their digits ("1000",
    "10115"); other countries' codes trimmed and in capitals. An empty postcode stays empty (an address
    abroad may have none; whether one is needed is the importer's rule, not the value's)."""
    value = " ".join(text.split())
    if not value:
        return ""
    value = _COUNTRY_BEFORE_POSTCODE.sub("", value)
    if country == "NL":
        normal = normalise_postcode(value)
        if normal is None:
            raise BadValue(Problem.INVALID_POSTCODE)
        return normal
    digits = _DIGIT_POSTCODES.get(country)
    if digits is not None:
        if not (len(value) == digits and value.isascii() and value.isdigit()):
            raise BadValue(Problem.INVALID_POSTCODE)
        return value
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


# The three-letter codes (ISO 3166-1 alpha-3) some exports write for the shop's usual countries.
_ALPHA_3 = {"NLD": "NL", "BEL": "BE", "DEU": "DE", "LUX": "LU", "FRA": "FR", "AUT": "AT", "GBR": "GB"}


@functools.lru_cache(maxsize=_REMEMBERED)
def country_code(text: str, default: str = "NL") -> str:
    """ISO 3166-1 alpha-2 ("Nederland" -> "NL", "nl" -> "NL", "NLD" -> "NL"); an empty country is the
    shop's own (`default`). A two-letter code no country has ("XX") is refused; "UK" is written for "GB"."""
    value = text.strip()
    if not value:
        return default
    if len(value) == 2 and value.isascii() and value.isalpha():
        upper = "GB" if value.upper() == "UK" else value.upper()
        # phonenumbers knows every country's region code; a code outside it is a typo, not a country.
        if upper not in phonenumbers.SUPPORTED_REGIONS:
            raise BadValue(Problem.INVALID_COUNTRY)
        return upper
    code = _ALPHA_3.get(value.upper()) or _COUNTRY_NAMES.get(fold(value))
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
    # "NaN" and "Infinity" are Decimals too; comparing NaN would raise instead of refusing.
    if not number.is_finite() or number < 0 or number != number.to_integral_value() or number > 100_000:
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


@functools.lru_cache(maxsize=_REMEMBERED)
def person_name(first: str, last: str, prefix: str = "") -> tuple[str, str, str]:
    """(first name, prefix, last name). A prefix the source keeps apart (Lightspeed) is used as it is;
    otherwise it is split off the last name ("van der Berg" -> "van der", "Berg")."""
    first, last, prefix = " ".join(first.split()), " ".join(last.split()), " ".join(prefix.split())
    if not prefix:
        prefix, last = split_prefix(last)
    # "Van der Berg" is how a surname is written on its own; after a first name the prefix is lower case.
    return first, prefix[:1].lower() + prefix[1:], last


@functools.lru_cache(maxsize=_REMEMBERED)
def full_name(text: str) -> tuple[str, str, str]:
    """A name in one field ("Jan van der Berg", as Shopify's "Billing Name" and WooCommerce Analytics'
    "Name"): the last name starts at the first known prefix after the first word ("Anna Maria de
    Vries" -> "Anna Maria", "de", "Vries"); without a prefix the last word is the last name ("Anna
    Maria Jansen" -> "Anna Maria", "", "Jansen": Dutch double first names are common, surnames of two
    loose words without a prefix are not)."""
    parts = text.split()
    if not parts:
        return "", "", ""
    if len(parts) == 1:
        return "", "", parts[0]
    for start in range(1, len(parts) - 1):
        prefix, last = split_prefix(" ".join(parts[start:]))
        if prefix:
            return person_name(" ".join(parts[:start]), last, prefix)
    return " ".join(parts[:-1]), "", parts[-1]


@functools.lru_cache(maxsize=_REMEMBERED)
def street_and_number(line: str) -> tuple[str, str, str]:
    """(street, house number, suffix) from one address line: "Dorpsstraat 12A", "Dorpsstraat 12-a",
    "Kerkweg 3 bis". A line without a number keeps it all as the street (and an empty number)."""
    value = " ".join(line.split())
    match = _STREET_NUMBER.match(value)
    if not match:
        return value, "", ""
    return match.group("street").strip().rstrip(","), match.group("number"), match.group("suffix").strip()


@functools.lru_cache(maxsize=_REMEMBERED)
def house_number(number: str, extension: str = "") -> tuple[str, str]:
    """(number, suffix) from a number field that may carry its addition ("12a", "12-2") and a separate
    extension field (Lightspeed's "Extension")."""
    match = _HOUSE_NUMBER.match(number)
    if not match:
        raise BadValue(Problem.MISSING_FIELD if not number.strip() else Problem.INVALID_HOUSE_NUMBER)
    suffix = " ".join(part for part in (match.group("suffix").strip(), extension.strip()) if part)
    return match.group("number"), suffix


# Yes/no cells as webshops and Dutch spreadsheets write them (a consent checkbox the owner mapped).
_YES = frozenset({"ja", "j", "yes", "y", "1", "true", "waar", "x", "on", "aan", "subscribed"})
_NO = frozenset(
    {"nee", "n", "no", "0", "false", "onwaar", "off", "uit", "", "not_subscribed", "unsubscribed"}
)


def checkbox(text: str) -> bool:
    """A yes/no cell: ja/yes/1/true/x is True; nee/no/0/false or empty is False; anything else is refused
    (a consent is only recorded where the source clearly says so, R19)."""
    value = text.strip().lower()
    if value in _YES:
        return True
    if value in _NO:
        return False
    raise BadValue(Problem.INVALID_CHOICE)


# Payment methods as the platforms name them (WooCommerce gateway ids and titles, Shopify's "Payment
# Method"), folded onto the codes the app shows; an unknown method is kept as its own lower-case text.
_PAYMENT_WORDS = (
    ("ideal", "ideal"),
    ("bancontact", "bancontact"),
    ("paypal", "paypal"),
    ("klarna", "klarna"),
    ("bacs", "banktransfer"),
    ("banktransfer", "banktransfer"),
    ("bank transfer", "banktransfer"),
    ("overboeking", "banktransfer"),
    ("creditcard", "creditcard"),
    ("credit card", "creditcard"),
    ("cod", "cash"),
    ("cash", "cash"),
    ("contant", "cash"),
    ("gift card", "giftcard"),
)


def payment_method(text: str) -> str:
    """The payment method's code ("iDEAL" and "mollie_wc_gateway_ideal" -> "ideal"); "" when empty."""
    value = " ".join(text.strip().lower().split())
    for word, code in _PAYMENT_WORDS:
        if re.search(rf"(?:^|[^a-z]){re.escape(word)}(?:$|[^a-z])", value):
            return code
    return value[:40]


def currency_code(text: str, default: str = "EUR") -> str:
    """ISO 4217 ("eur" -> "EUR"); empty is the shop's own currency."""
    value = text.strip().upper()
    if not value:
        return default
    if len(value) != 3 or not value.isascii() or not value.isalpha():
        raise BadValue(Problem.INVALID_AMOUNT)
    return value


@functools.lru_cache(maxsize=_REMEMBERED)
def phone_fields(phone: str | None, mobile: str | None) -> tuple[str | None, str | None]:
    """(phone, mobile) as the desk keeps them: a mobile number given as "the" phone number (a webshop
    has one phone field) goes in the mobile field, so every source puts the same number in the same place."""
    if phone and mobile is None and is_mobile(phone):
        return None, phone
    return phone, mobile
