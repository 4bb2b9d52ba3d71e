"""`move-to-server` killed (kill -9) at random moments, 20 runs (issue 14, "nothing half-written"): each
run leaves the server's database without the shop's data or with all of it (the file's counts, table by
table), the file stays byte for byte as it was, and the same command run again then completes the move
(or, when the killed one had committed, is refused and changes nothing)."""

from __future__ import annotations

import hashlib
import os
import random
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from spaceoptics_desk.cli.passwords import PASSWORD_ENV
from spaceoptics_desk.domain.clock import SystemClock
from spaceoptics_desk.operations.demo import DEMO_OWNER_PASSWORD
from spaceoptics_desk.operations.signing_in import sign_in
from spaceoptics_desk.store import moving
from tests.postgres_server import PostgresServer, app_rows

RUNS = 21  # the first uninterrupted (how long a move takes), then 20 killed


def _argv(db: Path, url: str) -> list[str]:
    return [sys.executable, "-m", "spaceoptics_desk", "--db", str(db), "move-to-server", url]


def _environment(home: Path) -> dict[str, str]:
    return {**os.environ, "SPACEOPTICS_DESK_HOME": str(home), PASSWORD_ENV: DEMO_OWNER_PASSWORD}


def _move(db: Path, url: str, home: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        _argv(db, url), env=_environment(home), capture_output=True, text=True, timeout=120, check=False
    )


@pytest.fixture
def server_databases(postgres_server: PostgresServer) -> Iterator[list[str]]:
    names = [postgres_server.new_database() for _ in range(RUNS)]
    try:
        yield [postgres_server.url(name) for name in names]
    finally:
        for name in names:
            postgres_server.drop_database(name)


def test_a_killed_move_leaves_all_or_nothing_and_a_rerun_completes_it(
    demo_db: Path, server_databases: list[str], tmp_path: Path
) -> None:
    digest = hashlib.sha256(demo_db.read_bytes()).hexdigest()
    context = sign_in(str(demo_db), "owner", DEMO_OWNER_PASSWORD, SystemClock())
    try:
        with context.database.reading() as session:
            in_file = moving.row_counts(session.connection())
    finally:
        context.database.close()
    moved = dict(in_file, audit_log=in_file["audit_log"] + 1)  # and the move's own entry

    home = tmp_path / "home"
    started = time.monotonic()
    whole = _move(demo_db, server_databases[0], home)
    duration = time.monotonic() - started
    assert whole.returncode == 0, whole.stderr
    assert app_rows(server_databases[0]) == moved

    chance = random.Random(os.environ.get("FAULT_SEED", "move"))
    states = {"nothing": 0, "schema only": 0, "all": 0}
    for url in server_databases[1:]:
        process = subprocess.Popen(
            _argv(demo_db, url), env=_environment(home), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        time.sleep(chance.uniform(0.2, 1.05) * duration)
        process.kill()
        process.wait(timeout=30)
        found = app_rows(url)
        if found is None:
            states["nothing"] += 1
        elif found == moved:
            states["all"] += 1
        else:
            assert found["customers"] == 0 and found["staff_users"] == 0 and found["audit_log"] == 0, found
            states["schema only"] += 1
        assert hashlib.sha256(demo_db.read_bytes()).hexdigest() == digest
        again = _move(demo_db, url, home)
        assert (again.returncode == 0) == (found != moved), again.stderr
        assert app_rows(url) == moved
    # The kills reached into the copy, not only the start-up (the seed makes the spread the same).
    # 2026-12-04: {'nothing': 6, 'schema only': 9, 'all': 4} with runs of 1.3 s.
    assert states["nothing"] + states["schema only"] > 0, states
