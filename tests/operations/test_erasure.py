"""The erasure's doors (issue 11; R7, R14, R16, R25, R31): only the owner erases, the refusal comes from
the permission table before anything is written, and the trace clean-up is the operation's own
follow-up."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from spaceoptics_desk.domain.clock import FixedClock
from spaceoptics_desk.domain.permissions import OWNER, PERMISSIONS, STAFF, Action
from spaceoptics_desk.domain.staff import StaffMember
from spaceoptics_desk.operations import erasure
from spaceoptics_desk.operations.context import Context
from spaceoptics_desk.services import trace_cleanup
from spaceoptics_desk.services.errors import NotAllowed
from spaceoptics_desk.store.database import Database
from spaceoptics_desk.store.models import AuditEntry, CaseEvent, Customer, ErasureJournalEntry
from tests.raw_files import readable_in_files
from tests.readers import reader_holding_a_snapshot
from tests.records import request_case
from tests.services.conftest import Shop

# Not the e-mail address: the open recipient tasks keep it until told (R16).
JAN = ["K000123", "06-22993969", "0622993969", "4021HR"]


def as_staff(database: Database, clock: FixedClock) -> Context:
    return Context(database, StaffMember("staff", "Medewerker", STAFF), clock)


def as_owner(database: Database, clock: FixedClock) -> Context:
    return Context(database, StaffMember("owner", "Eigenaar", OWNER), clock)


def written(database: Database) -> tuple[int, int, int]:
    with database.reading() as session:
        return (
            session.scalar(select(func.count()).select_from(AuditEntry)) or 0,
            session.scalar(select(func.count()).select_from(CaseEvent)) or 0,
            session.scalar(select(func.count()).select_from(ErasureJournalEntry)) or 0,
        )


def test_R14_a_staff_member_is_refused_with_the_tables_reason_and_nothing_is_written(
    database: Database, shop: Shop, clock: FixedClock
) -> None:
    case_id = request_case(database, clock, shop.jan, "erasure", verified=True)
    before = written(database)
    with pytest.raises(NotAllowed) as refused:
        erasure.erase_customer(as_staff(database, clock), case_id, shop.jan)
    assert refused.value.text() == PERMISSIONS[Action.ERASE].refusal == "Only the owner can erase a customer."
    assert written(database) == before
    with database.reading() as session:
        assert session.get(Customer, shop.jan) is not None


def test_R14_the_role_in_the_staff_table_counts_not_the_one_the_desk_remembers(
    database: Database, shop: Shop, clock: FixedClock
) -> None:
    """A desk that thinks its staff member is the owner (signed in before a demotion) is still refused."""
    case_id = request_case(database, clock, shop.jan, "erasure", verified=True)
    before = written(database)
    remembered_as_owner = Context(database, StaffMember("staff", "Medewerker", OWNER), clock)
    with pytest.raises(NotAllowed, match="Only the owner can erase a customer"):
        erasure.erase_customer(remembered_as_owner, case_id, shop.jan)
    assert written(database) == before


def test_R14_the_preview_is_for_everyone_handling_the_case(
    database: Database, shop: Shop, clock: FixedClock
) -> None:
    case_id = request_case(database, clock, shop.jan, "erasure", verified=False)
    for context in (as_staff(database, clock), as_owner(database, clock)):
        preview = erasure.erasure_preview(context, case_id).result
        assert (preview.customer_id, preview.customer) == (shop.jan, "Jan van der Berg (K000123)")
    assert written(database)[2] == 0  # nothing was erased by looking


def test_R14_R31_the_owner_erases_and_the_traces_leave_the_files_in_the_same_operation(
    database: Database, db_path: Path, shop: Shop, clock: FixedClock
) -> None:
    case_id = request_case(database, clock, shop.jan, "erasure", verified=True)
    done = erasure.erase_customer(as_owner(database, clock), case_id, "K000123")
    erased = done.result
    assert erased.traces_gone
    assert erased.erasure.reference.startswith("E-")
    assert erased.plan.customer == "Jan van der Berg (K000123)"  # what the confirmation named
    assert erased.case.timeline[-1].kind == "erased"
    assert done.changes.erased_customer(shop.jan) and done.changes.touches_case(case_id)
    with database.reading() as session:
        assert session.get(Customer, shop.jan) is None
    assert not trace_cleanup.pending(database)
    assert readable_in_files(db_path, JAN) == []


@pytest.mark.file_only
def test_R31_an_erasure_while_another_program_reads_says_its_traces_wait(
    database: Database, db_path: Path, shop: Shop, clock: FixedClock
) -> None:
    case_id = request_case(database, clock, shop.jan, "erasure", verified=True)
    with reader_holding_a_snapshot(db_path):
        erased = erasure.erase_customer(as_owner(database, clock), case_id, shop.jan).result
        assert not erased.traces_gone
        assert trace_cleanup.pending(database)
    assert trace_cleanup.finish_pending(database)
    assert readable_in_files(db_path, JAN) == []


def test_R7_R25_the_services_refusals_still_reach_the_owner(
    database: Database, shop: Shop, clock: FixedClock
) -> None:
    unchecked = request_case(database, clock, shop.jan, "erasure", verified=False)
    with pytest.raises(NotAllowed, match="identity"):
        erasure.erase_customer(as_owner(database, clock), unchecked, shop.jan)
    assert written(database)[2] == 0


def test_R31_a_clean_up_that_fails_after_the_commit_leaves_the_erasure_done_and_its_debt_pending(
    database: Database, shop: Shop, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another program holds the write lock past the busy timeout just after the erasure committed: the
    owner is still told it is done (and every window learns it), and the clean-up waits to be paid."""
    from spaceoptics_desk.store.errors import DatabaseBusy

    def busy(*_args: object) -> bool:
        raise DatabaseBusy("The database is busy.")

    case_id = request_case(database, clock, shop.jan, "erasure", verified=True)
    monkeypatch.setattr(trace_cleanup, "finish_pending", busy)
    done = erasure.erase_customer(as_owner(database, clock), case_id, shop.jan)
    assert not done.result.traces_gone and done.changes.erased_customer(shop.jan)
    monkeypatch.undo()
    assert trace_cleanup.pending(database)
    with database.reading() as session:
        assert session.get(Customer, shop.jan) is None
