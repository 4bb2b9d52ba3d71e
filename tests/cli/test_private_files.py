"""Issue 10 §4: the database, its WAL and -shm, backups, the journal, the log and the data folder are the
owner's only (0600 / 0700), whatever the umask; the trial found them 0644 in 0755 folders."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import text

from spaceoptics_desk.store.database import open_database
from spaceoptics_desk.workstation import locations
from tests.cli.conftest import unlocked_database


def run_with_umask_022(*argv: str) -> None:
    subprocess.run(
        [sys.executable, "-m", "spaceoptics_desk", *argv],
        check=True,
        capture_output=True,
        preexec_fn=lambda: os.umask(0o022),  # set in the child before it starts
    )


def mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


def test_everything_the_app_writes_is_the_owners_only() -> None:
    where = locations()
    database = where.default_database
    run_with_umask_022("--db", str(database), "demo", "--customers", "20", "--seed", "3")
    run_with_umask_022("--db", str(database), "backup")
    backups = database.parent / "backups"
    [backup] = backups.glob("spaceoptics-desk-*.db")
    assert mode(where.data_dir) == 0o700
    assert mode(database) == 0o600
    assert mode(backups) == 0o700 and mode(backup) == 0o600
    assert mode(where.log_dir) == 0o700 and mode(where.log_file) == 0o600
    assert mode(database.with_name(database.name + ".keys")) == 0o600
    assert mode(backups / (database.name + ".keys")) == 0o600
    with unlocked_database(database) as open_db:
        with open_db.reading() as session:
            assert session.execute(text("SELECT count(*) FROM customers")).scalar_one() == 20
        for companion in ("-wal", "-shm"):
            assert mode(database.with_name(database.name + companion)) == 0o600


def test_an_older_database_made_0644_is_tightened_when_opened(db_path: Path) -> None:
    open_database(str(db_path), create=True).close()
    db_path.chmod(0o644)
    open_database(str(db_path)).close()
    assert mode(db_path) == 0o600


def test_the_workstation_settings_are_the_owners_only(tmp_path: Path) -> None:
    settings = tmp_path / "config" / "settings.json"
    subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, pathlib; from spaceoptics_desk.workstation import WorkstationSettings as W; "
            "W(language='nl').save(pathlib.Path(sys.argv[1]))",
            str(settings),
        ],
        check=True,
        preexec_fn=lambda: os.umask(0o022),
    )
    assert mode(settings.parent) == 0o700 and mode(settings) == 0o600
