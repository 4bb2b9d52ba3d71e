"""The password of a PostgreSQL server's connection (issue 14) in the operating system's keyring, never
in settings.json, a URL that is saved, or a log. Keyed by the URL without its password
(`postgresql://winkel@server:5432/spaceoptics`). Where no keyring exists, libpq's own `~/.pgpass` (or
PGPASSWORD) still gives it: the README says how.

Not a service, like smtp_secret.py: this computer's password store, used by the command line and the
first start.
"""

from __future__ import annotations

from sqlalchemy import make_url
from sqlalchemy.exc import ArgumentError

SERVICE_NAME = "spaceoptics-desk-server"


def without_password(url: str) -> str:
    """The URL as it is saved and shown: its password left out (a malformed URL as it is)."""
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):
        return url
    return parsed._replace(password=None).render_as_string(hide_password=False)  # .set() ignores None


def remember(url: str, password: str) -> bool:
    """Keeps `password` for the server database `url`; False when this computer has no usable keyring."""
    import keyring
    from keyring.errors import KeyringError

    from spaceoptics_desk.smtp_secret import keyring_available

    if not password or not keyring_available():
        return False
    try:
        keyring.set_password(SERVICE_NAME, without_password(url), password)
    except KeyringError:
        return False
    return True


def with_password(url: str) -> str:
    """`url` with the remembered password when it names a server and has none of its own; else as it is
    (libpq then looks in ~/.pgpass)."""
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):
        return url
    if parsed.get_backend_name() != "postgresql" or parsed.password:
        return url
    # Loaded only for a server: keyring takes a while to import, and most commands open a file.
    import keyring
    from keyring.errors import KeyringError

    from spaceoptics_desk.smtp_secret import keyring_available

    if not keyring_available():
        return url
    try:
        password = keyring.get_password(SERVICE_NAME, without_password(url))
    except KeyringError:
        return url
    return parsed.set(password=password).render_as_string(hide_password=False) if password else url
