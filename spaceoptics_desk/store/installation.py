"""What makes a database itself: a random id and the salt of its hashes, made once (no personal data),
and the few settings that hold for every desk on it (the idle time before a desk locks).

The id names the database's erasure journal outside it (store/erasure_journal.py), so a backup restored
anywhere finds the journal of the database it was taken from. The salt makes the suppression list's and
the journal's hashes differ from another shop's (R18, R32). Both travel inside every backup.
"""

from __future__ import annotations

import secrets
from datetime import datetime

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from spaceoptics_desk.store.models import InstallationSecret

DATABASE_ID = "database_id"
SALT = "suppression_salt"  # its name from before the journal used it too
JOURNAL_COMPLETE_SINCE = "erasure_journal_complete_since"  # entries before it were pruned (R32)
BACKED_UP_AT = "backed_up_at"  # in a backup only: when it was made (a restore checks it against the above)


def _value(session: Session, key: str, length: int) -> str:
    secret = session.get(InstallationSecret, key)
    if secret is None:
        secret = InstallationSecret(key=key, value=secrets.token_hex(length))
        session.add(secret)
        session.flush()
    return secret.value


def database_id(session: Session) -> str:
    return _value(session, DATABASE_ID, 16)


def salt(session: Session) -> str:
    return _value(session, SALT, 32)


def read(connection: Connection) -> tuple[str | None, str | None]:
    """(id, salt) as stored, without making them (inside a flush or on a copy being checked)."""
    rows = dict(
        connection.execute(
            select(InstallationSecret.key, InstallationSecret.value).where(
                InstallationSecret.key.in_((DATABASE_ID, SALT))
            )
        ).all()
    )
    return rows.get(DATABASE_ID), rows.get(SALT)


def adopt(session: Session, identity: str, salt_value: str) -> None:
    """A restored copy becomes the database it replaces: the same id and salt as its journal (R32)."""
    for key, value in ((DATABASE_ID, identity), (SALT, salt_value)):
        secret = session.get(InstallationSecret, key)
        if secret is None:
            session.add(InstallationSecret(key=key, value=value))
        else:
            secret.value = value
    session.flush()


def journal_complete_since(session: Session) -> datetime | None:
    """Since when the erasure journal knows every erasure (None: since the database was made)."""
    secret = session.get(InstallationSecret, JOURNAL_COMPLETE_SINCE)
    return datetime.fromisoformat(secret.value) if secret is not None else None


def set_journal_complete_since(session: Session, moment: datetime) -> None:
    secret = session.get(InstallationSecret, JOURNAL_COMPLETE_SINCE)
    if secret is None:
        session.add(InstallationSecret(key=JOURNAL_COMPLETE_SINCE, value=moment.isoformat()))
    elif datetime.fromisoformat(secret.value) < moment:
        secret.value = moment.isoformat()
    session.flush()


def backed_up_at(session: Session) -> datetime | None:
    """In a restored copy: when its backup was made (None for a backup made before this was written)."""
    secret = session.get(InstallationSecret, BACKED_UP_AT)
    return datetime.fromisoformat(secret.value) if secret is not None else None


def forget_backed_up_at(session: Session) -> None:
    """A restored database is no backup: the stamp would mislead the next restore."""
    secret = session.get(InstallationSecret, BACKED_UP_AT)
    if secret is not None:
        session.delete(secret)
        session.flush()


LOCK_AFTER_MINUTES = "lock_after_minutes"  # the owner's idle time before every desk locks (issue 12)


def lock_after_minutes(session: Session) -> int | None:
    """The idle minutes the owner set (None: not set, the default applies)."""
    secret = session.get(InstallationSecret, LOCK_AFTER_MINUTES)
    return int(secret.value) if secret is not None else None


def set_lock_after_minutes(session: Session, minutes: int) -> None:
    secret = session.get(InstallationSecret, LOCK_AFTER_MINUTES)
    if secret is None:
        session.add(InstallationSecret(key=LOCK_AFTER_MINUTES, value=str(minutes)))
    else:
        secret.value = str(minutes)
    session.flush()


# Issue 13: the highest customer number ever given out by an import ("K" + number): a number is never given
# twice, not even after its customer was erased (a restore's replay erases by number: R32).
LAST_CUSTOMER_NUMBER = "last_customer_number"


def last_customer_number(session: Session) -> int | None:
    secret = session.get(InstallationSecret, LAST_CUSTOMER_NUMBER)
    return int(secret.value) if secret is not None else None


def set_last_customer_number(session: Session, number: int) -> None:
    secret = session.get(InstallationSecret, LAST_CUSTOMER_NUMBER)
    if secret is None:
        session.add(InstallationSecret(key=LAST_CUSTOMER_NUMBER, value=str(number)))
    elif int(secret.value) < number:
        secret.value = str(number)
