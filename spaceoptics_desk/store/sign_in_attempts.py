"""How many wrong passwords in a row were typed for a database, and when the last one was: beside the
database (`shop.db.signin`), so a script that tries passwords one command at a time waits as the app does.
Holds no name and nothing typed (issue 12)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from spaceoptics_desk.domain.sign_in import FREE_ATTEMPTS
from spaceoptics_desk.private_files import replace_privately

SUFFIX = ".signin"


@dataclass(frozen=True)
class WrongAttempts:
    in_a_row: int = 0
    last_at: datetime | None = None


def _file(database_file: Path) -> Path:
    return database_file.with_name(database_file.name + SUFFIX)


def read(database_file: Path) -> WrongAttempts:
    """What was recorded. A damaged file counts as the free attempts used up, so spoiling it is no way
    around the wait (deleting it is: whoever can do that can copy the file and guess offline anyway,
    where the key derivation's cost is what stops them)."""
    try:
        document = json.loads(_file(database_file).read_bytes())
        return WrongAttempts(int(document["in_a_row"]), datetime.fromisoformat(document["last_at"]))
    except FileNotFoundError:
        return WrongAttempts()
    except (OSError, ValueError, KeyError, TypeError):
        return WrongAttempts(in_a_row=FREE_ATTEMPTS, last_at=None)


def record_wrong(database_file: Path, moment: datetime) -> WrongAttempts:
    attempts = WrongAttempts(min(read(database_file).in_a_row, 1000) + 1, moment)
    data = {"in_a_row": attempts.in_a_row, "last_at": moment.isoformat()}
    replace_privately(_file(database_file), json.dumps(data).encode())
    return attempts


def clear(database_file: Path) -> None:
    _file(database_file).unlink(missing_ok=True)
