"""Delivering the access copy by e-mail (R8, R11): to the verified address on file, password by phone.

    prepared = prepare_copy_email(session, case_id, paths)                 # composes, writes nothing
    send_copy(database, "owner", clock, prepared, settings, password)       # SMTP, recorded on the case
    save_for_email(database, "owner", clock, prepared, folder)              # or: an .eml draft instead

Sending is idempotent per prepared copy. A copy is identified by its delivery id, a digest of the case,
the address, the language and the attached bytes, so preparing the same files again gives the same id.
Before any network traffic an attempt is committed to the case as "copy_sending"; when the server has
accepted the message it becomes "copy_sent", when the server refused it "copy_send_failed". An attempt
that stays "copy_sending" (the connection broke during delivery, or the app could not record the
success) may have arrived, so it blocks a retry just like "copy_sent" does, until staff confirm a new
send (`send_again=True`). A copy sent to the wrong person is a data breach (R30): the message goes only
to the address on file at the moment of sending.

The case records what was sent and when, never the content: the file names, the kinds, the delivery id
and the domain of the address. The full address is the customer's, kept (with its history) on the
customer record and its rectification trail (R13); a second copy of it in the case notes would outlive
an erasure (R31).
"""

from __future__ import annotations

import contextlib
import copy
import hashlib
import smtplib
import socket
import ssl
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP as SMTP_POLICY
from email.utils import format_datetime, make_msgid
from io import BytesIO
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from pypdf.errors import PyPdfError
from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from spaceoptics_desk.domain.case_codes import COPY_RIGHTS
from spaceoptics_desk.domain.clock import Clock, to_local
from spaceoptics_desk.domain.names import display_name
from spaceoptics_desk.domain.permissions import Action
from spaceoptics_desk.errors import QT_TRANSLATE_NOOP, KnownError
from spaceoptics_desk.resources import load_json
from spaceoptics_desk.services import audit
from spaceoptics_desk.services.case_steps import case_for_update, require_open
from spaceoptics_desk.services.errors import Conflict, InvalidInput, NotAllowed, NotFound
from spaceoptics_desk.services.output_files import write_file
from spaceoptics_desk.services.smtp_settings import ADDRESS, DEFAULT_SENDER, SmtpSettings
from spaceoptics_desk.services.staff import acting_user, require_permission
from spaceoptics_desk.store import sqlite
from spaceoptics_desk.store.database import DatabaseAccess
from spaceoptics_desk.store.models import CaseEvent, Customer, Request, StaffUser

LANGUAGES = ("nl", "en")
# Most providers refuse messages over 20-25 MB; base64 makes attachments a third larger.
MAX_ATTACHMENT_BYTES = 15 * 1024 * 1024

# The case-event kinds this module writes (ui/labels.py names them).
SENDING = "copy_sending"  # attempt started; stays so when its outcome is unknown
SENT = "copy_sent"
SEND_FAILED = "copy_send_failed"
DRAFT_SAVED = "copy_draft_saved"

_MEDIA_TYPES = {"pdf": ("application", "pdf"), "json": ("application", "json"), "csv": ("text", "csv")}


@dataclass(frozen=True)
class Attachment:
    name: str
    kind: str  # pdf | json | csv
    data: bytes = field(repr=False)


@dataclass(frozen=True)
class PreparedCopy:
    """A composed message, not yet sent. Holds the address in memory only (repr hides it).

    Attributes:
        delivery_id: identifies this copy for the same-copy-twice check (a digest, no personal data).
        message: the message without Date (set when it leaves) and with its first Message-ID.
    """

    case_id: int
    delivery_id: str
    language: str
    subject: str
    attachments: tuple[Attachment, ...]
    recipient: str = field(repr=False)
    message: EmailMessage = field(repr=False)

    @property
    def recipient_domain(self) -> str:
        return self.recipient.rsplit("@", 1)[1].lower()

    @property
    def file_names(self) -> tuple[str, ...]:
        return tuple(a.name for a in self.attachments)


