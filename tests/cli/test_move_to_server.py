"""`move-to-server` (issue 14): a database file moved into an empty database on a PostgreSQL server in one
step. The dry run counts and writes nothing; the move copies every row, checks the counts before it
commits, and leaves the file byte for byte as it was; the same people are found on both; a server that
holds a shop's data already is refused; a copy that does not add up is not kept."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from sqlalchemy import text

from spaceoptics_desk.cli.passwords import NEW_PASSWORD_ENV
from spaceoptics_desk.operations.demo import DEMO_OWNER_PASSWORD
from spaceoptics_desk.store import moving
from tests.cli.conftest import Run
from tests.postgres_server import app_rows


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _found(run: Run, db: str, query: str) -> list[str]:
    result = run("--db", db, "find", query, "--json")
    assert result.code == 0, result.err
    return sorted(person["customer_number"] for person in json.loads(result.out))


def test_the_dry_run_counts_the_rows_and_leaves_the_server_empty(
    run: Run, demo_db: Path, postgres_url: str
) -> None:
    before = _digest(demo_db)
    result = run("--db", str(demo_db), "move-to-server", postgres_url, "--dry-run", "--json")
    assert result.code == 0, result.err
    report = json.loads(result.out)
    assert report["moved"] is False and report["rows"]["customers"] == 300
    assert report["without_password"] == ["staff"]
    assert app_rows(postgres_url) is None  # not even the schema was made
    assert _digest(demo_db) == before


def test_the_move_copies_every_row_and_the_file_stays_as_it_was(
    run: Run, demo_db: Path, postgres_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _digest(demo_db)
    result = run("--db", str(demo_db), "move-to-server", postgres_url, "--json")
    assert result.code == 0, result.err
    report = json.loads(result.out)
    assert report["moved"] is True
    on_server = app_rows(postgres_url)
    assert on_server is not None
    # The same rows, table by table; the audit log has one more: the move itself.
    expected = dict(report["rows"], audit_log=report["rows"]["audit_log"] + 1)
    assert on_server == expected and on_server["orders"] > 0
    assert _digest(demo_db) == before
    # The owner signs in there with the password they moved with; the same people are found.
    for query in ("de", "jan", "k1000", "@gmail"):
        assert _found(run, postgres_url, query) == _found(run, str(demo_db), query), query
    assert "intact" in run("--db", postgres_url, "audit", "verify").out
    # Passwords do not move: the staff member signs in once the owner has given them one.
    assert run("--db", postgres_url, "find", "de", "--by", "staff").code != 0
    monkeypatch.setenv(NEW_PASSWORD_ENV, "Nieuw-op-de-server")
    reset = run(
        "--db", postgres_url, "staff", "set", "staff", "--reset-password", password=DEMO_OWNER_PASSWORD
    )
    assert reset.code == 0, reset.err
    assert run("--db", postgres_url, "find", "de", "--by", "staff", password="Nieuw-op-de-server").code == 0


def test_a_server_with_a_shops_data_is_refused_and_keeps_it(
    run: Run, demo_db: Path, postgres_url: str
) -> None:
    assert run("--db", str(demo_db), "move-to-server", postgres_url).code == 0
    kept = app_rows(postgres_url)
    again = run("--db", str(demo_db), "move-to-server", postgres_url)
    assert again.code != 0 and "holds a shop's data already" in again.err
    assert app_rows(postgres_url) == kept


def test_a_copy_whose_counts_do_not_match_is_not_kept(
    run: Run, demo_db: Path, postgres_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A row lost on the way (here: removed behind the copy's back) is caught before the commit."""
    real_copy = moving.copy_all_rows

    def losing_a_row(source: object, target: object, progress: object = None) -> None:
        real_copy(source, target, progress)  # type: ignore[arg-type]
        lose = text("DELETE FROM holidays WHERE day = (SELECT min(day) FROM holidays)")
        target.execute(lose)  # type: ignore[attr-defined]

    monkeypatch.setattr(moving, "copy_all_rows", losing_a_row)
    result = run("--db", str(demo_db), "move-to-server", postgres_url)
    assert result.code != 0 and "holidays" in result.err and "nothing was kept" in result.err
    on_server = app_rows(postgres_url)
    assert on_server is not None and on_server["customers"] == 0 and on_server["staff_users"] == 0


def test_only_the_owner_moves_and_only_to_a_server(run: Run, demo_db: Path, tmp_path: Path) -> None:
    by_staff = run("--db", str(demo_db), "move-to-server", "postgresql://x@127.0.0.1:1/y", "--by", "staff")
    assert by_staff.code != 0 and "Only the owner" in by_staff.err
    to_a_file = run("--db", str(demo_db), "move-to-server", str(tmp_path / "other.db"))
    assert to_a_file.code != 0 and "postgresql://" in to_a_file.err
