"""The marketing suppression list (R18): salted hashes of addresses that must not be re-added.

Only the hash is kept, never the address or a name. The salt is made once per database, so the same
address gives a different hash in another shop's database.
"""

from __future__ import annotations

import hashlib
import secrets

from sqlalchemy import select
from sqlalchemy.orm import Session

from spaceoptics_desk.domain.clock import Clock
from spaceoptics_desk.store.models import InstallationSecret, MarketingSuppression

_SALT_KEY = "suppression_salt"


def _salt(session: Session) -> str:
    secret = session.get(InstallationSecret, _SALT_KEY)
    if secret is None:
        secret = InstallationSecret(key=_SALT_KEY, value=secrets.token_hex(32))
        session.add(secret)
        session.flush()
    return secret.value


def installation_salt(session: Session) -> str:
    """The salt (made once per installation); a restore carries it over to an older backup (R32)."""
    return _salt(session)


def keep_salt(session: Session, salt: str) -> None:
    """Makes `salt` this database's salt when it has none yet (a backup made before the first hash)."""
    if session.get(InstallationSecret, _SALT_KEY) is None:
        session.add(InstallationSecret(key=_SALT_KEY, value=salt))
        session.flush()


def hash_with(salt: str, value: str) -> str:
    normal = value.strip().lower()
    return hashlib.sha256(f"{salt}:{normal}".encode()).hexdigest()


def salted_hash(session: Session, value: str) -> str:
    """The installation-salted SHA-256 of a trimmed, lower-cased value (also the erasure journal's, R32)."""
    return hash_with(_salt(session), value)


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
