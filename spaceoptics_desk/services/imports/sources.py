"""The webshop the owner set up for sync: its address, high-water mark, choices and last result.

No personal data here; the API key is kept by services/imports/woocommerce/credentials.py (the OS keyring,
else an owner-only file beside the database).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from spaceoptics_desk.domain.clock import Clock
from spaceoptics_desk.domain.incoming import SourceKind
from spaceoptics_desk.services import audit
from spaceoptics_desk.store.models import ImportSource, StaffUser

WOOCOMMERCE_SOURCE = "woocommerce"


@dataclass(frozen=True)
class SyncSource:
    """Attributes:
    url: the shop's address.
    high_water_mark: what changed up to this moment is in (None: nothing synced yet).
    last_run_at, last_result: the last sync's moment and its counts, or {"failed": reason}.
    soft_opt_in: the owner's choice for buyers (R21).
    consent_fields: the shop's own checkbox fields mapped to the newsletter (R19).
    """

    kind: SourceKind
    url: str
    high_water_mark: datetime | None
    last_run_at: datetime | None
    last_result: Mapping[str, object] | None
    soft_opt_in: bool
    consent_fields: Mapping[str, str]


def sync_source(session: Session, key: str = WOOCOMMERCE_SOURCE) -> SyncSource | None:
    row = session.get(ImportSource, key)
    if row is None or row.url is None:
        return None
    return SyncSource(
        SourceKind(row.kind),
        row.url,
        row.high_water_mark,
        row.last_run_at,
        json.loads(row.last_result) if row.last_result else None,
        row.soft_opt_in,
        json.loads(row.consent_fields) if row.consent_fields else {},
    )


def set_up_source(
    session: Session,
    actor: StaffUser,
    clock: Clock,
    url: str,
    *,
    soft_opt_in: bool,
    consent_fields: Mapping[str, str],
    key: str = WOOCOMMERCE_SOURCE,
) -> None:
    """Saves the connection; another shop's address starts again from the beginning (no mark)."""
    row = session.get(ImportSource, key)
    if row is None:
        row = ImportSource(key=key, kind=SourceKind.WOOCOMMERCE.value)
        session.add(row)
    if row.url != url:
        row.high_water_mark = None
    row.url = url
    row.soft_opt_in = soft_opt_in
    row.consent_fields = json.dumps(dict(consent_fields), sort_keys=True) if consent_fields else None
    audit.record(
        session,
        actor,
        clock,
        "sync_set_up",
        "import_source",
        None,
        {"source": key, "soft_opt_in": soft_opt_in},
    )


def record_result(
    session: Session,
    clock: Clock,
    result: Mapping[str, object],
    *,
    high_water_mark: datetime | None = None,
    key: str = WOOCOMMERCE_SOURCE,
) -> None:
    """The last sync's result; the mark moves only when given (a failed sync keeps the old one)."""
    row = session.get_one(ImportSource, key)
    row.last_run_at = clock.now()
    row.last_result = json.dumps(dict(result), sort_keys=True)
    if high_water_mark is not None:
        row.high_water_mark = high_water_mark
