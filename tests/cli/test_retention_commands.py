"""`scan` and `review apply` on the command line (issue 6): what is due, and carrying it out (R23, R26)."""

from __future__ import annotations

import json
from contextlib import ExitStack
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3

from spaceoptics_desk.domain.clock import FixedClock
from spaceoptics_desk.services.retention_rules import change_rule
from spaceoptics_desk.services.staff import acting_user
from spaceoptics_desk.store.database import open_database
from tests.cli.conftest import Run
from tests.raw_files import readable_in_files
from tests.readers import reader_holding_a_snapshot


def _due(run: Run, db: Path) -> list[dict[str, object]]:
    scanned = run("--db", str(db), "scan", "--json")
    assert scanned.code == 0, scanned.err
    return list(json.loads(scanned.out))


def test_R23_only_rules_set_to_automatic_run_without_review(run: Run, demo_db: Path) -> None:
    due = _due(run, demo_db)
    assert {"key", "rule", "customer", "due", "action"} <= set(due[0])
    contacts = [c for c in due if c["rule"] == "service_contacts"]
    others = [c for c in due if c["rule"] != "service_contacts"]
    assert contacts and others

    nothing = run("--db", str(demo_db), "review", "apply", "--automatic", "--by", "owner")
    assert nothing.code == 0 and "Nothing due" in nothing.out
    assert len(_due(run, demo_db)) == len(due)  # no rule is automatic: nothing was deleted

    database = open_database(str(demo_db))
    with database.transaction() as session:
        owner = acting_user(session, "owner")
        clock = FixedClock(datetime.now(UTC))
        change_rule(session, owner, clock, "service_contacts", "old contacts go daily", automatic=True)
    database.close()
    applied = run("--db", str(demo_db), "review", "apply", "--automatic", "--by", "owner")
    assert applied.code == 0, applied.err
    assert "automatic, set by" in applied.out
    assert f"service_contacts (erase): {len(contacts)} applied" in applied.out
    left = _due(run, demo_db)
    assert not [c for c in left if c["rule"] == "service_contacts"]
    assert len(left) == len(others)  # every other rule waits for the owner's review


def test_R23_review_apply_by_staff_is_refused(run: Run, demo_db: Path) -> None:
    before = _due(run, demo_db)
    refused = run("--db", str(demo_db), "review", "apply", "--all", "--by", "staff")
    assert refused.code == 1 and "owner" in refused.err
    assert len(_due(run, demo_db)) == len(before)


def _erasure_case(run: Run, db: Path, ref: str) -> str:
    opened = run(
        "--db", str(db), "case", "open", ref, "--rights", "erasure", "--channel", "phone", "--by", "owner"
    )
    assert opened.code == 0, opened.err
    return opened.out.strip()


def test_R7_erase_is_refused_until_the_identity_is_checked_then_names_what_went_and_what_stays(
    run: Run, demo_db: Path
) -> None:
    shown = run("--db", str(demo_db), "show", "K100002", "--json")
    assert shown.code == 0, shown.err
    name = json.loads(shown.out)["profile"]["name"]
    case_id = _erasure_case(run, demo_db, "K100002")
    refused = run("--db", str(demo_db), "erase", "K100002", "--case", case_id, "--by", "owner")
    assert refused.code == 1
    assert refused.err.strip().endswith(
        f"Check the person's identity first and record it on case {case_id}: an erasure cannot be undone."
    )
    assert run("--db", str(demo_db), "show", "K100002").code == 0  # still there
    staff = run("--db", str(demo_db), "erase", "K100002", "--case", case_id, "--by", "staff")
    assert staff.code == 1 and "Only the owner can erase a customer." in staff.err

    verified = run("--db", str(demo_db), "case", "verify", case_id, "--method", "call-back", "--by", "owner")
    assert verified.code == 0, verified.err
    erased = run("--db", str(demo_db), "erase", "K100002", "--case", case_id, "--by", "owner")
    assert erased.code == 0, erased.err
    lines = erased.out.splitlines()
    assert lines[0].startswith(f"Erased {name} (K100002) (E-") and lines[0].endswith(
        f"noted on case {case_id}."
    )
    gone = next(line for line in lines if line.startswith("  gone: "))
    assert "customer" in gone and "addresses" in gone
    assert any(line.startswith("  emptied: orders: ") for line in lines)
    assert any(line.startswith("  kept: requests (cases) of the person (1)") for line in lines)
    assert lines[-1].startswith("  kept until told: what ") and lines[-1].endswith(" know the person by")
    assert run("--db", str(demo_db), "show", "K100002").code == 1


