"""What every screen is given by app.py: the database, the clock, who is at the desk, the task runner.

Passed explicitly to each screen (no QApplication.instance() service locator).
"""

from __future__ import annotations

from dataclasses import dataclass

from spaceoptics_desk.domain.clock import Clock
from spaceoptics_desk.services.staff import StaffMember
from spaceoptics_desk.store.database import Database
from spaceoptics_desk.ui.tasks import TaskRunner


@dataclass(frozen=True)
class Desk:
    """Attributes:
    database: the open database; screens open a short session per task, inside the worker.
    clock: the time source handed to services.
    staff: the staff member at the desk; every change is recorded with this person.
    tasks: the one runner for background work.
    """

    database: Database
    clock: Clock
    staff: StaffMember
    tasks: TaskRunner
