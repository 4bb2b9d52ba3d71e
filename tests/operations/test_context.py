"""What every operation gets from its Context (issue 11): the staff row decides the role, and the R31
clean-up after data is forgotten runs by itself, once, right after the commit."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from spaceoptics_desk.domain.clock import FixedClock
from spaceoptics_desk.domain.permissions import OWNER, Action
from spaceoptics_desk.domain.staff import StaffMember
from spaceoptics_desk.operations.context import Context
from spaceoptics_desk.services import erasure, trace_cleanup
from spaceoptics_desk.services.errors import NotAllowed, NotFound
from spaceoptics_desk.store.database import Database
from spaceoptics_desk.store.models import StaffUser
from tests.operations.conftest import Shop
from tests.raw_files import readable_in_files
from tests.readers import reader_holding_a_snapshot
from tests.records import request_case

OWNER_AT_DESK = StaffMember("owner", "Marleen Verhoef", OWNER)
JAN = ["K000123", "06-22993969", "0622993969", "4021HR"]


def _erase(context: Context, shop: Shop, case_id: int) -> bool:
    with context.acting(Action.ERASE) as act:
        erasure.erase_customer(act.session, act.actor, context.clock, shop.jan, case_id)
    return act.traces_gone


def test_R31_the_traces_of_an_erasure_are_gone_from_the_files_right_after_the_operation(
    database: Database, db_path: Path, shop: Shop, clock: FixedClock
) -> None:
    case_id = request_case(database, clock, shop.jan, "erasure")
    assert _erase(Context(database, OWNER_AT_DESK, clock), shop, case_id) is True
    assert not trace_cleanup.pending(database)
    assert readable_in_files(db_path, JAN) == []


@pytest.mark.file_only
def test_R31_a_reader_holding_the_traces_leaves_the_clean_up_pending_and_says_so(
    database: Database, db_path: Path, shop: Shop, clock: FixedClock
) -> None:
    case_id = request_case(database, clock, shop.jan, "erasure")
    with reader_holding_a_snapshot(db_path):
        assert _erase(Context(database, OWNER_AT_DESK, clock), shop, case_id) is False
    assert trace_cleanup.pending(database)  # recorded: the app's timer or the next command finishes it


def test_many_transactions_pay_the_clean_up_once_at_the_end(
    database: Database, db_path: Path, shop: Shop, clock: FixedClock
) -> None:
    case_id = request_case(database, clock, shop.jan, "erasure")
    context = Context(database, OWNER_AT_DESK, clock)
    with context.acting_database(Action.ERASE) as acting:
        with acting.transaction() as session:
            actor = session.scalars(select(StaffUser).where(StaffUser.username == "owner")).one()
            erasure.erase_customer(session, actor, clock, shop.jan, case_id)
        assert trace_cleanup.pending(database)  # not per transaction: a bulk run would rewrite every page
    assert acting.traces_gone is True
    assert not trace_cleanup.pending(database)
    assert readable_in_files(db_path, JAN) == []


def test_the_role_in_the_staff_table_counts_not_the_one_the_desk_remembers(
    database: Database, shop: Shop, clock: FixedClock
) -> None:
    case_id = request_case(database, clock, shop.jan, "erasure")
    posing = StaffMember("staff", "Sanne de Vries", OWNER)  # a desk that believes she is the owner
    with pytest.raises(NotAllowed):
        _erase(Context(database, posing, clock), shop, case_id)
    with pytest.raises(NotFound):
        _erase(Context(database, StaffMember("ghost", "Nobody", OWNER), clock), shop, case_id)
