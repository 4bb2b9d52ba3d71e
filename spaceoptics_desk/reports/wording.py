"""Values of the copy in words: dates, amounts and codes, the same for the PDF, JSON and CSV."""

from __future__ import annotations

from datetime import date, datetime

from spaceoptics_desk.reports import texts
from spaceoptics_desk.reports.copy_model import Code, Money, Value

_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def day(language: str, value: date) -> str:
    if language == "nl":
        return f"{value.day:02d}-{value.month:02d}-{value.year}"
    return f"{value.day} {_MONTHS_EN[value.month - 1]} {value.year}"


def moment(language: str, value: datetime) -> str:
    return f"{day(language, value.date())} {value.hour:02d}:{value.minute:02d}"


def money(language: str, cents: int) -> str:
    sign = "-" if cents < 0 else ""
    whole, part = divmod(abs(cents), 100)
    if language == "nl":
        return f"{sign}€ {whole:,}".replace(",", ".") + f",{part:02d}"
    return f"{sign}€{whole:,}.{part:02d}"


def period(language: str, months: int) -> str:
    if months and months % 12 == 0:
        years = months // 12
        return texts.text(language, "year") if years == 1 else texts.text(language, "years", years=years)
    return texts.text(language, "month") if months == 1 else texts.text(language, "months", months=months)


def code(language: str, value: Code) -> str:
    words = texts.label(language, value.kind, value.value)
    if value.period_months is not None and "{period}" in words:
        words = words.replace("{period}", period(language, value.period_months))
    return words


def words(language: str, value: Value) -> str:
    """How a value reads in the copy; None is an empty cell."""
    match value:
        case None:
            return ""
        case bool():
            return texts.text(language, "yes" if value else "no")
        case Code():
            return code(language, value)
        case Money():
            return money(language, value.cents)
        case datetime():
            return moment(language, value)
        case date():
            return day(language, value)
        case tuple():
            return ", ".join(code(language, item) for item in value)
        case _:
            return str(value)
