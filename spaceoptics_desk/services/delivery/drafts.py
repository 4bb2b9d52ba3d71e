"""Saving the copy's e-mail as a draft (.eml) for the owner's mail program, on a workstation without a
mail server (R8, R11): recorded on the case like a send, since the app cannot know whether it is sent."""

from __future__ import annotations

from email.policy import SMTP as SMTP_POLICY
from pathlib import Path

from spaceoptics_desk.domain.clock import Clock
from spaceoptics_desk.reports.mail_texts import draft_stem
from spaceoptics_desk.services.delivery.composing import PreparedCopy, check_still_deliverable, outgoing
from spaceoptics_desk.services.delivery.send_state import (
    DRAFT_SAVED,
    SENDING,
    SENT,
    DeliveryRecord,
    log_delivery,
    note,
    refuse_repeat,
)
from spaceoptics_desk.services.output_files import write_file
from spaceoptics_desk.services.staff import acting_user
from spaceoptics_desk.store import sqlite
from spaceoptics_desk.store.database import DatabaseAccess


def _draft_path(folder: Path, prepared: PreparedCopy) -> Path:
    stem = draft_stem(prepared.language, prepared.case_id)
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
            check_still_deliverable(session, prepared)
            if not send_again:
                refuse_repeat(session, prepared, (SENT, SENDING))
            message = outgoing(prepared, clock, new_send=send_again)
            message["X-Unsent"] = "1"  # Outlook and others open the file as a draft ready to send
            target = _draft_path(folder, prepared)
            write_file(
                target, message.as_bytes(policy=SMTP_POLICY), database_file=sqlite.file_of_session(session)
            )
            written = target
            event = log_delivery(session, actor, clock, prepared, DRAFT_SAVED, note(prepared))
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
