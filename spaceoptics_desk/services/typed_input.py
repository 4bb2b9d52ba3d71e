"""What a person typed, checked in one place before a service stores or uses it (issue 10 §4).

Every service that writes text someone typed passes it through `checked_text`, and the dates and
counts that come from a dialog or the command line through `checked_day` / `checked_count`, so the app
and the CLI refuse the same things with the same message. The rules are the domain's
(domain/typed_text.py, domain/calendar_limits.py); the dialogs may say it earlier, this is the check.
"""

from __future__ import annotations

from datetime import date
from typing import overload

from spaceoptics_desk.domain.calendar_limits import EARLIEST_DAY, LATEST_DAY, within_limits
from spaceoptics_desk.domain.typed_text import forbidden_character
from spaceoptics_desk.errors import QT_TRANSLATE_NOOP
from spaceoptics_desk.services.errors import InvalidInput


@overload
def checked_text(field: str, value: str, *, multiline: bool = False) -> str: ...
@overload
def checked_text(field: str, value: None, *, multiline: bool = False) -> None: ...
@overload
def checked_text(field: str, value: str | None, *, multiline: bool = False) -> str | None: ...


def checked_text(field: str, value: str | None, *, multiline: bool = False) -> str | None:
    """`value` unchanged; InvalidInput naming `field` when it holds a control character (tab and
    newline are allowed in a `multiline` note). The message gives the character's code, not the text."""
    if value is None:
        return None
    bad = forbidden_character(value, multiline=multiline)
    if bad is not None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors",
                "The field '{field}' contains a character that cannot be stored (a control character, "
                "{code}); remove it and try again.",
            ),
            field=field,
            code=f"U+{ord(bad):04X}",
        )
    return value


def checked_day(field: str, day: date) -> date:
    """`day` unchanged; InvalidInput when it lies outside the dates this app can mean (2000-2100)."""
    if not within_limits(day):
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors",
                "The date {day} ({field}) is not one this app can mean; give a date from {earliest} to "
                "{latest}.",
            ),
            day=day.isoformat(),
            field=field,
            earliest=EARLIEST_DAY.isoformat(),
            latest=LATEST_DAY.isoformat(),
        )
    return day


def checked_count(field: str, value: int, *, minimum: int = 0) -> int:
    """`value` unchanged; InvalidInput when it is below `minimum` (a negative number of days or rows)."""
    if value < minimum:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "'{field}' cannot be {value}; give a number of at least {minimum}."),
            field=field,
            value=value,
            minimum=minimum,
        )
    return value
