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
from spaceoptics_desk.services import cases, erasure
from spaceoptics_desk.services.copies import create_access_copy
from spaceoptics_desk.services.errors import NotAllowed
from spaceoptics_desk.services.staff import acting_user
from spaceoptics_desk.store.database import Database
from spaceoptics_desk.store.models import CaseEvent, Customer
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
