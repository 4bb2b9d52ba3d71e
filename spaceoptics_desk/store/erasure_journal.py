"""The erasure journal outside the database it protects (R32, issue 10 §2).

Every erasure writes a journal entry in the database (a random id, the moment, the basis, the request it
answered and salted hashes of the customer number and e-mail address). A journal that lives only inside
the database is lost with it: restoring a backup after the live file is gone, or to another path, would
bring everyone erased since the backup back. So each committed entry is also appended to a file beside
the backups, `backups/erasure-journal-<database id>.jsonl` in the database's folder, and a restore reads
the journal of the backup's database from there (and from the folder the backup itself is in).

The file is a header line (what it is, the database id, since when it is complete) and one JSON line per
entry. It holds no salt: the hashes' salt is inside the database and its backups only, so the file on its
own cannot be used to test guesses of customer numbers (R31: hashes are pseudonyms, not anonymous). A line
cut off by a crash while it was appended is dropped at the next append; any other line that cannot be
read makes the journal damaged, and a restore refuses rather than silently skip an erasure. Entries of
the database missing from the file (the process stopped between the commit and the append) are appended
when the database is opened next. Owner-only, flushed to disk with fsync.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import event, select
from sqlalchemy.orm import Session, sessionmaker

from spaceoptics_desk.errors import QT_TRANSLATE_NOOP, KnownError
from spaceoptics_desk.private_files import FILE_MODE, private_folder
from spaceoptics_desk.store import installation
from spaceoptics_desk.store.models import ErasureJournalEntry

log = logging.getLogger(__name__)

KIND = "spaceoptics-desk erasure journal"
BACKUPS_FOLDER = "backups"
_PENDING = "erasure_journal_pending"


class JournalDamaged(KnownError):
    """A journal file with a line that is not an entry (edited, or damaged on disk)."""


def backups_folder(database_file: Path) -> Path:
    """Where a database file's backups and its journal live: `backups/` beside it."""
    return database_file.parent / BACKUPS_FOLDER


def journal_path(folder: Path, database_id: str) -> Path:
    return folder / f"erasure-journal-{database_id}.jsonl"


@dataclass(frozen=True)
class JournalLine:
    """One erasure, as the database and the file keep it (no personal data)."""

    id: str
    erased_at: datetime
    basis: str
    number_hash: str
    email_hash: str | None
    case_id: int | None = None

    def as_json(self) -> str:
        fields = {
            "id": self.id,
            "erased_at": self.erased_at.isoformat(),
            "basis": self.basis,
            "number_hash": self.number_hash,
            "email_hash": self.email_hash,
            "case": self.case_id,
        }
        return json.dumps(fields, sort_keys=True)

    @classmethod
    def of(cls, entry: ErasureJournalEntry) -> JournalLine:
        return cls(
            entry.id, entry.erased_at, entry.basis, entry.number_hash, entry.email_hash, entry.request_id
        )

    @classmethod
    def parse(cls, fields: dict[str, Any]) -> JournalLine:
        erased_at = datetime.fromisoformat(str(fields["erased_at"]))
        if erased_at.tzinfo is None:
            raise ValueError("a journal moment without its time zone")
        case = fields.get("case")
        return cls(
            str(fields["id"]),
            erased_at,
            str(fields["basis"]),
            str(fields["number_hash"]),
            None if fields.get("email_hash") is None else str(fields["email_hash"]),
            None if case is None else int(case),
        )


@dataclass(frozen=True)
class JournalFile:
    """Attributes:
    complete_since: entries before this moment were pruned (no backup that old is kept); None: the
        journal is complete since the database was made.
    """

    path: Path
    database_id: str
    complete_since: datetime | None
    lines: tuple[JournalLine, ...]


def _damaged(path: Path, line: int) -> JournalDamaged:
    return JournalDamaged(
        QT_TRANSLATE_NOOP(
            "errors",
            "The erasure journal {path} is damaged (line {line} is not an entry). Nothing was restored; "
            "keep the file for inspection.",
        ),
        path=str(path),
        line=line,
    )


