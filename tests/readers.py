"""A second program holding a read snapshot of the database (a real process, as another desk would)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from spaceoptics_desk.store.cipher import DatabaseKey

# The key (hex, or an empty line for a plain file) comes on stdin: never in a command line others see.
_READER = """
import sys
from pathlib import Path
from spaceoptics_desk.store.cipher import DatabaseKey, connect
secret = sys.stdin.readline().strip()
key = DatabaseKey(bytes.fromhex(secret)) if secret else None
connection = connect(Path(sys.argv[1]), key, isolation_level=None)
connection.execute("BEGIN")
connection.execute("SELECT count(*) FROM customers").fetchone()  # the snapshot is taken here
print("reading", flush=True)
sys.stdin.readline()  # held until the test lets go
connection.execute("COMMIT")
connection.close()
print("closed", flush=True)
"""


@contextmanager
def reader_holding_a_snapshot(
    db_path: Path, key: DatabaseKey | None = None
) -> Iterator[subprocess.Popen[str]]:
    """Another process in an open read transaction until the block ends; then it closes its connection.
    `key`: what the database is encrypted with (None: a plain file)."""
    with subprocess.Popen(
        [sys.executable, "-c", _READER, str(db_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as process:
        assert process.stdin is not None and process.stdout is not None
        process.stdin.write((key.hex() if key is not None else "") + "\n")
        process.stdin.flush()
        try:
            assert process.stdout.readline().strip() == "reading"
            yield process
        finally:
            process.stdin.write("\n")
            process.stdin.flush()
            assert process.stdout.readline().strip() == "closed"
            process.wait(timeout=10)