@dataclass(frozen=True)
class DeliveryRecord:
    """What the case now records of a delivery (returned after sending or saving)."""

    case_id: int
    delivery_id: str
    kind: str  # copy_sent | copy_draft_saved
    occurred_at: datetime
    file_names: tuple[str, ...]
    recipient_domain: str
    message_id: str
    draft: Path | None = None


class SendingFailed(KnownError):
    """The mail server did not take the message. The case records the failed attempt.

    Attributes:
        reason: a short code, also written to the case note ("login refused", "timeout", ...).
        outcome_unknown: True when the connection broke during delivery: it may have arrived.
    """

    def __init__(self, message: str, reason: str, outcome_unknown: bool = False, **params: object) -> None:
        super().__init__(message, **params)
        self.reason = reason
        self.outcome_unknown = outcome_unknown


class SentButNotRecorded(KnownError):
    """The server accepted the message but the case could not record it (it shows an unknown outcome)."""


# ---------------------------------------------------------------------------------------------------
# The texts the customer reads, in both languages, in one place (not Qt translations: the customer's
# language is not the desk's).

_TEXTS: dict[str, dict[str, str]] = {
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


def _shop() -> dict[str, Any]:
    data: dict[str, Any] = load_json("policy", "controller.json")
    return data


def _long_date(day: date, language: str) -> str:
    return f"{day.day} {_TEXTS[language]['months'].split()[day.month - 1]} {day.year}"


def _one_line(text: str) -> str:
    """Names go into headers and a greeting: no line breaks (header injection), no runs of spaces."""
    return " ".join(text.split())


def _customer_name(customer: Customer) -> str:
    name = display_name(customer.first_name, customer.name_prefix, customer.last_name)
    return _one_line(name or customer.company_name or "")


def _body(language: str, customer: Customer, request: Request, attachments: Sequence[Attachment]) -> str:
    texts = _TEXTS[language]
    shop = _shop()
    name = _customer_name(customer)
    phone = shop["phones"][0] if shop.get("phones") else shop["email"]
    greeting = texts["greeting"].format(name=name) if name else texts["greeting_unknown"]
    files = "\n".join("- " + texts[a.kind].format(name=a.name) for a in attachments)
    body = texts["body"].format(
        shop=shop["name"],
        received=_long_date(to_local(request.received_at).date(), language),
        case=request.id,
        files=files,
        phone=phone,
    )
    signature = "\n".join(
        (
            shop["name"],
            f"{shop['street']}, {shop['postcode']} {shop['city']}",
            f"{shop['email']} · {' · '.join(shop.get('phones', []))}",
        )
    )
    return f"{greeting}\n\n{body}\n{signature}\n"


# ---------------------------------------------------------------------------------------------------
# Composing


def _address_on_file(customer: Customer) -> str:
    address = (customer.email or "").strip()
    if not address:
        raise NotAllowed(
            QT_TRANSLATE_NOOP(
                "errors",
                "The customer has no e-mail address on file. Record it first (as a correction in this "
                "case), or hand the copy over another way.",
            )
        )
    if not ADDRESS.fullmatch(address):
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors",
                "The e-mail address on file is not one a copy can be sent to. Correct it first "
                "(as a correction in this case).",
            )
        )
    return address


def _same_address(a: str, b: str) -> bool:
    return a.strip().lower() == b.strip().lower()


def _checked_case(session: Session, case_id: int) -> tuple[Request, Customer]:
    """R7, R11: the case may receive a copy now (open, asks for it, identity checked, address on file)."""
    request = case_for_update(session, case_id)
    require_open(request)
    if not COPY_RIGHTS & {r.right for r in request.rights}:
        raise NotAllowed(
            QT_TRANSLATE_NOOP(
                "errors", "Case {case} does not ask for a copy of the data (access or portability)."
            ),
            case=case_id,
        )
    if request.identity_verified_at is None:
        raise NotAllowed(
            QT_TRANSLATE_NOOP(
                "errors",
                "Check the person's identity before sending them their data (record the check in the case).",
            )
        )
    customer = session.get(Customer, request.customer_id) if request.customer_id else None
    if customer is None:
        raise NotAllowed(QT_TRANSLATE_NOOP("errors", "This case has no customer (yet)."))
    return request, customer


