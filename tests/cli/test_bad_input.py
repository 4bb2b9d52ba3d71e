"""Issue 10 §4 on the command line: what the law cannot mean is one line and exit 1 or 2, never 70.

Dates outside 2000-2100 and negative counts or ids are refused by the parser (exit 2) before the
database is touched; what only the services can judge (a request before the AVG, a postponement of
more than a year, a control character in a text) is refused by them (exit 1), nothing written.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.conftest import Run

PARSER_REFUSALS = [
    ("scan", "--today", "0001-01-01"),
    ("scan", "--today", "9999-12-31"),
    ("review", "apply", "--all", "--today", "0001-01-01", "--by", "owner"),
    ("review", "postpone", "profile:customer:1", "--until", "9999-12-31", "--reason", "x", "--by", "owner"),
    ("review", "postpone", "profile:customer:1", "--until", "2027-01-01", "--today", "1999-12-31",
     "--reason", "x", "--by", "owner"),
    ("case", "open", "unknown", "--rights", "access", "--channel", "phone", "--received", "0001-01-01T00:00",
     "--by", "staff"),
    ("case", "extend", "1", "--reason", "x", "--told", "0001-01-01", "--by", "owner"),
    ("case", "pause", "1", "--asked", "9999-12-31", "--by", "staff"),
    ("case", "resume", "1", "--answered", "0001-01-01", "--by", "staff"),
    ("holidays", "add", "9999-12-31", "Eind", "--by", "owner"),
    ("holidays", "remove", "0001-01-01", "--by", "owner"),
    ("holidays", "list", "--year", "-5"),
    ("holidays", "list", "--year", "10000"),
    ("demo", "--as-of", "0001-01-01"),
    ("demo", "--customers", "-1"),
    ("demo", "--busiest-orders", "-1"),
    ("find", "berg", "--limit", "-5"),
    ("find", "berg", "--limit", "0"),
    ("case", "list", "--due-within", "-3"),
    ("case", "show", "-1"),
    ("case", "tell", "0", "--outcome", "told", "--by", "owner"),
    ("erase", "K100000", "--case", "-1", "--by", "owner"),
    ("correct", "K100000", "--city", "Tiel", "--request", "-2", "--by", "staff"),
]  # fmt: skip


@pytest.mark.parametrize("command", PARSER_REFUSALS, ids=" ".join)
def test_dates_outside_this_century_and_negative_counts_are_usage_errors(
    run: Run, demo_db: Path, command: tuple[str, ...]
) -> None:
    before = demo_db.read_bytes()
    result = run("--db", str(demo_db), *command)
    assert result.code == 2, result.err
    [line] = result.err.splitlines()
    assert line.startswith("spaceoptics-desk") and line.endswith("(see --help)")
    assert "2000" in line or "at least" in line
    assert demo_db.read_bytes() == before


TOO_LARGE = str(2**63)  # one more than the largest id the database can hold
TOO_LARGE_IDS = [
    ("case", "show", TOO_LARGE),
    ("case", "verify", TOO_LARGE, "--method", "call-back", "--by", "staff"),
    ("case", "note", TOO_LARGE, "--text", "x", "--by", "staff"),
    ("case", "close", TOO_LARGE, "--outcome", "withdrawn", "--by", "staff"),
    ("case", "tell", TOO_LARGE, "--outcome", "told", "--by", "owner"),
    ("erase", "K100000", "--case", TOO_LARGE, "--by", "owner"),
    ("export-copy", "K100000", "--out", ".", "--case", "99999999999999999999", "--by", "owner"),
    ("correct", "K100000", "--city", "Tiel", "--request", TOO_LARGE, "--by", "staff"),
    ("review", "postpone", f"profile:customer:{TOO_LARGE}", "--until", "2027-01-01", "--reason", "x",
     "--by", "owner"),
]  # fmt: skip


@pytest.mark.parametrize("command", TOO_LARGE_IDS, ids=" ".join)
def test_an_id_beyond_what_the_database_can_hold_is_a_usage_error_not_a_bug(
    run: Run, demo_db: Path, command: tuple[str, ...]
) -> None:
    before = demo_db.read_bytes()
    result = run("--db", str(demo_db), *command)
    assert result.code == 2, result.err
    [line] = result.err.splitlines()
    assert line.startswith("spaceoptics-desk") and line.endswith("(see --help)")
    assert f"go{'es' if 'postpone' in command else ''} up to {2**63 - 1}" in line
    assert demo_db.read_bytes() == before


def test_the_largest_id_is_looked_up_and_not_found(run: Run, demo_db: Path) -> None:
    result = run("--db", str(demo_db), "case", "show", str(2**63 - 1))
    assert (result.code, result.err) == (1, f"spaceoptics-desk: There is no case {2**63 - 1}.\n")


def _open_case(run: Run, db: Path, *extra: str) -> tuple[int, str, str]:
    result = run("--db", str(db), "case", "open", "unknown", "--rights", "access", "--channel", "phone",
                 *extra, "--by", "staff")  # fmt: skip
    return result.code, result.out, result.err


def _case_count(run: Run, db: Path) -> int:
    return len(json.loads(run("--db", str(db), "case", "list", "--json").out))


def test_R1_a_request_received_before_the_avg_is_refused(run: Run, demo_db: Path) -> None:
    cases = _case_count(run, demo_db)
    assert _open_case(run, demo_db, "--received", "2010-01-01T09:00") == (
        1,
        "",
        "spaceoptics-desk: A request cannot have been received before 2018-05-25, when the AVG began "
        "to apply.\n",
    )
    assert _case_count(run, demo_db) == cases


@pytest.mark.parametrize(
    ("option", "text", "code"),
    [
        ("--summary", "wil\x1b[2J alles zien", "U+001B"),
        ("--contact", "06\x00123", "U+0000"),
    ],
)
def test_a_control_character_is_refused_naming_the_field(
    run: Run, demo_db: Path, option: str, text: str, code: str
) -> None:
    cases = _case_count(run, demo_db)
    field = "summary" if option == "--summary" else "contact_details"
    assert _open_case(run, demo_db, option, text) == (
        1,
        "",
        f"spaceoptics-desk: The field '{field}' contains a character that cannot be stored (a control "
        f"character, {code}); remove it and try again.\n",
    )
    assert _case_count(run, demo_db) == cases


def test_a_corrected_city_with_an_escape_sequence_is_refused(run: Run, demo_db: Path) -> None:
    before = json.loads(run("--db", str(demo_db), "show", "K100000", "--json").out)["addresses"]
    result = run("--db", str(demo_db), "correct", "K100000", "--city", "Tiel\x1b[31m", "--by", "staff")
    assert result.code == 1
    assert "The field 'city' contains a character that cannot be stored" in result.err
    assert json.loads(run("--db", str(demo_db), "show", "K100000", "--json").out)["addresses"] == before


def test_R23_review_postpone_keeps_nobody_for_more_than_a_year(run: Run, demo_db: Path) -> None:
    today = "2026-11-20"
    [first, *_] = json.loads(run("--db", str(demo_db), "scan", "--today", today, "--json").out)
    postpone = ("--db", str(demo_db), "review", "postpone", first["key"], "--today", today,
                "--reason", "belt eerst", "--by", "owner")  # fmt: skip
    result = run(*postpone, "--until", "2100-12-31")
    assert (result.code, result.err) == (
        1,
        "spaceoptics-desk: A deletion is postponed by at most a year: give a date until 2027-11-20 at "
        "the latest.\n",
    )
    assert first["key"] in {c["key"] for c in json.loads(run("--db", str(demo_db), "scan", "--today", today,
                                                              "--json").out)}  # fmt: skip
    assert run(*postpone, "--until", "2027-11-20").code == 0


NOT_UTF8 = [
    ("case", "open", "unknown", "--rights", "access", "--channel", "phone", "--summary", "caf\udce9",
     "--by", "staff"),
    ("show", "K10000\udce9"),
    ("consent", "K100000", "newsletter", "give", "--channel", "email", "--by", "\udce9owner"),
]  # fmt: skip


@pytest.mark.parametrize("command", NOT_UTF8, ids=["summary", "customer", "staff member"])
def test_bytes_that_are_not_utf8_on_the_command_line_are_a_usage_error(
    run: Run, demo_db: Path, command: tuple[str, ...]
) -> None:
    """A Latin-1 terminal sends "café" as bytes that are not UTF-8; Python keeps them as a surrogate."""
    before = demo_db.read_bytes()
    result = run("--db", str(demo_db), *command)
    bad = next(argument for argument in command if "\udce9" in argument)
    shown = bad.replace("\udce9", "\\udce9")
    assert (result.code, result.err) == (
        2,
        f"spaceoptics-desk: '{shown}' is not UTF-8 text; type it again (see --help)\n",
    )
    assert demo_db.read_bytes() == before
