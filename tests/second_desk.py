"""Another desk on the same database file: a real second process that holds the write lock meanwhile."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

# The other process takes SQLite's write lock, says so, and keeps it until its stdin closes.
_HOLD_THE_WRITE_LOCK = """
import sqlcipher3, sys
connection = sqlcipher3.connect(sys.argv[1], isolation_level=None)
connection.execute("PRAGMA busy_timeout = 5000")
connection.execute(sys.argv[2])
print("held", flush=True)
sys.stdin.read()
connection.execute("ROLLBACK")
connection.close()
"""


@contextmanager
def write_lock_held_by_another_process(database_file: Path, begin: str = "BEGIN EXCLUSIVE") -> Iterator[None]:
    """While the block runs, another process holds the write lock (`begin`) on the file (a second desk
    writing)."""
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLD_THE_WRITE_LOCK, str(database_file), begin],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdin is not None and holder.stdout is not None
    try:
        assert holder.stdout.readline().strip() == "held"
        yield
    finally:
        holder.stdin.close()
        assert holder.wait(timeout=30) == 0
        holder.stdout.close()
