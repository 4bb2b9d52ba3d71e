"""The retention doors (issue 11; R23-R26, R31): the owner decides on the review and changes the rules,
staff may look; what a run erased is published so every view of those people closes, and its traces
leave the files once, also when the run fails part-way."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import sqlcipher3
from sqlalchemy import func, select

from spaceoptics_desk.domain.clock import FixedClock
from spaceoptics_desk.domain.permissions import OWNER, PERMISSIONS, STAFF, Action
from spaceoptics_desk.domain.retention import RetentionCategory
from spaceoptics_desk.domain.staff import StaffMember
from spaceoptics_desk.errors import DatabaseUnavailable, KnownError
from spaceoptics_desk.operations import retention, rules
from spaceoptics_desk.operations.changes import Changes, PartlyDone
from spaceoptics_desk.operations.context import Context
from spaceoptics_desk.services import trace_cleanup
from spaceoptics_desk.services.errors import InvalidInput, NotAllowed
from spaceoptics_desk.services.retention_scan import Candidate
from spaceoptics_desk.services.staff import ensure_staff
from spaceoptics_desk.store.database import Database, open_database
from spaceoptics_desk.store.errors import DatabaseBusy
from spaceoptics_desk.store.models import (
    AuditEntry,
    Customer,
    LegalHold,
    RetentionDecision,
    RetentionRuleRow,
)
from spaceoptics_desk.store.search import reindex_customers
from tests.records import add_customer, add_order, at

TODAY = date(2026, 11, 25)


@pytest.fixture
def owner(database: Database, clock: FixedClock) -> Context:
    with database.transaction() as session:
        ensure_staff(session, "owner", "Olga Eigenaar", OWNER)
        ensure_staff(session, "staff", "Sanne de Vries", STAFF)
    return Context(database, StaffMember("owner", "Olga Eigenaar", OWNER), clock)


@pytest.fixture
def staff(owner: Context) -> Context:
    return owner.as_staff(StaffMember("staff", "Sanne de Vries", STAFF))


@pytest.fixture
def old_customers(database: Database) -> list[int]:
    """Three customers whose last order was in 2018: their profiles (and 2018 orders) are due."""
    ids = []
    with database.transaction() as session:
        for n in range(3):
            customer = add_customer(
                session, f"K00090{n}", "Mária", "", f"Oudeklant{n}", email=f"oud{n}@example.nl"
            )
            add_order(session, customer, f"2018-90000{n}", at(2018, 3, 1))
            ids.append(customer.id)
        reindex_customers(session, ids)
    return ids


def _audited(database: Database) -> int:
    with database.reading() as session:
        return session.scalar(select(func.count()).select_from(AuditEntry)) or 0


def _profiles(context: Context) -> list[Candidate]:
    return [c for c in retention.scan(context, TODAY).result if c.rule is RetentionCategory.PROFILE]


def test_staff_see_what_is_due_but_the_owners_decisions_are_refused_with_the_tables_text(
    database: Database, owner: Context, staff: Context, old_customers: list[int]
) -> None:
    due = _profiles(staff)
    assert {c.customer_id for c in due} == set(old_customers)
    assert retention.review_status(staff).result.candidates == retention.scan(owner, TODAY).result
    before = _audited(database)
    refusal = PERMISSIONS[Action.DECIDE_RETENTION].refusal
    for attempt in (
        lambda: retention.postpone(staff, due[0].key, date(2027, 3, 1), "belt terug", TODAY),
        lambda: retention.hold(staff, due[0].key, "Geschil", "D-1", date(2027, 3, 1), TODAY),
        lambda: retention.apply_review(staff, due, TODAY),
        lambda: retention.apply_automatic(staff, TODAY),
    ):
        with pytest.raises(NotAllowed) as refused:
            attempt()
        assert refused.value.text() == refusal == "Only the owner decides on the retention review."
    assert _audited(database) == before
    with database.reading() as session:
        assert session.scalar(select(func.count()).select_from(RetentionDecision)) == 0
        assert session.scalar(select(func.count()).select_from(Customer)) == len(old_customers)

    postponed = retention.postpone(owner, due[0].key, date(2027, 3, 1), "belt eerst terug", TODAY)
    assert postponed.changes.retention
    assert due[0].key not in {c.key for c in retention.scan(owner, TODAY).result}


def test_a_role_changed_since_the_desk_signed_in_is_what_counts(
    database: Database, owner: Context, old_customers: list[int]
) -> None:
    """The desk remembers "owner"; the staff row says otherwise now: every transaction asks the row."""
    with database.transaction() as session:
        row = ensure_staff(session, "owner", "Olga Eigenaar", OWNER)
        row.role = STAFF
    with pytest.raises(NotAllowed, match=r"Only the owner decides on the retention review\."):
        retention.apply_review(owner, _profiles(owner), TODAY)
    with database.reading() as session:
        assert session.scalar(select(func.count()).select_from(Customer)) == len(old_customers)


def test_R14_R31_a_review_run_publishes_whom_it_erased_and_leaves_no_clean_up_owed(
    database: Database, owner: Context, old_customers: list[int]
) -> None:
    due = _profiles(owner)
    with database.transaction() as session:  # a new order since the scan: the third customer stays
        customer = session.get(Customer, old_customers[2])
        assert customer is not None
        add_order(session, customer, "2026-900009", at(2026, 11, 20))
    applied = retention.apply_review(owner, due, TODAY)
    assert sum(c.applied for c in applied.result.report.counts) == 2
    changes = applied.changes
    assert changes.erased == frozenset(old_customers[:2])
    assert changes.erased_customer(old_customers[0]) and not changes.erased_customer(old_customers[2])
    assert changes.touches_customer(old_customers[2]) and changes.retention
    assert not trace_cleanup.pending(database)  # R31: paid once, after the last customer


def test_R31_a_run_that_fails_part_way_still_cleans_up_after_the_customers_it_erased(
    database: Database, owner: Context, old_customers: list[int]
) -> None:
    class PowerCut(Exception):
        pass

    def cut_after_the_first(done: int, _total: int) -> None:
        if done == 1:
            raise PowerCut

    with pytest.raises(PartlyDone) as failed:
        retention.apply_review(owner, _profiles(owner), TODAY, progress=cut_after_the_first)
    with database.reading() as session:
        assert session.get(Customer, old_customers[0]) is None  # committed before the failure
        assert session.get(Customer, old_customers[1]) is not None
    assert not trace_cleanup.pending(database)
    # A bug stays a bug (the crash report, its cause kept), and what was done reaches the windows.
    assert isinstance(failed.value.__cause__, PowerCut) and not isinstance(failed.value, KnownError)
    assert failed.value.changes.erased == frozenset({old_customers[0]})


@pytest.mark.file_only
def test_R14_a_run_whose_second_customer_fails_still_names_the_first_as_erased(
    database: Database, db_path: Path, clock: FixedClock, owner: Context, old_customers: list[int]
) -> None:
    """Another program takes the write lock after the first customer: the second one's transaction
    waits out the busy timeout. The windows must still learn that the first is gone (their views of
    her close), and the message is the database's own (the CLI still exits 3)."""
    impatient = open_database(str(db_path), busy_timeout_ms=50)
    other_program = sqlcipher3.connect(db_path, isolation_level=None)
    try:

        def lock_after_the_first(done: int, _total: int) -> None:
            if done == 1:
                other_program.execute("BEGIN IMMEDIATE")

        context = Context(impatient, owner.staff, clock)
        with pytest.raises(DatabaseUnavailable) as failed:
            retention.apply_review(context, _profiles(context), TODAY, progress=lock_after_the_first)
        other_program.execute("ROLLBACK")
    finally:
        other_program.close()
        impatient.close()
    assert isinstance(failed.value.__cause__, DatabaseBusy)
    assert failed.value.text() == failed.value.__cause__.text()
    assert isinstance(failed.value, PartlyDone)
    assert failed.value.changes.erased == frozenset({old_customers[0]})
    assert failed.value.changes.retention
    with database.reading() as session:
        assert session.get(Customer, old_customers[0]) is None
        assert session.get(Customer, old_customers[1]) is not None


