"""consent, object-marketing and mailing-list on the command line (issue 3; R18-R21)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
import sqlcipher3

from tests.cli.conftest import Run


def _state(run: Run, db: Path, ref: str = "K100000") -> dict[str, dict[str, object]]:
    shown = run("--db", str(db), "consent", ref, "--json")
    assert shown.code == 0, shown.err
    return {p["purpose"]: p for p in json.loads(shown.out)["purposes"]}


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_consent_shows_every_switchable_purpose_and_the_history(run: Run, demo_db: Path) -> None:
    shown = run("--db", str(demo_db), "consent", "K100000", "--json")
    document = json.loads(shown.out)
    assert [p["purpose"] for p in document["purposes"]] == [
        "newsletter",
        "promotions",
        "personal-advice",
        "feedback",
        "social-media-ads",
    ]
    assert isinstance(document["history"], list)
    text = run("--db", str(demo_db), "consent", "K100000")
    assert text.code == 0 and "History, newest first" in text.out


def test_give_by_phone_needs_the_read_out_confirmation(run: Run, demo_db: Path) -> None:
    base = ("--db", str(demo_db), "consent", "K100000", "promotions")
    refused = run(*base, "give", "--channel", "phone", "--by", "staff")
    assert refused.code == 1 and "Read the standard wording out" in refused.err
    assert _state(run, demo_db)["promotions"]["status"] == "never_asked"
    given = run(*base, "give", "--channel", "phone", "--by", "staff", "--read-out")
    assert given.code == 0 and "Recorded: promotions given (phone)" in given.out
    assert _state(run, demo_db)["promotions"]["on"] is True
    again = run(*base, "give", "--channel", "phone", "--by", "staff", "--read-out")
    assert "Nothing recorded" in again.out
    withdrawn = run(*base, "withdraw", "--channel", "email", "--by", "owner")
    assert withdrawn.code == 0
    state = _state(run, demo_db)["promotions"]
    assert (state["on"], state["status"], state["channel"]) == (False, "withdrawn", "email")
    history = json.loads(run("--db", str(demo_db), "consent", "K100000", "--json").out)["history"]
    assert [(h["purpose_key"], h["action"], h["mechanism"]) for h in history[:2]] == [
        ("promotions", "withdrawn", "written"),
        ("promotions", "given", "spoken"),
    ]


def test_unknown_purpose_channel_and_missing_options_are_one_clear_line(run: Run, demo_db: Path) -> None:
    base = ("--db", str(demo_db), "consent", "K100000")
    for args, message in (
        (
            ("telepathy", "give", "--channel", "email", "--by", "staff"),
            "Valid purposes: newsletter, promotions",
        ),
        (("newsletter", "give", "--channel", "pigeon", "--by", "staff"), "Valid channels: phone, email, web"),
        (("newsletter", "give", "--by", "staff"), "needs --channel and --by"),
        (("newsletter",), "give or withdraw"),
        (("orders", "withdraw", "--channel", "email", "--by", "staff"), "contract or the law"),
        (("newsletter", "give", "--channel", "email", "--by", "nobody"), "no active staff member"),
    ):
        result = run(*base, *args)
        assert result.code == 1, args
        assert message in result.err
        assert len(result.err.strip().splitlines()) == 1


def test_object_marketing_switches_everything_off_in_one_step(run: Run, demo_db: Path) -> None:
    run("--db", str(demo_db), "consent", "K100000", "newsletter", "give", "--channel", "web", "--by", "staff")
    done = run("--db", str(demo_db), "object-marketing", "K100000", "--channel", "phone", "--by", "staff")
    assert done.code == 0 and "All direct marketing stopped" in done.out
    state = _state(run, demo_db)
    assert not any(state[key]["on"] for key in ("newsletter", "promotions", "personal-advice", "feedback"))
    assert state["social-media-ads"]["on"] is True and state["social-media-ads"]["basis"] == "objection"


def test_mailing_list_writes_the_newsletter_addresses_without_objectors(
    run: Run, demo_db: Path, tmp_path: Path
) -> None:
    run("--db", str(demo_db), "consent", "K100000", "newsletter", "give", "--channel", "web", "--by", "staff")
    out = tmp_path / "nieuwsbrief.csv"
    written = run("--db", str(demo_db), "mailing-list", "--purpose", "newsletter", "--out", str(out))
    assert written.code == 0, written.err
    rows = _rows(out)
    assert f"{len(rows)} address(es) written" in written.out
    with sqlcipher3.connect(demo_db) as connection:
        (email,) = connection.execute(
            "select email from customers where customer_number = 'K100000'"
        ).fetchone()
    assert email in {r["email"] for r in rows}
    assert {r["basis"] for r in rows} <= {"opt_in", "soft_opt_in"}

    run("--db", str(demo_db), "object-marketing", "K100000", "--channel", "email", "--by", "owner")
    run("--db", str(demo_db), "mailing-list", "--out", str(out))
    assert email not in {r["email"] for r in _rows(out)}


def test_mailing_list_to_a_folder_that_does_not_exist_leaves_nothing(
    run: Run, demo_db: Path, tmp_path: Path
) -> None:
    target = tmp_path / "missing" / "list.csv"
    result = run("--db", str(demo_db), "mailing-list", "--out", str(target))
    assert result.code == 1 and "does not exist" in result.err
    assert not target.parent.exists()


def test_mailing_list_never_replaces_the_database_itself(run: Run, demo_db: Path) -> None:
    """Issue 10 §1: `--out shop.db` would rename a CSV over the database other desks have open."""
    before = demo_db.read_bytes()
    result = run("--db", str(demo_db), "mailing-list", "--out", str(demo_db))
    assert result.code == 1
    assert result.err.strip().endswith(
        "demo.db is not a name for a file of this app: give a name ending in .pdf, .csv, .json or .eml. "
        "Nothing was saved."
    )
    assert demo_db.read_bytes() == before
    assert run("--db", str(demo_db), "find", "K100000").code == 0


@pytest.mark.parametrize("out", ["shop.csv", "./sub/../shop.csv"])
def test_a_database_named_like_a_mailing_list_is_not_replaced_by_its_own_list(
    run: Run, demo_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, out: str
) -> None:
    """Issue 10 §1: `--db shop.csv mailing-list --out shop.csv` replaced the database with the list."""
    shop = demo_db.rename(tmp_path / "shop.csv")
    (tmp_path / "sub").mkdir()
    monkeypatch.chdir(tmp_path)
    before = shop.read_bytes()
    result = run("--db", "shop.csv", "mailing-list", "--out", out)
    assert (result.code, result.out) == (1, "")
    [line] = result.err.splitlines()
    assert line.startswith("spaceoptics-desk: ") and "saving there would destroy it" in line
    assert shop.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["shop.csv", "sub"]
    found = run("--db", "shop.csv", "find", "K100000")
    assert found.code == 0 and "K100000" in found.out
