"""The key file beside an encrypted database: its random key, wrapped once per staff member's password
and once for the recovery key (issue 12, AVG 32). Nobody's password is stored; a password opens only its
own slot, and removing the slot (a deactivated person) takes away what that password could open.

A slot: argon2id(password, salt, cost) is the key-encryption key; AES-256-GCM wraps the database key with
the slot's name as associated data, so a slot copied under another name does not open. A wrong password
fails the GCM tag: nothing is learnt and nothing is unlocked.

The file is JSON (`shop.db.keys` beside `shop.db`), owner-only, replaced whole on every change
(private_files.replace_privately), with a copy in the backups folder: the one way back when the file
itself is lost or damaged. Writers change it inside the database's write transaction, so two desks
never overwrite each other's change (SQLite's BEGIN IMMEDIATE orders them).
"""

from __future__ import annotations

import base64
import binascii
import json
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from spaceoptics_desk.private_files import private_folder, replace_privately
from spaceoptics_desk.store import errors
from spaceoptics_desk.store.erasure_journal import backups_folder

SUFFIX = ".keys"
FORMAT = "spaceoptics-desk key slots"
VERSION = 1
RECOVERY_SLOT = "@recovery"  # no user name has an '@' (services/staff.py)
KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12


@dataclass(frozen=True)
class KdfCost:
    """argon2id's cost: memory in KiB, passes, lanes. Stored in each slot, so a cheaper or dearer
    default later still opens every slot made before."""

    memory_kib: int = 64 * 1024
    passes: int = 2
    lanes: int = 2


# About 300 ms on this 2-core machine (docs/research/encryption-at-rest.md): the sign-in target is
# 100-500 ms, and a stolen file costs an attacker as much per guess.
DEFAULT_COST = KdfCost()


@dataclass(frozen=True)
class Slot:
    name: str
    cost: KdfCost
    salt: bytes = field(repr=False)
    nonce: bytes = field(repr=False)
    wrapped: bytes = field(repr=False)


def key_file(database_file: Path) -> Path:
    return database_file.with_name(database_file.name + SUFFIX)


def key_file_copy(database_file: Path) -> Path:
    """The copy beside the backups (a restore of the database needs the slots of the same key)."""
    return backups_folder(database_file) / (database_file.name + SUFFIX)


def _key_encryption_key(secret: str, salt: bytes, cost: KdfCost) -> bytes:
    return hash_secret_raw(
        secret.encode("utf-8"),
        salt,
        time_cost=cost.passes,
        memory_cost=cost.memory_kib,
        parallelism=cost.lanes,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )


def _associated_data(name: str) -> bytes:
    return f"{FORMAT}/{VERSION}/{name}".encode()


def wrap(key: bytes, name: str, secret: str, cost: KdfCost | None = None) -> Slot:
    """A new slot that `secret` opens to give `key` (at DEFAULT_COST unless told)."""
    cost = cost or DEFAULT_COST
    salt = secrets.token_bytes(SALT_BYTES)
    nonce = secrets.token_bytes(NONCE_BYTES)
    sealed = AESGCM(_key_encryption_key(secret, salt, cost)).encrypt(nonce, key, _associated_data(name))
    return Slot(name, cost, salt, nonce, sealed)


def unwrap(slot: Slot, secret: str) -> bytes | None:
    """The key this slot holds, or None when `secret` is not the one it was made with."""
    kek = _key_encryption_key(secret, slot.salt, slot.cost)
    try:
        return AESGCM(kek).decrypt(slot.nonce, slot.wrapped, _associated_data(slot.name))
    except InvalidTag:
        return None


def exists(database_file: Path) -> bool:
    return key_file(database_file).exists()


def read(database_file: Path) -> dict[str, Slot]:
    """The slots by name. KeyFileUnusable when the file is missing or is not a whole key file."""
    path = key_file(database_file)
    copy = str(key_file_copy(database_file))
    try:
        document = json.loads(path.read_bytes())
    except FileNotFoundError:
        raise errors.key_file_missing(str(path), copy) from None
    except (OSError, ValueError):
        raise errors.key_file_damaged(str(path), copy) from None
    try:
        return _slots_from(document)
    except (KeyError, TypeError, ValueError, binascii.Error):
        raise errors.key_file_damaged(str(path), copy) from None


def _slots_from(document: object) -> dict[str, Slot]:
    if not isinstance(document, dict) or document["format"] != FORMAT or document["version"] != VERSION:
        raise ValueError("not a key file of this version")
    slots: dict[str, Slot] = {}
    for entry in document["slots"]:
        cost = KdfCost(int(entry["memory_kib"]), int(entry["passes"]), int(entry["lanes"]))
        if min(cost.memory_kib, cost.passes, cost.lanes) < 1:
            raise ValueError("a cost below argon2's minimum")
        slot = Slot(
            name=str(entry["name"]),
            cost=cost,
            salt=base64.b64decode(entry["salt"], validate=True),
            nonce=base64.b64decode(entry["nonce"], validate=True),
            wrapped=base64.b64decode(entry["wrapped"], validate=True),
        )
        if len(slot.nonce) != NONCE_BYTES or len(slot.salt) < 8:
            raise ValueError("a slot of the wrong shape")
        slots[slot.name] = slot
    return slots


def write(database_file: Path, slots: Mapping[str, Slot]) -> None:
    """Replaces the key file (and its copy beside the backups) with exactly these slots."""
    document = {
        "format": FORMAT,
        "version": VERSION,
        "slots": [
            {
                "name": slot.name,
                "kdf": "argon2id",
                "memory_kib": slot.cost.memory_kib,
                "passes": slot.cost.passes,
                "lanes": slot.cost.lanes,
                "salt": base64.b64encode(slot.salt).decode(),
                "nonce": base64.b64encode(slot.nonce).decode(),
                "wrapped": base64.b64encode(slot.wrapped).decode(),
            }
            for slot in sorted(slots.values(), key=lambda s: s.name)
        ],
    }
    data = json.dumps(document, indent=1).encode()
    if not database_file.parent.exists():
        # A first start writes the key file before the database (operations/signing_in.create_database):
        # the data folder is made here then, owner-only, as store/sqlite.check_file would make it.
        private_folder(database_file.parent)
    replace_privately(key_file(database_file), data)
    copy = key_file_copy(database_file)
    private_folder(copy.parent)
    replace_privately(copy, data)
