"""The command-line companion: demo, find, show, correct, staff; JSON that scripts can rely on."""

from __future__ import annotations

import json
from pathlib import Path

import sqlcipher3

from tests.cli.conftest import Run

FIND_KEYS = {
    "customer_number",
    "name",
    "company_name",
    "postcode",
    "city",
    "email_masked",
    "last_order_on",
    "restricted",
}


def _first_customer(run: Run, db: Path) -> dict[str, object]:
    shown = run("--db", str(db), "show", "K100000", "--json")
    assert shown.code == 0, shown.err
    document: dict[str, object] = json.loads(shown.out)
    return document


def test_demo_creates_a_database_with_staff_and_customers(run: Run, tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    made = run("--db", str(db), "demo", "--customers", "40", "--seed", "3", "--busiest-orders", "25")
    assert made.code == 0, made.err
    assert "40 customers" in made.out
    staff = run("--db", str(db), "staff", "--json")
    assert {(m["username"], m["role"]) for m in json.loads(staff.out)} == {
        ("owner", "owner"),
        ("staff", "staff"),
    }
    assert len(json.loads(run("--db", str(db), "show", "K100000", "--json").out)["orders"]) == 25


def test_demo_is_reproducible_from_seed_and_date(run: Run, tmp_path: Path) -> None:
    def names(path: Path) -> list[tuple[str, str, str]]:
        run("--db", str(path), "demo", "--customers", "30", "--seed", "5", "--as-of", "2026-01-31")
        with sqlcipher3.connect(path) as connection:
            rows: list[tuple[str, str, str]] = connection.execute(
                "select customer_number, last_name, email from customers order by id"
            ).fetchall()
            return rows

    assert names(tmp_path / "a.db") == names(tmp_path / "b.db")


def test_demo_if_missing_leaves_an_existing_database_alone(run: Run, demo_db: Path) -> None:
    before = demo_db.read_bytes()
    again = run("--db", str(demo_db), "demo", "--if-missing", "--customers", "5")
    assert again.code == 0
    assert "already there" in again.out
    assert demo_db.read_bytes() == before


def test_demo_refuses_to_mix_into_a_database_with_customers(run: Run, demo_db: Path) -> None:
    again = run("--db", str(demo_db), "demo", "--customers", "5")
    assert again.code == 1
    assert "already holds customers" in again.err


def test_find_json_lists_matches_with_stable_keys(run: Run, demo_db: Path) -> None:
    profile = _first_customer(run, demo_db)["profile"]
    assert isinstance(profile, dict)
    found = run("--db", str(demo_db), "find", str(profile["last_name"]), "--json")
    assert found.code == 0, found.err
    matches = json.loads(found.out)
    assert matches, "the customer's own last name must find them"
    assert all(set(m) == FIND_KEYS for m in matches)
    assert "K100000" in {m["customer_number"] for m in matches}
    # The list never shows a whole e-mail address (it is read out on the phone).
    assert all(m["email_masked"] is None or "•" in m["email_masked"] for m in matches)


def test_find_by_phone_in_another_format(run: Run, demo_db: Path) -> None:
    with sqlcipher3.connect(demo_db) as connection:
        number, mobile = connection.execute(
            "select customer_number, mobile from customers where mobile is not null order by id limit 1"
        ).fetchone()
    # Stored as +316xxxxxxxx; staff type 06-xxxxxxxx.
    typed = "06-" + mobile[4:]
    found = json.loads(run("--db", str(demo_db), "find", typed, "--json").out)
    assert number in {m["customer_number"] for m in found}


def test_find_text_says_when_nothing_matches(run: Run, demo_db: Path) -> None:
    found = run("--db", str(demo_db), "find", "zzqqxx")
    assert found.code == 0
    assert found.out.strip() == "No customers match."


def test_hostile_queries_never_fail(run: Run, demo_db: Path) -> None:
    for query in [
        '"',
        "'; drop table customers; --",
        "%",
        "_",
        "a*b",
        "NEAR(",
        "🔭✨",
        "x" * 10_000,
        "-",
        "^",
    ]:
        found = run("--db", str(demo_db), "find", query, "--json")
        assert found.code == 0, (query[:20], found.err)
        assert isinstance(json.loads(found.out), list)
    with sqlcipher3.connect(demo_db) as connection:
        assert connection.execute("select count(*) from customers").fetchone()[0] == 300


def test_show_json_nests_every_record(run: Run, demo_db: Path) -> None:
    document = _first_customer(run, demo_db)
    assert set(document) >= {
        "profile",
        "addresses",
        "orders",
        "returns_repairs",
        "service_contacts",
        "portal_account",
        "purposes",
        "consent_history",
        "open_requests",
        "legal_holds",
        "retention",
        "rectifications",
    }
    profile = document["profile"]
    assert isinstance(profile, dict)
    assert profile["customer_number"] == "K100000"
    assert profile["created_at"].endswith("Z")
    orders = document["orders"]
    assert isinstance(orders, list)
    for order in orders:
        assert order["lines"], "an order always has lines"
    # R23: every category shows the rule and, where records exist, the earliest date it may go.
    retention = document["retention"]
    assert isinstance(retention, list)
    assert {item["rule"]["category"] for item in retention} >= {"profile", "fiscal", "consent"}


def test_show_finds_a_customer_by_email_in_any_case(run: Run, demo_db: Path) -> None:
    profile = _first_customer(run, demo_db)["profile"]
    assert isinstance(profile, dict)
    shown = run("--db", str(demo_db), "show", str(profile["email"]).upper())
    assert shown.code == 0
    assert "K100000" in shown.out


def test_correct_keeps_old_and_new_with_who(run: Run, demo_db: Path) -> None:
    """R13: a correction is kept with old value, new value, who and when."""
    old_profile = _first_customer(run, demo_db)["profile"]
    assert isinstance(old_profile, dict)
    old_email = old_profile["email"]
    done = run(
        "--db", str(demo_db), "correct", "K100000", "--email", "Nieuw.Adres@Example.NL", "--by", "staff"
    )
    assert done.code == 0, done.err
    document = _first_customer(run, demo_db)
    profile, rectifications = document["profile"], document["rectifications"]
    assert isinstance(profile, dict) and isinstance(rectifications, list)
    assert profile["email"] == "nieuw.adres@example.nl"
    [change] = rectifications
    assert (change["field"], change["old_value"], change["new_value"]) == (
        "email",
        old_email,
        "nieuw.adres@example.nl",
    )
    assert change["staff"] == "Sam Jansen"
    found = json.loads(run("--db", str(demo_db), "find", "nieuw.adres@example.nl", "--json").out)
    assert [m["customer_number"] for m in found] == ["K100000"]


def test_correct_refuses_bad_input_and_changes_nothing(run: Run, demo_db: Path) -> None:
    before = _first_customer(run, demo_db)
    for args, message in (
        (("--email", "not-an-address"), "not a valid e-mail"),
        (("--phone", "12"), "not a valid telephone"),
        (("--postcode", "ABCD 12"), "postcode"),
        ((), "Nothing to correct"),
    ):
        refused = run("--db", str(demo_db), "correct", "K100000", *args, "--by", "owner")
        assert refused.code == 1
        assert message in refused.err
        assert len(refused.err.strip().splitlines()) == 1
    unknown = run("--db", str(demo_db), "correct", "K100000", "--email", "a@b.nl", "--by", "mallory")
    assert unknown.code == 1
    assert "no active staff member" in unknown.err
    assert _first_customer(run, demo_db) == before


def test_correct_requires_who(run: Run, demo_db: Path) -> None:
    refused = run("--db", str(demo_db), "correct", "K100000", "--email", "a@b.nl")
    assert refused.code == 2
    assert "--by" in refused.err


def test_unknown_customer_is_one_line_and_exit_1(run: Run, demo_db: Path) -> None:
    shown = run("--db", str(demo_db), "show", "K999999")
    assert shown.code == 1
    assert shown.err.strip() == "spaceoptics-desk: No customer has that number or e-mail address."


def test_show_takes_the_customer_number_without_its_letter(run: Run, demo_db: Path) -> None:
    shown = run("--db", str(demo_db), "show", "100000")
    assert shown.code == 0 and shown.out.startswith("K100000")


def test_R15_a_restricted_customer_is_corrected_within_an_open_request(run: Run, demo_db: Path) -> None:
    with sqlcipher3.connect(demo_db) as connection:
        connection.execute(
            "update customers set restricted_at = '2026-11-01 10:00:00' where customer_number = 'K100000'"
        )
        connection.execute(
            "insert into requests (id, customer_id, channel, received_at, status, staff_user_id)"
            " select 9001, id, 'phone', '2026-11-02 10:00:00', 'open', 1 from customers"
            " where customer_number = 'K100000'"
        )
    connection.close()
    refused = run("--db", str(demo_db), "correct", "K100000", "--city", "Maurik", "--by", "staff")
    assert refused.code == 1 and "within a case" in refused.err
    done = run(
        "--db", str(demo_db), "correct", "K100000", "--city", "Maurik", "--by", "staff", "--request", "9001"
    )
    assert done.code == 0, done.err
    [change] = json.loads(run("--db", str(demo_db), "show", "K100000", "--json").out)["rectifications"]
    assert (change["field"], change["new_value"], change["request_id"]) == ("address.city", "Maurik", 9001)
