"""Database files damaged as a crash, a full disk or a bad copy leaves them."""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

from spaceoptics_desk.store.cipher import DatabaseKey, connect


def damaged_copy(source: Path, target: Path, how: str) -> Path:
    shutil.copyfile(source, target)
    size = target.stat().st_size
    if how == "cut in half":
        os.truncate(target, size // 2)
    else:  # the 100-byte header stays, everything after it is noise
        noise = random.Random(10).randbytes(size - 100)
        with target.open("r+b") as handle:
            handle.seek(100)
            handle.write(noise)
    return target


def overwrite_pages_of(path: Path, name: str, key: DatabaseKey | None = None) -> None:
    """Zeros over every page of one table or index (pages a failing disk lost): the rest of the file
    stays readable, so commands that never read them go on working. `key`: an encrypted file's; SQLCipher
    has no `dbstat`, so there the root page alone is lost (a small index has no other)."""
    if key is None:
        with closing(sqlite3.connect(path)) as plain:
            page_size = plain.execute("PRAGMA page_size").fetchone()[0]
            pages = [row[0] for row in plain.execute("SELECT pageno FROM dbstat WHERE name = ?", (name,))]
    else:
        with closing(connect(path, key)) as keyed:
            page_size = int(keyed.execute("PRAGMA page_size").fetchone()[0])
            pages = [
                row[0] for row in keyed.execute("SELECT rootpage FROM sqlite_schema WHERE name = ?", (name,))
            ]
    assert pages, f"{name} has no pages"
    with path.open("r+b") as handle:
        for page in pages:
            handle.seek((page - 1) * page_size)
            handle.write(bytes(page_size))
