"""The audit chain's head written outside the database (issue 12): `<backup>.audit-head` beside each backup.

Someone who edits the database can recompute every hash after the entry they changed; an anchor they did
not also find and rewrite still names the old entry's hash, and the verify compares. An anchor is the id
and hash of an entry and the moment it was written: no personal data. Owner-only, like the backups.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from spaceoptics_desk.private_files import private_opener

SUFFIX = ".audit-head"


@dataclass(frozen=True)
class Anchor:
    entry_id: int
    entry_hash: str
    written_at: datetime
    file: str  # the anchor file's name, for the report


def anchor_path(backup: Path) -> Path:
    return backup.with_name(backup.name + SUFFIX)


def write_anchor(backup: Path, entry_id: int, entry_hash: str, written_at: datetime) -> Path:
    """Writes the anchor beside `backup` (owner-only, flushed to disk)."""
    target = anchor_path(backup)
    text = json.dumps({"entry_id": entry_id, "entry_hash": entry_hash, "written_at": written_at.isoformat()})
    with open(target, "w", encoding="utf-8", opener=private_opener) as stream:
        stream.write(text)
        stream.flush()
        os.fsync(stream.fileno())
    return target


def remove_anchor(backup: Path) -> None:
    """The anchor goes with its backup when the backup rotates out (R32)."""
    with contextlib.suppress(OSError):
        anchor_path(backup).unlink(missing_ok=True)


SUPERSEDED = ".superseded"


def supersede_written_after(folder: Path, moment: datetime) -> None:
    """After a restore of a backup made at `moment`: the anchors written later name entries the restore
    replaced. They are renamed (kept, for whoever looks) and no longer compared."""
    for anchor in read_anchors(folder):
        written = anchor.written_at if anchor.written_at.tzinfo else anchor.written_at.replace(tzinfo=UTC)
        if anchor.entry_id > 0 and written > moment:
            path = folder / anchor.file
            with contextlib.suppress(OSError):
                path.rename(path.with_name(path.name + SUPERSEDED))


def read_anchors(folder: Path | None) -> list[Anchor]:
    """Every anchor in `folder` that can be read; an unreadable one is reported as a broken anchor by the
    verify (entry id 0), since only someone editing files makes one."""
    if folder is None or not folder.is_dir():
        return []
    anchors = []
    for path in sorted(folder.glob(f"*{SUFFIX}")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            anchors.append(
                Anchor(
                    int(data["entry_id"]),
                    str(data["entry_hash"]),
                    datetime.fromisoformat(str(data["written_at"])),
                    path.name,
                )
            )
        except (OSError, ValueError, KeyError, TypeError):
            anchors.append(Anchor(0, "", datetime.min, path.name))
    return anchors
