"""`staff ...`, `encrypt` and the demo's passwords (issue 12, AVG 32): the owner keeps the staff list
from the command line as in the app, everyone changes their own password, an owner gets back in with
the recovery key, and two desks changing the same person leave the key file and the rows agreeing."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

import pytest

from spaceoptics_desk.cli.exit_codes import EXIT_SIGN_IN
from spaceoptics_desk.cli.passwords import NEW_PASSWORD_ENV
from spaceoptics_desk.domain.clock import FixedClock
from spaceoptics_desk.errors import NotFound, SignInRefused
from spaceoptics_desk.operations import signing_in, staff
from spaceoptics_desk.operations.demo import DEMO_OWNER_PASSWORD, DEMO_STAFF_PASSWORD
from spaceoptics_desk.store import key_slots
from tests.cli.conftest import Run

WRONG = "spaceoptics-desk: The name or the password is not right.\n"
RECOVERY_KEY = re.compile(
    r"Recovery key \(print it and keep it safe; it is shown only now\): ([0-9A-Z-]{35})"
)


def _signs_in(run: Run, db: Path, by: str, password: str) -> bool:
    done = run("--db", str(db), "find", "berg", "--by", by, password=password)
    assert done.code in (0, EXIT_SIGN_IN), done.err
    return done.code == 0


def _staff(run: Run, db: Path) -> list[dict[str, Any]]:
    listed = run("--db", str(db), "staff", "list", "--all", "--json")
    assert listed.code == 0, listed.err
    return list(json.loads(listed.out))


def test_the_owner_adds_a_staff_member_who_then_signs_in(
    run: Run, demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(NEW_PASSWORD_ENV, "Anna-eerste-dag")
    added = run("--db", str(demo_db), "staff", "add", "anna", "--name", "Anna de Boer", "--role", "staff")
    assert (added.code, added.err) == (0, "")
    assert added.out == "anna (Anna de Boer, staff) added; they sign in with the password given.\n"
    assert _signs_in(run, demo_db, "anna", "Anna-eerste-dag")
    listed = run("--db", str(demo_db), "staff", "--json")
    assert ("anna", "Anna de Boer", "staff") in {
        (m["username"], m["display_name"], m["role"]) for m in json.loads(listed.out)
    }


def test_a_new_password_that_is_too_short_adds_nobody(
    run: Run, demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(NEW_PASSWORD_ENV, "kort")
    refused = run("--db", str(demo_db), "staff", "add", "anna", "--name", "Anna", "--role", "staff")
    assert (refused.code, refused.err) == (1, "spaceoptics-desk: A password needs at least 8 characters.\n")
    assert "anna" not in {m["member"]["username"] for m in _staff(run, demo_db)}


def test_the_new_password_typed_twice_must_match(
    run: Run, demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import getpass
    import io

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    typed = iter(["Anna-eerste-dag", "Anna-eerste-dat"])
    monkeypatch.setattr(sys, "stdin", Terminal())
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": next(typed))
    refused = run("--db", str(demo_db), "staff", "add", "anna", "--name", "Anna", "--role", "staff")
    assert (refused.code, refused.err) == (
        EXIT_SIGN_IN,
        "spaceoptics-desk: The two new passwords differ; nothing was changed.\n",
    )
    assert not _signs_in(run, demo_db, "anna", "Anna-eerste-dag")


def test_set_changes_name_and_role_and_resets_a_password(run: Run, demo_db: Path, tmp_path: Path) -> None:
    new = tmp_path / "nieuw.txt"
    new.write_text("Sam-opnieuw-2026\n", encoding="utf-8")
    new.chmod(0o600)
    done = run(
        "--db", str(demo_db), "staff", "set", "staff", "--name", "Sam de Jong", "--role", "owner",
        "--reset-password", "--new-password-file", str(new),
    )  # fmt: skip
    assert (done.code, done.err) == (0, "")
    assert done.out.splitlines()[0] == "staff: Sam de Jong, owner."
    assert not _signs_in(run, demo_db, "staff", DEMO_STAFF_PASSWORD)
    assert _signs_in(run, demo_db, "staff", "Sam-opnieuw-2026")
    nothing = run("--db", str(demo_db), "staff", "set", "staff")
    assert (nothing.code, nothing.err) == (
        1,
        "spaceoptics-desk: Say what to change: --name, --role or --reset-password.\n",
    )


def test_a_deactivated_member_loses_their_key_slot(run: Run, demo_db: Path) -> None:
    done = run("--db", str(demo_db), "staff", "deactivate", "staff")
    assert (done.code, done.out) == (0, "staff is deactivated and can no longer sign in.\n")
    assert "staff" not in key_slots.read(demo_db)
    assert {m["member"]["username"]: m["active"] for m in _staff(run, demo_db)} == {
        "owner": True,
        "staff": False,
    }
    assert not _signs_in(run, demo_db, "staff", DEMO_STAFF_PASSWORD)


def test_everyone_changes_their_own_password_proved_by_the_current_one(
    run: Run, demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(NEW_PASSWORD_ENV, "Sam-eigen-keuze")
    done = run("--db", str(demo_db), "staff", "password", "--by", "staff")
    assert (done.code, done.out) == (0, "staff: your password is changed.\n")
    assert _signs_in(run, demo_db, "staff", "Sam-eigen-keuze")
    assert not _signs_in(run, demo_db, "staff", DEMO_STAFF_PASSWORD)
    wrong = run("--db", str(demo_db), "staff", "password", "--by", "staff", password="geraden-wachtwoord")
    assert (wrong.code, wrong.err) == (EXIT_SIGN_IN, WRONG)
    assert _signs_in(run, demo_db, "staff", "Sam-eigen-keuze")


def test_the_idle_time_before_a_desk_locks(run: Run, demo_db: Path) -> None:
    assert run("--db", str(demo_db), "staff", "lock-after").out == "A desk locks after 10 idle minutes.\n"
    assert run("--db", str(demo_db), "staff", "lock-after", "3").code == 0
    shown = run("--db", str(demo_db), "staff", "lock-after", "--by", "staff")
    assert shown.out == "A desk locks after 3 idle minutes.\n"


def test_demo_owner_password_and_the_recovery_key_that_opens_a_new_password(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "eigen.db"
    made = run("--db", str(db), "demo", "--customers", "5", "--owner-password", "Eigen-demo-2026")
    assert made.code == 0, made.err
    [recovery_key] = RECOVERY_KEY.findall(made.out)
    assert _signs_in(run, db, "owner", "Eigen-demo-2026")
    assert not _signs_in(run, db, "owner", DEMO_OWNER_PASSWORD)
    assert _signs_in(run, db, "staff", DEMO_STAFF_PASSWORD)

    key_file = tmp_path / "herstel.txt"
    key_file.write_text(recovery_key.lower().replace("-", " ") + "\n", encoding="utf-8")  # as typed
    key_file.chmod(0o600)
    monkeypatch.setenv(NEW_PASSWORD_ENV, "Weer-binnen-2026")
    recovered = run("--db", str(db), "staff", "recover", "owner", "--recovery-key-file", str(key_file))
    assert (recovered.code, recovered.err) == (0, "")
    assert _signs_in(run, db, "owner", "Weer-binnen-2026")
    staff_recovers = run("--db", str(db), "staff", "recover", "staff", "--recovery-key-file", str(key_file))
    assert (staff_recovers.code, staff_recovers.err) == (
        EXIT_SIGN_IN,
        "spaceoptics-desk: The recovery key sets an owner's password; staff ask the owner.\n",
    )
    assert _signs_in(run, db, "staff", DEMO_STAFF_PASSWORD)


def test_encrypt_a_database_from_before_once(
    run: Run, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from spaceoptics_desk.services.staff import ensure_staff
    from spaceoptics_desk.store.database import open_database

    plain = open_database(str(db_path), create=True)
    with plain.transaction() as session:
        ensure_staff(session, "marleen", "Marleen Verhoef", "owner")
        ensure_staff(session, "sam", "Sam Jansen", "staff")
    plain.close()
    monkeypatch.setenv("SPACEOPTICS_DESK_PASSWORD", "Marleen-2026")
    refused = run("--db", str(db_path), "encrypt", "--by", "sam", password=None)
    assert (refused.code, refused.err) == (1, "spaceoptics-desk: Only an owner can encrypt the database.\n")

    done = run("--db", str(db_path), "encrypt", "--by", "marleen", password=None)
    assert done.code == 0, done.err
    lines = done.out.splitlines()
    assert lines[0] == f"{db_path} is encrypted; marleen signs in with the new password."
    assert RECOVERY_KEY.fullmatch(lines[1])
    assert lines[2].startswith("The unencrypted copy taken first is ") and str(db_path.parent) in lines[2]
    assert _signs_in(run, db_path, "marleen", "Marleen-2026")
    again = run("--db", str(db_path), "encrypt", "--by", "marleen", password=None)
    assert (again.code, again.err) == (1, f"spaceoptics-desk: The database {db_path} is encrypted already.\n")


def test_two_desks_changing_the_same_staff_member_one_wins_and_the_key_file_matches_the_rows(
    demo_db: Path, clock: FixedClock
) -> None:
    """Both desks signed in before either changed anything: the second is told, and nothing it meant
    reaches the key file."""
    desk_a = signing_in.sign_in(str(demo_db), "owner", DEMO_OWNER_PASSWORD, clock)
    desk_b = signing_in.sign_in(str(demo_db), "owner", DEMO_OWNER_PASSWORD, clock)
    try:
        staff.deactivate_staff(desk_a, "staff")
        with pytest.raises(NotFound) as refused:
            staff.reset_password(desk_b, "staff", "Sam-tweede-kans")
        assert refused.value.text() == "There is no active staff member 'staff'."
        with pytest.raises(NotFound):
            staff.change_staff(desk_b, "staff", role="owner")
        accounts = staff.all_staff(desk_b).result
    finally:
        desk_a.database.close()
        desk_b.database.close()
    slots = key_slots.read(demo_db)  # whole: it reads, and every slot in it is someone's
    with_password = {a.member.username for a in accounts if a.has_password}
    assert set(slots) - {key_slots.RECOVERY_SLOT} == with_password == {"owner"}
    assert key_slots.read(demo_db) == slots  # no half-written copy took its place
    with pytest.raises(SignInRefused, match="not right"):
        signing_in.sign_in(str(demo_db), "staff", "Sam-tweede-kans", clock)
