"""Argument types of the command line: dates, moments, counts and ids as the law can mean them.

argparse turns an ArgumentTypeError into one usage line (exit 2) before the database is opened, so a
year 0001 or 9999 or a negative count never reaches a service; the services check again for the app
(issue 10 §4).
"""

from __future__ import annotations

import argparse
from datetime import date, datetime

from spaceoptics_desk.domain.calendar_limits import EARLIEST_DAY, LATEST_DAY, within_limits
from spaceoptics_desk.domain.clock import AMSTERDAM

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
    """An id or a limit: 1 or more."""
    return _number(text, 1, "an id or a limit")


def year(text: str) -> int:
    """A year within the dates this app can mean."""
    value = _number(text, EARLIEST_DAY.year, "a year")
    if value > LATEST_DAY.year:
        raise argparse.ArgumentTypeError(
            f"{text} is not a year this app can mean; give one from {EARLIEST_DAY.year} to {LATEST_DAY.year}"
        )
    return value