def _kind_of(path: Path) -> str:
    kind = path.suffix.lower().lstrip(".")
    if kind not in _MEDIA_TYPES:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors", "A {name} file cannot be attached: only PDF, JSON and CSV files can."
            ),
            name=path.suffix.lstrip(".").upper() or "?",
        )
    return kind


def _read_attachments(files: Sequence[Path | str]) -> tuple[Attachment, ...]:
    paths = [Path(f) for f in files]
    if not paths:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Choose the files of the copy to attach."))
    if len({p.name.lower() for p in paths}) != len(paths):
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Two attachments have the same file name."))
    attachments = []
    for path in paths:
        kind = _kind_of(path)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise NotFound(
                QT_TRANSLATE_NOOP("errors", "The {name} file is no longer there. Create the copy again."),
                name=kind.upper(),
            ) from None
        except OSError as error:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "The {name} file cannot be read: {reason}."),
                name=kind.upper(),
                reason=error.strerror or type(error).__name__,
            ) from None
        if kind == "pdf":
            _require_encrypted(data)
        attachments.append(Attachment(path.name, kind, data))
    if not any(a.kind == "pdf" for a in attachments):
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "The copy's PDF is missing from the attachments."))
    if sum(len(a.data) for a in attachments) > MAX_ATTACHMENT_BYTES:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors",
                "The files are too large for e-mail (more than {megabytes} MB). "
                "Leave out the machine-readable files or hand the copy over another way.",
            ),
            megabytes=MAX_ATTACHMENT_BYTES // (1024 * 1024),
        )
    return tuple(attachments)


def _require_encrypted(data: bytes) -> None:
    """R11: the PDF travels encrypted; its password goes by phone or SMS."""
    try:
        encrypted = PdfReader(BytesIO(data)).is_encrypted
    except (PyPdfError, ValueError, OSError):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "The PDF file is not readable. Create the copy again.")
        ) from None
    if not encrypted:
        raise NotAllowed(
            QT_TRANSLATE_NOOP(
                "errors", "The PDF file is not encrypted. A copy is only sent as a PDF with a password."
            )
        )


def _delivery_id(case_id: int, recipient: str, language: str, attachments: Sequence[Attachment]) -> str:
    digest = hashlib.sha256(f"{case_id}\0{recipient.lower()}\0{language}".encode())
    for attachment in attachments:
        digest.update(b"\0" + attachment.name.encode() + b"\0")
        digest.update(hashlib.sha256(attachment.data).digest())
    return digest.hexdigest()[:20]


def _domain_of(address: str) -> str:
    return address.rsplit("@", 1)[1].lower()


def prepare_copy_email(
    session: Session,
    case_id: int,
    files: Sequence[Path | str],
    *,
    address: str | None = None,
    language: str | None = None,
    sender: str = DEFAULT_SENDER,
) -> PreparedCopy:
    """Composes the message with the copy's files for the case's customer; writes nothing.

    The message goes to the e-mail address on file (R11); `address`, when given (the address someone
    typed or read out), must be that address, else NotAllowed. `language` defaults to the customer's.
    Raises NotAllowed before identity is checked (R7), without an address on file, or for an
    unencrypted PDF (R11); InvalidInput for files that cannot be attached.
    """
    request, customer = _checked_case(session, case_id)
    recipient = _address_on_file(customer)
    if address is not None and not _same_address(address, recipient):
        raise NotAllowed(
            QT_TRANSLATE_NOOP(
                "errors",
                "That is not the e-mail address on file. A copy only goes to the address on file; "
                "if the customer has a new address, record the change first (as a correction in this "
                "case).",
            )
        )
    if language is not None and language not in LANGUAGES:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "Unknown language '{value}'. Valid: {valid}."),
            value=language,
            valid=", ".join(LANGUAGES),
        )
    # The message is dated when it leaves (send_copy, save_for_email), so no clock here.
    chosen = language or ("nl" if (customer.language or "nl").lower().startswith("nl") else "en")
    if not ADDRESS.fullmatch(sender):
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "The sender is not a valid e-mail address."))
    attachments = _read_attachments(files)
    delivery_id = _delivery_id(case_id, recipient, chosen, attachments)
    shop = _shop()
    subject = _TEXTS[chosen]["subject"].format(shop=shop["name"], case=case_id)

    message = EmailMessage()
    message["From"] = Address(shop["name"], addr_spec=sender)
    message["To"] = Address(_customer_name(customer), addr_spec=recipient)
    message["Subject"] = subject
    message["Message-ID"] = f"<copy.{case_id}.{delivery_id}@{_domain_of(sender)}>"
    # Quoted-printable keeps the message 7-bit: no server needs 8BITMIME for the accents.
    message.set_content(_body(chosen, customer, request, attachments), cte="quoted-printable")
    for attachment in attachments:
        maintype, subtype = _MEDIA_TYPES[attachment.kind]
        message.add_attachment(attachment.data, maintype=maintype, subtype=subtype, filename=attachment.name)
    message["Content-Language"] = chosen  # after the content: set_content clears Content-* headers
    return PreparedCopy(case_id, delivery_id, chosen, subject, attachments, recipient, message)


