"""Handing a message to the mail server over SMTP (R11: encrypted unless the server is this computer),
and saying in one clear sentence why it did not take it. Knows nothing of cases or customers."""

from __future__ import annotations

import contextlib
import smtplib
import socket
import ssl
from email.message import EmailMessage
from email.policy import SMTP as SMTP_POLICY

from spaceoptics_desk.errors import QT_TRANSLATE_NOOP, KnownError
from spaceoptics_desk.services.smtp_settings import SmtpSettings


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


LOGIN_REFUSED = "login refused"


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
            LOGIN_REFUSED,
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


def deliver(message: EmailMessage, recipient: str, settings: SmtpSettings, password: str | None) -> None:
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
