"""The audit log's hash chain and the seals of timeline and correction rows (issue 12, AVG 5(2)).

Every audit entry carries the hash of the one before it; its own hash is SHA-256 over a canonical form
of its fields and that previous hash, so an edited, deleted, inserted or reordered entry breaks the
chain. A case event or a rectification holds personal data and is erased with its person, while the
audit log never changes: such a row gets a random salt, and its seal (SHA-256 over the salt and the
row's fields) goes into the audit entry written with it. Without the salt (gone with the row) the seal
says nothing about the person; while the row exists nobody can guess it (256 random bits).

Pure functions: no database, no clock.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

GENESIS = "0" * 64  # the previous hash of the first entry
SALT_BYTES = 32
# The key of an audit entry's details under which it carries the seals of the rows written with it:
# "seal:<table>" -> "<row id>:<parent id>:<seal>,…" (the parent: the customer or the case of the row).
SEAL_PREFIX = "seal:"
NOTE_SEAL_PREFIX = "note_seal:"  # case events: the seal of the note, which an erasure empties (R31)

Value = str | int | bool | None


@dataclass(frozen=True)
class ChainFields:
    """What an audit entry's hash covers (its own hash excluded)."""

    id: int
    occurred_at: datetime
    staff_user_id: int
    action: str
    entity: str
    entity_id: int | None
    details: str | None  # the stored JSON text, as it is
    previous_hash: str


def _utc(moment: datetime) -> str:
    if moment.tzinfo is None:
        raise ValueError("naive datetime in the audit chain")
    return moment.astimezone(UTC).isoformat()


def _canonical(fields: Mapping[str, Value]) -> bytes:
    return json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def entry_hash(fields: ChainFields) -> str:
    """The entry's hash: SHA-256 hex over the canonical JSON of its fields and the previous hash."""
    return hashlib.sha256(
        _canonical(
            {
                "id": fields.id,
                "occurred_at": _utc(fields.occurred_at),
                "staff_user_id": fields.staff_user_id,
                "action": fields.action,
                "entity": fields.entity,
                "entity_id": fields.entity_id,
                "details": fields.details,
                "previous_hash": fields.previous_hash,
            }
        )
    ).hexdigest()


def new_salt() -> str:
    return secrets.token_hex(SALT_BYTES)


def seal(salt: str, fields: Mapping[str, Value | datetime]) -> str:
    """SHA-256 hex over the salt's bytes and the canonical JSON of the row's fields."""
    plain = {k: _utc(v) if isinstance(v, datetime) else v for k, v in fields.items()}
    return hashlib.sha256(bytes.fromhex(salt) + _canonical(plain)).hexdigest()


@dataclass(frozen=True)
class SealToken:
    """One row's seal as an audit entry carries it."""

    row_id: int
    parent_id: int | None
    seal: str

    def text(self) -> str:
        return f"{self.row_id}:{'' if self.parent_id is None else self.parent_id}:{self.seal}"


def seal_details(key: str, tokens: list[SealToken]) -> dict[str, Value]:
    return {key: ",".join(t.text() for t in tokens)}


def read_seals(details: Mapping[str, object], prefix: str) -> dict[str, list[SealToken]]:
    """The seals under `prefix` in an entry's details, by table; a malformed token is left out (the
    verify then finds its row unsealed)."""
    found: dict[str, list[SealToken]] = {}
    for key, value in details.items():
        if not key.startswith(prefix) or not isinstance(value, str):
            continue
        for text in value.split(","):
            parts = text.split(":")
            if len(parts) != 3 or not parts[0].isdigit() or not (parts[1] == "" or parts[1].isdigit()):
                continue
            parent = int(parts[1]) if parts[1] else None
            found.setdefault(key.removeprefix(prefix), []).append(SealToken(int(parts[0]), parent, parts[2]))
    return found


# What each sealed row's seal covers. A rectification's request_id is left out: deleting its case at the
# end of the case's retention sets it to NULL (ondelete SET NULL), and that is no tampering.
def rectification_seal(
    salt: str,
    row_id: int,
    customer_id: int,
    field: str,
    old_value: str | None,
    new_value: str | None,
    changed_at: datetime,
    staff_user_id: int,
) -> str:
    return seal(
        salt,
        {
            "id": row_id,
            "customer_id": customer_id,
            "field": field,
            "old_value": old_value,
            "new_value": new_value,
            "changed_at": changed_at,
            "staff_user_id": staff_user_id,
        },
    )


def case_event_seal(
    salt: str, row_id: int, request_id: int, occurred_at: datetime, kind: str, staff_user_id: int
) -> str:
    """The case event without its note (the note has its own seal: an erasure may empty it, R31)."""
    return seal(
        salt,
        {
            "id": row_id,
            "request_id": request_id,
            "occurred_at": occurred_at,
            "kind": kind,
            "staff_user_id": staff_user_id,
        },
    )


def note_seal(salt: str, note: str | None) -> str:
    return seal(salt, {"note": note})