# ---------------------------------------------------------------------------------------------------
# Recording on the case


def _note(prepared: PreparedCopy, reason: str | None = None) -> str:
    """Language-neutral: what went where, not the content and not the full address."""
    # The kinds, not the file names: those carry the customer number, and the note outlives an erasure.
    kinds = ", ".join(a.kind for a in prepared.attachments)
    note = f"{kinds} → @{prepared.recipient_domain} · {prepared.delivery_id}"
    return f"{note} · {reason}" if reason else note


def _audit(
    session: Session, actor: StaffUser, clock: Clock, prepared: PreparedCopy, kind: str, **extra: str
) -> None:
    details: dict[str, str | int | bool | None] = {
        "delivery": prepared.delivery_id,
        "files": len(prepared.attachments),
        "kinds": ",".join(a.kind for a in prepared.attachments),
    }
    details.update(extra)
    audit.record(session, actor, clock, f"case_{kind}", "request", prepared.case_id, details)


def _log(
    session: Session, actor: StaffUser, clock: Clock, prepared: PreparedCopy, kind: str, note: str
) -> CaseEvent:
    event = CaseEvent(
        request_id=prepared.case_id, occurred_at=clock.now(), kind=kind, staff_user_id=actor.id, note=note
    )
    session.add(event)
    session.flush()
    _audit(session, actor, clock, prepared, kind)
    return event


def _refuse_repeat(session: Session, prepared: PreparedCopy, kinds: Sequence[str]) -> None:
    """Nothing is sent twice by accident: an earlier send (or one that may have arrived) blocks."""
    earlier = session.scalars(
        select(CaseEvent)
        .where(
            CaseEvent.request_id == prepared.case_id,
            CaseEvent.kind.in_(kinds),
            CaseEvent.note.contains(prepared.delivery_id, autoescape=True),
        )
        .order_by(CaseEvent.occurred_at.desc(), CaseEvent.id.desc())
    ).first()
    if earlier is None:
        return
    on = to_local(earlier.occurred_at).strftime("%d-%m-%Y %H:%M")
    if earlier.kind == SENT:
        raise Conflict(
            QT_TRANSLATE_NOOP(
                "errors",
                "This copy was sent on {on} already. Send it again only if the customer did not "
                "receive it, and confirm that it is a new send.",
            ),
            on=on,
        )
    if earlier.kind == DRAFT_SAVED:
        raise Conflict(
            QT_TRANSLATE_NOOP(
                "errors",
                "This copy was saved as an e-mail draft on {on}. If that draft was sent, do not send it "
                "again; otherwise confirm that this is a new send.",
            ),
            on=on,
        )
    raise Conflict(
        QT_TRANSLATE_NOOP(
            "errors",
            "An attempt to send this copy on {on} ended without a clear outcome: it may have arrived. "
            "Ask the customer, then confirm that this is a new send if it did not.",
        ),
        on=on,
    )


