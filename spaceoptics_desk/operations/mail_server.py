"""R11: the mail server customers' data goes out by, set or removed only by whom the permission table
allows.

The settings are this workstation's (its settings file, the password in the operating system's keyring),
not the database's: the operation checks who asks (the role in the staff table) and whether the settings
can work, and hands them to the workstation's store.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from spaceoptics_desk.domain.permissions import Action
from spaceoptics_desk.operations.changes import Changes, Outcome
from spaceoptics_desk.operations.context import Context, operation

if TYPE_CHECKING:
    from spaceoptics_desk.services.smtp_settings import SmtpSettings


class MailServerStore(Protocol):
    """Where a workstation keeps its mail server (ui/desk.py Workstation)."""

    def remember_mail_server(self, smtp: SmtpSettings | None, password: str) -> str | None:
        """Keeps the settings (None: no mail server) and the password; the reason they could not be
        written to the settings file (they then apply until the app closes), or None."""
        ...


@operation(Action.MAIL_SERVER)
def set_mail_server(
    context: Context, smtp: SmtpSettings | None, password: str, store: MailServerStore
) -> Outcome[str | None]:
    """Sets (or, with None, removes) this workstation's mail server: refused for anyone the table does not
    allow, and InvalidInput naming the first setting that cannot work (nothing is kept then). Returns
    the reason the settings file could not be written, or None."""
    context.confirm(Action.MAIL_SERVER)
    if smtp is not None:
        smtp.check()
    return Outcome(store.remember_mail_server(smtp, password), Changes(settings=True))
