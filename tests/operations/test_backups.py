"""Backup and restore through their doors (issue 11; R32, R31): anyone at the desk makes a backup, only
the owner restores one; a refused restore leaves the live database as it was."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from spaceoptics_desk.domain.clock import FixedClock
from spaceoptics_desk.domain.permissions import OWNER, PERMISSIONS, STAFF, Action
from spaceoptics_desk.domain.staff import StaffMember
from spaceoptics_desk.operations import backups, opening
from spaceoptics_desk.operations.context import Context
from spaceoptics_desk.services import trace_cleanup
from spaceoptics_desk.services.errors import NotAllowed
from spaceoptics_desk.services.staff import ensure_staff
from spaceoptics_desk.store.database import Database, open_database
from spaceoptics_desk.store.models import AuditEntry, Customer
from tests.records import add_customer

OWNER_MEMBER = StaffMember("owner", "Olga Eigenaar", OWNER)
STAFF_MEMBER = StaffMember("staff", "Sanne de Vries", STAFF)


@pytest.fixture
def backed_up(database: Database, db_path: Path, clock: FixedClock) -> Path:
    """A backup with the two staff members and no customers; then a customer is added to the live one."""
    with database.transaction() as session:
        ensure_staff(session, "owner", "Olga Eigenaar", OWNER)
        ensure_staff(session, "staff", "Sanne de Vries", STAFF)
    made = backups.make_backup(Context(database, opening.UNNAMED, clock)).result
    with database.transaction() as session:
        add_customer(session, "K000777", "Nina", "", "Nieuw")
    database.close()
    return made.path


def _restored(db_path: Path, staff: StaffMember, backup: Path, clock: FixedClock) -> object:
    with opening.database_at(str(db_path)) as live:
        return backups.restore_backup(Context(live, staff, clock, trace_wait_ms=None), backup).result


def _customers_and_restores(db_path: Path) -> tuple[int, int]:
    live = open_database(str(db_path))
    try:
        with live.reading() as session:
            customers = session.scalar(select(func.count()).select_from(Customer)) or 0
            restores = session.scalar(select(func.count()).where(AuditEntry.action == "backup_restored"))
            return customers, restores or 0
    finally:
        live.close()


@pytest.mark.file_only
def test_R32_anyone_makes_a_backup_only_the_owner_restores_one(
    backed_up: Path, db_path: Path, clock: FixedClock
) -> None:
    assert backed_up.is_file()
    with pytest.raises(NotAllowed) as refused:
        _restored(db_path, STAFF_MEMBER, backed_up, clock)
    assert refused.value.text() == PERMISSIONS[Action.RESTORE].refusal
    assert refused.value.text() == "Only the owner can restore a backup."
    assert _customers_and_restores(db_path) == (1, 0)  # the live database as it was

    _restored(db_path, OWNER_MEMBER, backed_up, clock)
    assert _customers_and_restores(db_path) == (0, 1)
    live = open_database(str(db_path))
    try:
        assert not trace_cleanup.pending(live)  # R31: what the restore replaced left the files
    finally:
        live.close()


@pytest.mark.file_only
def test_R32_without_a_live_database_the_backups_own_staff_row_decides(
    backed_up: Path, db_path: Path, clock: FixedClock, tmp_path: Path
) -> None:
    """Nothing to ask at the live place: staff claiming to restore are refused in the backup's copy,
    before anything takes the new place."""
    elsewhere = tmp_path / "elsewhere" / "shop.db"
    # Whom the password proved, taken as the owner they claim to be (operations/opening.restoring_context).
    claimed = StaffMember("staff", "staff", OWNER)
    with (
        pytest.raises(NotAllowed, match=r"Only the owner can restore a backup\."),
        opening.database_at(str(elsewhere)) as live,
    ):
        backups.restore_backup(Context(live, claimed, clock), backed_up, without_journal=True)
    assert not elsewhere.exists()
    with opening.database_at(str(elsewhere)) as live:
        context = Context(live, StaffMember("owner", "owner", OWNER), clock)
        backups.restore_backup(context, backed_up, without_journal=True)
    assert _customers_and_restores(elsewhere) == (0, 1)
