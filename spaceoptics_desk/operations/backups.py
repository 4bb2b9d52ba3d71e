"""Backups with a stated maximum age, and restoring one so that erased people stay erased (R32).

A restore replaces the live database's contents. Who restores is checked against their row in the live
database (operations/opening.restoring_staff read it) and again in every write transaction on the copy
the restore prepares from the backup (`ActingDatabase`), before anything takes the live file's place; the
trace clean-up of what it replaced runs once, on the live file, when the restore is in place (R31).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from spaceoptics_desk.domain.permissions import Action
from spaceoptics_desk.operations.changes import EVERYTHING, Outcome
from spaceoptics_desk.operations.context import ActingDatabase, Context, operation

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from spaceoptics_desk.services.restore import RestoreResult
    from spaceoptics_desk.store.database import DatabaseAccess


@dataclass(frozen=True)
class BackupMade:
    """Attributes:
    path: the new backup.
    removed: this database's backups (and copies before an upgrade) older than `max_age_days`, deleted.
    max_age_days: the stated maximum age (R32).
    journal_entries_removed: erasure journal entries no backup can need any more, dropped.
    """

    path: Path
    removed: list[Path]
    max_age_days: int
    journal_entries_removed: int


@operation(Action.BACKUP)
def make_backup(context: Context) -> Outcome[BackupMade]:
    """A new, checked backup beside the database; older ones rotate out, and so does what the erasure
    journal kept for them."""
    from spaceoptics_desk.services import audit, audit_anchors, backups

    database_file = context.database.file
    if database_file is None:
        from spaceoptics_desk.store import errors

        raise errors.backups_on_the_server(context.database.location)
    # Issue 12: the chain's head as the backup has it at least (read before the copy), kept beside the
    # backup, where an editor of the database file does not reach it unnoticed.
    with context.database.reading() as session:
        head_id, head_hash = audit.head(session)
    made = backups.make_backup(database_file, context.clock, key=context.database.key)
    if head_id:
        try:
            audit_anchors.write_anchor(made.path, head_id, head_hash, context.clock.now())
        except OSError:
            log.warning("the audit anchor of a backup could not be written")
    # After the rotation no backup is older than the maximum: older journal entries are not needed. No
    # person's data changes and nothing is audited: a scheduled backup names nobody (no actor row).
    with context.database.transaction() as session:
        pruned = backups.prune_journal(session, context.clock, backups.backups_dir(database_file))
    return Outcome(BackupMade(made.path, made.removed, backups.MAX_AGE_DAYS, pruned))


@dataclass(frozen=True)
class Restored:
    """Attributes:
    restore: what the restore did (the journal replayed, what it kept and undid).
    traces_gone: False when what the restore replaced stays readable in the files until another
        program's reader has gone (R31: the clean-up is pending and finished then).
    """

    restore: RestoreResult
    traces_gone: bool


@operation(Action.RESTORE)
def restore_backup(
    context: Context, backup: Path, *, replace_damaged: bool = False, without_journal: bool = False
) -> Outcome[Restored]:
    """Restores `backup` as the context's database file, every erasure since re-applied (R32).

    `context.database` is the live database's place: it is opened only after the restore, to pay the
    clean-up (operations/opening.database_at), never while its contents are replaced. Everything may
    have changed: every window reloads."""
    from spaceoptics_desk.services import restore

    database_file = context.database.file
    assert database_file is not None  # the CLI gives a file; a server database has no backups yet

    def writing(database: DatabaseAccess) -> DatabaseAccess:
        return ActingDatabase(context, database, Action.RESTORE)

    with context.acting_database(Action.RESTORE) as live:
        result = restore.restore(
            database_file,
            backup,
            context.staff.username,
            context.clock,
            replace_damaged=replace_damaged,
            without_journal=without_journal,
            writing=writing,
            key=context.database.key,
        )
        # R31: the restore replaced the live file's pages outside these transactions (store/
        # database_files.py) and wrote down the clean-up they owe: paid as the block ends.
        live.owed_traces = True
    return Outcome(Restored(result, live.traces_gone), EVERYTHING)
