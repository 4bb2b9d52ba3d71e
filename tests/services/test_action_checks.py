"""Irreversible actions only with their checks (issue 10 §3; R7, R11, R14, R32).

An erasure and a data copy answer a request only once the person's identity is recorded on it (R7); only
the owner erases (tests/operations/test_erasure.py: the operation refuses), restores a backup or lets a
copy of someone's data leave the app. Refused in the service, so the app and the command line cannot
differ.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from spaceoptics_desk.domain.clock import FixedClock
from spaceoptics_desk.services import backups, cases, erasure, restore
from spaceoptics_desk.services.copies import create_access_copy
from spaceoptics_desk.services.delivery import SmtpSettings, prepare_copy_email, save_for_email, send_copy
from spaceoptics_desk.services.errors import NotAllowed
from spaceoptics_desk.services.staff import acting_user
from spaceoptics_desk.store.database import Database, open_database
from spaceoptics_desk.store.models import AuditEntry, CaseEvent, Customer
from tests.records import request_case
from tests.services.conftest import Shop

# --- R7: the identity check comes first -----------------------------------------------------------------


def test_R7_an_erasure_is_refused_while_the_identity_of_the_case_is_not_checked(
    database: Database, shop: Shop, clock: FixedClock
) -> None:
    case_id = request_case(database, clock, shop.jan, "erasure", verified=False)
    with pytest.raises(NotAllowed, match="identity") as refused, database.transaction() as session:
        erasure.erase_customer(session, acting_user(session, "owner"), clock, shop.jan, case_id)
    assert "Check the person's identity" in refused.value.text()
    with database.reading() as session:
        assert session.get(Customer, shop.jan) is not None  # nothing of Jan went
        assert session.scalar(select(func.count()).where(CaseEvent.kind == "erased")) == 0
    with database.transaction() as session:
        owner = acting_user(session, "owner")
        cases.verify_identity(session, owner, clock, case_id, "call-back")
        erasure.erase_customer(session, owner, clock, shop.jan, case_id)
    with database.reading() as session:
        assert session.get(Customer, shop.jan) is None


def test_R7_a_copy_for_a_case_is_refused_while_its_identity_is_not_checked(
    database: Database, shop: Shop, clock: FixedClock, tmp_path: Path
) -> None:
    case_id = request_case(database, clock, shop.jan, "access", verified=False)
    folder = tmp_path / "copy"
    folder.mkdir()
    with pytest.raises(NotAllowed, match="identity"), database.transaction() as session:
        create_access_copy(session, acting_user(session, "owner"), clock, shop.jan, folder, case_id=case_id)
    assert list(folder.iterdir()) == []  # no file of Jan's data was written
    with database.transaction() as session:
        owner = acting_user(session, "owner")
        cases.verify_identity(session, owner, clock, case_id, "call-back")
        files = create_access_copy(session, owner, clock, shop.jan, folder, case_id=case_id, encrypt=True)
    assert files.pdf.exists()


# --- owner only -----------------------------------------------------------------------------------------


def test_R11_staff_cannot_make_save_or_send_a_copy(
    database: Database, shop: Shop, clock: FixedClock, tmp_path: Path
) -> None:
    case_id = request_case(database, clock, shop.jan, "access", verified=True)
    folder = tmp_path / "copy"
    folder.mkdir()
    with pytest.raises(NotAllowed) as refused, database.transaction() as session:
        create_access_copy(session, acting_user(session, "staff"), clock, shop.jan, folder, case_id=case_id)
    assert refused.value.text() == "Only the owner can make, save or send a copy of a customer's data."
    assert list(folder.iterdir()) == []
    # The owner made the copy; staff still cannot let it leave the app.
    with database.transaction() as session:
        files = create_access_copy(
            session, acting_user(session, "owner"), clock, shop.jan, folder, case_id=case_id, encrypt=True
        )
    with database.reading() as session:
        prepared = prepare_copy_email(session, case_id, files.paths)
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    with pytest.raises(NotAllowed, match="Only the owner"):
        save_for_email(database, "staff", clock, prepared, drafts)
    assert list(drafts.iterdir()) == []
    settings = SmtpSettings(host="127.0.0.1", port=9, security="none")  # never reached: refused before
    with pytest.raises(NotAllowed, match="Only the owner"):
        send_copy(database, "staff", clock, prepared, settings)
    with database.reading() as session:
        kinds = set(session.scalars(select(CaseEvent.kind).where(CaseEvent.request_id == case_id)))
    assert not kinds & {"copy_sending", "copy_sent", "copy_draft_saved"}


def test_R32_staff_cannot_restore_a_backup_and_the_live_database_stays(
    database: Database, db_path: Path, shop: Shop, clock: FixedClock, tmp_path: Path
) -> None:
    made = backups.make_backup(db_path, clock)
    case_id = request_case(database, clock, shop.zoe, "erasure", verified=True)
    with database.transaction() as session:
        erasure.erase_customer(session, acting_user(session, "owner"), clock, shop.zoe, case_id)
    database.close()
    with pytest.raises(NotAllowed) as refused:
        restore.restore(db_path, made.path, "staff", clock)
    assert refused.value.text() == "Only the owner can restore a backup."
    live = open_database(str(db_path))
    try:
        with live.reading() as session:
            assert session.scalar(select(func.count()).where(CaseEvent.request_id == case_id)) > 0
            assert session.scalar(select(func.count()).where(AuditEntry.action == "backup_restored")) == 0
    finally:
        live.close()


# --- a copy without a case (the customer view) ----------------------------------------------------------


def test_R7_a_copy_without_a_case_is_the_owners_and_only_while_no_request_asks_for_one(
    database: Database, shop: Shop, clock: FixedClock, tmp_path: Path
) -> None:
    """Without a case nobody's identity was checked, so the copy cannot be meant for the person: it is the
    owner's own look at the data (and cannot be sent from the app). When a request for a copy is open, the
    copy must come from that request, so its identity check applies."""
    folder = tmp_path / "copy"
    folder.mkdir()
    with pytest.raises(NotAllowed, match="Only the owner"), database.transaction() as session:
        create_access_copy(session, acting_user(session, "staff"), clock, shop.jan, folder)
    with database.transaction() as session:
        create_access_copy(session, acting_user(session, "owner"), clock, shop.jan, folder, encrypt=True)
    assert len(list(folder.iterdir())) == 1
    case_id = request_case(database, clock, shop.jan, "access", verified=False)
    with pytest.raises(NotAllowed) as refused, database.transaction() as session:
        create_access_copy(session, acting_user(session, "owner"), clock, shop.jan, folder, encrypt=True)
    assert refused.value.text() == (
        f"This customer has an open request for a copy ({case_id}): make the copy from the request, "
        "after its identity check."
    )
    assert len(list(folder.iterdir())) == 1
