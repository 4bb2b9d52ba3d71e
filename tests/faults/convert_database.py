"""The one-time encryption as a process the fault run kills (issue 12): `python -m
tests.faults.convert_database --db PATH`, the key read from `key.hex` beside the database (as the
sign-in writes the key slots before it converts: store/encrypting.py)."""

from __future__ import annotations

import argparse
from pathlib import Path

from spaceoptics_desk.store.cipher import DatabaseKey
from spaceoptics_desk.store.encrypting import convert_to_encrypted

KEY_FILE = "key.hex"


def key_beside(database: Path) -> DatabaseKey:
    return DatabaseKey(bytes.fromhex((database.parent / KEY_FILE).read_text(encoding="ascii").strip()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    args = parser.parse_args()
    convert_to_encrypted(args.db, key_beside(args.db))


if __name__ == "__main__":
    main()
