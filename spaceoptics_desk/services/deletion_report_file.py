"""Saving a deletion report (R26) as a PDF where the owner chooses; all or nothing.

The PDF is first written to a hidden temporary file in the target folder and then renamed into place,
so a full disk never leaves half a report. The report holds no personal data (rule, counts, date,
approver).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from spaceoptics_desk.domain.clock import Clock
from spaceoptics_desk.errors import QT_TRANSLATE_NOOP
from spaceoptics_desk.reports.deletion_report import DeletionSheet, DeletionSheetRow, render_deletion_report
from spaceoptics_desk.services.copies import controller
from spaceoptics_desk.services.errors import InvalidInput
from spaceoptics_desk.services.retention_review import DeletionReport


class ReportNotWritten(InvalidInput):
    """The report could not be written; nothing was left behind."""


def deletion_sheet(report: DeletionReport, language: str, clock: Clock) -> DeletionSheet:
    return DeletionSheet(
        language=language,
        shop=controller().name,
        run_id=report.run_id,
        today=report.today,
        started_at=report.started_at,
        finished_at=report.finished_at,
        approver=report.approver,
        automatic=report.automatic,
        rows=tuple(
            DeletionSheetRow(c.rule, c.action, c.applied, c.skipped, c.records) for c in report.counts
        ),
        skipped_reasons=tuple(sorted(report.skipped_reasons.items())),
        made_at=clock.now(),
    )


def report_file_name(report: DeletionReport, language: str) -> str:
    word = "verwijderrapport" if language == "nl" else "deletion-report"
    return f"{word}-{report.today.isoformat()}-{report.run_id}.pdf"


def write_deletion_report(report: DeletionReport, target: Path, language: str, clock: Clock) -> Path:
    """Writes the PDF to `target` atomically; raises ReportNotWritten (nothing left) on failure."""
    pdf = render_deletion_report(deletion_sheet(report, language, clock))
    folder = target.parent
    temporary: Path | None = None
    try:
        handle, name = tempfile.mkstemp(prefix=".report-", suffix=".part", dir=folder)
        temporary = Path(name)
        with os.fdopen(handle, "wb") as stream:
            stream.write(pdf)
            stream.flush()
            os.fsync(stream.fileno())
        temporary.replace(target)
    except OSError as error:
        if temporary is not None:
            with contextlib.suppress(OSError):
                temporary.unlink(missing_ok=True)
        raise ReportNotWritten(
            QT_TRANSLATE_NOOP(
                "errors", "The report could not be written to {folder} ({reason}); nothing was saved."
            ),
            folder=str(folder),
            reason=error.strerror or type(error).__name__,
        ) from error
    return target
