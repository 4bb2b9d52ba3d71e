"""`audit verify` on the command line (issue 12): exit 0 and the count when intact, exit 1 naming the
first break (table, id, what is wrong, never what the records say), the same as JSON for scripts."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.cli.conftest import Run


def _raw(db: Path, statement: str) -> None:
    """A statement through another program's plain sqlite3 connection, as someone with the file would."""
    script = f"import sqlite3; c = sqlite3.connect({str(db)!r}); c.execute({statement!r}); c.commit()"
    subprocess.run([sys.executable, "-c", script], check=True)


def test_an_untouched_demo_database_is_intact(run: Run, demo_db: Path) -> None:
    result = run("--db", str(demo_db), "audit", "verify")
    assert result.code == 0
    assert result.out.startswith("De auditlog is intact (") and result.out.endswith(" regels).\n")


def test_an_edited_entry_exits_1_and_is_named_in_text_and_json(run: Run, demo_db: Path) -> None:
    assert run("--db", str(demo_db), "holidays", "add", "2027-06-01", "Winkeldag", "--by", "owner").code == 0
    assert run("--db", str(demo_db), "holidays", "remove", "2027-06-01", "--by", "owner").code == 0
    _raw(demo_db, "UPDATE audit_log SET details = '{\"day\": \"2027-06-02\"}' WHERE action = 'holiday_added'")
    text = run("--db", str(demo_db), "audit", "verify")
    assert text.code == 1
    assert text.out.startswith("De auditlog is aangepast buiten de app om: regel #")
    assert " is gewijzigd (" in text.out
    as_json = run("--db", str(demo_db), "audit", "verify", "--json")
    assert as_json.code == 1
    answer = json.loads(as_json.out)
    assert answer["intact"] is False and answer["entries"] >= 2
    assert answer["first_broken"]["table"] == "audit_log" and answer["first_broken"]["problem"] == "edited"


def test_a_staff_member_is_refused_with_the_reason(run: Run, demo_db: Path) -> None:
    result = run("--db", str(demo_db), "audit", "verify", "--by", "staff")
    assert (result.code, result.out) == (1, "")
    assert result.err == "spaceoptics-desk: Only the owner can check the audit log.\n"


def test_the_weekly_review_names_a_break_too(run: Run, demo_db: Path) -> None:
    assert run("--db", str(demo_db), "holidays", "add", "2027-06-01", "Winkeldag", "--by", "owner").code == 0
    _raw(demo_db, "UPDATE audit_log SET action = 'holiday_removed' WHERE id = 1")
    result = run("--db", str(demo_db), "review", "apply", "--automatic", "--by", "owner")
    assert result.code == 0
    assert result.out.startswith("De auditlog is aangepast buiten de app om: regel #1 is gewijzigd")
