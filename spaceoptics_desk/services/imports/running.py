"""An import run: records in batches, one transaction each, with progress, Cancel and a dry run.

Killing the program during a run leaves every batch fully applied or absent (one transaction per
batch), and running the same import again completes it: records already in are "unchanged". A dry run
applies everything in one transaction and rolls it back, so what it reports is exactly what an import
would do (a guest and their later account in one file are a merge in both).
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from spaceoptics_desk.domain.clock import Clock
from spaceoptics_desk.domain.incoming import Read, ReadResult
from spaceoptics_desk.services import trace_cleanup
from spaceoptics_desk.services.imports.importing import Importer, ImportSettings
from spaceoptics_desk.services.imports.tally import ImportTally
from spaceoptics_desk.services.staff import acting_user
from spaceoptics_desk.store.database import DatabaseAccess

# Records per transaction: a commit costs a sync to disk; a batch must also stay small in memory.
BATCH_RECORDS = 2000


@dataclass(frozen=True)
class ImportRun:
    """Attributes:
    tally: what was (or, in a dry run, would be) done.
    dry_run: nothing was written.
    cancelled: stopped by the user after `tally.records` records (what was applied stays applied).
    seconds: how long it took.
    """

    tally: ImportTally
    dry_run: bool
    cancelled: bool
    seconds: float


class _RollBack(Exception):
    """Ends a dry run's transaction without a commit."""


def _batches(results: Iterable[ReadResult], tally: ImportTally, size: int) -> Iterator[list[Read]]:
    batch: list[Read] = []
    for result in results:
        if isinstance(result, Read):
            batch.append(result)
            if len(batch) >= size:
                yield batch
                batch = []
        else:
            tally.problem(result)
    if batch:
        yield batch


def apply_records(
    database: DatabaseAccess,
    username: str,
    clock: Clock,
    settings: ImportSettings,
    results: Iterable[ReadResult],
    *,
    dry_run: bool = False,
    progress: Callable[[ImportTally], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    batch_size: int = BATCH_RECORDS,
    index_at_end: bool = False,
) -> ImportRun:
    """Applies `results` (bad rows are counted as refused; the caller decides beforehand whether any
    bad row stops the whole import).

    `index_at_end` (a big file): the search index is rebuilt once after the last batch instead of for
    each batch's customers (a customer with orders all over the file is indexed once, not per batch).
    Until then the new customers are not found by a search; a kill before the rebuild leaves it owed in
    the database, and the next start does it (services/trace_cleanup.SEARCH_REBUILD)."""
    started = time.monotonic()
    importer: Importer | None = None
    tally = ImportTally()
    stopped = False

    if dry_run:
        with contextlib.suppress(_RollBack), database.transaction() as session:
            importer = Importer(acting_user(session, username), clock, settings, tally)
            for batch in _batches(results, tally, batch_size):
                importer.apply(session, batch, index_later=True)  # rolled back: no index needed
                if progress is not None:
                    progress(tally)
                if cancelled is not None and cancelled():
                    stopped = True
                    break
            raise _RollBack
    else:
        for batch in _batches(results, tally, batch_size):
            with database.transaction() as session:
                actor = acting_user(session, username)
                if importer is None:
                    importer = Importer(actor, clock, settings, tally)
                importer.actor = actor
                importer.apply(session, batch, index_later=index_at_end)
            if progress is not None:
                progress(tally)
            if cancelled is not None and cancelled():
                stopped = True
                break
    if index_at_end and importer is not None and not dry_run:
        with database.transaction() as session:
            trace_cleanup.rebuild_owed_index(session)
    return ImportRun(tally, dry_run, stopped, time.monotonic() - started)
