"""An abort leaves its trace (issue 10 §5): faults.log in the log folder gets the stack of the dying process.

Each test runs the real start of the app and the command line (`cli.main.main`) in a child process
that then dies by a signal: a segmentation fault (a crash inside Qt) or an abort (Qt's qFatal, a
failed assertion in a library). Python's own fatal errors ("none_dealloc", as `make bench` met) are
not among them: Python prints those to stderr itself and turns faulthandler off before aborting.
"""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from spaceoptics_desk.domain.clock import FixedClock
from spaceoptics_desk.operations.demo import DEMO_OWNER_PASSWORD
from spaceoptics_desk.operations.signing_in import create_database
from spaceoptics_desk.workstation import HOME_ENV

ROOT = Path(__file__).resolve().parents[2]
EMAIL = "jan.vdberg@example.nl"

CHILD = textwrap.dedent(
    """
    import faulthandler
    import os
    import sys

    from spaceoptics_desk.cli.main import main


    def serve_the_caller(how):
        customer_email = {email!r}  # a value in the dying frame: it must not reach the fault log
        if how == "segfault":
            faulthandler._sigsegv()  # dies here: segfault
        if how == "abort":
            os.abort()  # dies here: abort
        return customer_email


    code = main(["--db", sys.argv[1], "staff"])
    print("started", code, flush=True)
    serve_the_caller(sys.argv[2])
    """
).format(email=EMAIL)


def _run_child(home: Path, database: Path, how: str) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("PYTHON")}
    env.update({HOME_ENV: str(home), "PYTHONPATH": str(ROOT)})
    return subprocess.run(
        [sys.executable, "-c", CHILD, str(database), how],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.fixture
def db_file(db_path: Path, clock: FixedClock) -> Path:
    """An encrypted database whose owner's password is the demo owner's (SPACEOPTICS_DESK_PASSWORD, set
    by tests/cli/conftest.py, reaches the child)."""
    first = create_database(str(db_path), "owner", "Marleen Verhoef", DEMO_OWNER_PASSWORD, clock)
    first.context.database.close()  # the child opens it; nothing here keeps it open meanwhile
    return db_path


@pytest.mark.parametrize(
    ("how", "killed_by", "first_line"),
    [
        ("segfault", signal.SIGSEGV, "Fatal Python error: Segmentation fault"),
        ("abort", signal.SIGABRT, "Fatal Python error: Aborted"),
    ],
)
def test_a_fatal_error_leaves_the_stack_in_faults_log_without_data(
    tmp_path: Path, db_file: Path, how: str, killed_by: signal.Signals, first_line: str
) -> None:
    home = tmp_path / "desk"
    child = _run_child(home, db_file, how)

    assert child.returncode == -killed_by, child.stderr
    assert "started 0" in child.stdout  # the command itself worked; the process died after it
    faults = home / "logs" / "faults.log"
    trace = faults.read_text(encoding="utf-8")
    assert first_line in trace
    died_at = next(n for n, line in enumerate(CHILD.splitlines(), 1) if f"dies here: {how}" in line)
    assert f'File "<string>", line {died_at} in serve_the_caller' in trace
    assert EMAIL not in trace  # code locations only
    assert stat.S_IMODE(faults.stat().st_mode) == 0o600


def test_a_normal_run_leaves_an_empty_owner_only_fault_log(tmp_path: Path, db_file: Path) -> None:
    home = tmp_path / "desk"
    faults = home / "logs" / "faults.log"
    faults.parent.mkdir(parents=True)
    faults.write_bytes(b"")
    faults.chmod(0o644)  # as an older version, or a loose umask, may have left it

    child = _run_child(home, db_file, "return")

    assert child.returncode == 0, child.stderr
    assert faults.read_bytes() == b""
    assert stat.S_IMODE(faults.stat().st_mode) == 0o600
