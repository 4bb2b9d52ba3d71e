"""The SMTP password in the operating system's keyring, never in settings.json or a log.

Where no keyring backend exists (a bare Linux box, some terminals), `keyring_available()` says so: the
GUI then asks for the password when sending and keeps it in memory for the session only. Keyring
trouble (no backend, a locked or broken keychain) never stops sending; it only means asking again.

Not a service: no database, no use case, only this computer's password store, beside this workstation's
settings (workstation.py); the screens that ask for the password use it directly. Loaded when first used:
keyring takes a while to import, and the window shows first.
"""

from __future__ import annotations

import contextlib

import keyring
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail
from keyring.errors import KeyringError, PasswordDeleteError

SERVICE_NAME = "spaceoptics-desk-smtp"


def _usable(backend: KeyringBackend) -> bool:
    if isinstance(backend, fail.Keyring):
        return False
    if isinstance(backend, chainer.ChainerBackend):
        return bool(backend.backends)
    return True


def keyring_available() -> bool:
    """Whether a password can be remembered on this computer (else: ask each session)."""
    return _usable(keyring.get_keyring())


def get_password(username: str) -> str | None:
    """The remembered password for this SMTP user; None when none is stored or the keyring is unusable."""
    if not username or not keyring_available():
        return None
    try:
        return keyring.get_password(SERVICE_NAME, username)
    except KeyringError:  # NoKeyringError is one; a locked keychain another
        return None


def set_password(username: str, password: str) -> bool:
    """Remembers the password; False when there is no usable keyring (keep it in memory only)."""
    if not username or not keyring_available():
        return False
    try:
        keyring.set_password(SERVICE_NAME, username, password)
    except KeyringError:
        return False
    return True


def delete_password(username: str) -> None:
    """Forgets the password (no error when none was stored or there is no keyring)."""
    if not username or not keyring_available():
        return
    with contextlib.suppress(PasswordDeleteError, KeyringError):  # not stored, or keyring trouble
        keyring.delete_password(SERVICE_NAME, username)
