"""What is readable in a database's files, byte for byte (R31), read by another process.

Opening the live database file in this process, outside SQLite, would drop this process's POSIX locks
on it (DESIGN.md, "Facts"); a second process that then closes its connection could delete the WAL and
make a test pass for the wrong reason. A child process reads the files instead.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

_READER = """
import json, sys
from pathlib import Path
db = Path(sys.argv[1])
data = b"".join(p.read_bytes() for p in (db, db.with_name(db.name + "-wal")) if p.exists())
wanted = json.loads(sys.stdin.read())
print(json.dumps([v for v in wanted if v.encode() in data or v.lower().encode() in data]))
"""


def readable_in_files(db_path: Path, values: Iterable[str]) -> list[str]:
    """The values found in the database file or its write-ahead log (as typed or in lower case)."""
    done = subprocess.run(
        [sys.executable, "-c", _READER, str(db_path)],
        input=json.dumps(list(values)),
        capture_output=True,
        text=True,
        check=True,
    )
    return list(json.loads(done.stdout))
