"""What every screen is given by app.py: the database, the clock, who is at the desk, the task runner.

Passed explicitly to each screen (no QApplication.instance() service locator).
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from spaceoptics_desk.domain.clock import Clock
from spaceoptics_desk.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from spaceoptics_desk.domain.staff import StaffMember


class DatabaseAccess(Protocol):
    """What screens use of the database (an open `Database`, or one still opening)."""

    @property
    def location(self) -> str: ...

    def reading(self) -> AbstractContextManager[Session]: ...

    def transaction(self) -> AbstractContextManager[Session]: ...


@dataclass(frozen=True)
class Desk:
    """Attributes:
    database: the database; screens open a short session per task, inside the worker.
    clock: the time source handed to services.
    staff: the staff member at the desk; every change is recorded with this person.
    tasks: the one runner for background work.
    """

    database: DatabaseAccess
    clock: Clock
    staff: StaffMember
    tasks: TaskRunner
