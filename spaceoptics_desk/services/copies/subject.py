"""Whom a copy is of and which request it answers (R7, R8): the rule the copy dialog shows and obeys."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from spaceoptics_desk.domain.case_codes import COPY_RIGHTS
from spaceoptics_desk.domain.clock import Clock
from spaceoptics_desk.services.customer_view import load_customer_view


@dataclass(frozen=True)
class CopySubject:
    """Who the copy is of, and the request it answers.

    Attributes:
        case_id: the request the copy is made for; None: no single open access/portability request.
        copy_cases: the customer's open requests that ask for a copy (access or portability).
        identity_verified: whether the identity check of `case_id` is recorded (R7: else no copy).
    """

    customer_id: int
    customer_number: str
    name: str
    language: str
    case_id: int | None
    copy_cases: tuple[int, ...]
    identity_verified: bool

    @property
    def may_create(self) -> bool:
        """R7: a copy for a request waits for its identity check; beside open requests none is made."""
        if self.case_id is not None:
            return self.identity_verified
        return not self.copy_cases


def copy_subject(session: Session, clock: Clock, customer_id: int, case_id: int | None) -> CopySubject:
    """The copy answers `case_id` when given, else the customer's one open request for a copy (so a copy
    made from the customer view still waits for that request's identity check); with several open ones
    it answers none until one is chosen."""
    view = load_customer_view(session, customer_id, clock)
    copy_cases = tuple(r.request_id for r in view.open_requests if COPY_RIGHTS & set(r.rights))
    chosen = case_id
    if chosen is None and len(copy_cases) == 1:
        chosen = copy_cases[0]
    verified = any(r.request_id == chosen and r.identity_verified for r in view.open_requests)
    profile = view.profile
    return CopySubject(
        profile.customer_id,
        profile.customer_number,
        profile.name,
        profile.language,
        chosen,
        copy_cases,
        verified,
    )
