"""The retention engine (issue 6): rules as settings, scan, review, erasure, no trace, journal."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from spaceoptics_desk.domain.clock import FixedClock
from spaceoptics_desk.domain.retention import RetentionCategory
from spaceoptics_desk.services import (
    backups,
    consent,
    erasure,
    restore,
    retention_review,
    retention_rules,
    trace_cleanup,
)
from spaceoptics_desk.services.errors import InvalidInput, NotAllowed
from spaceoptics_desk.services.retention_scan import scan
from spaceoptics_desk.services.staff import acting_user
from spaceoptics_desk.store.database import Database, open_database
from spaceoptics_desk.store.models import (
    AuditEntry,
    Customer,
    ErasureJournalEntry,
    Invoice,
    LegalHold,
    Order,
    Request,
    RequestRight,
    RetentionDecision,
)
from tests.records import add_customer, add_order, at
from tests.services.conftest import TODAY, Shop

Keep = RetentionCategory


def _old_customer(database: Database, number: str, email: str, last_order_year: int = 2018) -> int:
    with database.transaction() as session:
        customer = add_customer(
            session,
            number,
            "Mária",
            "",
            "Oudeklant",
            email=email,
            mobile="06-55511122",
            address=("Zwanenbloemstraat", "7", "4021ZZ", "Maurik"),
            created=at(2012, 1, 5),
        )
        add_order(session, customer, f"{last_order_year}-9{number[-5:]}", at(last_order_year, 3, 1))
        from spaceoptics_desk.store.search import reindex_customers

        reindex_customers(session, [customer.id])
        return customer.id


def test_R23_rule_period_zero_or_negative_is_refused_with_a_clear_message(
    database: Database, shop: Shop, clock: FixedClock
) -> None:
    with database.transaction() as session:
        owner = acting_user(session, "owner")
        for months in (0, -3):
            with pytest.raises(InvalidInput, match="at least 1 month"):
                retention_rules.change_rule(session, owner, clock, "profile", "test", period_months=months)
        with pytest.raises(InvalidInput, match="no period"):
            retention_rules.change_rule(session, owner, clock, "fraud", "test", period_months=6)
        with pytest.raises(InvalidInput, match="AWR 52"):
            retention_rules.change_rule(session, owner, clock, "fiscal", "shorter", period_months=60)
        rule = retention_rules.change_rule(session, owner, clock, "profile", "accountant", period_months=96)
        assert rule.period_months == 96
        history = retention_rules.rule_history(session)
        assert (history[0].old_value, history[0].new_value, history[0].reason) == ("84", "96", "accountant")


def test_R24_profile_due_7_years_after_last_order_and_a_new_order_stops_it(
    database: Database, shop: Shop, clock: FixedClock
) -> None:
    old = _old_customer(database, "K900001", "maria@example.nl")
    with database.reading() as session:
        keys = {c.key for c in scan(session, TODAY)}
    assert f"profile:customer:{old}" in keys
    assert f"profile:customer:{shop.jan}" not in keys  # Jan ordered in 2025
    # R24: the 2018 order keeps its fiscal years, never the profile (due 2025-03-02, fiscal 2026-01-01).
    with database.reading() as session:
        profile = next(c for c in scan(session, TODAY) if c.key == f"profile:customer:{old}")
    assert profile.due_on == date(2025, 3, 2)
    assert "e-mail address" in profile.description and "tax law" in profile.description


def test_R25_customer_under_hold_is_excluded_and_hold_placed_meanwhile_is_skipped(
    database: Database, shop: Shop, clock: FixedClock
) -> None:
    old = _old_customer(database, "K900002", "held@example.nl")
    with database.reading() as session:
        candidates = [c for c in scan(session, TODAY) if c.customer_id == old]
    assert candidates
    with database.transaction() as session:
        retention_review.hold(
            session,
            acting_user(session, "owner"),
            clock,
            candidates[0].key,
            "fraud check",
            "FR-1",
            date(2027, 6, 1),
            TODAY,
        )
    with database.reading() as session:
        assert not [c for c in scan(session, TODAY) if c.customer_id == old and c.rule is not Keep.FRAUD]
    report = retention_review.apply_review(database, "owner", clock, TODAY, candidates)
    assert report.skipped_reasons == {"held": len(candidates)}
    with database.reading() as session:
        assert session.get(Customer, old) is not None


def test_R23_candidate_no_longer_due_between_scan_and_apply_is_skipped(
    database: Database, shop: Shop, clock: FixedClock
) -> None:
    old = _old_customer(database, "K900003", "nieuw@example.nl")
    with database.reading() as session:
        candidates = [c for c in scan(session, TODAY) if c.customer_id == old and c.rule is Keep.PROFILE]
    with database.transaction() as session:
        customer = session.get(Customer, old)
        assert customer is not None
        add_order(session, customer, "2026-000999", at(2026, 11, 20))
    report = retention_review.apply_review(database, "owner", clock, TODAY, candidates)
    assert report.skipped_reasons == {"not_due": 1}
    with database.reading() as session:
        assert session.get(Customer, old) is not None


def test_R23_a_new_order_written_while_the_review_runs_stops_that_customers_erasure(
    database: Database, shop: Shop, clock: FixedClock
) -> None:
    """The re-check covers many customers at once; a write by anyone else meanwhile forces a fresh one."""
    first = _old_customer(database, "K900011", "eerste@example.nl")
    second = _old_customer(database, "K900012", "tweede@example.nl")
    with database.reading() as session:
        candidates = [
            c for c in scan(session, TODAY) if c.customer_id in (first, second) and c.rule is Keep.PROFILE
        ]
    assert len(candidates) == 2

    def order_comes_in(done: int, _total: int) -> None:
        if done == 1:  # the first customer is erased; the second orders before their turn
            with database.transaction() as session:
                customer = session.get(Customer, second)
                assert customer is not None
                add_order(session, customer, "2026-000998", at(2026, 11, 24))

    report = retention_review.apply_review(
        database, "owner", clock, TODAY, candidates, progress=order_comes_in
    )
    assert report.skipped_reasons == {"not_due": 1}
    with database.reading() as session:
        assert session.get(Customer, first) is None
        assert session.get(Customer, second) is not None


def test_R26_review_applied_twice_is_harmless_and_reported_without_personal_data(
    database: Database, shop: Shop, clock: FixedClock
) -> None:
    old = _old_customer(database, "K900004", "twice@example.nl")
    with database.reading() as session:
        candidates = [c for c in scan(session, TODAY) if c.customer_id == old]
    first = retention_review.apply_review(database, "owner", clock, TODAY, candidates)
    assert sum(c.applied for c in first.counts) == len(candidates)
    second = retention_review.apply_review(database, "owner", clock, TODAY, candidates)
    assert sum(c.applied for c in second.counts) == 0
    assert set(second.skipped_reasons) == {"gone"}
    with database.reading() as session:
        assert session.get(Customer, old) is None
        orders = session.scalars(select(Order).where(Order.order_number.like("2018-9%"))).all()
        assert orders and all(o.customer_id is None and o.delivery_name is None for o in orders)
    assert "twice" not in repr(first) and "K900004" not in repr(first)


def test_R23_postponed_candidate_stays_out_until_its_date(
    database: Database, shop: Shop, clock: FixedClock
) -> None:
    old = _old_customer(database, "K900005", "later@example.nl")
    key = f"profile:customer:{old}"
    with database.transaction() as session:
        retention_review.postpone(
            session, acting_user(session, "owner"), clock, key, date(2027, 1, 1), "call first", TODAY
        )
    with database.reading() as session:
        assert key not in {c.key for c in scan(session, TODAY)}
        assert key in {c.key for c in scan(session, date(2027, 1, 1))}


@pytest.mark.parametrize("number", [2**63, 0])
def test_R23_a_key_whose_id_no_record_can_have_is_not_a_candidate(
    database: Database, shop: Shop, clock: FixedClock, number: int
) -> None:
    key = f"profile:customer:{number}"
    with pytest.raises(InvalidInput) as caught, database.transaction() as session:
        retention_review.postpone(
            session, acting_user(session, "owner"), clock, key, date(2027, 1, 1), "call first", TODAY
        )
    assert str(caught.value) == f"'{key}' is not a candidate of the review."


def _erasure_case(database: Database, customer_id: int, clock: FixedClock) -> int:
    with database.transaction() as session:
        request = Request(
            customer_id=customer_id,
            channel="email",
            received_at=clock.now(),
            summary="Wil alles gewist",
            contact_details="maria@example.nl",
            staff_user_id=1,
            # R7: the person's identity was checked (an erasure is refused before).
            identity_method="email-on-file",
            identity_verified_at=clock.now(),
            identity_verified_by_id=1,
        )
        request.rights.append(RequestRight(right="erasure"))
        session.add(request)
        session.flush()
        return request.id


def _forms(value: str) -> set[bytes]:
    folded = unicodedata.normalize("NFKD", value.lower())
    plain = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return {value.encode(), value.lower().encode(), plain.encode()}


def test_R14_R31_erasure_leaves_no_readable_trace_in_the_db_and_wal_files(
    database: Database, db_path: Path, shop: Shop, clock: FixedClock
) -> None:
    jan = shop.jan
    with database.transaction() as session:
        # tests/records gives every order Jan's street; Zoë's parcel went to her own.
        for order in session.scalars(select(Order).where(Order.customer_id != jan)):
            order.delivery_address = "Prinsengracht 263, 1016 GV Amsterdam"
        owner = acting_user(session, "owner")
        consent.object_to_marketing(session, owner, clock, jan, "email", note="belde boos op")
        from spaceoptics_desk.services.rectification import FieldEdit, rectify

        rectify(session, owner, clock, jan, [FieldEdit("mobile", "06-22993969", "06-12345679")])
    case_id = _erasure_case(database, jan, clock)
    with database.transaction() as session:
        result = erasure.erase_customer(session, acting_user(session, "owner"), clock, jan, case_id)
    assert trace_cleanup.finish_pending(database)
    assert result.kept and result.kept[0].until == date(2033, 1, 1)
    with database.reading() as session:
        assert session.get(Customer, jan) is None
        assert session.scalar(select(func.count()).select_from(ErasureJournalEntry)) == 1
        assert consent.is_address_suppressed(session, "jan.vdberg@example.nl")  # R18
        invoices = session.scalars(select(Invoice).where(Invoice.invoice_number.like("F20%-0001%"))).all()
        assert all(i.billing_name is None for i in invoices)
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "customer_erased")).one()
        assert entry.details is not None and "E-" in entry.details
    secrets_ = [
        "Jan van der Berg",
        "Berg",
        "vdberg",
        "jan.vdberg@example.nl",
        "06-22993969",
        "0622993969",
        "Dorpsstraat",
        "K000123",
        "06-12345679",
        "0612345679",
        "belde boos op",
        "maria@example.nl",
    ]

    def readable() -> set[str]:
        raw = db_path.read_bytes()
        wal = db_path.with_name(db_path.name + "-wal")
        raw += wal.read_bytes() if wal.exists() else b""
        # "Berg" alone is also in other words; only whole personal values and unique keys are checked.
        return {s for s in secrets_ if s != "Berg" for form in _forms(s) if form in raw}

    # Until the case is closed it keeps what its open recipient tasks pass on (the e-mail address for
    # the web host) and the address the person gave for the reply (R16, AVG 12(3)); nothing else.
    assert readable() <= {"jan.vdberg@example.nl", "vdberg", "maria@example.nl"}
    with database.transaction() as session:
        owner = acting_user(session, "owner")
        from spaceoptics_desk.services.cases import case_detail, close
        from spaceoptics_desk.services.recipient_tasks import close_task

        for task in case_detail(session, clock, case_id).recipient_tasks:
            close_task(session, owner, clock, task.task_id, "told", None)
        close(session, owner, clock, case_id, "complied")
    assert trace_cleanup.finish_pending(database)
    assert readable() == set()


def test_R25_erasure_refused_under_hold_and_R14_restricted_customer_may_still_be_erased(
    database: Database, shop: Shop, clock: FixedClock
) -> None:
    case_id = _erasure_case(database, shop.zoe, clock)
    with database.transaction() as session:
        session.add(
            LegalHold(
                customer_id=shop.zoe,
                reason="dispute",
                case_reference="D-1",
                placed_at=clock.now(),
                review_on=date(2027, 1, 1),
                placed_by_id=1,
            )
        )
    with pytest.raises(NotAllowed, match="legal hold"), database.transaction() as session:
        erasure.erase_customer(session, acting_user(session, "owner"), clock, shop.zoe, case_id)
    johan_case = _erasure_case(database, shop.johan, clock)
    with database.transaction() as session:
        johan = session.get(Customer, shop.johan)
        assert johan is not None
        johan.restricted_at = clock.now()
    with database.transaction() as session:
        erasure.erase_customer(session, acting_user(session, "owner"), clock, shop.johan, johan_case)
    with database.reading() as session:
        assert session.get(Customer, shop.johan) is None
        # The open case keeps the address for the reply until it is closed (then it goes, R31).
        request = session.get(Request, johan_case)
        assert request is not None and request.contact_details == "maria@example.nl"


def test_R32_restore_then_replay_keeps_erased_people_erased(
    database: Database, db_path: Path, shop: Shop, clock: FixedClock, tmp_path: Path
) -> None:
    made = backups.make_backup(db_path, clock)
    case_id = _erasure_case(database, shop.zoe, clock)
    with database.transaction() as session:
        erasure.erase_customer(session, acting_user(session, "owner"), clock, shop.zoe, case_id)
    database.close()
    result = restore.restore(db_path, made.path, "owner", clock)
    assert result.erased_again == 1
    again = open_database(str(db_path))
    try:
        with again.reading() as session:
            assert session.get(Customer, shop.zoe) is None
            assert session.get(Customer, shop.jan) is not None
            assert session.scalar(select(func.count()).select_from(ErasureJournalEntry)) == 2
    finally:
        again.close()


def test_R32_a_new_customer_with_an_erased_persons_address_survives_a_restore(
    database: Database, db_path: Path, shop: Shop, clock: FixedClock, tmp_path: Path
) -> None:
    """Only someone who was a customer before the erasure came back with a backup."""
    from datetime import timedelta

    case_id = _erasure_case(database, shop.zoe, clock)
    with database.transaction() as session:
        erasure.erase_customer(session, acting_user(session, "owner"), clock, shop.zoe, case_id)
    with database.transaction() as session:
        again = add_customer(
            session,
            "K000999",
            "Zoë",
            "de",
            "Vries",
            email="zoe.devries@example.nl",
            created=clock.now() + timedelta(hours=2),
        )
        newcomer = again.id
    made = backups.make_backup(db_path, clock)
    database.close()
    result = restore.restore(db_path, made.path, "owner", clock)
    assert result.erased_again == 0
    reopened = open_database(str(db_path))
    try:
        with reopened.reading() as session:
            assert session.get(Customer, newcomer) is not None
    finally:
        reopened.close()


def test_R32_backups_older_than_the_maximum_age_rotate_out(
    db_path: Path, database: Database, tmp_path: Path, clock: FixedClock
) -> None:
    folder = backups.backups_dir(db_path)
    folder.mkdir(parents=True)
    old, old_second = folder / "shop-20261001T000000Z.db", folder / "shop-20261001T000000Z-2.db"
    recent = folder / "shop-20261120T000000Z.db"
    # Another database in the same folder (the default one, "shop.db.old", a file the owner put there):
    # its backups are its own, whatever their age.
    others = [
        folder / name
        for name in (
            "spaceoptics-desk-20261001T000000Z.db",
            "shop-old-20261001T000000Z.db",
            "shop-20261001T000000Z.db.copy",
            "myshop-20261001T000000Z.db",
        )
    ]
    for path in (old, old_second, recent, *others):
        path.write_bytes(b"")
    # The copies taken before a schema upgrade rotate out too; a recent one stays.
    old_upgrade = db_path.with_name(f"{db_path.name}.before-0003-20261001T101500.bak")
    recent_upgrade = db_path.with_name(f"{db_path.name}.before-0005-20261120T101500.bak")
    old_upgrade.write_bytes(b"")
    recent_upgrade.write_bytes(b"")
    made = backups.make_backup(db_path, clock)
    assert made.removed == [old_second, old, old_upgrade] and made.path.exists()
    assert made.path.name == "shop-20261125T093000Z.db"
    assert recent_upgrade.exists() and recent.exists() and all(path.exists() for path in others)


_KILLER = textwrap.dedent(
    """
    import os, signal, sys
    from datetime import UTC, date, datetime
    from spaceoptics_desk.domain.clock import FixedClock
    from spaceoptics_desk.services import retention_review
    from spaceoptics_desk.services.retention_scan import scan
    from spaceoptics_desk.store.database import open_database

    database = open_database(sys.argv[1])
    with database.reading() as session:
        found = scan(session, date(2026, 11, 25))

    def progress(done, total):
        if done == int(sys.argv[2]):
            os.kill(os.getpid(), signal.SIGKILL)

    retention_review.apply_review(
        database, "owner", FixedClock(datetime(2026, 11, 25, 9, 30, tzinfo=UTC)), date(2026, 11, 25),
        found, progress=progress,
    )
    """
)


def test_R23_killed_in_the_middle_of_applying_leaves_each_customer_whole_or_untouched(
    database: Database, db_path: Path, shop: Shop
) -> None:
    ids = [_old_customer(database, f"K9100{n:02d}", f"k{n}@example.nl") for n in range(6)]
    with database.transaction() as session:
        # A customer with a fiscal candidate and a profile candidate: both or neither.
        customer = session.get(Customer, ids[0])
        assert customer is not None
        add_order(session, customer, "2017-900001", at(2017, 5, 5))
    with database.reading() as session:
        due = sorted({c.customer_id for c in scan(session, TODAY) if c.customer_id is not None})
    assert ids[0] in due and len(due) >= 6
    database.close()
    process = subprocess.run(
        [sys.executable, "-c", _KILLER, str(db_path), "3"],
        env=dict(os.environ),
        capture_output=True,
        check=False,
    )
    assert process.returncode == -signal.SIGKILL, process.stderr.decode()
    again = open_database(str(db_path))
    try:
        with again.reading() as session:
            gone = [cid for cid in due if session.get(Customer, cid) is None]
            assert gone == due[:3]  # the first three customers were committed whole, the rest untouched
            untouched = [cid for cid in ids if cid not in gone]
            for cid in untouched:
                orders = session.scalar(select(func.count()).where(Order.customer_id == cid))
                assert orders is not None and orders >= 1
            decisions = session.scalar(select(func.count()).select_from(RetentionDecision))
            assert decisions and decisions >= 3
    finally:
        again.close()


def test_R14_a_business_invoice_keeps_the_buyer_for_vat_law_while_the_order_loses_its_delivery_name(
    database: Database, shop: Shop, clock: FixedClock
) -> None:
    """Wet OB art. 35a: a business invoice names the buyer; a consumer's does not need to (see R31 test)."""
    with database.transaction() as session:
        optiek = session.get(Customer, shop.optiek)
        assert optiek is not None
        add_order(session, optiek, "2025-000500", at(2025, 6, 1))
    case_id = _erasure_case(database, shop.optiek, clock)
    with database.transaction() as session:
        result = erasure.erase_customer(session, acting_user(session, "owner"), clock, shop.optiek, case_id)
    kept = {k.what: k for k in result.kept}
    assert kept["buyer's details on the invoices"].count == 1
    assert "Wet OB art. 35a" in kept["buyer's details on the invoices"].why
    assert kept["buyer's details on the invoices"].until == date(2033, 1, 1)
    with database.reading() as session:
        assert session.get(Customer, shop.optiek) is None
        invoice = session.scalars(select(Invoice).where(Invoice.invoice_number == "F2025-000500")).one()
        assert invoice.billing_name == "Els Smit"
        order = session.scalars(select(Order).where(Order.order_number == "2025-000500")).one()
        assert (order.customer_id, order.delivery_name, order.delivery_address) == (None, None, None)


