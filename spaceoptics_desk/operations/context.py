"""Who acts, on which database, at what time: what every operation is given."""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Concatenate, ParamSpec, TypeVar

from spaceoptics_desk.domain.clock import Clock
from spaceoptics_desk.domain.permissions import Action, Role, may, refusal
from spaceoptics_desk.domain.staff import StaffMember
from spaceoptics_desk.operations.changes import Outcome

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session

    from spaceoptics_desk.store.cipher import DatabaseKey
    from spaceoptics_desk.store.database import DatabaseAccess
    from spaceoptics_desk.store.desk_writes import WriteMarks
    from spaceoptics_desk.store.models import StaffUser

P = ParamSpec("P")
T = TypeVar("T")
log = logging.getLogger(__name__)


@dataclass(eq=False)
class Act:
    """One write transaction of an operation.

    Attributes:
        session: the transaction's session.
        actor: the acting staff member's row (for the audit entry).
        traces_gone: after the block: False when the transaction forgot personal data whose traces
            another program's reader still holds in the files (R31: the clean-up stays pending and is
            finished later); True otherwise.
    """

    session: Session
    actor: StaffUser
    traces_gone: bool = True
    owed_traces: bool = False  # the transaction forgot personal data: a clean-up is owed (R31)


@dataclass(frozen=True)
class Context:
    """Attributes:
    database: the database the action works on.
    staff: the staff member taking the action (every change is recorded with this person).
    clock: the time source (the legal clock runs on it; tests pass a fixed one).
    trace_wait_ms: how long the clean-up after an erasure waits for another program's reader (R31):
        0 in the app (its timer retries), a few seconds on the command line; None: the busy timeout.
    """

    database: DatabaseAccess
    staff: StaffMember
    clock: Clock
    trace_wait_ms: int | None = 0

    def files_folder(self) -> Path:
        """Where this database's own files live on this computer (import reports, a webshop key without
        a keyring): beside the database file; for a server database, this desk's data folder."""
        if self.database.file is not None:
            return self.database.file.parent
        from spaceoptics_desk.workstation import locations

        return locations().data_dir

    def as_staff(self, staff: StaffMember) -> Context:
        return Context(self.database, staff, self.clock, self.trace_wait_ms)

    @contextmanager
    def acting(self, action: Action) -> Iterator[Act]:
        """One write transaction for `action`, with the acting staff member's row (the role there is what
        counts, not the one the desk remembers), refused unless the permission table allows it.

        R31: when the transaction forgot personal data (services/trace_cleanup.mark), its traces are
        removed from the files right after the commit: the follow-up belongs to the erasure, so no
        operation has to remember it (`act.traces_gone` says whether a reader held them up)."""
        with self._write(self.database, action) as act:
            yield act
        act.traces_gone = self._pay_owed_traces(act.owed_traces)

    @contextmanager
    def acting_database(self, action: Action) -> Iterator[ActingDatabase]:
        """The database for a service that runs many transactions itself (a review run, a restore): each
        of its write transactions is checked as `acting` checks, and the trace clean-up (R31) runs once,
        when the block ends, for all of them (a bulk erasure rewrites the pages once, not per batch);
        also when it ends in a failure part-way: what was committed so far leaves no trace either."""
        database = ActingDatabase(self, self.database, action)
        try:
            yield database
        finally:
            database.traces_gone = self._pay_owed_traces(database.owed_traces)

    @contextmanager
    def _write(self, database: DatabaseAccess, action: Action) -> Iterator[Act]:
        from spaceoptics_desk.services import trace_cleanup
        from spaceoptics_desk.services.staff import acting_user

        with database.transaction() as session:
            act = Act(session, acting_user(session, self.staff.username))
            _require(act.actor.role, action)
            yield act
            act.owed_traces = bool(session.info.pop(trace_cleanup.OWED, False))

    def _pay_owed_traces(self, owed: bool) -> bool:
        """The one place that removes an erasure's traces after its commit (R31); True when none is left."""
        if not owed:
            return True
        from spaceoptics_desk.services import trace_cleanup

        try:
            return trace_cleanup.finish_pending(self.database, self.trace_wait_ms)
        except Exception:
            # The data is forgotten and the debt is recorded with it: the app's watch or the next
            # command pays it. The action is done, so its answer (and what it changed) must still arrive.
            log.warning("the trace clean-up after a commit failed; it stays pending", exc_info=True)
            return False

    @contextmanager
    def reading(self, action: Action) -> Iterator[Session]:
        """A read-only unit of work for `action`, refused unless the desk's staff member may take it.

        What every role may read (search, a customer) is checked against the staff member the desk
        signed in, without a query: the lookup path stays as fast as before (README benchmarks); an
        owner-only read asks the staff row as well."""
        _require(self.staff.role, action)
        with self.database.reading() as session:
            if not _everyone_may(action):
                # An owner's read (a copy, the staff list) asks the staff row too: someone demoted or
                # deactivated at another desk meanwhile reads nothing more of it here (issue 12 review).
                from spaceoptics_desk.services.staff import acting_user

                _require(acting_user(session, self.staff.username).role, action)
            yield session

    def confirm(self, action: Action) -> None:
        """Refuses unless the staff row's role may take `action` (NotFound for someone not active): for an
        operation whose work is outside the database (this workstation's settings), checked as `acting`
        checks a write."""
        from spaceoptics_desk.services.staff import acting_user

        with self.database.reading() as session:
            _require(acting_user(session, self.staff.username).role, action)

    def require(self, action: Action) -> None:
        """Refuses (NotAllowed) before any work when the desk's staff member may not take `action`."""
        _require(self.staff.role, action)


def _everyone_may(action: Action) -> bool:
    return all(may(role, action) for role in Role)


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


class ActingDatabase:
    """`Context.acting_database`: a database whose write transactions are an operation's (checked for its
    action, recorded with its staff member), for a service that runs many of them.

    Attributes:
        owed_traces: one of its transactions forgot personal data (R31: the clean-up runs at the end).
        traces_gone: after the block: False when that clean-up had to wait for another program's reader.
        committed: one of its transactions committed: a failure after it leaves something changed
            (changes.partly_done).
    """

    def __init__(self, context: Context, database: DatabaseAccess, action: Action) -> None:
        self._context = context
        self._database = database
        self._action = action
        self.owed_traces = False
        self.traces_gone = True
        self.committed = False

    @property
    def location(self) -> str:
        return self._database.location

    @property
    def file(self) -> Path | None:
        return self._database.file

    @property
    def engine(self) -> Engine:
        return self._database.engine

    @property
    def key(self) -> DatabaseKey | None:
        return self._database.key

    def reading(self) -> AbstractContextManager[Session]:
        return self._database.reading()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        with self._context._write(self._database, self._action) as act:
            yield act.session
        self.owed_traces = self.owed_traces or act.owed_traces
        self.committed = True

    @contextmanager
    def pinned(self) -> Iterator[DatabaseAccess]:
        with self._database.pinned() as pinned:
            over_pinned = ActingDatabase(self._context, pinned, self._action)
            try:
                yield over_pinned
            finally:
                self.owed_traces = self.owed_traces or over_pinned.owed_traces
                self.committed = self.committed or over_pinned.committed

    def others_marks(self) -> WriteMarks:
        return self._database.others_marks()

    def close(self) -> None:
        self._database.close()
