"""A second program holding a read snapshot of the database (a real process, as another desk would)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

_READER = """
import sqlcipher3, sys
connection = sqlcipher3.connect(sys.argv[1], isolation_level=None)
connection.execute("BEGIN")
connection.execute("SELECT count(*) FROM customers").fetchone()  # the snapshot is taken here
print("reading", flush=True)
sys.stdin.readline()  # held until the test lets go
connection.execute("COMMIT")
connection.close()
print("closed", flush=True)
"""


@contextmanager
def reader_holding_a_snapshot(db_path: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process in an open read transaction until the block ends; then it closes its connection."""
    with subprocess.Popen(
        [sys.executable, "-c", _READER, str(db_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as process:
        assert process.stdin is not None and process.stdout is not None
        try:
            assert process.stdout.readline().strip() == "reading"
            yield process
        finally:
            process.stdin.write("\n")
            process.stdin.flush()
            assert process.stdout.readline().strip() == "closed"
            process.wait(timeout=10)
