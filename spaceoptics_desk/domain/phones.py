"""Telephone numbers: one key for every way of writing the same number.

`06-22993969`, `+31 6 2299 3969` and `0031622993969` are one number; the key is the E.164 form without
the plus ("31622993969"), which also works as a prefix while the caller's number is being typed.
"""

from __future__ import annotations

import re

import phonenumbers

DEFAULT_REGION = "NL"
_PHONE_LIKE = re.compile(r"^\+?[\d\s\-().\/]+$", re.ASCII)
_NOT_DIGIT = re.compile(r"\D", re.ASCII)
_NL_NUMBER = re.compile(r"(?:\+31|0)([1-9]\d{8})", re.ASCII)
# The numbering plan's Dutch mobiles of nine digits (06-1 to 06-5 and 06-8; 066 is a pager number). The
# plan's other mobiles (0970...) have eleven digits and are left to the library.
_NL_MOBILE = re.compile(r"6[1-58]\d{7}", re.ASCII)


def _dutch_national_number(text: str, region: str) -> str | None:
    """The nine digits after 0 or +31 of a plainly written Dutch number, or None for anything else.

    Most numbers the shop has look like this; the numbering library (50-300 us a number, run for every
    person of an import, a sync and the search index) is left for the rest."""
    if region != "NL":
        return None
    plain = _NL_NUMBER.fullmatch(text.replace(" ", "").replace("-", ""))
    return None if plain is None else plain[1]


def phone_key(text: str, region: str = DEFAULT_REGION) -> str | None:
    """The E.164 digits of a complete number, or None when it is not a valid number."""
    national = _dutch_national_number(text, region)
    if national is not None:
        return "31" + national
    return key_by_library(text, region)


def key_by_library(text: str, region: str = DEFAULT_REGION) -> str | None:
    """`phone_key` as the numbering library gives it (every number the quick way above does not read)."""
    try:
        parsed = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(parsed):
        return None
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164).lstrip("+")


def is_valid_phone(text: str, region: str = DEFAULT_REGION) -> bool:
    """A number that exists in the numbering plan (stricter than `phone_key`, for numbers staff enter)."""
    try:
        parsed = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return False
    return bool(phonenumbers.is_valid_number(parsed))


def is_mobile(text: str, region: str = DEFAULT_REGION) -> bool:
    """A valid mobile number ("06...", or a foreign mobile); landlines belong in the phone field."""
    national = _dutch_national_number(text, region)
    if national is not None:
        return _NL_MOBILE.fullmatch(national) is not None
    return mobile_by_library(text, region)


def mobile_by_library(text: str, region: str = DEFAULT_REGION) -> bool:
    """`is_mobile` as the numbering library says it (every number the quick way above does not read)."""
    try:
        parsed = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return False
    kinds = (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)
    return bool(phonenumbers.is_valid_number(parsed)) and phonenumbers.number_type(parsed) in kinds


def format_phone(text: str, region: str = DEFAULT_REGION) -> str:
    """A stored number shown the Dutch way (`06 22993969`, `+32 ...` for abroad); unknown text as is."""
    try:
        parsed = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return text
    if parsed.country_code == phonenumbers.country_code_for_region(region):
        return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def phone_query_prefix(text: str, region: str = DEFAULT_REGION) -> str | None:
    """The key prefix for a number that is still being typed, or None if `text` is not phone-like.

    A number is phone-like when it starts with 0 or + and holds at least four digits; the trunk prefix
    (0) or international prefix (00, +) is turned into the country code the key starts with.
    """
    stripped = text.strip()
    if not _PHONE_LIKE.fullmatch(stripped):
        return None
    # Order numbers ("2025-000123") and customer numbers are digits too, but never start like this.
    if not stripped.lstrip("(").startswith(("0", "+")):
        return None
    digits = _NOT_DIGIT.sub("", stripped)
    if len(digits) < 4:
        return None
    complete = phone_key(stripped, region)
    if complete is not None and len(digits) >= 9:
        return complete
    if stripped.startswith("+"):
        return digits
    if digits.startswith("00"):
        return digits[2:]
    if digits.startswith("0"):
        return str(phonenumbers.country_code_for_region(region)) + digits[1:]
    return None
