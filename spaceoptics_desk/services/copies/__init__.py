"""The access copy of one customer (R9-R12, R17): its content, its files, and the note on the case.

`create_access_copy` is the use case: build the copy from the records, write the files into a folder
the owner chose, and record on the case that a copy was made (what, not the content).

Only the owner makes copies (R11: a copy in the wrong hands is a breach; operations/copies.py checks
that). A copy for a case needs the case's identity check (R7). A copy without a case (from the customer
view) answers nobody, so no identity can be checked: it is the owner's own look at the data, cannot be
sent from the app, and is refused while the customer has an open request for a copy (that copy comes
from the request, after its check). Which case a copy answers is subject.py's.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from spaceoptics_desk.domain.case_codes import COPY_RIGHTS
from spaceoptics_desk.domain.clock import Clock
from spaceoptics_desk.errors import QT_TRANSLATE_NOOP
from spaceoptics_desk.services import audit
from spaceoptics_desk.services.copies.content import LANGUAGES, build_access_copy, controller
from spaceoptics_desk.services.copies.files import CopyFiles, new_password, write_copy
from spaceoptics_desk.services.copies.subject import CopySubject, copy_subject
from spaceoptics_desk.services.errors import Conflict, InvalidInput, NotAllowed, NotFound
from spaceoptics_desk.store import sqlite
from spaceoptics_desk.store.models import CaseEvent, Request, RequestRight, StaffUser

__all__ = [
    "LANGUAGES",
    "CopyFiles",
    "CopySubject",
    "build_access_copy",
    "controller",
    "copy_subject",
    "create_access_copy",
    "new_password",
    "write_copy",
]


def _case_for(session: Session, case_id: int, customer_id: int) -> Request:
    request = session.get(Request, case_id)
    if request is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "There is no case {case}."), case=case_id)
    if request.customer_id != customer_id:
        # R30: a copy filed under another person's case is the first step of sending it to them.
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "Case {case} is about another customer; the copy was not made."),
            case=case_id,
        )
    if request.status == "closed":
        raise Conflict(QT_TRANSLATE_NOOP("errors", "Case {case} is closed already."), case=case_id)
    if request.identity_verified_at is None:
        raise NotAllowed(
            QT_TRANSLATE_NOOP(
                "errors",
                "Check the person's identity first and record it on case {case}: the copy holds all "
                "their data.",
            ),
            case=case_id,
        )
    return request


def _refuse_while_a_request_asks(session: Session, customer_id: int) -> None:
    """R7: with a request for a copy open, a copy made beside it would skip that request's check."""
    asking = list(
        session.scalars(
            select(Request.id)
            .join(RequestRight, RequestRight.request_id == Request.id)
            .where(
                Request.customer_id == customer_id,
                Request.status != "closed",
                RequestRight.right.in_(COPY_RIGHTS),
            )
            .distinct()
            .order_by(Request.id)
        )
    )
    if asking:
        raise NotAllowed(
            QT_TRANSLATE_NOOP(
                "errors",
                "This customer has an open request for a copy ({cases}): make the copy from the request, "
                "after its identity check.",
            ),
            cases=", ".join(map(str, asking)),
        )


def create_access_copy(
    session: Session,
    actor: StaffUser,
    clock: Clock,
    customer_id: int,
    folder: Path,
    *,
    language: str | None = None,
    case_id: int | None = None,
    json: bool = False,
    csv: bool = False,
    encrypt: bool = False,
    disclose_holds: bool = True,
) -> CopyFiles:
    """Writes the copy's files and logs it; run inside `database.transaction()`.

    Refused (NotAllowed) for a case without its identity check, and without a case while the customer
    has an open request for a copy. Who may make a copy is the operation's to check (Action.EXPORT_COPY).

    The case event and the audit entry say which files were made and whether the PDF is encrypted;
    never the content, the folder or the password.
    """
    if language is not None and language not in LANGUAGES:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "'{language}' is not a language of the copy; use nl or en."),
            language=language,
        )
    if case_id is None:
        _refuse_while_a_request_asks(session, customer_id)
    request = _case_for(session, case_id, customer_id) if case_id is not None else None
    copy = build_access_copy(
        session,
        customer_id,
        clock,
        language=language,
        case_reference=str(case_id) if case_id is not None else None,
        disclose_holds=disclose_holds,
    )
    files = write_copy(
        copy, folder, json=json, csv=csv, encrypt=encrypt, database_file=sqlite.file_of_session(session)
    )
    try:
        _note_copy(session, actor, clock, customer_id, case_id, request, files, copy.language)
    except BaseException:
        # A copy the case and the audit log do not know of must not stay on disk.
        for path in files.paths:
            path.unlink(missing_ok=True)
        raise
    return files


def _note_copy(
    session: Session,
    actor: StaffUser,
    clock: Clock,
    customer_id: int,
    case_id: int | None,
    request: Request | None,
    files: CopyFiles,
    language: str,
) -> None:
    what = ", ".join(files.kinds) + f"; {language}"
    details: dict[str, str | int | bool | None] = {
        "files": ",".join(files.kinds),
        "language": language,
        "case": case_id,
    }
    if request is not None:
        event = CaseEvent(
            request_id=request.id,
            occurred_at=clock.now(),
            kind="copy_created",
            staff_user_id=actor.id,
            note=what,
        )
        session.add(event)
        session.flush()  # its id goes into its seal (issue 12)
        details.update(audit.sealing_case_event(event))
    audit.record(session, actor, clock, "access_copy_created", "customer", customer_id, details)
    session.flush()  # a refusal of the database shows here, while the files can still be removed
