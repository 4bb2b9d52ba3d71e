"""What every screen is given by app.py: the database, the clock, who is at the desk, the task runner,
and this workstation's settings.

Passed explicitly to each screen (no QApplication.instance() service locator).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication

from spaceoptics_desk.domain.clock import Clock
from spaceoptics_desk.domain.permissions import Action, refusal
from spaceoptics_desk.operations.changes import Outcome, PartlyDone
from spaceoptics_desk.operations.context import Context
from spaceoptics_desk.ui.change_hub import ChangeHub
from spaceoptics_desk.ui.tasks import Task, TaskRunner
from spaceoptics_desk.workstation import SmtpSettings, WorkstationSettings

if TYPE_CHECKING:
    from spaceoptics_desk.domain.staff import StaffMember
    from spaceoptics_desk.store.database import DatabaseAccess

T = TypeVar("T")

log = logging.getLogger(__name__)


@dataclass(eq=False)
class Workstation:
    """This workstation's settings as the screens change them, and secrets kept only while the app runs.

    Attributes:
        settings: the workstation settings (app.py loaded them; screens change and save them).
        settings_file: where they are saved; None: not saved (tests, the screenshots).
        smtp_passwords: SMTP passwords by user name, in memory only, for a computer without a keyring:
            asked once per run, never written anywhere.
    """

    settings: WorkstationSettings = field(default_factory=WorkstationSettings)
    settings_file: Path | None = None
    smtp_passwords: dict[str, str] = field(default_factory=dict, repr=False)

    def save(self) -> None:
        """Writes the settings file; raises OSError when it cannot be written."""
        if self.settings_file is not None:
            self.settings.save(self.settings_file)

    def remember_mail_server(self, smtp: SmtpSettings | None, password: str) -> str | None:
        """operations/mail_server.py's store: the settings in the file, the password in the keyring (or,
        on a computer without one, in memory until the app closes). The reason the file could not be
        written (the settings then apply until the app closes), or None."""
        from spaceoptics_desk import smtp_secret

        if smtp is not None and password and smtp.username:
            if smtp_secret.set_password(smtp.username, password):
                self.smtp_passwords.pop(smtp.username, None)  # the keyring has the new one
            else:
                self.smtp_passwords[smtp.username] = password  # no keyring: this run only
        self.settings.remember_smtp(smtp)
        try:
            self.save()
        except OSError as error:
            log.warning("could not save the workstation settings")
            return error.strerror or type(error).__name__
        return None


@dataclass(frozen=True)
class Desk:
    """Attributes:
    database: the database; screens open a short session per task, inside the worker.
    clock: the time source handed to services.
    staff: the staff member at the desk; every change is recorded with this person.
    tasks: the one runner for background work.
    workstation: this workstation's settings (the mail server, the copy folder).
    hub: where every window learns what changed (ui/change_hub.py).
    """

    database: DatabaseAccess
    clock: Clock
    staff: StaffMember
    tasks: TaskRunner
    workstation: Workstation = field(default_factory=Workstation)
    hub: ChangeHub = field(default_factory=ChangeHub)

    @property
    def context(self) -> Context:
        """What an operation is given: this database, the staff member at the desk, this clock."""
        return Context(self.database, self.staff, self.clock)

    def run(
        self,
        operation: Callable[[Context], Outcome[T]],
        on_done: Callable[[T], None],
        on_failed: Callable[[BaseException], None] | None = None,
    ) -> Task[Outcome[T]]:
        """Runs `operation` on the task runner; what it changed goes to the hub (also when the caller
        discarded the task meanwhile), then its result to `on_done` on the GUI thread. An operation that
        failed after part of its work was committed (`PartlyDone`) publishes that part before
        `on_failed` hears of the failure."""
        context = self.context
        return self.tasks.run(
            lambda: operation(context),
            lambda outcome: on_done(outcome.result),
            on_failed,
            on_result=lambda outcome: self.hub.publish(outcome.changes),
            on_error=self._publish_partly_done,
        )

    def _publish_partly_done(self, error: BaseException) -> None:
        if isinstance(error, PartlyDone):
            self.hub.publish(error.changes)

    def refusal(self, action: Action) -> str | None:
        """Why the staff member at the desk may not take `action` (translated, for a disabled button's
        tooltip), or None when they may; the service refuses the same (domain/permissions.py)."""
        reason = refusal(self.staff.role, action)
        return None if reason is None else QCoreApplication.translate("errors", reason)
