"""The command line against a database on a PostgreSQL server (issue 14): the demo is made there with
its staff and their passwords, and the everyday commands work as on a file, signed in by the staff
rows' hashes. What is not the app's on a server yet (its backups) is refused in one line."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import make_url

from spaceoptics_desk.operations.demo import DEMO_STAFF_PASSWORD
from tests.cli.conftest import Run


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
