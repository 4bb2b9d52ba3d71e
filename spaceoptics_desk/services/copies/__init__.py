"""The access copy of one customer (R9-R12, R17): its content, its files, and the note on the case.

`create_access_copy` is the use case: build the copy from the records, write the files into a folder
the owner chose, and record on the case that a copy was made (what, not the content).
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from spaceoptics_desk.domain.clock import Clock
from spaceoptics_desk.errors import QT_TRANSLATE_NOOP
from spaceoptics_desk.services import audit
from spaceoptics_desk.services.copies.content import LANGUAGES, build_access_copy, controller
from spaceoptics_desk.services.copies.files import CopyFiles, new_password, write_copy
from spaceoptics_desk.services.errors import Conflict, InvalidInput, NotFound
from spaceoptics_desk.store.models import CaseEvent, Request, StaffUser

__all__ = [
    "LANGUAGES",
    "CopyFiles",
    "build_access_copy",
    "controller",
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
    return request


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

    The case event and the audit entry say which files were made and whether the PDF is encrypted;
    never the content, the folder or the password.
    """
    if language is not None and language not in LANGUAGES:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "'{language}' is not a language of the copy; use nl or en."),
            language=language,
        )
    request = _case_for(session, case_id, customer_id) if case_id is not None else None
    copy = build_access_copy(
        session,
        customer_id,
        clock,
        language=language,
        case_reference=str(case_id) if case_id is not None else None,
        disclose_holds=disclose_holds,
    )
    files = write_copy(copy, folder, json=json, csv=csv, encrypt=encrypt)
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
    if request is not None:
        session.add(
            CaseEvent(
                request_id=request.id,
                occurred_at=clock.now(),
                kind="copy_created",
                staff_user_id=actor.id,
                note=what,
            )
        )
    audit.record(
        session,
        actor,
        clock,
        "access_copy_created",
        "customer",
        customer_id,
        {"files": ",".join(files.kinds), "language": language, "case": case_id},
    )
    session.flush()  # a refusal of the database shows here, while the files can still be removed
