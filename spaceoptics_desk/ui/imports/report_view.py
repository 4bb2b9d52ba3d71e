"""An import's report on screen (issue 13): counts per outcome for customers and orders, the reasons
with examples, and the rows that were refused. Like the report file, it holds no personal data: examples
are this shop's customer numbers or row numbers of the input, a problem names its column, never a value.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTableView, QVBoxLayout, QWidget

from spaceoptics_desk.ui.imports.words import word
from spaceoptics_desk.ui.rows_model import TextRow, TextRowsModel, rows_view

if TYPE_CHECKING:
    from spaceoptics_desk.operations.imports import ImportReport

REASON_ROWS_SHOWN = 6
OUTCOMES = ("added", "changed", "merged", "unchanged", "skipped", "refused")


class ImportReportView(QWidget):
    """Attributes:
    title_label: what happened in one sentence (a dry run, applied, nothing applied, stopped).
    counts: customers and orders x outcome; counts_view shows it.
    reasons: outcome, reason, count, examples; reasons_view shows it.
    problems: row, reason, column of the refused rows; problems_view shows it.
    details_label: consent events, ignored columns, the report file.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_label = QLabel(self)
        self.title_label.setWordWrap(True)
        self.title_label.setObjectName("reportTitle")
        self.counts = TextRowsModel(["", *(word("outcome", outcome) for outcome in OUTCOMES)], self)
        self.counts_view = rows_view(self.counts, self)
        self.counts_view.horizontalHeader().setStretchLastSection(False)
        self.reasons = TextRowsModel(
            [self.tr("Outcome"), self.tr("Reason"), self.tr("Number"), self.tr("Examples")], self
        )
        self.reasons_view = rows_view(self.reasons, self)
        self.problems = TextRowsModel([self.tr("Row"), self.tr("Reason"), self.tr("Column")], self)
        self.problems_view = rows_view(self.problems, self)
        self.problems_label = QLabel(self)
        self.details_label = QLabel(self)
        self.details_label.setWordWrap(True)
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title_label)
        layout.addWidget(self.counts_view)
        layout.addWidget(self.reasons_view)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.problems_view, 1)
        layout.addWidget(self.details_label)

    def show_report(self, report: ImportReport) -> None:
        tally = report.tally
        self.title_label.setText(self.title(report))
        self.counts.set_rows(
            [
                TextRow([self.tr("Customers"), *(str(tally.customers[outcome]) for outcome in OUTCOMES)]),
                TextRow([self.tr("Orders"), *(str(tally.orders[outcome]) for outcome in OUTCOMES)]),
            ]
        )
        _fit_rows(self.counts_view)
        reasons = []
        examples = dict(tally.examples)
        for key, count in sorted(tally.reasons.items()):
            outcome, _, reason = key.partition(":")
            reasons.append(
                TextRow(
                    [
                        word("outcome", outcome),
                        word("reason", reason),
                        str(count),
                        self._examples(examples, key),
                    ]
                )
            )
        if tally.customers["merged"]:
            reasons.append(
                TextRow(
                    [
                        word("outcome", "merged"),
                        self.tr("guest orders and account joined by e-mail address"),
                        str(tally.customers["merged"]),
                        self._examples(examples, "merged"),
                    ]
                )
            )
        self.reasons.set_rows(reasons)
        _fit_rows(self.reasons_view, most=REASON_ROWS_SHOWN)
        self.reasons_view.setVisible(bool(reasons))
        self.problems.set_rows(
            [
                TextRow([str(problem.row), word("reason", problem.reason.value), problem.field or ""])
                for problem in tally.problems
            ]
        )
        self.problems_view.resizeColumnsToContents()
        shown = len(tally.problems)
        self.problems_label.setText(
            self.tr("Refused rows ({count}):").format(count=tally.problem_count)
            if shown == tally.problem_count
            else self.tr("Refused rows ({count}; the first {shown} are listed):").format(
                count=tally.problem_count, shown=shown
            )
        )
        self.problems_label.setVisible(bool(tally.problem_count))
        self.problems_view.setVisible(bool(tally.problem_count))
        self.details_label.setText(self.details(report))

    def title(self, report: ImportReport) -> str:
        source = word("format", report.format)
        if report.dry_run:
            text = self.tr("Trial import of {source}: nothing was saved. An import would do this:")
        elif not report.applied:
            text = self.tr("Not imported ({source}): {count} row(s) were refused, so nothing was saved.")
        elif report.cancelled:
            text = self.tr("Import of {source} stopped after {records} records; what was in by then stays.")
        else:
            text = self.tr("Imported from {source} in {seconds} s.")
        return text.format(
            source=source,
            count=report.tally.problem_count,
            records=report.tally.records,
            seconds=f"{report.seconds:.1f}".replace(".", ","),
        )

    def details(self, report: ImportReport) -> str:
        lines = []
        consents = [
            f"{word('consent', code)}: {count}" for code, count in sorted(report.tally.consents.items())
        ]
        if consents:
            lines.append(self.tr("Newsletter choices recorded: {list}").format(list="; ".join(consents)))
        if report.ignored_columns:
            lines.append(
                self.tr("Columns not imported: {columns}").format(columns=", ".join(report.ignored_columns))
            )
        if report.report_file is not None:
            lines.append(self.tr("Report saved as {path}").format(path=report.report_file))
        return "\n".join(lines)

    def _examples(self, examples: dict[str, list[str]], key: str) -> str:
        return ", ".join(self._example(example) for example in examples.get(key, []))

    def _example(self, example: str) -> str:
        # The tally writes "row N" for a row of the input; a customer number stays as it is.
        if example.startswith("row "):
            return self.tr("row {number}").format(number=example[4:])
        return example


def _fit_rows(view: QTableView, most: int | None = None) -> None:
    """As high as its rows (at most `most` of them, then it scrolls): no empty space below them."""
    view.resizeColumnsToContents()
    count = view.model().rowCount() if most is None else min(most, view.model().rowCount())
    rows = sum(view.rowHeight(row) for row in range(count))
    view.setFixedHeight(view.horizontalHeader().sizeHint().height() + rows + 2 * view.frameWidth())