def _check_still_deliverable(session: Session, prepared: PreparedCopy) -> Request:
    """R11 at the moment of sending: the address on file may have changed since the copy was prepared."""
    request, customer = _checked_case(session, prepared.case_id)
    if not _same_address(_address_on_file(customer), prepared.recipient):
        raise Conflict(
            QT_TRANSLATE_NOOP(
                "errors",
                "The customer's e-mail address changed after the copy was prepared. Prepare it again.",
            )
        )
    return request


def _outgoing(prepared: PreparedCopy, clock: Clock, new_send: bool) -> EmailMessage:
    message = copy.deepcopy(prepared.message)
    message["Date"] = format_datetime(clock.now())
    if new_send:
        # A confirmed new send is a new message: mail programs drop a repeated Message-ID as a duplicate.
        del message["Message-ID"]
        domain = prepared.message["Message-ID"].rsplit("@", 1)[1].rstrip(">")
        message["Message-ID"] = make_msgid(f"copy.{prepared.case_id}.{prepared.delivery_id}", domain)
    return message


# ---------------------------------------------------------------------------------------------------
# Sending


def _failure(error: BaseException, phase: str, settings: SmtpSettings) -> SendingFailed:
    """One clear message per way of failing; never the server's text (it may echo the address)."""
    host, port = settings.host, settings.port
    if phase == "data" and not isinstance(error, smtplib.SMTPResponseException):
        return SendingFailed(
            QT_TRANSLATE_NOOP(
                "errors",
                "The connection to the mail server broke off while the message was being delivered. "
                "It may have arrived: ask the customer before sending it again.",
            ),
            "connection lost during delivery",
            outcome_unknown=True,
        )
    if isinstance(error, smtplib.SMTPAuthenticationError):
        return SendingFailed(
            QT_TRANSLATE_NOOP(
                "errors",
                "The mail server refused the user name or password. Check them in the e-mail settings. "
                "Nothing was sent.",
            ),
            "login refused",
        )
    if isinstance(error, smtplib.SMTPNotSupportedError) and phase == "starttls":
        return SendingFailed(
            QT_TRANSLATE_NOOP(
                "errors",
                "The mail server {host} does not offer STARTTLS. Choose SSL (usually port 465) in the "
                "e-mail settings. Nothing was sent.",
            ),
            "no STARTTLS",
            host=host,
        )
    if isinstance(error, smtplib.SMTPNotSupportedError) and phase == "login":
        return SendingFailed(
            QT_TRANSLATE_NOOP(
                "errors",
                "The mail server {host} does not accept a login on this connection. Check the security "
                "setting and the port. Nothing was sent.",
            ),
            "no login offered",
            host=host,
        )
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return SendingFailed(
            QT_TRANSLATE_NOOP(
                "errors",
                "The mail server refused the customer's e-mail address. Check the address on file "
                "with the customer. Nothing was sent.",
            ),
            "recipient rejected",
        )
    if isinstance(error, smtplib.SMTPSenderRefused):
        return SendingFailed(
            QT_TRANSLATE_NOOP(
                "errors",
                "The mail server refused the sender address {sender}. Check the sender in the e-mail "
                "settings. Nothing was sent.",
            ),
            "sender refused",
            sender=settings.sender,
        )
    if isinstance(error, smtplib.SMTPDataError):
        return SendingFailed(
            QT_TRANSLATE_NOOP(
                "errors",
                "The mail server refused the message, for example because the files are too large. "
                "Nothing was sent.",
            ),
            "message refused",
        )
    if isinstance(error, ssl.SSLCertVerificationError):
        return SendingFailed(
            QT_TRANSLATE_NOOP(
                "errors",
                "The certificate of the mail server {host} could not be verified, so the connection "
                "was not trusted. Check the server name. Nothing was sent.",
            ),
            "certificate not trusted",
            host=host,
        )
    if isinstance(error, ssl.SSLError):
        return SendingFailed(
            QT_TRANSLATE_NOOP(
                "errors",
                "No secure connection to the mail server {host} could be made. Check the security "
                "setting and the port. Nothing was sent.",
            ),
            "TLS failed",
            host=host,
        )
    if isinstance(error, socket.gaierror):
        return SendingFailed(
            QT_TRANSLATE_NOOP(
                "errors", "The mail server {host} was not found. Check the server name. Nothing was sent."
            ),
            "server not found",
            host=host,
        )
    if isinstance(error, ConnectionRefusedError | smtplib.SMTPConnectError):
        return SendingFailed(
            QT_TRANSLATE_NOOP(
                "errors",
                "The mail server {host} refused the connection on port {port}. Check the server name "
                "and the port in the e-mail settings. Nothing was sent.",
            ),
            "connection refused",
            host=host,
            port=port,
        )
    if isinstance(error, TimeoutError) or isinstance(error.__context__, TimeoutError):
        # smtplib reports a reply that never came as "disconnected", with the timeout as its context.
        return SendingFailed(
            QT_TRANSLATE_NOOP(
                "errors",
                "The mail server {host} did not answer within {seconds} seconds. Try again later or "
                "check the settings. Nothing was sent.",
            ),
            "timeout",
            host=host,
            seconds=f"{settings.timeout_seconds:g}",
        )
    return SendingFailed(
        QT_TRANSLATE_NOOP(
            "errors",
            "The connection to the mail server {host} broke off before the message was sent. "
            "Nothing was sent; try again.",
        ),
        "connection lost",
        host=host,
    )


