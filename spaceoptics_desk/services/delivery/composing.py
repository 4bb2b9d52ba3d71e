"""Composing the e-mail with the copy of a customer's data (R7, R8, R11): to the address on file, with the
copy's files attached, the PDF encrypted. Writes nothing; the words are reports/mail_texts.py's."""

from __future__ import annotations

import copy
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from io import BytesIO
from pathlib import Path

from pypdf import PdfReader
from pypdf.errors import PyPdfError
from sqlalchemy.orm import Session

from spaceoptics_desk.domain.case_codes import COPY_RIGHTS
from spaceoptics_desk.domain.clock import Clock, to_local
from spaceoptics_desk.domain.names import display_name
from spaceoptics_desk.errors import QT_TRANSLATE_NOOP
from spaceoptics_desk.reports.mail_texts import MAIL_LANGUAGES, AttachedFile, mail_body, mail_subject
from spaceoptics_desk.services.case_steps import case_for_update, require_open
from spaceoptics_desk.services.copies.content import controller
from spaceoptics_desk.services.errors import Conflict, InvalidInput, NotAllowed, NotFound
from spaceoptics_desk.services.smtp_settings import ADDRESS, DEFAULT_SENDER
from spaceoptics_desk.store.models import Customer, Request

# Most providers refuse messages over 20-25 MB; base64 makes attachments a third larger.
MAX_ATTACHMENT_BYTES = 15 * 1024 * 1024

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
        customer_id: whose copy it is (the case's customer).
        delivery_id: identifies this copy for the same-copy-twice check (a digest, no personal data).
        message: the message without Date (set when it leaves) and with its first Message-ID.
    """

    case_id: int
    customer_id: int
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


def _one_line(text: str) -> str:
    """Names go into headers and a greeting: no line breaks (header injection), no runs of spaces."""
    return " ".join(text.split())


def _customer_name(customer: Customer) -> str:
    name = display_name(customer.first_name, customer.name_prefix, customer.last_name)
    return _one_line(name or customer.company_name or "")


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
    if language is not None and language not in MAIL_LANGUAGES:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "Unknown language '{value}'. Valid: {valid}."),
            value=language,
            valid=", ".join(MAIL_LANGUAGES),
        )
    # The message is dated when it leaves (`outgoing`), so no clock here.
    chosen = language or ("nl" if (customer.language or "nl").lower().startswith("nl") else "en")
    if not ADDRESS.fullmatch(sender):
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "The sender is not a valid e-mail address."))
    attachments = _read_attachments(files)
    delivery_id = _delivery_id(case_id, recipient, chosen, attachments)
    shop = controller()
    subject = mail_subject(chosen, shop, case_id)

    message = EmailMessage()
    message["From"] = Address(shop.name, addr_spec=sender)
    message["To"] = Address(_customer_name(customer), addr_spec=recipient)
    message["Subject"] = subject
    message["Message-ID"] = f"<copy.{case_id}.{delivery_id}@{_domain_of(sender)}>"
    # Quoted-printable keeps the message 7-bit: no server needs 8BITMIME for the accents.
    body = mail_body(
        chosen,
        shop,
        name=_customer_name(customer),
        case_id=case_id,
        received=to_local(request.received_at).date(),
        files=[AttachedFile(a.name, a.kind) for a in attachments],
    )
    message.set_content(body, cte="quoted-printable")
    for attachment in attachments:
        maintype, subtype = _MEDIA_TYPES[attachment.kind]
        message.add_attachment(attachment.data, maintype=maintype, subtype=subtype, filename=attachment.name)
    message["Content-Language"] = chosen  # after the content: set_content clears Content-* headers
    return PreparedCopy(case_id, customer.id, delivery_id, chosen, subject, attachments, recipient, message)


def check_still_deliverable(session: Session, prepared: PreparedCopy) -> Request:
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


def outgoing(prepared: PreparedCopy, clock: Clock, new_send: bool) -> EmailMessage:
    """The message as it leaves, dated now (a draft too: dated when saved)."""
    message = copy.deepcopy(prepared.message)
    message["Date"] = format_datetime(clock.now())
    if new_send:
        # A confirmed new send is a new message: mail programs drop a repeated Message-ID as a duplicate.
        del message["Message-ID"]
        domain = prepared.message["Message-ID"].rsplit("@", 1)[1].rstrip(">")
        message["Message-ID"] = make_msgid(f"copy.{prepared.case_id}.{prepared.delivery_id}", domain)
    return message
