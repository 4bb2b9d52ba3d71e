"""Saving a deletion report (R26) as a PDF where the owner chooses; all or nothing.

Written all or nothing (services/output_files.py). The report holds no personal data (rule, counts,
date, approver).
"""

from __future__ import annotations

from pathlib import Path

from spaceoptics_desk.domain.clock import Clock
from spaceoptics_desk.reports.deletion_report import DeletionSheet, DeletionSheetRow, render_deletion_report
from spaceoptics_desk.services.copies import controller
from spaceoptics_desk.services.output_files import write_file
from spaceoptics_desk.services.retention_review import DeletionReport


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
        audit_head=report.audit_head,
    )


def write_deletion_report(
    report: DeletionReport, target: Path, language: str, clock: Clock, database_file: Path | None = None
) -> Path:
    """Writes the PDF to `target` whole or not at all (FileNotWritten says why), never over the
    database file."""
    write_file(
        target, render_deletion_report(deletion_sheet(report, language, clock)), database_file=database_file
    )
    return target
