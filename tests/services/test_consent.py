"""The consent ledger (R18-R21): give, withdraw, object; state derived from events; the mailing list."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from spaceoptics_desk.domain.clock import FixedClock
from spaceoptics_desk.domain.consent import ConsentStatus
from spaceoptics_desk.services import suppression
from spaceoptics_desk.services.consent import (
    ConsentChange,
    PurposeToggle,
    is_address_suppressed,
    object_to_marketing,
    purpose_toggles,
    record_soft_opt_in,
    set_consent,
)
from spaceoptics_desk.services.errors import InvalidInput, NotAllowed, NotFound
from spaceoptics_desk.services.mailing_list import export_mailing_list, mailing_csv, mailing_list
from spaceoptics_desk.services.staff import acting_user
from spaceoptics_desk.store.database import Database
from spaceoptics_desk.store.models import (
    AuditEntry,
    ConsentEvent,
    ConsentWording,
    Customer,
    MarketingSuppression,
    Purpose,
)
from tests.records import add_customer, at
from tests.services.conftest import Shop

MARKETING_CONSENTS = ("newsletter", "promotions", "personal-advice", "feedback")


def switch(
    database: Database,
    clock: FixedClock,
    customer_id: int,
    purpose: str,
    on: bool,
    channel: str = "email",
    *,
    wording_read_out: bool = False,
    note: str | None = None,
) -> ConsentChange | None:
    with database.transaction() as session:
        return set_consent(
            session,
            acting_user(session, "staff"),
            clock,
            customer_id,
            purpose,
            on,
            channel,
            wording_read_out=wording_read_out,
            note=note,
        )


def toggles(database: Database, clock: FixedClock, customer_id: int) -> dict[str, PurposeToggle]:
    with database.reading() as session:
        return {t.key: t for t in purpose_toggles(session, customer_id, clock)}


def ledger(database: Database, customer_id: int) -> list[tuple[str, str, str, str, str]]:
    with database.reading() as session:
        rows = session.execute(
            select(
                Purpose.key,
                ConsentEvent.action,
                ConsentEvent.basis,
                ConsentEvent.channel,
                ConsentEvent.mechanism,
            )
            .join(Purpose, Purpose.id == ConsentEvent.purpose_id)
            .where(ConsentEvent.customer_id == customer_id)
            .order_by(ConsentEvent.id)
        )
        return [(key, action, basis, channel, mechanism) for key, action, basis, channel, mechanism in rows]


def later(clock: FixedClock, minutes: int) -> FixedClock:
    return FixedClock(clock.moment + timedelta(minutes=minutes))


def test_only_consent_and_objection_purposes_are_switches(
    database: Database, shop: Shop, clock: FixedClock
) -> None:
    found = toggles(database, clock, shop.jan)
    assert list(found) == [*MARKETING_CONSENTS, "social-media-ads"]
    assert all(t.status is ConsentStatus.NEVER_ASKED and not t.on for t in found.values())
    assert found["social-media-ads"].legal_basis == "objection"
    assert found["newsletter"].wording is not None and "nieuwsbrief" in found["newsletter"].wording.text_nl


@pytest.mark.parametrize("purpose", ["orders", "tax-records", "fraud-prevention"])
def test_contract_and_law_cannot_be_withdrawn_by_a_switch(
    database: Database, shop: Shop, clock: FixedClock, purpose: str
) -> None:
    with pytest.raises(NotAllowed, match="contract or the law"):
        switch(database, clock, shop.jan, purpose, False)
    assert ledger(database, shop.jan) == []


def test_R19_giving_by_email_records_the_wording_mechanism_and_staff(
    database: Database, shop: Shop, clock: FixedClock
) -> None:
    change = switch(database, clock, shop.jan, "newsletter", True, "email", note="reply to the mailing")
    assert change is not None
    with database.reading() as session:
        event = session.scalars(select(ConsentEvent)).one()
        wording = session.get(ConsentWording, event.wording_id)
        staff = acting_user(session, "staff")
        assert (event.action, event.basis, event.channel, event.mechanism) == (
            "given",
            "opt_in",
            "email",
            "written",
        )
        assert wording is not None and wording.version == 1
        assert event.staff_user_id == staff.id
        assert event.occurred_at == clock.now()
        assert event.note == "reply to the mailing"
        audit = session.scalars(select(AuditEntry).where(AuditEntry.action == "consent_given")).one()
        assert audit.details == '{"purpose": "newsletter"}'  # no personal data in the audit log
    newsletter = toggles(database, clock, shop.jan)["newsletter"]
    assert newsletter.on and newsletter.since == clock.now() and newsletter.channel == "email"


def test_R19_by_phone_the_wording_must_have_been_read_out(
    database: Database, shop: Shop, clock: FixedClock
) -> None:
    with pytest.raises(InvalidInput, match="Read the standard wording out"):
        switch(database, clock, shop.jan, "promotions", True, "phone")
    assert ledger(database, shop.jan) == []
    switch(database, clock, shop.jan, "promotions", True, "phone", wording_read_out=True)
    assert ledger(database, shop.jan) == [("promotions", "given", "opt_in", "phone", "spoken")]


def test_R20_withdrawing_asks_nothing_more_and_takes_effect_at_once(
    database: Database, shop: Shop, clock: FixedClock
) -> None:
    switch(database, clock, shop.jan, "newsletter", True, "counter", wording_read_out=True)
    switch(database, later(clock, 1), shop.jan, "newsletter", False, "phone")  # no read-out needed
    newsletter = toggles(database, clock, shop.jan)["newsletter"]
    assert not newsletter.on and newsletter.status is ConsentStatus.WITHDRAWN
    assert newsletter.since == later(clock, 1).now() and newsletter.channel == "phone"
    with database.reading() as session:
        withdrawal = session.scalars(select(ConsentEvent).order_by(ConsentEvent.id.desc())).first()
        assert withdrawal is not None and withdrawal.wording_id is None


def test_two_quick_toggles_record_two_events_in_order_and_a_repeat_records_nothing(
    database: Database, shop: Shop, clock: FixedClock
) -> None:
    # Same second: the ledger order decides (domain/consent.py), so the last click wins.
    switch(database, clock, shop.jan, "feedback", True)
    switch(database, clock, shop.jan, "feedback", False)
    assert switch(database, clock, shop.jan, "feedback", False) is None
    assert [row[:2] for row in ledger(database, shop.jan)] == [
        ("feedback", "given"),
        ("feedback", "withdrawn"),
    ]
    assert not toggles(database, clock, shop.jan)["feedback"].on


def test_the_ledger_is_append_only(database: Database, shop: Shop, clock: FixedClock) -> None:
    switch(database, clock, shop.jan, "newsletter", True)
    with database.reading() as session:
        first = session.scalars(select(ConsentEvent)).one()
        before = (first.id, first.action, first.occurred_at)
    switch(database, later(clock, 5), shop.jan, "newsletter", False)
    with database.reading() as session:
        again = session.get(ConsentEvent, before[0])
        assert again is not None and (again.id, again.action, again.occurred_at) == before


def test_R15_a_restricted_customer_cannot_be_switched(
    database: Database, shop: Shop, clock: FixedClock
) -> None:
    with database.transaction() as session:
        customer = session.get(Customer, shop.jan)
        assert customer is not None
        customer.restricted_at = at(2026, 11, 1)
    with pytest.raises(NotAllowed, match="restricted"):
        switch(database, clock, shop.jan, "newsletter", True)
    assert ledger(database, shop.jan) == []


def test_an_erased_customer_cannot_be_switched(database: Database, shop: Shop, clock: FixedClock) -> None:
    with pytest.raises(NotFound, match="no longer exists"):
        switch(database, clock, 999_999, "newsletter", True)


def test_unknown_purpose_and_channel_list_the_valid_ones(
    database: Database, shop: Shop, clock: FixedClock
) -> None:
    with pytest.raises(InvalidInput) as unknown_purpose:
        switch(database, clock, shop.jan, "telepathy", True)
    assert (
        "newsletter, promotions, personal-advice, feedback, social-media-ads" in unknown_purpose.value.text()
    )
    with pytest.raises(InvalidInput) as unknown_channel:
        switch(database, clock, shop.jan, "newsletter", True, "pigeon")
    assert "phone, email, web, counter, letter" in unknown_channel.value.text()


def test_R18_stop_all_marketing_withdraws_everything_and_objects_even_when_restricted(
    database: Database, shop: Shop, clock: FixedClock
) -> None:
    for purpose in ("newsletter", "promotions"):
        switch(database, clock, shop.jan, purpose, True)
    with database.transaction() as session:
        customer = session.get(Customer, shop.jan)
        assert customer is not None
        customer.restricted_at = at(2026, 11, 1)
    with database.transaction() as session:
        changes = object_to_marketing(
            session, acting_user(session, "staff"), later(clock, 2), shop.jan, "phone"
        )
    assert sorted((c.purpose_key, c.action) for c in changes) == [
        ("newsletter", "withdrawn"),
        ("promotions", "withdrawn"),
        ("social-media-ads", "given"),
    ]
    assert all(c.basis == "objection" for c in changes)
    state = toggles(database, clock, shop.jan)
    assert not any(state[key].on for key in MARKETING_CONSENTS)
    assert state["social-media-ads"].on
    # Doing it again changes nothing and is still not refused.
    with database.transaction() as session:
        assert (
            object_to_marketing(session, acting_user(session, "staff"), later(clock, 3), shop.jan, "email")
            == []
        )


def test_R21_soft_opt_in_needs_a_sale_and_never_overrides_a_choice(
    database: Database, shop: Shop, clock: FixedClock
) -> None:
    with database.transaction() as session:
        actor = acting_user(session, "staff")
        with pytest.raises(NotAllowed, match="never ordered"):
            record_soft_opt_in(session, actor, clock, shop.johan)
        change = record_soft_opt_in(session, actor, clock, shop.jan)
        assert change is not None and change.basis == "soft_opt_in"
    assert toggles(database, clock, shop.jan)["newsletter"].basis == "soft_opt_in"
    switch(database, later(clock, 1), shop.zoe, "newsletter", False)
    with database.transaction() as session:
        assert record_soft_opt_in(session, acting_user(session, "staff"), later(clock, 2), shop.zoe) is None


def test_R18_suppression_keeps_only_a_salted_hash(database: Database, shop: Shop, clock: FixedClock) -> None:
    with database.transaction() as session:
        suppression.suppress(session, clock, "Gewist.Persoon@Example.NL")
        suppression.suppress(session, clock, "gewist.persoon@example.nl")  # the same address: one entry
    with database.reading() as session:
        assert is_address_suppressed(session, "gewist.persoon@example.nl")
        assert not is_address_suppressed(session, "someone.else@example.nl")
        assert not is_address_suppressed(session, None)
        hashes = list(session.scalars(select(func.count()).select_from(MarketingSuppression)))
        assert hashes == [1]
    raw = database.engine.raw_connection()
    try:
        sqlite_connection = raw.driver_connection
        assert sqlite_connection is not None
        rows = sqlite_connection.execute("select * from marketing_suppressions").fetchall()
    finally:
        raw.close()
    assert "gewist" not in repr(rows).lower()


def _csv_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_R21_the_mailing_list_has_opt_in_and_soft_opt_in_and_nobody_else(
    database: Database, shop: Shop, clock: FixedClock
) -> None:
    switch(database, clock, shop.jan, "newsletter", True)  # opt-in
    with database.transaction() as session:
        record_soft_opt_in(
            session, acting_user(session, "staff"), clock, shop.zoe
        )  # soft opt-in (she ordered)
        restricted = add_customer(session, "K000901", "Rita", "", "Beperkt", email="rita@example.nl")
        withdrawn = add_customer(session, "K000902", "Wim", "", "Weg", email="wim@example.nl")
        objector = add_customer(session, "K000903", "Olga", "", "Bezwaar", email="olga@example.nl")
        erased_before = add_customer(session, "K000904", "Eva", "", "Terug", email="eva@example.nl")
        no_mail = add_customer(session, "K000905", "Nico", "", "Zonder")
        ids = (restricted.id, withdrawn.id, objector.id, erased_before.id, no_mail.id)
    for customer_id in ids:
        switch(database, clock, customer_id, "newsletter", True)
    switch(database, later(clock, 1), withdrawn.id, "newsletter", False)
    with database.transaction() as session:
        object_to_marketing(session, acting_user(session, "staff"), later(clock, 1), objector.id, "email")
        suppression.suppress(session, clock, "EVA@example.nl")
        customer = session.get(Customer, restricted.id)
        assert customer is not None
        customer.restricted_at = at(2026, 11, 20)
    with database.reading() as session:
        entries = mailing_list(session, "newsletter")
    assert [(e.email, e.basis) for e in entries] == [
        ("jan.vdberg@example.nl", "opt_in"),
        ("zoe.devries@example.nl", "soft_opt_in"),
    ]
    rows = _csv_rows(mailing_csv(entries))
    assert rows[0] == {
        "email": "jan.vdberg@example.nl",
        "name": "Jan van der Berg",
        "language": "nl",
        "basis": "opt_in",
    }


def test_the_newest_event_by_time_counts_even_when_recorded_later(
    database: Database, shop: Shop, clock: FixedClock
) -> None:
    """An event entered afterwards with an earlier time (a letter that arrived late) does not win."""
    switch(database, clock, shop.jan, "newsletter", True)
    switch(database, FixedClock(clock.moment - timedelta(days=3)), shop.jan, "newsletter", False, "letter")
    assert toggles(database, clock, shop.jan)["newsletter"].on
    with database.reading() as session:
        assert [e.email for e in mailing_list(session)] == ["jan.vdberg@example.nl"]


def test_a_csv_cell_that_a_spreadsheet_would_run_is_escaped(
    database: Database, shop: Shop, clock: FixedClock
) -> None:
    with database.transaction() as session:
        sly = add_customer(session, "K000950", '=HYPERLINK("x")', "", "-2+3", email="@sly@example.nl")
    switch(database, clock, sly.id, "newsletter", True)
    with database.reading() as session:
        rows = _csv_rows(mailing_csv(mailing_list(session)))
    [row] = [r for r in rows if "sly" in r["email"]]
    assert row["email"] == "'@sly@example.nl"
    assert row["name"].startswith("'=")


def test_only_a_marketing_consent_purpose_has_a_mailing_list(database: Database, shop: Shop) -> None:
    with database.reading() as session, pytest.raises(InvalidInput):
        mailing_list(session, "orders")


def test_events_keep_pointing_at_the_wording_they_used(
    database: Database, shop: Shop, clock: FixedClock
) -> None:
    """R19: a changed wording is a new version; older events keep the old one."""
    switch(database, clock, shop.jan, "newsletter", True)
    with database.transaction() as session:
        purpose = session.scalars(select(Purpose).where(Purpose.key == "newsletter")).one()
        session.add(
            ConsentWording(
                purpose_id=purpose.id,
                version=2,
                policy_version="2026-11",
                text_nl="Nieuwe tekst",
                text_en="New text",
                valid_from=datetime(2026, 11, 1, tzinfo=UTC).date(),
            )
        )
    switch(database, later(clock, 1), shop.zoe, "newsletter", True)
    with database.reading() as session:
        versions = [
            session.get_one(ConsentWording, e.wording_id).version
            for e in session.scalars(select(ConsentEvent).order_by(ConsentEvent.id))
        ]
    assert versions == [1, 2]
    wording = toggles(database, clock, shop.jan)["newsletter"].wording
    assert wording is not None and wording.version == 2


def test_the_export_is_logged_without_addresses(database: Database, shop: Shop, clock: FixedClock) -> None:
    # Only the owner may export: tests/operations/test_mailing_list.py (the operation enforces it).
    switch(database, clock, shop.jan, "newsletter", True)
    with database.transaction() as session:
        assert [e.email for e in export_mailing_list(session, acting_user(session, "owner"), clock)] == [
            "jan.vdberg@example.nl"
        ]
    with database.reading() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "mailing_list_exported")).one()
        assert entry.details == '{"addresses": 1, "purpose": "newsletter"}'