def _deliver(message: EmailMessage, recipient: str, settings: SmtpSettings, password: str | None) -> None:
    """Hands the message to the server; returns only once the server has accepted it."""
    context = ssl.create_default_context()
    phase = "connect"
    accepted = False
    client: smtplib.SMTP | None = None
    try:
        if settings.security == "ssl":
            client = smtplib.SMTP_SSL(
                settings.host, settings.port, timeout=settings.timeout_seconds, context=context
            )
        else:
            client = smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout_seconds)
        client.ehlo()
        if settings.security == "starttls":
            phase = "starttls"
            client.starttls(context=context)
            client.ehlo()
        if settings.username:
            phase = "login"
            client.login(settings.username, password or "")
        phase = "envelope"
        code, reply = client.mail(settings.sender)
        if code != 250:
            raise smtplib.SMTPSenderRefused(code, reply, settings.sender)
        code, reply = client.rcpt(recipient)
        if code not in (250, 251):
            raise smtplib.SMTPRecipientsRefused({recipient: (code, reply)})
        phase = "data"
        client.data(message.as_bytes(policy=SMTP_POLICY))  # raises SMTPDataError unless accepted (250)
        accepted = True
    except (OSError, smtplib.SMTPException) as error:
        raise _failure(error, phase, settings) from None
    finally:
        if client is not None:
            # After acceptance a failing QUIT changes nothing; before it, the error above is what counts.
            with contextlib.suppress(OSError, smtplib.SMTPException):
                if accepted:
                    client.quit()
            client.close()


def send_copy(
    database: DatabaseAccess,
    staff: str,
    clock: Clock,
    prepared: PreparedCopy,
    settings: SmtpSettings,
    password: str | None = None,
    *,
    send_again: bool = False,
) -> DeliveryRecord:
    """Sends the prepared copy over SMTP and records it on the case ("copy_sent").

    Takes the database, not a session: the attempt is committed before the connection opens and its
    outcome after, each in its own transaction, so no write lock is held while the network is slow
    and a failure record survives. `staff` is the acting user's username; `password` comes from the
    keyring or was asked (never stored here). `send_again` confirms a new send of a copy that was sent
    (or may have been) before.

    Raises InvalidInput (settings), NotAllowed/Conflict (R7, R11, sent already), SendingFailed (the
    server did not take it; recorded as "copy_send_failed"), SentButNotRecorded.
    """
    settings.check()
    if settings.username and not password:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Enter the password for the mail server."))
    with database.transaction() as session:
        actor = acting_user(session, staff)
        require_permission(actor, Action.EXPORT_COPY)
        _check_still_deliverable(session, prepared)
        if not send_again:
            _refuse_repeat(session, prepared, (SENT, SENDING, DRAFT_SAVED))
        attempt = _log(session, actor, clock, prepared, SENDING, _note(prepared)).id

    message = _outgoing(prepared, clock, new_send=send_again)
    try:
        _deliver(message, prepared.recipient, settings, password)
    except SendingFailed as failure:
        _record_outcome(database, staff, clock, prepared, attempt, failure)
        raise
    try:
        sent_at = _record_outcome(database, staff, clock, prepared, attempt, None)
    except (SQLAlchemyError, OSError, KnownError) as error:
        raise SentButNotRecorded(
            QT_TRANSLATE_NOOP(
                "errors",
                "The copy was sent, but the case could not record it. Do not send it again; the case "
                "shows the attempt with an unknown outcome.",
            )
        ) from error
    return DeliveryRecord(
        prepared.case_id,
        prepared.delivery_id,
        SENT,
        sent_at,
        prepared.file_names,
        prepared.recipient_domain,
        str(message["Message-ID"]),
    )


