"""Who may set the mail server customers' data goes out by (R11, issue 11): the owner, by the table, as
the staff table says; and only settings that can work are kept."""

from __future__ import annotations

import pytest

from spaceoptics_desk.domain.permissions import OWNER, PERMISSIONS, Action
from spaceoptics_desk.domain.staff import StaffMember
from spaceoptics_desk.operations.context import Context
from spaceoptics_desk.operations.mail_server import set_mail_server
from spaceoptics_desk.services.errors import InvalidInput, NotAllowed
from spaceoptics_desk.services.smtp_settings import SmtpSettings

SERVER = SmtpSettings(host="smtp.provider.nl", username="winkel")


class Kept:
    """A workstation's store that only remembers what it was given."""

    def __init__(self) -> None:
        self.given: list[tuple[SmtpSettings | None, str]] = []

    def remember_mail_server(self, smtp: SmtpSettings | None, password: str) -> str | None:
        self.given.append((smtp, password))
        return None


def test_R11_the_owner_sets_the_mail_server_and_the_workstation_keeps_it(owner: Context) -> None:
    kept = Kept()
    outcome = set_mail_server(owner, SERVER, "geheim", kept)
    assert kept.given == [(SERVER, "geheim")]
    assert outcome.changes.settings
    set_mail_server(owner, None, "", kept)  # removed: copies are saved as e-mails instead
    assert kept.given[-1] == (None, "")


def test_R11_staff_are_refused_with_the_tables_reason_and_nothing_is_kept(staff: Context) -> None:
    kept = Kept()
    with pytest.raises(NotAllowed) as refused:
        set_mail_server(staff, SERVER, "geheim", kept)
    assert refused.value.message == PERMISSIONS[Action.MAIL_SERVER].refusal
    assert kept.given == []


def test_R11_a_desk_that_remembers_an_owner_is_refused_when_the_staff_table_says_staff(
    staff: Context,
) -> None:
    posing = staff.as_staff(StaffMember("staff", "Medewerker", OWNER))
    kept = Kept()
    with pytest.raises(NotAllowed):
        set_mail_server(posing, SERVER, "geheim", kept)
    assert kept.given == []


def test_R11_settings_that_cannot_work_are_refused_and_not_kept(owner: Context) -> None:
    kept = Kept()
    with pytest.raises(InvalidInput) as refused:
        set_mail_server(owner, SmtpSettings(host="smtp.provider.nl", security="none"), "", kept)
    assert "needs STARTTLS or SSL" in refused.value.text()
    assert kept.given == []
