"""Argument types of the command line: dates, moments, counts and ids as the law can mean them.

argparse turns an ArgumentTypeError into one usage line (exit 2) before the database is opened, so a
year 0001 or 9999, a negative count or an id beyond 2^63 - 1 never reaches a service; the services check
again for the app (issue 10 §4).
"""

from __future__ import annotations

import argparse
from datetime import date, datetime

from spaceoptics_desk.domain.calendar_limits import EARLIEST_DAY, LATEST_DAY, within_limits
from spaceoptics_desk.domain.clock import AMSTERDAM
from spaceoptics_desk.domain.record_ids import LARGEST_ID, is_record_id

_RANGE = f"give a date from {EARLIEST_DAY.isoformat()} to {LATEST_DAY.isoformat()}"


def _within_limits(value: date, text: str) -> None:
    if not within_limits(value):
        raise argparse.ArgumentTypeError(f"{text} is not a date this app can mean; {_RANGE}")


def day(text: str) -> date:
    """A date as YYYY-MM-DD."""
    try:
        value = date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date; write YYYY-MM-DD") from None
    _within_limits(value, text)
    return value


def local_moment(text: str) -> datetime:
    """A moment as staff type it, in Dutch time ("2026-11-24T10:15")."""
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a moment; write YYYY-MM-DDTHH:MM") from None
    _within_limits(moment.date(), text)
    return moment if moment.tzinfo else moment.replace(tzinfo=AMSTERDAM)


def _number(text: str, minimum: int, what: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value < minimum:
        raise argparse.ArgumentTypeError(f"{text} cannot be {what}; give a number of at least {minimum}")
    return value


def count(text: str) -> int:
    """A number of things (customers, orders, days): 0 or more."""
    return _number(text, 0, "a count")


def positive(text: str) -> int:
    """A limit: 1 or more."""
    return _number(text, 1, "a limit")


def identifier(text: str) -> int:
    """The id of a record (case, recipient task, request): 1 to 2^63 - 1, what the database can hold."""
    value = _number(text, 1, "an id")
    if not is_record_id(value):
        raise argparse.ArgumentTypeError(f"{text} is not an id this app can have; ids go up to {LARGEST_ID}")
    return value


def candidate_key(text: str) -> str:
    """A retention candidate's key from `scan --json` ("profile:customer:17"): its last part is an id."""
    parts = text.split(":")
    if len(parts) == 3 and parts[2].isdigit() and int(parts[2]) > LARGEST_ID:
        raise argparse.ArgumentTypeError(
            f"{text} is not a candidate key this app can have; its id goes up to {LARGEST_ID}"
        )
    return text


def year(text: str) -> int:
    """A year within the dates this app can mean."""
    value = _number(text, EARLIEST_DAY.year, "a year")
    if value > LATEST_DAY.year:
        raise argparse.ArgumentTypeError(
            f"{text} is not a year this app can mean; give one from {EARLIEST_DAY.year} to {LATEST_DAY.year}"
        )
    return value
