"""Who may not come back with an import (issue 13; R18, R32): the erasure journal's and the suppression
list's salted hashes of the batch's people."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from spaceoptics_desk.domain.incoming import IncomingPerson, link_key
from spaceoptics_desk.services import suppression
from spaceoptics_desk.store.models import ErasureJournalEntry, MarketingSuppression


@dataclass
class LawfulBarriers:
    """Who of this batch may not come back: salted hashes only (R18, R32). Read in each batch's
    transaction, so a person erased at another desk while an import runs stays out of its later batches.

    Attributes:
        erased: hash of a webshop id or e-mail address -> the newest erasure's moment.
        suppressed: hash of an e-mail address -> when it was put on the suppression list.
    """

    salt: str
    links: str
    erased: dict[str, datetime]
    suppressed: dict[str, datetime]

    @classmethod
    def load(
        cls, session: Session, salt: str, links: str, people: Sequence[IncomingPerson]
    ) -> LawfulBarriers:
        hashes = {
            suppression.hash_with(salt, link_key(links, p.external_id)) for p in people if p.external_id
        }
        emails = {suppression.hash_with(salt, p.email) for p in people if p.email}
        erased: dict[str, datetime] = {}
        for number_hash, email_hash, moment in session.execute(
            select(
                ErasureJournalEntry.number_hash, ErasureJournalEntry.email_hash, ErasureJournalEntry.erased_at
            ).where(
                or_(
                    ErasureJournalEntry.number_hash.in_(hashes | emails),
                    ErasureJournalEntry.email_hash.in_(emails),
                )
            )
        ):
            for digest in (number_hash, email_hash):
                if digest is not None and (digest not in erased or moment > erased[digest]):
                    erased[digest] = moment
        suppressed = {
            digest: moment
            for digest, moment in session.execute(
                select(MarketingSuppression.email_hash, MarketingSuppression.added_at).where(
                    MarketingSuppression.email_hash.in_(emails)
                )
            )
        }
        return cls(salt, links, erased, suppressed)

    def erased_at(self, person: IncomingPerson) -> datetime | None:
        moments = []
        if person.external_id is not None:
            moments.append(
                self.erased.get(suppression.hash_with(self.salt, link_key(self.links, person.external_id)))
            )
        if person.email:
            moments.append(self.erased.get(suppression.hash_with(self.salt, person.email)))
        found = [m for m in moments if m is not None]
        return max(found) if found else None

    def suppressed_at(self, email: str | None) -> datetime | None:
        if not email:
            return None
        return self.suppressed.get(suppression.hash_with(self.salt, email))
