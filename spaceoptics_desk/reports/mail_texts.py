"""The e-mail a customer receives with the copy of their data (R8, R11), in Dutch and English.

Beside texts.py (the copy itself) and for the same reasons: not Qt translations, since the customer's
language is not the desk's, and plain data in, plain text out (reports never query).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from spaceoptics_desk.reports.copy_model import Controller

MAIL_TEXTS: dict[str, dict[str, str]] = {
    "nl": {
        "subject": "Uw gegevens bij {shop} (verzoek {case})",
        "greeting": "Beste {name},",
        "greeting_unknown": "Beste klant,",
        "body": (
            "U heeft ons gevraagd welke persoonsgegevens {shop} van u heeft (uw verzoek van {received},"
            " ons kenmerk {case}). In de bijlagen vindt u:\n"
            "\n"
            "{files}\n"
            "\n"
            "Het PDF-bestand is beveiligd met een wachtwoord. Om veiligheidsredenen staat dat wachtwoord"
            " niet in deze e-mail: u krijgt het van ons telefonisch of per sms.\n"
            "\n"
            "Heeft u vragen over deze gegevens, of wilt u iets laten corrigeren of verwijderen?"
            " Beantwoord dan deze e-mail of bel ons op {phone}.\n"
            "\n"
            "Met vriendelijke groet,\n"
        ),
        "pdf": "{name}: de kopie van uw gegevens met een begeleidende brief (PDF, met wachtwoord)",
        "json": "{name}: dezelfde gegevens in een machineleesbaar formaat (JSON)",
        "csv": "{name}: dezelfde gegevens als tabellen, te openen in een spreadsheet (CSV)",
        "months": "januari februari maart april mei juni juli augustus september oktober november december",
        "draft_name": "kopie-gegevens-verzoek-{case}",
    },
    "en": {
        "subject": "Your data held by {shop} (request {case})",
        "greeting": "Dear {name},",
        "greeting_unknown": "Dear customer,",
        "body": (
            "You asked us which personal data {shop} holds about you (your request of {received},"
            " our reference {case}). Attached you will find:\n"
            "\n"
            "{files}\n"
            "\n"
            "The PDF file is protected by a password. For your safety that password is not in this"
            " e-mail: we will give it to you by phone or text message.\n"
            "\n"
            "If you have questions about this data, or would like something corrected or erased,"
            " reply to this e-mail or call us on {phone}.\n"
            "\n"
            "Kind regards,\n"
        ),
        "pdf": "{name}: the copy of your data with a cover letter (PDF, password protected)",
        "json": "{name}: the same data in a machine-readable format (JSON)",
        "csv": "{name}: the same data as tables, to open in a spreadsheet (CSV)",
        "months": "January February March April May June July August September October November December",
        "draft_name": "data-copy-request-{case}",
    },
}
MAIL_LANGUAGES = tuple(MAIL_TEXTS)


@dataclass(frozen=True)
class AttachedFile:
    """Attributes:
    name: the file name the customer sees.
    kind: pdf | json | csv (the line that explains it).
    """

    name: str
    kind: str


def mail_subject(language: str, shop: Controller, case_id: int) -> str:
    return MAIL_TEXTS[language]["subject"].format(shop=shop.name, case=case_id)


def draft_stem(language: str, case_id: int) -> str:
    """The name of a saved e-mail draft, without its suffix."""
    return MAIL_TEXTS[language]["draft_name"].format(case=case_id)


def _long_date(day: date, language: str) -> str:
    return f"{day.day} {MAIL_TEXTS[language]['months'].split()[day.month - 1]} {day.year}"


def mail_body(
    language: str,
    shop: Controller,
    *,
    name: str,
    case_id: int,
    received: date,
    files: Sequence[AttachedFile],
) -> str:
    """The letter with the copy: what is attached, that the password comes by phone (R11), whom to ask.
    `name` is the customer's name on one line ("" when none is known)."""
    texts = MAIL_TEXTS[language]
    phone = shop.phones[0] if shop.phones else shop.email
    greeting = texts["greeting"].format(name=name) if name else texts["greeting_unknown"]
    listed = "\n".join("- " + texts[f.kind].format(name=f.name) for f in files)
    body = texts["body"].format(
        shop=shop.name,
        received=_long_date(received, language),
        case=case_id,
        files=listed,
        phone=phone,
    )
    signature = "\n".join(
        (
            shop.name,
            f"{shop.street}, {shop.postcode} {shop.city}",
            f"{shop.email} · {' · '.join(shop.phones)}",
        )
    )
    return f"{greeting}\n\n{body}\n{signature}\n"
