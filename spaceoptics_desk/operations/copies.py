"""The copy of one customer's data (R7-R12, R17): whom it is of and which request it answers, making it,
and letting it leave the app by e-mail or as an e-mail draft.

Every door is Action.EXPORT_COPY: a copy in the wrong hands is a breach (R11, R30), so only the roles the
permission table names make, save or send one. What the case records of a copy (made, sent, failed,
saved as a draft) is what changed: the case and its customer (the change hub).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from spaceoptics_desk.domain.permissions import Action
from spaceoptics_desk.errors import QT_TRANSLATE_NOOP, KnownError
from spaceoptics_desk.operations.changes import Outcome, customer_changed
from spaceoptics_desk.operations.context import Context, operation

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from spaceoptics_desk.services.copies import CopyFiles, CopySubject
    from spaceoptics_desk.services.delivery import DeliveryRecord
    from spaceoptics_desk.services.smtp_settings import SmtpSettings


class FolderNotMade(KnownError):
    """The copy folder could not be made (read-only disk, no permission): nothing was written."""


@dataclass(frozen=True)
class MadeCopy:
    """What making the copy gave: its files (password included, to be shown once) and whether they can
    be sent now.

    Attributes:
        recipient: the e-mail address on file the copy would go to (None: it cannot be sent now).
        not_sendable: why it cannot be sent now (identity not checked, no address on file, ...).
    """

    files: CopyFiles = field(repr=False)
    recipient: str | None = field(default=None, repr=False)
    not_sendable: KnownError | None = None


@dataclass(frozen=True)
class Delivery:
    """What sending the copy, or saving it as an e-mail draft, came to.

    Attributes:
        record: what the case now records of the copy sent or saved; None when it did not go.
        problem: why it did not go, or what went wrong after the case recorded the attempt.
        recorded: the case records this attempt (sent, saved, failed, or with an unknown outcome).
        sent_before: not sent because this copy was sent, saved or perhaps sent before (R11): only a
            confirmed new send (`send_again`) repeats it; `problem` says when.
        login_refused: the mail server refused the login: a password kept for this run is wrong.
    """

    record: DeliveryRecord | None = None
    problem: KnownError | None = None
    recorded: bool = False
    sent_before: bool = False
    login_refused: bool = False


@operation(Action.EXPORT_COPY)
def copy_subject(
    context: Context,
    *,
    customer_id: int | None = None,
    customer_ref: str | None = None,
    case_id: int | None = None,
) -> Outcome[CopySubject]:
    """Whom the copy is of (by id, or by customer number or e-mail) and the request it answers: `case_id`,
    else the customer's one open request for a copy (services/copies/subject.py). Reads only."""
    from spaceoptics_desk.services.copies import copy_subject as subject_of

    with context.reading(Action.EXPORT_COPY) as session:
        found = _customer_id(session, customer_id, customer_ref)
        return Outcome(subject_of(session, context.clock, found, case_id))


@operation(Action.EXPORT_COPY)
def make_copy(
    context: Context,
    folder: Path,
    *,
    customer_id: int | None = None,
    customer_ref: str | None = None,
    case_id: int | None = None,
    language: str | None = None,
    json: bool = False,
    csv: bool = False,
    encrypt: bool = False,
    disclose_holds: bool = True,
    make_folder: bool = False,
) -> Outcome[MadeCopy]:
    """Writes the copy's files into `folder` and notes the copy on its case (R9-R12, R17); `make_folder`:
    the folder is made when missing (the dialog offers a new one; the command line wants an existing one).

    For a case, it then says whether the copy can be sent now and to which address (R7, R11), reading
    only: the copy stays made either way."""
    from spaceoptics_desk.services.copies import create_access_copy

    if make_folder:
        _make_folder(folder)
    with context.acting(Action.EXPORT_COPY) as act:
        customer = _customer_id(act.session, customer_id, customer_ref)
        files = create_access_copy(
            act.session,
            act.actor,
            context.clock,
            customer,
            folder,
            language=language,
            case_id=case_id,
            json=json,
            csv=csv,
            encrypt=encrypt,
            disclose_holds=disclose_holds,
        )
    if case_id is None:
        return Outcome(MadeCopy(files))  # the owner's own look: the audit log has it, no window shows it
    changes = customer_changed(customer, cases=(case_id,))
    try:
        recipient = _recipient(context, case_id, files.paths, language)
    except KnownError as refusal:
        return Outcome(MadeCopy(files, None, refusal), changes)
    return Outcome(MadeCopy(files, recipient), changes)


