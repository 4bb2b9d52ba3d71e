"""Issue 10 §4: what the law cannot mean is refused by the services, for the app and the CLI alike.

Control characters in any text a service stores, dates outside what the law can mean (a request before
the AVG applied or in the future, year 0001 or 9999), a postponement that would keep someone forever,
negative counts: each is refused with a message naming what is wrong, and nothing is written.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from spaceoptics_desk.demo.shop import create_demo_data
from spaceoptics_desk.domain.clock import AMSTERDAM, FixedClock
from spaceoptics_desk.services import (
    cases,
    consent,
    holidays,
    lookup,
    recipient_tasks,
    retention_review,
    retention_rules,
)
from spaceoptics_desk.services.errors import InvalidInput
from spaceoptics_desk.services.rectification import FieldEdit, rectify
from spaceoptics_desk.services.retention_scan import scan
from spaceoptics_desk.services.smtp_settings import SmtpSettings
from spaceoptics_desk.services.staff import acting_user
from spaceoptics_desk.store.database import Database, open_database
from spaceoptics_desk.store.models import Customer, StaffUser
from tests.records import add_customer, add_order, at
from tests.services.conftest import TODAY, Shop


@dataclass(frozen=True)
class Scene:
    """Something for every writer to write to."""

    shop: Shop
    case: int  # open, about Jan: access, rectification, restriction
    waiting_case: int  # waiting for the person since yesterday
    restricted_case: int  # Zoë restricted through it, so it has open recipient tasks
    task: int
    candidate: str  # a retention candidate due today


def _open(session: Session, clock: FixedClock, customer_id: int, *rights: str) -> int:
    return cases.open_case(
        session,
        acting_user(session, "staff"),
        clock,
        customer_id=customer_id,
        channel="phone",
        received_at=clock.now() - timedelta(days=1),
        rights=rights,
    )


@pytest.fixture
def scene(database: Database, shop: Shop, clock: FixedClock) -> Scene:
    with database.transaction() as session:
        staff = acting_user(session, "staff")
        case = _open(session, clock, shop.jan, "access", "rectification", "restriction")
        waiting = _open(session, clock, shop.jan, "access")
        cases.pause(session, staff, clock, waiting, TODAY - timedelta(days=1))
        restricted = _open(session, clock, shop.zoe, "restriction")
        cases.restrict(session, staff, clock, restricted)
        task = cases.case_detail(session, clock, restricted).recipient_tasks[0].task_id
        old = add_customer(session, "K900001", "Mária", "", "Oudeklant", created=at(2012, 1, 5))
        add_order(session, old, "2018-900001", at(2018, 3, 1))
    return Scene(shop, case, waiting, restricted, task, f"profile:customer:{old.id}")


Writer = Callable[[Session, StaffUser, FixedClock, Scene, str], object]


def _correct(field: str) -> Writer:
    def write(session: Session, actor: StaffUser, clock: FixedClock, scene: Scene, text: str) -> object:
        customer = session.get(Customer, scene.shop.jan)
        assert customer is not None
        if field in ("street", "city"):
            address = customer.addresses[0]
            edit = FieldEdit(field, getattr(address, field), text, address.id)
        else:
            edit = FieldEdit(field, getattr(customer, field), text)
        return rectify(session, actor, clock, scene.shop.jan, [edit], scene.case)

    return write


# Every service that stores text a person typed, by the field it names in its refusal.
WRITERS: dict[str, tuple[str, Writer]] = {
    "case summary": (
        "summary",
        lambda s, a, c, x, t: cases.open_case(
            s,
            a,
            c,
            customer_id=x.shop.jan,
            channel="phone",
            received_at=c.now(),
            rights=["access"],
            summary=t,
        ),
    ),
    "case contact details": (
        "contact_details",
        lambda s, a, c, x, t: cases.open_case(
            s,
            a,
            c,
            customer_id=None,
            channel="phone",
            received_at=c.now(),
            rights=["access"],
            contact_details=t,
        ),
    ),
    "identity note": ("note", lambda s, a, c, x, t: cases.verify_identity(s, a, c, x.case, "other", t)),
    "extension reason": ("reason", lambda s, a, c, x, t: cases.extend(s, a, c, x.case, t, TODAY)),
    "waiting note": ("note", lambda s, a, c, x, t: cases.pause(s, a, c, x.case, TODAY, t)),
    "answer note": ("note", lambda s, a, c, x, t: cases.resume(s, a, c, x.waiting_case, TODAY, t)),
    "lifting notice": ("notice", lambda s, a, c, x, t: cases.lift_restriction(s, a, c, x.restricted_case, t)),
    "case note": ("note", lambda s, a, c, x, t: cases.add_note(s, a, c, x.case, t)),
    "refusal reasons": (
        "reasons",
        lambda s, a, c, x, t: cases.close(s, a, c, x.waiting_case, "withdrawn", reasons=t),
    ),
    "recipient task note": (
        "note",
        lambda s, a, c, x, t: recipient_tasks.close_task(s, a, c, x.task, "not_possible", t),
    ),
    "first name": ("first_name", _correct("first_name")),
    "last name": ("last_name", _correct("last_name")),
    "company name": ("company_name", _correct("company_name")),
    "e-mail address": ("email", _correct("email")),
    "street": ("street", _correct("street")),
    "city": ("city", _correct("city")),
    "consent note": (
        "note",
        lambda s, a, c, x, t: consent.set_consent(s, a, c, x.shop.jan, "promotions", True, "email", note=t),
    ),
    "objection note": (
        "note",
        lambda s, a, c, x, t: consent.object_to_marketing(s, a, c, x.shop.jan, "email", t),
    ),
    "holiday name": (
        "holiday_name",
        lambda s, a, c, x, t: holidays.add_holiday(s, a, c, date(2031, 6, 10), t),
    ),
    "postponement reason": (
        "reason",
        lambda s, a, c, x, t: retention_review.postpone(s, a, c, x.candidate, date(2027, 1, 1), t, TODAY),
    ),
    "legal hold reason": (
        "reason",
        lambda s, a, c, x, t: retention_review.hold(
            s, a, c, x.candidate, t, "DISP-1", date(2027, 1, 1), TODAY
        ),
    ),
    "legal hold case reference": (
        "case_reference",
        lambda s, a, c, x, t: retention_review.hold(
            s, a, c, x.candidate, "Betwiste betaling", t, date(2027, 1, 1), TODAY
        ),
    ),
    "retention rule reason": (
        "reason",
        lambda s, a, c, x, t: retention_rules.change_rule(s, a, c, "service_contacts", t, period_months=30),
    ),
}

# Plausible input around the bad character: the field's own checks would accept it.
AROUND = {"email": "jan{}@example.nl", "case_reference": "DISP{}1"}


def dump(database: Database) -> list[str]:
    """Every row of the file, to show that nothing of a refused action was written."""
    with database.reading() as session:
        connection = session.connection()
        schema = connection.exec_driver_sql("SELECT type, name, sql FROM sqlite_schema ORDER BY name").all()
        tables = [name for kind, name, _sql in schema if kind == "table"]
        rows = [f"{t}: {row!r}" for t in tables for row in connection.exec_driver_sql(f'SELECT * FROM "{t}"')]
        return [repr(entry) for entry in schema] + rows  # sqlcipher3 has no iterdump


@pytest.mark.parametrize("writer", list(WRITERS))
@pytest.mark.parametrize(
    "bad", ["\x00", "\x1b", "\udcff", "\u202e"], ids=["NUL", "ESC", "not UTF-8", "right-to-left override"]
)
def test_a_character_no_person_types_is_refused_naming_the_field_and_never_stored(
    database: Database, scene: Scene, clock: FixedClock, writer: str, bad: str
) -> None:
    field, write = WRITERS[writer]
    text = AROUND.get(field, "Klant{}belt terug").format(bad)
    before = dump(database)
    with pytest.raises(InvalidInput) as caught, database.transaction() as session:
        write(session, acting_user(session, "owner"), clock, scene, text)
    assert caught.value.params["field"] == field
    assert str(caught.value) == (
        f"The field '{field}' contains a character that cannot be stored (a control character, "
        f"U+{ord(bad):04X}); remove it and try again."
    )
    assert dump(database) == before


MULTI_LINE = {"summary", "contact_details", "note", "reason", "reasons", "notice"}


@pytest.mark.parametrize("writer", list(WRITERS))
def test_tab_and_newline_are_kept_in_notes_and_refused_in_one_line_fields(
    database: Database, scene: Scene, clock: FixedClock, writer: str
) -> None:
    field, write = WRITERS[writer]
    text = AROUND.get(field, "Klant{}belt terug").format("\n\t")
    with database.transaction() as session:
        if field in MULTI_LINE:
            write(session, acting_user(session, "owner"), clock, scene, text)
        else:
            with pytest.raises(InvalidInput) as caught:
                write(session, acting_user(session, "owner"), clock, scene, text)
            assert caught.value.params["field"] == field


@pytest.mark.parametrize("field", ["host", "username", "sender"])
def test_mail_server_settings_refuse_control_characters(field: str) -> None:
    values = {"host": "smtp.example.nl", "username": "winkel", "sender": "info@space-optics.com"}
    values[field] = values[field].replace(".", "\r\n", 1) if field != "username" else "win\x00kel"
    with pytest.raises(InvalidInput) as caught:
        SmtpSettings(host=values["host"], username=values["username"], sender=values["sender"]).check()
    assert caught.value.params["field"] == field


# --- dates --------------------------------------------------------------------------------------


def _received(database: Database, clock: FixedClock, moment: datetime) -> datetime:
    with database.transaction() as session:
        case_id = cases.open_case(
            session,
            acting_user(session, "staff"),
            clock,
            customer_id=None,
            channel="email",
            received_at=moment,
            rights=["access"],
        )
    with database.reading() as session:
        return cases.case_detail(session, clock, case_id).summary.received_at


@pytest.mark.parametrize(
    ("moment", "message"),
    [
        (
            datetime(2018, 5, 24, 23, 59, tzinfo=AMSTERDAM),
            "A request cannot have been received before 2018-05-25, when the AVG began to apply.",
        ),
        (
            datetime(1, 1, 1, tzinfo=AMSTERDAM),
            "The date 0001-01-01 (received_at) is not one this app can mean; give a date from "
            "2000-01-01 to 2100-12-31.",
        ),
        (
            datetime(9999, 12, 31, 23, 59, tzinfo=AMSTERDAM),
            "The date 9999-12-31 (received_at) is not one this app can mean; give a date from "
            "2000-01-01 to 2100-12-31.",
        ),
        (datetime(2026, 11, 25, 10, 40, tzinfo=AMSTERDAM), "in the future"),  # ten minutes ahead
    ],
)
def test_R1_a_request_is_received_after_the_avg_applied_and_not_in_the_future(
    database: Database, shop: Shop, clock: FixedClock, moment: datetime, message: str
) -> None:
    before = dump(database)
    with pytest.raises(InvalidInput, match=message.replace("(", r"\(").replace(")", r"\)")):
        _received(database, clock, moment)
    assert dump(database) == before


def test_R1_a_few_minutes_of_clock_skew_count_as_now(
    database: Database, shop: Shop, clock: FixedClock
) -> None:
    assert _received(database, clock, clock.now() + timedelta(minutes=2)) == clock.now()
    first_day = datetime(2018, 5, 25, tzinfo=AMSTERDAM)
    assert _received(database, clock, first_day) == first_day


@pytest.mark.parametrize("day", [date(1, 1, 1), date(1999, 12, 31), date(2101, 1, 1), date(9999, 12, 31)])
def test_R2_a_holiday_lies_in_this_century(
    database: Database, shop: Shop, clock: FixedClock, day: date
) -> None:
    with pytest.raises(InvalidInput, match="not one this app can mean"), database.transaction() as session:
        holidays.add_holiday(session, acting_user(session, "owner"), clock, day, "Verzonnen dag")


@pytest.mark.parametrize("today", [date(1, 1, 1), date(9999, 12, 31)])
def test_R23_a_scan_or_review_for_year_0001_or_9999_is_refused_not_a_crash(
    database: Database, shop: Shop, clock: FixedClock, today: date
) -> None:
    with pytest.raises(InvalidInput, match="not one this app can mean"), database.reading() as session:
        scan(session, today)
    with pytest.raises(InvalidInput, match="not one this app can mean"):
        retention_review.apply_automatic(database, "owner", clock, today)
    with pytest.raises(InvalidInput, match="not one this app can mean"):
        retention_review.apply_review(database, "owner", clock, today, [])


@pytest.mark.parametrize("step", ["postpone", "hold"])
def test_R23_R25_nobody_is_kept_forever_by_a_postponement_or_a_hold(
    database: Database, scene: Scene, clock: FixedClock, step: str
) -> None:
    def decide(until: date) -> None:
        with database.transaction() as session:
            owner = acting_user(session, "owner")
            if step == "postpone":
                retention_review.postpone(session, owner, clock, scene.candidate, until, "belt eerst", TODAY)
            else:
                retention_review.hold(session, owner, clock, scene.candidate, "Geschil", "D-1", until, TODAY)

    before = dump(database)
    for too_late in (date(2027, 11, 26), date(2100, 12, 31), date(9999, 12, 31)):
        with pytest.raises(InvalidInput) as caught:
            decide(too_late)
        assert "at most a year" in str(caught.value) and "2027-11-25" in str(caught.value)
    assert dump(database) == before
    decide(date(2027, 11, 25))


def test_demo_history_ends_in_this_century(tmp_path: Path) -> None:
    database = open_database(str(tmp_path / "demo.db"), create=True)
    try:
        for as_of in (datetime(1, 1, 2, tzinfo=AMSTERDAM), datetime(9999, 12, 30, tzinfo=AMSTERDAM)):
            with pytest.raises(InvalidInput, match="not one this app can mean"):
                create_demo_data(database, customers=3, seed=1, clock=FixedClock(as_of))
        with pytest.raises(InvalidInput, match="busiest_customer_orders"):
            create_demo_data(
                database, customers=3, seed=1, clock=FixedClock(at(2026, 11, 25)), busiest_customer_orders=-1
            )
    finally:
        database.close()


# --- counts -------------------------------------------------------------------------------------


def test_negative_counts_are_refused(database: Database, shop: Shop, clock: FixedClock) -> None:
    with database.reading() as session:
        with pytest.raises(InvalidInput, match="'due_within' cannot be -1"):
            cases.list_cases(session, clock, due_within=-1)
        for limit in (0, -5):
            with pytest.raises(InvalidInput, match=f"'limit' cannot be {limit}"):
                lookup.find_customers(session, "berg", limit)
        assert cases.list_cases(session, clock, due_within=0) == []
        assert [m.customer_number for m in lookup.find_customers(session, "berg", 1)] == ["K000123"]
