"""The newsletter export (R21): only the owner lets the list leave the app, and it is logged."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from spaceoptics_desk.domain.permissions import PERMISSIONS, Action
from spaceoptics_desk.domain.staff import StaffMember
from spaceoptics_desk.operations import consent
from spaceoptics_desk.operations.context import Context
from spaceoptics_desk.operations.mailing_list import export_mailing_list
from spaceoptics_desk.services.errors import NotAllowed
from spaceoptics_desk.store.database import Database
from spaceoptics_desk.store.models import AuditEntry
from tests.services.conftest import Shop


def _exports(database: Database) -> list[str]:
    with database.reading() as session:
        return list(
            session.scalars(select(AuditEntry.details).where(AuditEntry.action == "mailing_list_exported"))
        )


@pytest.fixture
def on_the_list(staff: Context, shop: Shop) -> None:
    consent.switch_consent(staff, shop.jan, "newsletter", True, "email")


def test_a_staff_member_is_refused_with_the_tables_reason_and_nothing_is_written(
    staff: Context, database: Database, on_the_list: None, tmp_path: Path
) -> None:
    target = tmp_path / "list.csv"  # beside the test's database file
    with pytest.raises(NotAllowed) as refused:
        export_mailing_list(staff, target)
    assert refused.value.message == PERMISSIONS[Action.EXPORT_MAILING_LIST].refusal
    assert refused.value.text() == "Only the owner exports the mailing list."
    assert not (tmp_path / "list.csv").exists()
    assert _exports(database) == []


def test_a_desk_that_remembers_the_owner_is_refused_when_the_staff_row_says_otherwise(
    staff: Context, owner: Context, database: Database, on_the_list: None, tmp_path: Path
) -> None:
    """The role in the database counts, not the one the desk remembers (another role meanwhile)."""
    pretending = owner.as_staff(StaffMember("staff", "Medewerker", owner.staff.role))
    with pytest.raises(NotAllowed, match="Only the owner exports the mailing list"):
        export_mailing_list(pretending, tmp_path / "list.csv")
    assert not (tmp_path / "list.csv").exists()
    assert _exports(database) == []


def test_the_owner_exports_the_list_and_the_export_is_logged_without_addresses(
    owner: Context, database: Database, on_the_list: None, tmp_path: Path
) -> None:
    target = tmp_path / "list.csv"
    outcome = export_mailing_list(owner, target)
    assert outcome.result == 1
    assert not outcome.changes  # no customer's data changed: no window needs to refresh
    assert target.read_text(encoding="utf-8").splitlines() == [
        "email,name,language,basis",
        "jan.vdberg@example.nl,Jan van der Berg,nl,opt_in",
    ]
    assert _exports(database) == ['{"addresses": 1, "purpose": "newsletter"}']


def test_a_list_that_cannot_be_written_is_not_logged(
    owner: Context, database: Database, on_the_list: None, tmp_path: Path
) -> None:
    with pytest.raises(Exception, match="does not exist"):
        export_mailing_list(owner, tmp_path / "missing" / "list.csv")
    assert _exports(database) == []
