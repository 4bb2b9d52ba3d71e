"""Dutch postcodes ("4021 HR") with an optional house number ("4021 HR 151", "4021hr151-a")."""

from __future__ import annotations

import re
from dataclasses import dataclass

_POSTCODE_QUERY = re.compile(
    r"^\s*(?P<digits>[1-9]\d{3})\s*(?P<letters>[a-z]{0,2})\s*(?:(?P<number>\d+)\s*[-\s]?\s*(?P<suffix>[a-z0-9]{0,4}))?\s*$",
    re.IGNORECASE | re.ASCII,
)
# PostNL never issues these letter pairs (they read as SA, SD and SS).
_NEVER_ISSUED = frozenset({"SA", "SD", "SS"})
_POSTCODE = re.compile(r"^\s*([1-9]\d{3})\s*([a-z]{2})\s*$", re.IGNORECASE | re.ASCII)


@dataclass(frozen=True)
class PostcodeQuery:
    """A (possibly partial) postcode and house number as typed on the phone."""

    postcode: str  # normalised, no space: "4021HR" or a partial "4021H"
    house_number: str | None

    def key_prefix(self) -> str:
        """The search key prefix: postcode then house number ("4021hr151")."""
        return (self.postcode + (self.house_number or "")).lower()


def normalise_postcode(text: str) -> str | None:
    """'4021 hr' -> '4021HR'; None when `text` is not a complete Dutch postcode."""
    match = _POSTCODE.match(text)
    if not match or match.group(2).upper() in _NEVER_ISSUED:
        return None
    return f"{match.group(1)}{match.group(2).upper()}"


def display_postcode(postcode: str) -> str:
    """'4021HR' -> '4021 HR' (as Dutch letters print it); other countries' codes as they are."""
    normal = normalise_postcode(postcode)
    return f"{normal[:4]} {normal[4:]}" if normal else postcode


def parse_postcode_query(text: str) -> PostcodeQuery | None:
    """Reads '4021 HR 151' or '4021hr'; None unless it starts with four digits and a letter."""
    match = _POSTCODE_QUERY.match(text.replace(",", " "))  # "3859 TH, 51" as written on an envelope
    if not match or not match.group("letters"):
        return None
    letters = match.group("letters").upper()
    number = match.group("number")
    if number and len(letters) < 2:
        return None
    return PostcodeQuery(postcode=match.group("digits") + letters, house_number=number)


def address_key(postcode: str, house_number: str) -> str:
    """The key under which an address is found: '4021hr151'."""
    return (postcode.replace(" ", "") + house_number.strip()).lower()
