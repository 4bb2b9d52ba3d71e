"""The marketing suppression list (R18): salted hashes of addresses that must not be re-added.

Only the hash is kept, never the address or a name. The salt is made once per database, so the same
address gives a different hash in another shop's database.
"""

from __future__ import annotations

import hashlib

from sqlalchemy import select
from sqlalchemy.orm import Session

from spaceoptics_desk.domain.clock import Clock
from spaceoptics_desk.store import installation
from spaceoptics_desk.store.models import MarketingSuppression


def hash_with(salt: str, value: str) -> str:
    normal = value.strip().lower()
    return hashlib.sha256(f"{salt}:{normal}".encode()).hexdigest()


def salted_hash(session: Session, value: str) -> str:
    """The installation-salted SHA-256 of a trimmed, lower-cased value (also the erasure journal's, R32)."""
    return hash_with(installation.salt(session), value)


def email_hash(session: Session, email: str) -> str:
    return salted_hash(session, email)


def is_suppressed(session: Session, email: str) -> bool:
    digest = email_hash(session, email)
    return (
        session.scalar(select(MarketingSuppression.id).where(MarketingSuppression.email_hash == digest))
        is not None
    )


def suppressed_hashes(session: Session) -> set[str]:
    return set(session.scalars(select(MarketingSuppression.email_hash)))


def suppress(session: Session, clock: Clock, email: str) -> None:
    """Adds the address (as a hash) to the list; called when an objector is erased. Idempotent."""
    if not is_suppressed(session, email):
        session.add(MarketingSuppression(email_hash=email_hash(session, email), added_at=clock.now()))
        session.flush()