def test_a_run_refused_before_it_changed_anything_raises_the_refusal_as_it_is(
    database: Database, owner: Context, old_customers: list[int]
) -> None:
    with pytest.raises(InvalidInput) as refused:
        retention.apply_review(owner, _profiles(owner), date(2026, 12, 1))  # a day ahead (R23)
    assert not isinstance(refused.value, PartlyDone)


def test_only_the_owner_changes_a_rule_and_the_change_is_published(
    database: Database, owner: Context, staff: Context
) -> None:
    assert rules.schedule(staff).result.rules[0].category is RetentionCategory.PROFILE
    before = _audited(database)
    with pytest.raises(NotAllowed) as refused:
        rules.change_rule(staff, "profile", "korter", period_months=60)
    assert refused.value.text() == "Only the owner changes the retention rules."
    assert _audited(database) == before
    with database.reading() as session:
        row = session.get(RetentionRuleRow, "profile")
        assert row is not None and row.period_months == 84
    changed = rules.change_rule(owner, "profile", "advies accountant", period_months=96)
    assert changed.result.period_months == 96 and changed.changes.rules
    assert rules.schedule(staff).result.history[0].new_value == "96"


def test_R25_postponing_a_holds_review_tells_the_views_of_its_customer(
    database: Database, owner: Context, old_customers: list[int]
) -> None:
    """The hold's review date moves, and the customer's view shows it ("Legal hold until ...")."""
    with database.transaction() as session:
        placed_by = ensure_staff(session, "owner", "Olga Eigenaar", OWNER)
        session.add(
            LegalHold(
                customer_id=old_customers[0],
                reason="Betwiste betaling",
                case_reference="DISP-2026-3",
                placed_at=at(2026, 5, 1),
                review_on=date(2026, 11, 1),
                placed_by_id=placed_by.id,
            )
        )
    fraud = next(c for c in retention.scan(owner, TODAY).result if c.rule is RetentionCategory.FRAUD)
    assert fraud.customer_id == old_customers[0]
    postponed = retention.postpone(owner, fraud.key, date(2027, 5, 1), "loopt nog", TODAY)
    assert postponed.changes.touches_customer(old_customers[0]) and postponed.changes.retention
    assert not postponed.changes.touches_customer(old_customers[1])
    with database.reading() as session:
        hold = session.scalars(select(LegalHold)).one()
        assert hold.review_on == date(2027, 5, 1)

    profile = next(c for c in _profiles(owner) if c.customer_id == old_customers[1])
    other = retention.postpone(owner, profile.key, date(2027, 5, 1), "belt terug", TODAY)
    assert other.changes == Changes(retention=True)  # the customer's view shows no postponement
