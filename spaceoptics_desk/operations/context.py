"""Who acts, on which database, at what time: what every operation is given."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Concatenate, ParamSpec, TypeVar

from spaceoptics_desk.domain.clock import Clock
from spaceoptics_desk.domain.permissions import Action, refusal
from spaceoptics_desk.domain.staff import StaffMember
from spaceoptics_desk.operations.changes import Outcome

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from spaceoptics_desk.store.database import DatabaseAccess
    from spaceoptics_desk.store.models import StaffUser

P = ParamSpec("P")
T = TypeVar("T")


@dataclass(frozen=True)
class Context:
    """Attributes:
    database: the database the action works on.
    staff: the staff member taking the action (every change is recorded with this person).
    clock: the time source (the legal clock runs on it; tests pass a fixed one).
    """

    database: DatabaseAccess
    staff: StaffMember
    clock: Clock

    def as_staff(self, staff: StaffMember) -> Context:
        return Context(self.database, staff, self.clock)

    @contextmanager
    def acting(self, action: Action) -> Iterator[tuple[Session, StaffUser]]:
        """One write transaction for `action`: the acting staff member's row (the role there is what
        counts, not the one the desk remembers), refused unless the permission table allows it."""
        from spaceoptics_desk.services.staff import acting_user

        with self.database.transaction() as session:
            actor = acting_user(session, self.staff.username)
            _require(actor.role, action)
            yield session, actor

    @contextmanager
    def reading(self, action: Action) -> Iterator[Session]:
        """A read-only unit of work for `action`, refused unless the desk's staff member may take it.

        Checked against the staff member the desk signed in, without a query: the lookup path stays as
        fast as before (README benchmarks)."""
        _require(self.staff.role, action)
        with self.database.reading() as session:
            yield session

    def require(self, action: Action) -> None:
        """Refuses (NotAllowed) before any work when the desk's staff member may not take `action`."""
        _require(self.staff.role, action)


def _require(role: str, action: Action) -> None:
    reason = refusal(role, action)
    if reason is not None:
        from spaceoptics_desk.services.errors import NotAllowed

        raise NotAllowed(reason)


# Every operation, by its qualified name, with the action it is: the test of the permission table runs
# them all (tests/operations/test_permissions_enforced.py).
OPERATIONS: dict[str, tuple[Action, Callable[..., object]]] = {}


def operation(
    action: Action,
) -> Callable[[Callable[Concatenate[Context, P], Outcome[T]]], Callable[Concatenate[Context, P], Outcome[T]]]:
    """Makes a function a door for `action`: refused, before any work, unless the permission table lets
    the staff member at the desk take it. (`Context.acting` checks again against the staff row.)"""

    def door(
        work: Callable[Concatenate[Context, P], Outcome[T]],
    ) -> Callable[Concatenate[Context, P], Outcome[T]]:
        @functools.wraps(work)
        def checked(context: Context, /, *args: P.args, **kwargs: P.kwargs) -> Outcome[T]:
            context.require(action)
            return work(context, *args, **kwargs)

        OPERATIONS[f"{work.__module__}.{work.__qualname__}"] = (action, checked)
        return checked

    return door
