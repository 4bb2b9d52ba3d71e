"""Dates, moments and money as a Dutch shop writes them, whatever the interface language.

Moments are stored in UTC and shown in Europe/Amsterdam (DESIGN: store UTC, show Amsterdam).
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from spaceoptics_desk.domain.clock import to_local

DUTCH = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
DATE_FORMAT = "dd-MM-yyyy"
MOMENT_FORMAT = "dd-MM-yyyy HH:mm"


def qdate(day: date) -> QDate:
    """A date for a date field."""
    return QDate(day.year, day.month, day.day)


def format_date(day: date | None) -> str:
    if day is None:
        return ""
    return DUTCH.toString(qdate(day), DATE_FORMAT)


def format_moment(moment: datetime | None) -> str:
    if moment is None:
        return ""
    local = to_local(moment)
    stamp = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    return DUTCH.toString(stamp, MOMENT_FORMAT)


def format_money(cents: int) -> str:
    """Euro amounts: "€ 1.234,50" (integer cents in, no float rounding on the way)."""
    sign = "-" if cents < 0 else ""
    euros, rest = divmod(abs(cents), 100)
    return f"€ {sign}{DUTCH.toString(euros)},{rest:02d}"
