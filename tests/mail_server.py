"""A real mail server on loopback (aiosmtpd) and an in-memory keyring, shared by the services and GUI
tests of sending the data copy.

Import the fixtures into a test module by their function names (`mail_server_fixture`, ...), then ask
for them by their fixture names (`mail_server`, `restore_keyring`, `memory_keyring`).
"""

from __future__ import annotations

import asyncio
import email
import socket
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.message import Message
from typing import Any

import keyring
import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, Envelope, LoginPassword
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

from spaceoptics_desk.services.smtp_settings import SmtpSettings

PASSWORD = "juist-wachtwoord"
USERNAME = "winkel"

# aiosmtpd warns (UserWarning, raised in its own thread for every connection) when AUTH is required
# without TLS. On loopback that is what these tests need: the server checks the login over plain text;
# the app itself refuses an unencrypted connection to any other host (SmtpSettings.check).
AUTH_WITHOUT_TLS_WARNING = (
    "ignore:Requiring AUTH while not requiring TLS can lead to security vulnerabilities:UserWarning"
)


def free_port() -> int:
    # Controller(port=0) does not work here: ask the OS for a free port, then let the server take it.
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@dataclass
class MailServer:
    port: int
    envelopes: list[Envelope] = field(default_factory=list)
    refuse_recipients: bool = False
    hold_data: asyncio.Event | None = None  # while set, DATA is not answered (the client times out)
    logins: list[bytes] = field(default_factory=list)

    def settings(self, **changes: Any) -> SmtpSettings:
        values: dict[str, Any] = {
            "host": "127.0.0.1",
            "port": self.port,
            "security": "none",
            "username": USERNAME,
            "timeout_seconds": 5.0,
        }
        values.update(changes)
        return SmtpSettings(**values)

    def messages(self) -> list[Message]:
        return [email.message_from_bytes(e.original_content or b"") for e in self.envelopes]

    async def handle_RCPT(
        self, server: object, session: object, envelope: Envelope, address: str, options: list[str]
    ) -> str:
        if self.refuse_recipients:
            return f"550 5.1.1 <{address}>: Recipient address rejected: User unknown"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: object, session: object, envelope: Envelope) -> str:
        if self.hold_data is not None:
            await self.hold_data.wait()
            return "451 too late"
        self.envelopes.append(envelope)
        return "250 Message accepted for delivery"

    def authenticate(
        self, server: object, session: object, envelope: Envelope, mechanism: str, auth_data: object
    ) -> AuthResult:
        assert isinstance(auth_data, LoginPassword)
        self.logins.append(auth_data.login)
        ok = auth_data.login == USERNAME.encode() and auth_data.password == PASSWORD.encode()
        return AuthResult(success=ok, handled=False)


@pytest.fixture(name="mail_server")
def mail_server_fixture() -> Iterator[MailServer]:
    server = MailServer(free_port())
    controller = Controller(
        server,
        hostname="127.0.0.1",
        port=server.port,
        authenticator=server.authenticate,
        auth_required=True,
        auth_require_tls=False,
    )
    controller.start()
    yield server
    if server.hold_data is not None:
        controller.loop.call_soon_threadsafe(server.hold_data.set)
    controller.stop()


class MemoryKeyring(KeyringBackend):
    """The OS password store, in memory (this machine has no keyring backend)."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]  # keyring's KeyringBackend.__init__ is unannotated
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.passwords.pop((service, username), None) is None:
            raise PasswordDeleteError("not stored")


@pytest.fixture(name="restore_keyring")
def restore_keyring_fixture() -> Iterator[None]:
    before = keyring.get_keyring()
    yield
    keyring.set_keyring(before)


@pytest.fixture(name="memory_keyring")
def memory_keyring_fixture(restore_keyring: None) -> MemoryKeyring:
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    return backend
