"""The command line against a database on a PostgreSQL server (issue 14): the demo is made there with
its staff and their passwords, and the everyday commands work as on a file, signed in by the staff
rows' hashes. What is not the app's on a server yet (its backups) is refused in one line."""

from __future__ import annotations

import json
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import make_url

from spaceoptics_desk.operations.demo import DEMO_STAFF_PASSWORD
from tests.cli.conftest import Run
from tests.mail_server import MemoryKeyring, memory_keyring_fixture, restore_keyring_fixture

__all__ = ["memory_keyring_fixture", "restore_keyring_fixture"]


@pytest.fixture
def demo_server(run: Run, postgres_url: str) -> str:
    made = run("--db", postgres_url, "demo", "--customers", "40", "--seed", "5", "--as-of", "2026-11-20")
    assert made.code == 0, made.err
    assert "Recovery key" in made.out and "40 customers" in made.out
    password = make_url(postgres_url).password
    assert password and str(password) not in made.out + made.err  # the URL's password is never shown
    return postgres_url


def test_the_demo_on_a_server_is_searched_corrected_and_signed_in_to_by_its_staff(
    run: Run, demo_server: str
) -> None:
    found = json.loads(run("--db", demo_server, "find", "de", "--json").out)
    assert found, "the demo has people with 'de' in their name"
    number = found[0]["customer_number"]
    corrected = run("--db", demo_server, "correct", number, "--city", "Maurik", "--by", "staff")
    assert corrected.code == 0, corrected.err
    shown = run("--db", demo_server, "show", number, "--by", "staff")
    assert "Maurik" in shown.out
    refused = run("--db", demo_server, "find", "de", "--by", "staff", password="niet-het-wachtwoord")
    assert refused.code != 0 and "not right" in refused.err
    listed = run("--db", demo_server, "staff", "list", "--by", "staff", password=DEMO_STAFF_PASSWORD)
    assert "Sam Jansen" in listed.out


def test_a_backup_of_a_server_database_is_refused_in_one_line(run: Run, demo_server: str) -> None:
    result = run("--db", demo_server, "backup")
    assert result.code == 3 and "pg_dump" in result.err
    assert len(result.err.strip().splitlines()) == 1


def _server_tool(name: str, *argv: str) -> None:
    """The server's own pg_dump or pg_restore, as the server's administrator runs it."""
    import subprocess

    from tests.postgres_server import server_binaries

    subprocess.run([str(server_binaries() / name), *argv], check=True, capture_output=True, timeout=120)


def test_a_server_restored_from_an_older_dump_erases_again_at_the_next_sign_in(
    run: Run, demo_server: str, tmp_path: Path
) -> None:
    """R32 on a server: the dump from before an erasure is put back with pg_restore (README); the first
    command afterwards replays the erasure journal this desk kept, so the person does not come back."""
    libpq_url = demo_server.replace("postgresql+psycopg://", "postgresql://")
    number = json.loads(run("--db", demo_server, "find", "de", "--json").out)[0]["customer_number"]
    dump = tmp_path / "before.dump"
    _server_tool("pg_dump", "--format=custom", "--file", str(dump), libpq_url)
    opened = run("--db", demo_server, "case", "open", number, "--rights", "erasure", "--channel", "email")
    case_id = opened.out.strip()
    assert run("--db", demo_server, "case", "verify", case_id, "--method", "email-on-file").code == 0
    erased = run("--db", demo_server, "erase", number, "--case", case_id)
    assert erased.code == 0, erased.err
    _server_tool("pg_restore", "--clean", "--if-exists", "--dbname", libpq_url, str(dump))
    # Right after the restore the person is in the server's tables again ...
    with psycopg.connect(libpq_url) as connection:
        back = connection.execute("SELECT count(*) FROM customers WHERE customer_number = %s", (number,))
        assert back.fetchone() == (1,)
    # ... and the first sign-in erases them again, before anyone is shown them.
    found = json.loads(run("--db", demo_server, "find", number, "--json").out)
    assert found == []
    with psycopg.connect(libpq_url) as connection:
        replayed = connection.execute("SELECT count(*) FROM audit_log WHERE action = 'backup_restored'")
        assert replayed.fetchone() == (1,)
    assert "intact" in run("--db", demo_server, "audit", "verify").out


def test_a_desk_set_up_for_the_server_needs_no_db_and_no_password_in_a_url(
    run: Run, demo_server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first start's choice is remembered without the password (settings.json); the password comes
    from the keyring or, as here on a machine without one, from libpq's PGPASSWORD or ~/.pgpass."""
    from spaceoptics_desk.server_secret import without_password
    from spaceoptics_desk.workstation import WorkstationSettings, locations

    where = locations()
    settings = WorkstationSettings.load(where.settings_file)
    settings.server_database = without_password(demo_server)
    settings.save(where.settings_file)
    assert str(make_url(demo_server).password) not in where.settings_file.read_text()
    monkeypatch.setenv("PGPASSWORD", str(make_url(demo_server).password))
    found = run("find", "de", "--json")
    assert found.code == 0, found.err
    assert json.loads(found.out) == json.loads(run("--db", demo_server, "find", "de", "--json").out)


def test_with_a_keyring_the_servers_password_is_kept_there_and_found_again(
    run: Run, demo_server: str, memory_keyring: MemoryKeyring, restore_keyring: None
) -> None:
    """What the first start remembers (app.py): the URL without its password, the password in the
    keyring; a command then needs neither --db nor a password anywhere else."""
    import keyring

    from spaceoptics_desk import server_secret
    from spaceoptics_desk.workstation import WorkstationSettings, locations

    keyring.set_keyring(memory_keyring)
    bare = server_secret.without_password(demo_server)
    assert server_secret.remember(bare, str(make_url(demo_server).password))
    assert (server_secret.SERVICE_NAME, bare) in memory_keyring.passwords
    where = locations()
    settings = WorkstationSettings.load(where.settings_file)
    settings.server_database = bare
    settings.save(where.settings_file)
    assert run("find", "de", "--json").code == 0


def test_the_retention_review_runs_on_a_server(run: Run, demo_server: str) -> None:
    """R23-R26 on a server: what the scan finds due is carried out, each customer re-checked in the
    transaction that writes (a server has no SQLite data_version to skip that), and then nothing is due."""
    due = json.loads(run("--db", demo_server, "scan", "--json", "--today", "2026-11-20").out)
    assert due, "the demo's old records are due"
    applied = run("--db", demo_server, "review", "apply", "--all", "--today", "2026-11-20")
    assert applied.code == 0, applied.err
    after = json.loads(run("--db", demo_server, "scan", "--json", "--today", "2026-11-20").out)
    assert after == []
