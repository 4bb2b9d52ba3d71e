"""How this workstation reaches its mail server (no password: that is in the keyring or asked).

Light on purpose: the workstation settings load it at every start, before anything else is imported.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass

from spaceoptics_desk.errors import QT_TRANSLATE_NOOP
from spaceoptics_desk.services.errors import InvalidInput
from spaceoptics_desk.services.typed_input import checked_text

SECURITIES = ("starttls", "ssl", "none")
DEFAULT_PORTS = {"starttls": 587, "ssl": 465, "none": 25}
DEFAULT_SENDER = "info@space-optics.com"  # the policy's contact address (privacybeleid, "Email:")
ADDRESS = re.compile(r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?")


@dataclass(frozen=True)
class SmtpSettings:
    """How this workstation reaches its mail server. The password is never part of it (keyring or asked).

    Attributes:
        host: the mail server's name; empty means "no SMTP here" (save an .eml draft instead).
        security: "starttls" or "ssl"; "none" only for a server on this computer (tests, a local relay).
        username: the login; empty means the server takes mail without login.
        sender: the From address, the shop's address.
        timeout_seconds: how long to wait for the server at each step.
    """

    host: str
    port: int = DEFAULT_PORTS["starttls"]
    security: str = "starttls"
    username: str = ""
    sender: str = DEFAULT_SENDER
    timeout_seconds: float = 30.0

    def check(self) -> None:
        """Raises InvalidInput naming the first setting that cannot work."""
        # A line break in the server or sender would be a header or command of its own (R11).
        for field in ("host", "username", "sender"):
            checked_text(field, getattr(self, field))
        if not self.host.strip():
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Enter the name of the mail server."))
        if self.security not in SECURITIES:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "Unknown security '{value}'. Valid: {valid}."),
                value=self.security,
                valid=", ".join(SECURITIES),
            )
        if self.security == "none" and not _is_loopback(self.host):
            # R11: personal data never crosses a network unencrypted.
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "A mail server on another computer needs STARTTLS or SSL; "
                    "an unencrypted connection is only allowed to this computer.",
                )
            )
        if isinstance(self.port, bool) or not 1 <= self.port <= 65535:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "The port must be a number from 1 to 65535."))
        if not ADDRESS.fullmatch(self.sender):
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "The sender is not a valid e-mail address."))
        if not 0 < self.timeout_seconds <= 600:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "The waiting time must lie between 1 and 600 seconds.")
            )


def _is_loopback(host: str) -> bool:
    if host.strip().lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip().strip("[]")).is_loopback
    except ValueError:
        return False
