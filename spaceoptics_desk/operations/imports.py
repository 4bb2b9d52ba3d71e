"""Importing a webshop export (issue 13): a dry run first, then apply in batches; the report.

"All or nothing" (the default) reads the whole file once before anything is written: one bad row and
nothing is applied, the report lists the rows. "Skip bad rows" applies the rest and lists the bad ones.
Either way each batch is one transaction, so a killed import leaves whole batches, and running it again
completes it (what is in already counts as unchanged). The report holds no personal data (counts, reason
codes, customer numbers of this shop, row numbers) and is also written to `import-reports/` beside the
database.
"""

from __future__ import annotations

import dataclasses
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from spaceoptics_desk.domain.incoming import RowProblem, mapped_links
from spaceoptics_desk.domain.permissions import Action
from spaceoptics_desk.operations.changes import EVERYTHING, NOTHING, Outcome, partly_done
from spaceoptics_desk.operations.context import Context, operation

if TYPE_CHECKING:
    from spaceoptics_desk.services.imports.running import ImportRun
    from spaceoptics_desk.services.imports.tally import ImportTally

# Above this size (some 30,000 order rows) the search index is rebuilt once at the end of the import,
# not per batch (services/imports/running.py): cheaper once the shop's customers recur across batches.
INDEX_AT_END_BYTES = 5 * 1024 * 1024
# While "all or nothing" reads the file first: a progress step (and a look at Cancel) per this many records.
PROGRESS_EVERY = 2000
_OUTCOMES = ("added", "changed", "merged", "unchanged", "skipped", "refused")


@dataclass(frozen=True)
class ImportProgress:
    """Attributes:
    records: records read so far (applied, or weighed in a dry run).
    fraction: how far through the input (0..1), when the source knows its size.
    """

    records: int
    fraction: float | None


@dataclass(frozen=True)
class ImportReport:
    """What an import did or would do. `applied` is False when "all or nothing" found bad rows (then
    nothing was written) and for a dry run. `report_file` is where the report was saved."""

    source: str
    format: str
    started_at: datetime
    seconds: float
    dry_run: bool
    applied: bool
    cancelled: bool
    tally: ImportTally
    ignored_columns: tuple[str, ...] = ()
    report_file: Path | None = field(default=None, compare=False)

    def total(self, outcome: str) -> int:
        from spaceoptics_desk.services.imports.tally import Outcome as Result

        return self.tally.total(Result(outcome))

    def as_json(self) -> dict[str, Any]:
        """The report as the CLI's `--json` prints it and the report file keeps it (README, "import")."""
        tally = self.tally
        return {
            "source": self.source,
            "format": self.format,
            "started_at": self.started_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "seconds": round(self.seconds, 3),
            "dry_run": self.dry_run,
            "applied": self.applied,
            "cancelled": self.cancelled,
            "records": tally.records,
            **{outcome: self.total(outcome) for outcome in _OUTCOMES},
            "customers": {outcome: tally.customers[outcome] for outcome in _OUTCOMES},
            "orders": {outcome: tally.orders[outcome] for outcome in _OUTCOMES},
            "reasons": dict(sorted(tally.reasons.items())),
            "examples": dict(sorted(tally.examples.items())),
            "consents": dict(sorted(tally.consents.items())),
            "problem_count": tally.problem_count,
            "problems": [{"row": p.row, "reason": p.reason.value, "field": p.field} for p in tally.problems],
            "ignored_columns": list(self.ignored_columns),
        }


@operation(Action.IMPORT)
def import_file(
    context: Context,
    path: Path,
    format_name: str = "auto",
    mapping_name: str | None = None,
    *,
    dry_run: bool = False,
    skip_bad_rows: bool = False,
    soft_opt_in: bool = False,
    progress: Callable[[ImportProgress], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Outcome[ImportReport]:
    """Imports one export file of a webshop (or any CSV with a saved column mapping)."""
    from spaceoptics_desk.services.imports import mappings
    from spaceoptics_desk.services.imports.importing import ImportSettings
    from spaceoptics_desk.services.imports.readers import read_file
    from spaceoptics_desk.services.imports.running import apply_records
    from spaceoptics_desk.services.imports.tally import ImportTally

    started = context.clock.now()
    mapping = None
    if mapping_name is not None:
        with context.reading(Action.IMPORT) as session:
            mapping = mappings.load_mapping(session, mapping_name)
    if not skip_bad_rows:
        # All or nothing: the whole file is read once first; a bad row and nothing is written (a dry run
        # says the same, so it promises nothing the import would not do).
        check = read_file(path, format_name, mapping)
        tally = ImportTally()
        stopped = False
        for number, result in enumerate(check.results, start=1):
            if isinstance(result, RowProblem):
                tally.problem(result)
            if number % PROGRESS_EVERY == 0:
                if progress is not None:
                    progress(ImportProgress(number, check.fraction()))
                if cancelled is not None and cancelled():
                    stopped = True
                    break
        if tally.problem_count or stopped:
            report = ImportReport(
                check.source.value,
                check.format,
                started,
                (context.clock.now() - started).total_seconds(),
                dry_run,
                False,
                stopped,
                tally,
                tuple(check.summary.ignored_columns),
            )
            return Outcome(_with_report_file(context, report))
    reading = read_file(path, format_name, mapping)
    # Each mapping is a system of its own: its customer 1 is not another mapped system's customer 1.
    links = None if mapping is None else mapped_links(mapping.name)
    settings = ImportSettings(reading.source, secrets.token_hex(8), soft_opt_in, links)

    def tell(tally: ImportTally) -> None:
        if progress is not None:
            progress(ImportProgress(tally.records + tally.problem_count, reading.fraction()))

    with context.acting_database(Action.IMPORT) as database:
        try:
            run: ImportRun = apply_records(
                database,
                context.staff.username,
                context.clock,
                settings,
                reading.results,
                dry_run=dry_run,
                progress=tell,
                cancelled=cancelled,
                index_at_end=path.stat().st_size > INDEX_AT_END_BYTES,
            )
        except Exception as failure:
            if not database.committed:
                raise
            raise partly_done(failure, EVERYTHING) from failure
    report = ImportReport(
        reading.source.value,
        reading.format,
        started,
        run.seconds,
        dry_run,
        not dry_run,
        run.cancelled,
        run.tally,
        tuple(reading.summary.ignored_columns),
    )
    # Many customers may have changed: every window reloads (cheaper than naming thousands).
    return Outcome(_with_report_file(context, report), EVERYTHING if database.committed else NOTHING)


def _with_report_file(context: Context, report: ImportReport) -> ImportReport:
    """The report, saved as a file beside the database (no personal data in it)."""
    from spaceoptics_desk.services.imports.report_file import save_report

    saved = save_report(context.files_folder(), report.as_json(), report.started_at, report.dry_run)
    return dataclasses.replace(report, report_file=saved)
