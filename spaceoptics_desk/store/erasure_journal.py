"""The erasure journal outside the database it protects (R32, issue 10 §2).

Every erasure writes a journal entry in the database (a random id, the moment, the basis and salted hashes
of the customer number and e-mail address: no personal data). A journal that lives only inside the
database is lost with it: restoring a backup after the live file is gone, or to another path, would bring
everyone erased since the backup back. So each committed entry is also appended to a file beside the
backups, `backups/erasure-journal-<database id>.jsonl` in the database's folder, and a restore reads the
journal of the backup's database from there (and from the folder the backup itself is in).

The file starts with a header line (what it is, the database id, the salt of its hashes) followed by one
JSON line per entry. A line cut off by a crash is ignored; the entries of the database that are missing
from the file (the process stopped between the commit and the append) are appended when the database is
opened next. Written owner-only, flushed to disk with fsync.
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

from spaceoptics_desk.private_files import FILE_MODE, private_folder
from spaceoptics_desk.store import installation
from spaceoptics_desk.store.models import ErasureJournalEntry

log = logging.getLogger(__name__)

KIND = "spaceoptics-desk erasure journal"
BACKUPS_FOLDER = "backups"
_PENDING = "erasure_journal_pending"


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

    def as_json(self) -> str:
        fields = {
            "id": self.id,
            "erased_at": self.erased_at.isoformat(),
            "basis": self.basis,
            "number_hash": self.number_hash,
            "email_hash": self.email_hash,
        }
        return json.dumps(fields, sort_keys=True)

    @classmethod
    def of(cls, entry: ErasureJournalEntry) -> JournalLine:
        return cls(entry.id, entry.erased_at, entry.basis, entry.number_hash, entry.email_hash)

    @classmethod
    def parse(cls, fields: dict[str, Any]) -> JournalLine:
        return cls(
            str(fields["id"]),
            datetime.fromisoformat(str(fields["erased_at"])),
            str(fields["basis"]),
            str(fields["number_hash"]),
            None if fields.get("email_hash") is None else str(fields["email_hash"]),
        )


@dataclass(frozen=True)
class JournalFile:
    path: Path
    database_id: str
    salt: str
    lines: tuple[JournalLine, ...]


def read_journal(path: Path) -> JournalFile | None:
    """The journal in `path`; None when it is missing or not a journal. A torn last line is skipped."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    rows = text.splitlines()
    try:
        header = json.loads(rows[0])
        if header.get("kind") != KIND:
            return None
        database_id, salt = str(header["database"]), str(header["salt"])
    except (IndexError, ValueError, KeyError, AttributeError):
        return None
    lines: list[JournalLine] = []
    for row in rows[1:]:
        try:
            lines.append(JournalLine.parse(json.loads(row)))
        except (ValueError, KeyError, TypeError, AttributeError):
            continue  # cut off by a crash while it was appended: the database still has the entry
    return JournalFile(path, database_id, salt, tuple(lines))


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


def append(folder: Path, database_id: str, salt: str, lines: Sequence[JournalLine]) -> None:
    """Adds the lines the file does not have yet (by id), creating the file with its header."""
    path = journal_path(folder, database_id)
    existing = read_journal(path)
    known = {line.id for line in existing.lines} if existing else set()
    new = [line for line in lines if line.id not in known]
    if existing is not None and not new:
        return
    private_folder(folder)
    if existing is None and path.exists():
        # Not a journal (any more): kept aside; the database's entries are copied out anew when it opens.
        path.replace(path.with_name(path.name + ".damaged"))
    header = json.dumps({"kind": KIND, "database": database_id, "salt": salt}, sort_keys=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND | os.O_CLOEXEC, FILE_MODE)
    with os.fdopen(fd, "a", encoding="utf-8") as stream:
        if existing is None:
            stream.write(header + "\n")
        elif not path.read_bytes().endswith(b"\n"):
            stream.write("\n")  # the torn line of a crash stays alone on its line
        stream.writelines(line.as_json() + "\n" for line in new)
        stream.flush()
        os.fsync(stream.fileno())


def keep_only(folder: Path, database_id: str, keep: Iterable[JournalLine]) -> None:
    """Rewrites the journal with just these lines (all or nothing), for pruning."""
    existing = read_journal(journal_path(folder, database_id))
    if existing is None:
        return
    path = existing.path
    handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=folder)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            header = {"kind": KIND, "database": database_id, "salt": existing.salt}
            stream.write(json.dumps(header, sort_keys=True) + "\n")
            stream.writelines(line.as_json() + "\n" for line in keep)
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
        append(folder, installation.database_id(session), installation.salt(session), lines)


def mirror_commits(sessions: sessionmaker[Session], folder: Path) -> None:
    """Every journal entry a session of `sessions` commits is appended to the file in `folder`."""

    @event.listens_for(sessions, "after_flush")
    def _collect(session: Session, _context: object) -> None:
        lines = [JournalLine.of(o) for o in session.new if isinstance(o, ErasureJournalEntry)]
        if lines:
            identity, salt = installation.read(session.connection())
            if identity is not None and salt is not None:
                session.info.setdefault(_PENDING, []).append((identity, salt, lines))

    @event.listens_for(sessions, "after_commit")
    def _write(session: Session) -> None:
        for identity, salt, lines in session.info.pop(_PENDING, []):
            try:
                append(folder, identity, salt, lines)
            except OSError:
                # The erasure stands; the next opening of the database appends what is missing.
                log.warning("the erasure journal file could not be written; it is retried at the next start")

    @event.listens_for(sessions, "after_rollback")
    def _forget(session: Session) -> None:
        session.info.pop(_PENDING, None)
