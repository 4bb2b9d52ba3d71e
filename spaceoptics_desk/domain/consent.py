"""Consent state derived from the append-only ledger (R19): the newest event per purpose wins."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class ConsentAction(StrEnum):
    GIVEN = "given"
    WITHDRAWN = "withdrawn"


class ConsentStatus(StrEnum):
    GIVEN = "given"
    WITHDRAWN = "withdrawn"
    NEVER_ASKED = "never_asked"


@dataclass(frozen=True)
class ConsentEventFacts:
    purpose_key: str
    action: ConsentAction
    occurred_at: datetime
    channel: str
    sequence: int  # the ledger's own order breaks ties between events in the same second


@dataclass(frozen=True)
class ConsentState:
    purpose_key: str
    status: ConsentStatus
    since: datetime | None
    channel: str | None


def current_consent(purpose_keys: Iterable[str], events: Iterable[ConsentEventFacts]) -> list[ConsentState]:
    """The state of every purpose in `purpose_keys`, in that order."""
    newest: dict[str, ConsentEventFacts] = {}
    for event in events:
        known = newest.get(event.purpose_key)
        if known is None or (event.occurred_at, event.sequence) > (known.occurred_at, known.sequence):
            newest[event.purpose_key] = event
    states = []
    for key in purpose_keys:
        latest = newest.get(key)
        if latest is None:
            states.append(ConsentState(key, ConsentStatus.NEVER_ASKED, None, None))
        else:
            states.append(
                ConsentState(key, ConsentStatus(latest.action.value), latest.occurred_at, latest.channel)
            )
    return states
