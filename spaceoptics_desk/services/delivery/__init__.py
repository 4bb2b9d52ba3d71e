"""Delivering the access copy by e-mail (R8, R11): to the verified address on file, password by phone.

    prepared = prepare_copy_email(session, case_id, paths)                 # composes, writes nothing
    send_copy(database, "owner", clock, prepared, settings, password)       # SMTP, recorded on the case
    save_for_email(database, "owner", clock, prepared, folder)              # or: an .eml draft instead

Along its seams: the words the customer reads are reports/mail_texts.py's; composing.py makes the
message (R7, R11 checks, attachments, the delivery id); smtp_transport.py hands it to the mail server;
send_state.py is what the case records of it and what blocks a second send; sending.py and drafts.py put
these together. Who may deliver a copy is the operation's to check (operations/copies.py).

Sending is idempotent per prepared copy. A copy sent to the wrong person is a data breach (R30): the
message goes only to the address on file at the moment of sending.
"""

from __future__ import annotations

from spaceoptics_desk.services.delivery.composing import Attachment, PreparedCopy, prepare_copy_email
from spaceoptics_desk.services.delivery.drafts import save_for_email
from spaceoptics_desk.services.delivery.send_state import (
    DRAFT_SAVED,
    SEND_FAILED,
    SENDING,
    SENT,
    DeliveryRecord,
    SentBefore,
)
from spaceoptics_desk.services.delivery.sending import SentButNotRecorded, send_copy
from spaceoptics_desk.services.delivery.smtp_transport import LOGIN_REFUSED, SendingFailed
from spaceoptics_desk.services.smtp_settings import SmtpSettings

__all__ = [
    "DRAFT_SAVED",
    "LOGIN_REFUSED",
    "SENDING",
    "SEND_FAILED",
    "SENT",
    "Attachment",
    "DeliveryRecord",
    "PreparedCopy",
    "SendingFailed",
    "SentBefore",
    "SentButNotRecorded",
    "SmtpSettings",
    "prepare_copy_email",
    "save_for_email",
    "send_copy",
]
