"""What a typed query means, and which keys a customer is found under. Both sides live here so they agree.

A customer's search document is a list of keys: folded name words (plus "vd" for "van der"), the whole
e-mail address, phone numbers as E.164 digits, postcodes with and without house number, the customer
number and order numbers. A query becomes terms; every term must match a key by prefix, and a term may
have alternatives (a number can be an order number or a customer number).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from spaceoptics_desk.domain.folding import fold, words
from spaceoptics_desk.domain.names import name_tokens, normalise_query_word
from spaceoptics_desk.domain.phones import phone_key, phone_query_prefix
from spaceoptics_desk.domain.postcodes import address_key, normalise_postcode, parse_postcode_query

MAX_QUERY_LENGTH = 120
MAX_TERMS = 8
# Ranking every match of a broad prefix ("de", "+31", "2026-") costs up to 100 ms on 200,000 customers;
# each database ranks only the first this many matches (issue 2: every keystroke under 30 ms).
RANK_CANDIDATES = 1000
# Characters a key may contain besides letters and digits (e-mail addresses, order numbers).
KEY_PUNCTUATION = "@.+_-"
_KEY = re.compile(r"[0-9a-z@.+_\-]+")  # used with fullmatch: "$" would let a trailing newline in
_ORDER_NUMBER = re.compile(r"\d{4}-\d{1,6}", re.ASCII)
_DIGITS = re.compile(r"\d+", re.ASCII)
_EMAIL_LIKE = re.compile(r"^[^\s@]+@[^\s@]*$|^[^\s@]+\.[^\s@]+$")


@dataclass(frozen=True)
class Term:
    """One thing the user typed; a customer matches when any alternative is a prefix of one of its keys."""

    alternatives: tuple[str, ...]


@dataclass(frozen=True)
class CustomerKeys:
    """Everything a customer may be found by (input for `customer_document`)."""

    customer_number: str
    first_name: str = ""
    name_prefix: str = ""
    last_name: str = ""
    company_name: str = ""
    email: str = ""
    phones: tuple[str, ...] = ()
    addresses: tuple[tuple[str, str], ...] = ()  # (postcode, house number)
    order_numbers: tuple[str, ...] = ()


def customer_document(keys: CustomerKeys) -> str:
    """The search document: space-separated keys, each made only of [0-9a-z] and KEY_PUNCTUATION."""
    tokens = name_tokens(keys.first_name, keys.name_prefix, keys.last_name, keys.company_name)
    number = fold(keys.customer_number)
    tokens += [number, number.lstrip("k")]
    if keys.email:
        email = fold(keys.email.strip())
        if _KEY.fullmatch(email):
            tokens.append(email)
        tokens += words(email.partition("@")[0])
    for phone in keys.phones:
        key = phone_key(phone)
        if key:
            tokens.append(key)
    for postcode, house_number in keys.addresses:
        normal = normalise_postcode(postcode)
        if normal:
            tokens += [normal.lower(), address_key(normal, house_number)]
    for number in keys.order_numbers:
        folded = fold(number)
        if _KEY.fullmatch(folded):
            tokens.append(folded)
        year_and_sequence = _ORDER_NUMBER.fullmatch(folded)
        if year_and_sequence:
            # Read out on the phone without the dash, or only the last digits: "2025001934", "001934".
            tokens += [folded.replace("-", ""), folded.split("-", 1)[1]]
    return " ".join(dict.fromkeys(token for token in tokens if token))


def _word_terms(text: str) -> Iterable[Term]:
    for raw in text.split():
        shorthand = normalise_query_word(raw)
        if shorthand != fold(raw):  # "v.d." and friends stand for a prefix
            yield Term((shorthand,))
            continue
        if _ORDER_NUMBER.fullmatch(raw) or _EMAIL_LIKE.match(raw):
            # An order number or (part of) an e-mail address is one key; its parts as words also match.
            whole = fold(raw)
            if _KEY.fullmatch(whole):
                parts = words(raw)
                if len(parts) == 1:
                    yield Term((whole, parts[0]))
                else:
                    yield Term((whole,))
                continue
        for word in words(raw):
            yield Term((normalise_query_word(word),))


def search_terms(query: str) -> list[Term]:
    """The terms of a typed query; empty when nothing searchable was typed."""
    text = query.strip()[:MAX_QUERY_LENGTH]
    if not text:
        return []
    phone = phone_query_prefix(text)
    if phone:
        # Bare digits starting with 0 may also be a customer number typed without its letter ("000123").
        return [Term((phone, text) if _DIGITS.fullmatch(text) and text != phone else (phone,))]
    postcode = parse_postcode_query(text)
    if postcode:
        return [Term((postcode.key_prefix(),))]
    terms = list(_word_terms(text))
    return [term for term in terms if term.alternatives][:MAX_TERMS]