def test_R31_erase_while_another_program_reads_says_the_traces_wait_for_it_and_the_next_command_ends_it(
    run: Run, demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from spaceoptics_desk.cli import command_context

    monkeypatch.setattr(
        command_context, "TRACE_CLEANUP_WAIT_MS", 200
    )  # "a few seconds", shortened for the test
    case_id = _erasure_case(run, demo_db, "K100005")
    assert (
        run("--db", str(demo_db), "case", "verify", case_id, "--method", "call-back", "--by", "owner").code
        == 0
    )
    with reader_holding_a_snapshot(demo_db):
        erased = run("--db", str(demo_db), "erase", "K100005", "--case", case_id, "--by", "owner")
        assert erased.code == 0, erased.err
        assert erased.out.splitlines()[-1] == (
            "The erased data is still readable in the database file while another program reads it; "
            "it is removed when that program closes its connection."
        )
        assert "K100005" in readable_in_files(demo_db, ["K100005"])
        assert _pending(demo_db) == ["search_index", "wal"] or _pending(demo_db) == ["wal"]
    found = run("--db", str(demo_db), "find", "K100005")  # any next command finishes it
    assert found.code == 0 and "K100005" not in found.out
    assert _pending(demo_db) == []
    assert readable_in_files(demo_db, ["K100005"]) == []


TRACES_WAIT = (
    "The erased data is still readable in the database file while another program reads it; "
    "it is removed when that program closes its connection."
)


def test_R31_review_apply_while_another_program_reads_says_the_traces_wait_for_it(
    run: Run, demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from spaceoptics_desk.cli import command_context

    monkeypatch.setattr(command_context, "TRACE_CLEANUP_WAIT_MS", 200)
    profile = next(c for c in _due(run, demo_db) if c["rule"] == "profile")
    number = str(profile["customer"])
    with reader_holding_a_snapshot(demo_db):
        applied = run("--db", str(demo_db), "review", "apply", "--ids", str(profile["key"]), "--by", "owner")
        assert applied.code == 0, applied.err
        assert "profile (erase): 1 applied" in applied.out
        assert applied.out.splitlines()[-1] == TRACES_WAIT
        assert _pending(demo_db) == ["wal"]  # the index was purged and the pages rewritten; the log waits
    assert run("--db", str(demo_db), "find", number).code == 0  # any next command finishes it
    assert _pending(demo_db) == []
    assert readable_in_files(demo_db, [number]) == []


def test_R31_review_apply_with_nobody_reading_says_nothing_of_traces(run: Run, demo_db: Path) -> None:
    profile = next(c for c in _due(run, demo_db) if c["rule"] == "profile")
    applied = run("--db", str(demo_db), "review", "apply", "--ids", str(profile["key"]), "--by", "owner")
    assert applied.code == 0, applied.err
    assert TRACES_WAIT not in applied.out
    assert _pending(demo_db) == []


def test_R31_restore_says_the_traces_wait_for_a_program_that_opened_the_restored_database(
    run: Run, demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A restore refuses while another program has the database open; one that opens it the moment
    the restore is in place (another desk starting) holds up the clean-up of what was replaced."""
    from spaceoptics_desk.cli import command_context
    from spaceoptics_desk.services import restore

    monkeypatch.setattr(command_context, "TRACE_CLEANUP_WAIT_MS", 200)
    backed_up = run("--db", str(demo_db), "backup")
    assert backed_up.code == 0, backed_up.err
    backup = Path(backed_up.out.split()[1].rstrip(";"))
    with ExitStack() as readers:
        restore_itself = restore.restore

        def then_another_desk_reads(*args: Any, **kwargs: Any) -> restore.RestoreResult:
            restored = restore_itself(*args, **kwargs)
            readers.enter_context(reader_holding_a_snapshot(demo_db))
            return restored

        monkeypatch.setattr(restore, "restore", then_another_desk_reads)
        restored = run("--db", str(demo_db), "restore", str(backup), "--by", "owner")
        assert restored.code == 0, restored.err
        assert f"Restored {backup} as {demo_db}" in restored.out
        assert restored.out.splitlines()[-1] == TRACES_WAIT
        assert _pending(demo_db) == ["wal"]
    assert run("--db", str(demo_db), "scan").code == 0  # any next command finishes it
    assert _pending(demo_db) == []


def _pending(db: Path) -> list[str]:
    connection = sqlcipher3.connect(db)
    try:
        return [row[0] for row in connection.execute("SELECT kind FROM pending_cleanups ORDER BY kind")]
    finally:
        connection.close()


def test_R32_restore_says_what_it_did_and_undid(run: Run, demo_db: Path, tmp_path: Path) -> None:
    case_id = _erasure_case(run, demo_db, "K100003")
    assert (
        run("--db", str(demo_db), "case", "verify", case_id, "--method", "call-back", "--by", "owner").code
        == 0
    )
    backed_up = run("--db", str(demo_db), "backup")
    assert backed_up.code == 0, backed_up.err
    backup = Path(backed_up.out.split()[1].rstrip(";"))
    assert run("--db", str(demo_db), "erase", "K100003", "--case", case_id, "--by", "owner").code == 0
    missing = run("--db", str(demo_db), "restore", str(tmp_path / "nowhere.db"), "--by", "owner")
    assert missing.code == 1 and missing.err.strip().endswith(f"There is no file {tmp_path / 'nowhere.db'}.")
    restored = run("--db", str(demo_db), "restore", str(backup), "--by", "owner")
    assert restored.code == 0, restored.err
    assert f"Restored {backup} as {demo_db}; 1 erased again from 1 journal entries." in restored.out
    assert "Undone by the restore (recorded after the backup, now gone): " in restored.out
    assert "customer_erased 1" in restored.out
    assert run("--db", str(demo_db), "show", "K100003").code == 1  # still erased

    half = demo_db.read_bytes()
    demo_db.write_bytes(half[: len(half) // 2])
    refused = run("--db", str(demo_db), "restore", str(backup), "--by", "owner")
    assert refused.code == 3 and "--replace-damaged" in refused.err
    replaced = run("--db", str(demo_db), "restore", str(backup), "--by", "owner", "--replace-damaged")
    assert replaced.code == 0, replaced.err
    assert "The damaged database was moved to " in replaced.out
    assert run("--db", str(demo_db), "show", "K100003").code == 1
