"""Staff passwords on a server database (issue 14): an argon2id hash in each staff row, and one for the
recovery key, at the same cost as a SQLite file's key slots (store/key_slots.DEFAULT_COST), so a copied
table costs an attacker as much per guess as a stolen key file. Wrong attempts are counted in the
database, as the file beside a SQLite database counts them: every desk and every command waits alike.

A server database is not encrypted by the app (the server's disk and its TLS are the server's): the
password proves who is at the desk, it unlocks nothing. The connection role is what keeps others out.
"""

from __future__ import annotations

import json
import logging
from datetime import datetime

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import select
from sqlalchemy.orm import Session

from spaceoptics_desk.domain.clock import Clock
from spaceoptics_desk.domain.sign_in import (
    FREE_ATTEMPTS,
    MAX_PASSWORD_LENGTH,
    normalised_password,
    wait_after,
)
from spaceoptics_desk.errors import QT_TRANSLATE_NOOP, SignInRefused
from spaceoptics_desk.store import key_slots
from spaceoptics_desk.store.models import InstallationSecret, StaffUser
from spaceoptics_desk.store.sign_in_attempts import WrongAttempts

log = logging.getLogger(__name__)

_RECOVERY_KEY_HASH = "recovery_key_hash"
_WRONG_ATTEMPTS = "wrong_sign_ins"


def _hasher() -> PasswordHasher:
    """At the key slots' cost as it is now (a stored hash names its own cost, so older ones still check)."""
    cost = key_slots.DEFAULT_COST
    return PasswordHasher(time_cost=cost.passes, memory_cost=cost.memory_kib, parallelism=cost.lanes)


def hashed(password: str) -> str:
    return _hasher().hash(normalised_password(password))


def _matches(stored: str | None, typed: str) -> bool:
    """Whether `typed` is the password `stored` was made from. With nothing stored a hash is still made
    and checked, so the time an answer takes says nothing about who has a password."""
    if len(typed) > MAX_PASSWORD_LENGTH:
        return False
    try:
        return _hasher().verify(stored or _hasher().hash("-"), typed) and stored is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def who(session: Session, username: str | None, password: str) -> str | None:
    """The active staff member whose password this is (`username` None: any of them), or None."""
    typed = normalised_password(password)
    query = select(StaffUser.username, StaffUser.password_hash).where(StaffUser.active)
    if username is not None:
        query = query.where(StaffUser.username == username)
    candidates = [(name, stored) for name, stored in session.execute(query) if stored]
    for name, stored in candidates:
        if _matches(stored, typed):
            return name
    if not candidates:
        _matches(None, typed)
    return None


def recovery_key_matches(session: Session, recovery_key: str) -> bool:
    secret = session.get(InstallationSecret, _RECOVERY_KEY_HASH)
    return _matches(None if secret is None else secret.value, recovery_key)


def set_password(session: Session, user: StaffUser, password: str) -> None:
    """`password` (checked by the caller: services/signing_in.checked_new_password) signs `user` in."""
    user.password_hash = hashed(password)
    session.flush()


def remove_password(session: Session, user: StaffUser) -> None:
    user.password_hash = None
    session.flush()


def set_recovery_key(session: Session, recovery_key: str) -> None:
    secret = session.get(InstallationSecret, _RECOVERY_KEY_HASH)
    if secret is None:
        session.add(InstallationSecret(key=_RECOVERY_KEY_HASH, value=_hasher().hash(recovery_key)))
    else:
        secret.value = _hasher().hash(recovery_key)
    session.flush()


def with_password(session: Session) -> set[str]:
    """The usernames of everyone who can sign in with a password."""
    return set(session.scalars(select(StaffUser.username).where(StaffUser.password_hash.is_not(None))))


def anyone_can_sign_in(session: Session) -> bool:
    query = select(StaffUser.id).where(StaffUser.active, StaffUser.password_hash.is_not(None)).limit(1)
    return session.scalar(query) is not None


def wrong_attempts(session: Session) -> WrongAttempts:
    """As counted so far. A damaged count is taken as the free attempts used up (as a damaged file)."""
    secret = session.get(InstallationSecret, _WRONG_ATTEMPTS)
    if secret is None:
        return WrongAttempts()
    try:
        document = json.loads(secret.value)
        return WrongAttempts(int(document["in_a_row"]), datetime.fromisoformat(document["last_at"]))
    except (ValueError, KeyError, TypeError):
        return WrongAttempts(in_a_row=FREE_ATTEMPTS, last_at=None)


def seconds_to_wait(session: Session, clock: Clock) -> int:
    attempts = wrong_attempts(session)
    if attempts.last_at is None:
        return 0
    left = (attempts.last_at + wait_after(attempts.in_a_row) - clock.now()).total_seconds()
    return int(left + 0.999) if left > 0 else 0


def record_wrong(session: Session, moment: datetime) -> WrongAttempts:
    attempts = WrongAttempts(min(wrong_attempts(session).in_a_row, 1000) + 1, moment)
    value = json.dumps({"in_a_row": attempts.in_a_row, "last_at": moment.isoformat()})
    secret = session.get(InstallationSecret, _WRONG_ATTEMPTS, with_for_update=True)
    if secret is None:
        session.add(InstallationSecret(key=_WRONG_ATTEMPTS, value=value))
    else:
        secret.value = value
    session.flush()
    log.warning("sign-in refused: wrong name, password or recovery key (%d in a row)", attempts.in_a_row)
    return attempts


def clear_wrong(session: Session) -> None:
    secret = session.get(InstallationSecret, _WRONG_ATTEMPTS)
    if secret is not None:
        session.delete(secret)
        session.flush()


def refused(attempts: WrongAttempts, message: str) -> SignInRefused:
    return SignInRefused(message, wait_seconds=int(wait_after(attempts.in_a_row).total_seconds()))


WAIT_MESSAGE = QT_TRANSLATE_NOOP("errors", "Too many wrong passwords. Try again in {seconds} seconds.")