def read_journal(path: Path) -> JournalFile | None:
    """The journal in `path`; None when there is none. Raises JournalDamaged for an unreadable line,
    except a last line without its end (cut off by a crash while it was appended)."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as error:
        raise _damaged(path, 1) from error
    rows = text.split("\n")
    try:
        header = json.loads(rows[0])
        if not isinstance(header, dict) or header.get("kind") != KIND:
            raise ValueError("not a journal header")
        since = header.get("complete_since")
        complete_since = datetime.fromisoformat(since) if since else None
        database_id = str(header["database"])
    except (ValueError, KeyError, TypeError) as error:
        raise _damaged(path, 1) from error
    lines: list[JournalLine] = []
    for number, row in enumerate(rows[1:], start=2):
        if not row:
            continue
        try:
            lines.append(JournalLine.parse(json.loads(row)))
        except (ValueError, KeyError, TypeError, AttributeError) as error:
            if number == len(rows):  # the file's last line, without its newline: a torn append
                continue
            raise _damaged(path, number) from error
    return JournalFile(path, database_id, complete_since, tuple(lines))


def find_journals(folders: Iterable[Path], database_id: str | None = None) -> list[JournalFile]:
    """The journals in these folders (of one database, when its id is given)."""
    found: dict[Path, JournalFile] = {}
    for folder in folders:
        pattern = journal_path(folder, database_id).name if database_id else "erasure-journal-*.jsonl"
        for path in sorted(folder.glob(pattern)) if folder.is_dir() else []:
            journal = read_journal(path)
            if journal is not None and (database_id is None or journal.database_id == database_id):
                found.setdefault(path.resolve(), journal)
    return list(found.values())


def _header(database_id: str, complete_since: datetime | None) -> str:
    since = complete_since.isoformat() if complete_since else None
    return json.dumps({"kind": KIND, "database": database_id, "complete_since": since}, sort_keys=True)


def _drop_torn_tail(path: Path) -> None:
    """A crash while appending leaves a last line without its end: cut it off before appending more."""
    with path.open("rb+") as stream:
        data = stream.read()
        if data and not data.endswith(b"\n"):
            stream.truncate(data.rfind(b"\n") + 1)


def append(folder: Path, database_id: str, lines: Sequence[JournalLine]) -> None:
    """Adds the lines the file does not have yet (by id), creating the file with its header."""
    path = journal_path(folder, database_id)
    existing = read_journal(path)
    known = {line.id for line in existing.lines} if existing else set()
    new = [line for line in lines if line.id not in known]
    if existing is not None and not new:
        return
    private_folder(folder)
    if existing is not None:
        _drop_torn_tail(path)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND | os.O_CLOEXEC, FILE_MODE)
    with os.fdopen(fd, "a", encoding="utf-8") as stream:
        if existing is None:
            stream.write(_header(database_id, None) + "\n")
        stream.writelines(line.as_json() + "\n" for line in new)
        stream.flush()
        os.fsync(stream.fileno())


def keep_since(folder: Path, database_id: str, since: datetime) -> None:
    """Prunes the journal to the entries from `since` on (all or nothing), saying so in its header."""
    existing = read_journal(journal_path(folder, database_id))
    if existing is None:
        return
    path = existing.path
    handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=folder)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(_header(database_id, since) + "\n")
            stream.writelines(line.as_json() + "\n" for line in existing.lines if line.erased_at >= since)
            stream.flush()
            os.fsync(stream.fileno())
        Path(name).replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            Path(name).unlink()
        raise


def entries_in(session: Session) -> list[JournalLine]:
    return [JournalLine.of(entry) for entry in session.scalars(select(ErasureJournalEntry))]


def copy_out(session: Session, folder: Path) -> None:
    """Appends the database's entries the file is missing (a crash between commit and append)."""
    lines = entries_in(session)
    if lines:
        append(folder, installation.database_id(session), lines)


def mirror_commits(sessions: sessionmaker[Session], folder: Path) -> None:
    """Every journal entry a session of `sessions` commits is appended to the file in `folder`."""

    @event.listens_for(sessions, "after_flush")
    def _collect(session: Session, _context: object) -> None:
        lines = [JournalLine.of(o) for o in session.new if isinstance(o, ErasureJournalEntry)]
        if lines:
            identity, _salt = installation.read(session.connection())
            if identity is not None:
                session.info.setdefault(_PENDING, []).append((identity, lines))

    @event.listens_for(sessions, "after_commit")
    def _write(session: Session) -> None:
        for identity, lines in session.info.pop(_PENDING, []):
            try:
                append(folder, identity, lines)
            except (OSError, KnownError):
                # The erasure stands; the next opening of the database appends what is missing.
                log.warning("the erasure journal file could not be written; it is retried at the next start")

    @event.listens_for(sessions, "after_rollback")
    def _forget(session: Session) -> None:
        session.info.pop(_PENDING, None)