def test_R31_text_typed_into_a_case_after_its_erasure_is_forgotten_when_it_closes(
    database: Database, shop: Shop, clock: FixedClock
) -> None:
    """No later erasure reaches an unlinked case: what staff type after the erasure goes at closing."""
    from spaceoptics_desk.services.cases import add_note, case_detail, close
    from spaceoptics_desk.services.recipient_tasks import close_task

    case_id = _erasure_case(database, shop.zoe, clock)
    with database.transaction() as session:
        owner = acting_user(session, "owner")
        erasure.erase_customer(session, owner, clock, shop.zoe, case_id)
    with database.transaction() as session:
        owner = acting_user(session, "owner")
        for task in case_detail(session, clock, case_id).recipient_tasks:
            close_task(session, owner, clock, task.task_id, "told", "Mail aan PostNL over Zoë de Vries")
        add_note(session, owner, clock, case_id, "Zoë de Vries belde: bevestiging per post gewenst")
        close(
            session,
            owner,
            clock,
            case_id,
            "partly_refused",
            reasons="Facturen van Zoë blijven 7 jaar",
            complaint_right_told=True,
        )
    with database.reading() as session:
        detail = case_detail(session, clock, case_id)
    texts = [
        detail.outcome_reasons,
        *(t.note for t in detail.timeline),
        *(t.note for t in detail.recipient_tasks),
    ]
    assert not any("Zoë" in (text or "") for text in texts)
    assert detail.outcome == "partly_refused" and detail.complaint_right_told
    erased_note = next(t.note for t in detail.timeline if t.kind == "erased")
    assert erased_note is not None and erased_note.startswith("Erased (E-")  # the proof stays


def test_R32_the_journal_keeps_only_what_a_backup_can_need(
    database: Database, shop: Shop, clock: FixedClock
) -> None:
    from datetime import timedelta

    case_id = _erasure_case(database, shop.zoe, clock)
    with database.transaction() as session:
        erasure.erase_customer(session, acting_user(session, "owner"), clock, shop.zoe, case_id)
    with database.transaction() as session:
        assert backups.prune_journal(session, clock) == 0  # a backup of yesterday may need it
    later = FixedClock(clock.now() + timedelta(days=backups.MAX_AGE_DAYS + 2))
    with database.transaction() as session:
        assert backups.prune_journal(session, later) == 1
        assert session.scalar(select(func.count()).select_from(ErasureJournalEntry)) == 0
