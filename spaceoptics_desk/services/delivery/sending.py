"""Sending the copy over SMTP, recorded on its case (R8, R11): the attempt before the connection opens,
its outcome after, so no write lock is held while the network is slow and a failure record survives."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.exc import SQLAlchemyError

from spaceoptics_desk.domain.clock import Clock
from spaceoptics_desk.errors import QT_TRANSLATE_NOOP, KnownError
from spaceoptics_desk.services.delivery.composing import PreparedCopy, check_still_deliverable, outgoing
from spaceoptics_desk.services.delivery.send_state import (
    DRAFT_SAVED,
    SEND_FAILED,
    SENDING,
    SENT,
    DeliveryRecord,
    audit_delivery,
    log_delivery,
    note,
    refuse_repeat,
)
from spaceoptics_desk.services.delivery.smtp_transport import SendingFailed, deliver
from spaceoptics_desk.services.errors import InvalidInput, NotFound
from spaceoptics_desk.services.smtp_settings import SmtpSettings
from spaceoptics_desk.services.staff import acting_user
from spaceoptics_desk.store.database import DatabaseAccess
from spaceoptics_desk.store.models import CaseEvent


class SentButNotRecorded(KnownError):
    """The server accepted the message but the case could not record it (it shows an unknown outcome)."""


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
        check_still_deliverable(session, prepared)
        if not send_again:
            refuse_repeat(session, prepared, (SENT, SENDING, DRAFT_SAVED))
        attempt = log_delivery(session, actor, clock, prepared, SENDING, note(prepared)).id

    message = outgoing(prepared, clock, new_send=send_again)
    try:
        deliver(message, prepared.recipient, settings, password)
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
                audit_delivery(session, actor, clock, prepared, SENT, event)
            else:
                event.kind = SENDING if failure.outcome_unknown else SEND_FAILED
                event.note = note(prepared, failure.reason)
                audit_delivery(session, actor, clock, prepared, SEND_FAILED, event, reason=failure.reason)
            return event.occurred_at
    except (SQLAlchemyError, OSError, KnownError):
        if failure is None:
            raise
        # The failure itself is what the user must hear; the attempt stays "copy_sending" (conservative).
        return clock.now()
