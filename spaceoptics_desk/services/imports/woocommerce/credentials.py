"""Where the shop's REST API key is kept: the environment, the OS keyring, or an owner-only file.

In this order when reading:

1. `SPACEOPTICS_WC_KEY` and `SPACEOPTICS_WC_SECRET` (both, or it is refused): for the CLI `sync` in a
   scheduled job, whose environment the owner controls (a systemd credential, the Windows task's
   account). They are never written anywhere by the app.
2. The operating system's keyring (Windows Credential Manager, macOS Keychain, the Secret Service):
   service "SpaceOptics Desk WooCommerce", user the shop's address.
3. On a computer without a keyring backend (a bare Linux box, a terminal session without D-Bus: keyring
   gives its `fail` backend or a chainer with none), a file `woocommerce-credentials.json` in the folder
   the caller passes, the database's folder, owner-only (0600, written through
   private_files.replace_privately so a kill leaves the old file or the new one).

Why the file is acceptable, and what it does not protect against: it is the arrangement OpenSSH
(`~/.ssh/id_*`), PostgreSQL (`~/.pgpass`, which libpq ignores unless it is 0600) and `~/.netrc` rely on:
other accounts on the computer cannot read it; the owner's own account, its malware and anyone with the
disk can. The database beside it is encrypted (SQLCipher, the key in password-protected key slots), the
file is not, so on a lost laptop without disk encryption the key can be read where the database cannot.
What the key opens is bounded: made with Read access only, it reads the shop's customers and orders and
cannot change the shop, and the owner revokes it in WooCommerce (Settings > Advanced > REST API) when a
computer is lost. A file found readable by others is refused, as libpq does with .pgpass, not used.

The better place on such a computer is inside the encrypted database. The store is not this module's to
change, so `api_key_as_text`/`api_key_from_text` give the importer the form to keep in a table of its own;
`load_api_key` takes what it read there as `stored`.
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
from collections.abc import Mapping
from enum import StrEnum
from pathlib import Path

import keyring
from keyring.errors import KeyringError, PasswordDeleteError

from spaceoptics_desk.errors import QT_TRANSLATE_NOOP, InvalidInput, KnownError
from spaceoptics_desk.private_files import POSIX, private_folder, replace_privately
from spaceoptics_desk.services.imports.woocommerce.client import ApiKey, ShopAddress
from spaceoptics_desk.smtp_secret import keyring_available

SERVICE_NAME = "SpaceOptics Desk WooCommerce"
FILE_NAME = "woocommerce-credentials.json"
KEY_VARIABLE = "SPACEOPTICS_WC_KEY"
SECRET_VARIABLE = "SPACEOPTICS_WC_SECRET"


class KeptIn(StrEnum):
    """Where an API key was found or put (the settings screen and the README say it to the owner)."""

    ENVIRONMENT = "environment"
    KEYRING = "keyring"
    FILE = "file"
    DATABASE = "database"


class CredentialsUnsafe(KnownError):
    """The credentials file can be read by other accounts; it is not used."""


def save_api_key(shop_url: str, api_key: ApiKey, folder: Path) -> KeptIn:
    """Keeps the key for this shop: in the keyring, else in the owner-only file in `folder`."""
    shop = ShopAddress.parse(shop_url).display
    if keyring_available():
        try:
            keyring.set_password(SERVICE_NAME, shop, api_key_as_text(api_key))
        except KeyringError:
            pass  # a locked or broken keychain: the file below
        else:
            _remove_from_file(folder, shop)  # no second, stale copy on disk
            return KeptIn.KEYRING
    entries = _read_file(folder)
    entries[shop] = {"key": api_key.key, "secret": api_key.secret}
    replace_privately(private_folder(folder) / FILE_NAME, _as_bytes(entries))
    return KeptIn.FILE


def load_api_key(
    shop_url: str,
    folder: Path,
    environ: Mapping[str, str] = os.environ,
    stored: str | None = None,
) -> tuple[ApiKey, KeptIn] | None:
    """The key for this shop and where it came from; None when none is kept anywhere.

    `stored` is what the importer kept in the encrypted database (`api_key_as_text`), if it does.
    """
    key, secret = environ.get(KEY_VARIABLE, "").strip(), environ.get(SECRET_VARIABLE, "").strip()
    if key or secret:
        if not (key and secret):
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "errors", "Set both {key} and {secret}, or neither; only one of them is set."
                ),
                key=KEY_VARIABLE,
                secret=SECRET_VARIABLE,
            )
        return ApiKey(key, secret), KeptIn.ENVIRONMENT
    if stored:
        return api_key_from_text(stored), KeptIn.DATABASE
    shop = ShopAddress.parse(shop_url).display
    if keyring_available():
        with contextlib.suppress(KeyringError):
            text = keyring.get_password(SERVICE_NAME, shop)
            if text:
                return api_key_from_text(text), KeptIn.KEYRING
    entry = _read_file(folder).get(shop)
    if entry is None:
        return None
    return ApiKey(entry["key"], entry["secret"]), KeptIn.FILE


def forget_api_key(shop_url: str, folder: Path) -> None:
    """Removes the key for this shop from the keyring and the file (no error when none was kept)."""
    shop = ShopAddress.parse(shop_url).display
    if keyring_available():
        with contextlib.suppress(PasswordDeleteError, KeyringError):
            keyring.delete_password(SERVICE_NAME, shop)
    _remove_from_file(folder, shop)


def api_key_as_text(api_key: ApiKey) -> str:
    """The key and secret as one string (for the keyring, or a table in the encrypted database)."""
    return json.dumps({"key": api_key.key, "secret": api_key.secret})


def api_key_from_text(text: str) -> ApiKey:
    try:
        values = json.loads(text)
        return ApiKey(str(values["key"]), str(values["secret"]))
    except (ValueError, TypeError, KeyError):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "The stored WooCommerce API key is damaged; enter it again.")
        ) from None


def _read_file(folder: Path) -> dict[str, dict[str, str]]:
    path = folder / FILE_NAME
    try:
        if POSIX and stat.S_IMODE(path.stat().st_mode) & 0o077:
            raise CredentialsUnsafe(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The file {file} with the shop's API key can be read by other users, so it is not used. "
                    "Revoke the key in WooCommerce, delete the file and enter a new key.",
                ),
                file=str(path),
            )
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (ValueError, UnicodeDecodeError):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "The stored WooCommerce API key is damaged; enter it again.")
        ) from None
    if not isinstance(data, dict):
        return {}
    return {
        str(shop): {"key": str(entry["key"]), "secret": str(entry["secret"])}
        for shop, entry in data.items()
        if isinstance(entry, dict) and "key" in entry and "secret" in entry
    }


def _remove_from_file(folder: Path, shop: str) -> None:
    path = folder / FILE_NAME
    if not path.exists():
        return
    entries = _read_file(folder)
    if entries.pop(shop, None) is None:
        return
    if entries:
        replace_privately(path, _as_bytes(entries))
    else:
        path.unlink(missing_ok=True)


def _as_bytes(entries: Mapping[str, Mapping[str, str]]) -> bytes:
    return json.dumps(dict(entries), indent=2, sort_keys=True).encode("utf-8")