@operation(Action.EXPORT_COPY)
def copy_recipient(
    context: Context, case_id: int, files: Sequence[Path], *, language: str | None = None
) -> Outcome[str]:
    """The address on file the copy of `case_id` goes to, or the refusal (R7, R11). Reads only."""
    return Outcome(_recipient(context, case_id, files, language))


@operation(Action.EXPORT_COPY)
def send_copy(
    context: Context,
    case_id: int,
    files: Sequence[Path],
    *,
    smtp: SmtpSettings,
    password: str | None,
    address: str | None = None,
    language: str | None = None,
    send_again: bool = False,
) -> Outcome[Delivery]:
    """Sends the copy's files to the address on file over `smtp` and records it on the case (R8, R11).

    `address`: the one the person at the desk confirmed; refused when the address on file is another
    now. `password`: the mail server's, kept or asked by the caller (never stored here). Refusals that
    wrote nothing are raised; what the case recorded (sent, failed, unknown outcome) comes back as a
    `Delivery`, with the case as what changed."""
    from spaceoptics_desk.services import delivery

    with context.reading(Action.EXPORT_COPY) as session:
        prepared = delivery.prepare_copy_email(
            session, case_id, files, address=address, language=language, sender=smtp.sender
        )
    changes = customer_changed(prepared.customer_id, cases=(case_id,))
    try:
        # Several transactions (the attempt before the connection, its outcome after): each is checked.
        with context.acting_database(Action.EXPORT_COPY) as database:
            record = delivery.send_copy(
                database,
                context.staff.username,
                context.clock,
                prepared,
                smtp,
                password,
                send_again=send_again,
            )
    except delivery.SentBefore as before:
        return Outcome(Delivery(problem=before, sent_before=True))
    except delivery.SendingFailed as failure:
        login_refused = failure.reason == delivery.LOGIN_REFUSED
        return Outcome(Delivery(problem=failure, recorded=True, login_refused=login_refused), changes)
    except delivery.SentButNotRecorded as unrecorded:
        return Outcome(Delivery(problem=unrecorded, recorded=True), changes)
    return Outcome(Delivery(record=record, recorded=True), changes)


@operation(Action.EXPORT_COPY)
def save_copy_draft(
    context: Context,
    case_id: int,
    files: Sequence[Path],
    folder: Path,
    *,
    sender: str | None = None,
    language: str | None = None,
    send_again: bool = False,
) -> Outcome[Delivery]:
    """Saves the copy's e-mail as an .eml draft in `folder`, recorded on the case (R8, R11): for a
    workstation without a mail server. `sender`: the From address (default: the shop's)."""
    from spaceoptics_desk.services import delivery

    with context.reading(Action.EXPORT_COPY) as session:
        if sender:
            prepared = delivery.prepare_copy_email(session, case_id, files, language=language, sender=sender)
        else:
            prepared = delivery.prepare_copy_email(session, case_id, files, language=language)
    try:
        with context.acting_database(Action.EXPORT_COPY) as database:
            record = delivery.save_for_email(
                database, context.staff.username, context.clock, prepared, folder, send_again=send_again
            )
    except delivery.SentBefore as before:
        return Outcome(Delivery(problem=before, sent_before=True))
    return Outcome(
        Delivery(record=record, recorded=True), customer_changed(prepared.customer_id, cases=(case_id,))
    )


def _recipient(context: Context, case_id: int, files: Sequence[Path], language: str | None) -> str:
    from spaceoptics_desk.services.delivery import prepare_copy_email

    with context.reading(Action.EXPORT_COPY) as session:
        return prepare_copy_email(session, case_id, files, language=language).recipient


def _customer_id(session: Session, customer_id: int | None, customer_ref: str | None) -> int:
    if customer_id is not None:
        return customer_id
    from spaceoptics_desk.services.customer_view import resolve_customer

    return resolve_customer(session, customer_ref or "")


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise FolderNotMade(
            QT_TRANSLATE_NOOP(
                "errors", "The folder {folder} could not be made ({reason}); choose another folder."
            ),
            folder=str(folder),
            reason=error.strerror or type(error).__name__,
        ) from error