def _record_outcome(
    database: DatabaseAccess,
    staff: str,
    clock: Clock,
    prepared: PreparedCopy,
    attempt: int,
    failure: SendingFailed | None,
) -> datetime:
    """Turns the attempt into "copy_sent" or "copy_send_failed"; an unknown outcome stays "copy_sending"."""
    try:
        with database.transaction() as session:
            actor = acting_user(session, staff)
            event = session.get(CaseEvent, attempt)
            if event is None:  # pragma: no cover - only if someone deleted the attempt meanwhile
                raise NotFound(QT_TRANSLATE_NOOP("errors", "The case's record of this attempt is gone."))
            event.occurred_at = clock.now()
            if failure is None:
                event.kind = SENT
                _audit(session, actor, clock, prepared, SENT)
            else:
                event.kind = SENDING if failure.outcome_unknown else SEND_FAILED
                event.note = _note(prepared, failure.reason)
                _audit(session, actor, clock, prepared, SEND_FAILED, reason=failure.reason)
            return event.occurred_at
    except (SQLAlchemyError, OSError, KnownError):
        if failure is None:
            raise
        # The failure itself is what the user must hear; the attempt stays "copy_sending" (conservative).
        return clock.now()


# ---------------------------------------------------------------------------------------------------
# Saving as a draft


def _draft_path(folder: Path, prepared: PreparedCopy) -> Path:
    stem = _TEXTS[prepared.language]["draft_name"].format(case=prepared.case_id)
    candidate = folder / f"{stem}.eml"
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{number}.eml"
        number += 1
    return candidate


def save_for_email(
    database: DatabaseAccess,
    staff: str,
    clock: Clock,
    prepared: PreparedCopy,
    folder: Path | str,
    *,
    send_again: bool = False,
) -> DeliveryRecord:
    """Writes the message as an .eml draft (X-Unsent: 1) in `folder` for the owner's mail program.

    For workstations without SMTP settings. Written atomically; recorded on the case as
    "copy_draft_saved" (the app cannot know whether the draft is sent later). Refused like send_copy
    when the copy was sent already, unless `send_again`.
    """
    folder = Path(folder)
    written: Path | None = None
    try:
        with database.transaction() as session:
            actor = acting_user(session, staff)
            require_permission(actor, Action.EXPORT_COPY)
            _check_still_deliverable(session, prepared)
            if not send_again:
                _refuse_repeat(session, prepared, (SENT, SENDING))
            message = _outgoing(prepared, clock, new_send=send_again)
            message["X-Unsent"] = "1"  # Outlook and others open the file as a draft ready to send
            target = _draft_path(folder, prepared)
            write_file(
                target, message.as_bytes(policy=SMTP_POLICY), database_file=sqlite.file_of_session(session)
            )
            written = target
            event = _log(session, actor, clock, prepared, DRAFT_SAVED, _note(prepared))
    except BaseException:
        # The case did not record it (the commit failed): no draft the case knows nothing of.
        if written is not None:
            written.unlink(missing_ok=True)
        raise
    return DeliveryRecord(
        prepared.case_id,
        prepared.delivery_id,
        DRAFT_SAVED,
        event.occurred_at,
        prepared.file_names,
        prepared.recipient_domain,
        str(message["Message-ID"]),
        target,
    )
