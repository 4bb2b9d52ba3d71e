"""Every command signs in (issue 12, AVG 32): `--by` names the person, the password proves it; a wrong,
empty or huge password, a password file others can read, or no password at all is one line on stderr,
exit 4, nothing changed, and the typed text nowhere. The owner's commands refuse staff with the reason."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from spaceoptics_desk.cli.exit_codes import EXIT_SIGN_IN
from spaceoptics_desk.cli.passwords import PASSWORD_ENV
from spaceoptics_desk.domain.permissions import PERMISSIONS, Action
from spaceoptics_desk.operations.demo import DEMO_OWNER_PASSWORD, DEMO_STAFF_PASSWORD
from spaceoptics_desk.workstation import locations
from tests.cli.conftest import Run

WRONG = "spaceoptics-desk: The name or the password is not right.\n"
NO_PASSWORD = (
    "spaceoptics-desk: No password given: use --password-file FILE, set SPACEOPTICS_DESK_PASSWORD or run "
    "the command in a terminal.\n"
)


def _email(run: Run, db: Path) -> str:
    shown = run("--db", str(db), "show", "K100000", "--json")
    assert shown.code == 0, shown.err
    return str(json.loads(shown.out)["profile"]["email"])


def _correct(run: Run, db: Path, *extra: str, password: str | None) -> tuple[int, str, str]:
    done = run(
        "--db", str(db), "correct", "K100000", "--email", "nieuw@example.nl", *extra, password=password
    )
    return done.code, done.out, done.err


def _log() -> str:
    log = locations().log_file
    return log.read_text(encoding="utf-8") if log.exists() else ""


@pytest.mark.parametrize(
    ("typed", "by", "message"),
    [
        ("geraden-wachtwoord", ("--by", "owner"), WRONG),
        (DEMO_STAFF_PASSWORD, ("--by", "owner"), WRONG),  # someone else's password
        ("geraden-wachtwoord", (), WRONG),
        ("", ("--by", "owner"), "spaceoptics-desk: Type your password.\n"),
        ("x" * 10_000, ("--by", "owner"), WRONG),
        (DEMO_OWNER_PASSWORD, ("--by", "mallory"), WRONG),  # nobody of that name: told the same
    ],
    ids=["wrong", "another's", "wrong-without-by", "empty", "10000-characters", "unknown-name"],
)
def test_a_refused_sign_in_is_one_line_exit_4_and_changes_nothing(
    run: Run, demo_db: Path, typed: str, by: tuple[str, ...], message: str
) -> None:
    before = _email(run, demo_db)
    assert _correct(run, demo_db, *by, password=typed) == (EXIT_SIGN_IN, "", message)
    assert _email(run, demo_db) == before
    if typed:
        assert typed not in _log()


def test_without_by_the_password_says_who_signs_in(run: Run, demo_db: Path) -> None:
    done = _correct(run, demo_db, password=DEMO_STAFF_PASSWORD)
    assert done[0] == 0, done[2]
    [correction] = json.loads(run("--db", str(demo_db), "show", "K100000", "--json").out)["rectifications"]
    assert correction["staff"] == "Sam Jansen"


def test_the_password_comes_from_the_environment_for_scheduled_jobs(
    run: Run, demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(PASSWORD_ENV, DEMO_STAFF_PASSWORD)
    assert _correct(run, demo_db, "--by", "staff", password=None)[0] == 0
    monkeypatch.setenv(PASSWORD_ENV, "niet-het-wachtwoord")
    assert _correct(run, demo_db, "--by", "staff", password=None) == (EXIT_SIGN_IN, "", WRONG)


def _password_file(folder: Path, content: str, mode: int) -> Path:
    file = folder / "wachtwoord.txt"
    file.write_text(content, encoding="utf-8")
    file.chmod(mode)
    return file


def test_a_password_file_readable_by_its_owner_only_signs_in_with_its_first_line(
    run: Run, demo_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(PASSWORD_ENV, "niet-het-wachtwoord")  # the file comes first
    file = _password_file(tmp_path, f"{DEMO_OWNER_PASSWORD}\nanything on the next line\n", 0o600)
    assert _correct(run, demo_db, "--password-file", str(file), password=None)[0] == 0
    assert _email(run, demo_db) == "nieuw@example.nl"


@pytest.mark.parametrize("mode", [0o644, 0o640, 0o604])
def test_a_password_file_others_can_read_is_refused_and_not_read(
    run: Run, demo_db: Path, tmp_path: Path, mode: int
) -> None:
    file = _password_file(tmp_path, f"{DEMO_OWNER_PASSWORD}\n", mode)
    before = _email(run, demo_db)
    assert _correct(run, demo_db, "--password-file", str(file), password=None) == (
        EXIT_SIGN_IN,
        "",
        f"spaceoptics-desk: {file} can be read by others, so it cannot hold a password: make it readable "
        "by you only (chmod 600).\n",
    )
    assert _email(run, demo_db) == before


def test_a_missing_password_file_is_one_line(run: Run, demo_db: Path, tmp_path: Path) -> None:
    missing = tmp_path / "nergens.txt"
    code, out, err = _correct(run, demo_db, "--password-file", str(missing), password=None)
    assert (code, out) == (EXIT_SIGN_IN, "")
    assert (
        err == f"spaceoptics-desk: The password file {missing} cannot be read: No such file or directory.\n"
    )


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_at_a_terminal_the_password_is_asked_without_echo(
    run: Run, demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import getpass

    asked: list[str] = []

    def typed_at_the_prompt(prompt: str = "") -> str:
        asked.append(prompt)
        return DEMO_STAFF_PASSWORD

    monkeypatch.delenv(PASSWORD_ENV)
    monkeypatch.setattr(sys, "stdin", _Terminal())
    monkeypatch.setattr(getpass, "getpass", typed_at_the_prompt)
    assert _correct(run, demo_db, "--by", "staff", password=None)[0] == 0
    assert asked == ["Password: "]


def test_without_a_terminal_file_or_variable_there_is_no_password(
    run: Run, demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _email(run, demo_db)
    monkeypatch.delenv(PASSWORD_ENV)
    monkeypatch.setattr(sys, "stdin", io.StringIO())  # a scheduled job: no terminal
    assert _correct(run, demo_db, "--by", "staff", password=None) == (EXIT_SIGN_IN, "", NO_PASSWORD)
    assert _email(run, demo_db) == before


def _owner_only_commands(tmp_path: Path) -> list[tuple[Action, tuple[str, ...]]]:
    return [
        (Action.ERASE, ("erase", "K100000", "--case", "1")),
        (Action.RESTORE, ("restore", str(tmp_path / "backup.db"))),
        (Action.EXPORT_COPY, ("export-copy", "K100000", "--out", str(tmp_path))),
        (Action.DECIDE_RETENTION, ("review", "apply", "--all")),
        (
            Action.DECIDE_RETENTION,
            ("review", "postpone", "profile:customer:1", "--until", "2027-01-01", "--reason", "x"),
        ),
        (Action.CHANGE_HOLIDAYS, ("holidays", "add", "2026-12-31", "Oudjaarsdag")),
        (Action.CHANGE_HOLIDAYS, ("holidays", "remove", "2026-12-25")),
        (Action.EXPORT_MAILING_LIST, ("mailing-list", "--out", str(tmp_path / "lijst.csv"))),
        (Action.MANAGE_STAFF, ("staff", "add", "anna", "--name", "Anna de Boer", "--role", "staff")),
        (Action.MANAGE_STAFF, ("staff", "set", "owner", "--role", "staff")),
        (Action.MANAGE_STAFF, ("staff", "deactivate", "owner")),
        (Action.MANAGE_STAFF, ("staff", "lock-after", "1")),
        (Action.MANAGE_STAFF, ("staff", "list", "--all")),
    ]


def test_staff_signed_in_are_refused_the_owners_commands_with_the_reason(
    run: Run, demo_db: Path, tmp_path: Path
) -> None:
    """The rules and the mail server have no command: their doors are the same (operations tests)."""
    before = demo_db.read_bytes()
    for action, command in _owner_only_commands(tmp_path):
        refused = run("--db", str(demo_db), *command, "--by", "staff")
        reason = PERMISSIONS[action].refusal
        assert (refused.code, refused.out, refused.err) == (1, "", f"spaceoptics-desk: {reason}\n"), command
    assert demo_db.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["backups", "demo.db", "demo.db.keys"]


def test_a_deactivated_staff_member_can_run_nothing(run: Run, demo_db: Path) -> None:
    assert run("--db", str(demo_db), "staff", "deactivate", "staff", "--by", "owner").code == 0
    # Four tries: within the free wrong ones before the wait (domain/sign_in.FREE_ATTEMPTS).
    for command in (("find", "berg"), ("backup",)):
        for by in (("--by", "staff"), ()):
            refused = run("--db", str(demo_db), *command, *by, password=DEMO_STAFF_PASSWORD)
            assert (refused.code, refused.out, refused.err) == (EXIT_SIGN_IN, "", WRONG), (command, by)


def test_a_database_from_before_sign_in_points_to_encrypt(run: Run, db_path: Path) -> None:
    from spaceoptics_desk.store.database import open_database

    open_database(str(db_path), create=True).close()  # a plain database, as every one was before
    before = db_path.read_bytes()
    for command in (("find", "berg"), ("staff",), ("backup",), ("restore", str(db_path))):
        refused = run("--db", str(db_path), *command)
        assert (refused.code, refused.out) == (3, ""), command
        assert refused.err == (
            f"spaceoptics-desk: The database {db_path} is not encrypted yet, so nobody can sign in to it: "
            "its owner encrypts it once with `spaceoptics-desk encrypt --by OWNER` or by opening it in "
            "the app.\n"
        )
    assert db_path.read_bytes() == before


def test_a_missing_database_is_not_made_by_signing_in(run: Run, tmp_path: Path) -> None:
    missing = tmp_path / "nergens.db"
    refused = run("--db", str(missing), "staff")
    assert (refused.code, refused.err) == (3, f"spaceoptics-desk: There is no database at {missing}.\n")
    assert list(tmp_path.iterdir()) == []
