"""The weekly retention review (R23-R26): what is due, grouped by rule; the owner approves all or some,
postpones one or puts a legal hold on it; approving shows the deletion report, which can be saved as PDF.

The scan, the decisions and the apply are operations (operations/retention.py) run in the worker;
applying reports its progress per customer. Staff members may look but not decide (the buttons say why).
What another window or desk changes (a rule, a decision, an erasure) arrives through the change hub and
the list is scanned again.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QObject, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from spaceoptics_desk.domain.clock import local_today
from spaceoptics_desk.domain.permissions import Action
from spaceoptics_desk.domain.retention import deletion_report_file_name
from spaceoptics_desk.operations import retention
from spaceoptics_desk.ui.coalescing_load import CoalescingLoad
from spaceoptics_desk.ui.desk import Desk
from spaceoptics_desk.ui.error_reporting import show_refusal
from spaceoptics_desk.ui.file_dialogs import ask_save_path
from spaceoptics_desk.ui.formatting import format_date, format_moment
from spaceoptics_desk.ui.labels import field_group_text, label, registry_text
from spaceoptics_desk.ui.retention.candidates_model import ACTION, DUE, RECORDS, SUBJECT, CandidatesModel
from spaceoptics_desk.ui.retention.decisions import DecisionDialog
from spaceoptics_desk.ui.retention.watch import due_text
from spaceoptics_desk.ui.rows_model import TextRow, TextRowsModel, rows_view
from spaceoptics_desk.ui.tasks import Task

if TYPE_CHECKING:
    from datetime import date

    from spaceoptics_desk.operations.changes import Changes
    from spaceoptics_desk.operations.retention import ReviewApplied
    from spaceoptics_desk.services.retention_review import DeletionReport
    from spaceoptics_desk.services.retention_scan import Candidate
    from spaceoptics_desk.services.retention_status import RetentionStatus

EXPAND_UP_TO = 300  # with more candidates the rules start folded (a big shop has thousands)


class _Progress(QObject):
    """Carries the apply's progress from the worker to the window (a queued signal)."""

    advanced = Signal(int, int)


class RetentionReviewWindow(QDialog):
    """The review window.

    Attributes:
        candidates: the tree model (rule -> candidates) with the owner's ticks.
        tree: its view; detail_label: exactly what happens to the selected candidate.
        approve_button, postpone_button, hold_button: the owner's decisions (disabled for staff).
        progress: the apply's progress bar (hidden otherwise).
        report: the last deletion report (None before one ran here); report_rows: its table.
        decision_dialog: the postpone / hold dialog last opened.
        error_label: a refusal, shown inside the window.

    Signals:
        status_loaded(object): a scan finished (RetentionStatus): the main window's badge follows.
        review_applied(object): approved candidates were carried out (the DeletionReport).
        report_saved(str): the deletion report was written to this path.
    """

    status_loaded = Signal(object)
    review_applied = Signal(object)
    report_saved = Signal(str)

    def __init__(self, desk: Desk, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._language = language
        self._task: Task[Any] | None = None  # applying the review or saving its report
        # At most one scan runs (1.4 s on a big database); a change meanwhile scans once more after it.
        self._scan: CoalescingLoad[RetentionStatus] = CoalescingLoad(
            lambda on_done, on_failed: desk.run(retention.review_status, on_done, on_failed),
            self._on_loaded,
            self._on_scan_failed,
        )
        self._today: date = local_today(desk.clock)
        self.report: DeletionReport | None = None
        self.decision_dialog: DecisionDialog | None = None
        refusal = desk.refusal(Action.DECIDE_RETENTION)
        self.may_decide = refusal is None
        self.setWindowTitle(self.tr("Weekly retention review"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)

        self.summary_label = QLabel(self.tr("Looking for what is due…"), self)
        self.summary_label.setObjectName("caption")
        self.summary_label.setWordWrap(True)
        intro = QLabel(
            self.tr(
                "What the retention schedule says may go today, per rule. Tick what may go and approve it; "
                "each customer is handled in one step and checked again first. Postpone a candidate with "
                "a reason, or put a legal hold on the customer."
            ),
            self,
        )
        intro.setWordWrap(True)

        self.candidates = CandidatesModel(self)
        self.candidates.checkable = self.may_decide
        self.tree = QTreeView(self)
        self.tree.setModel(self.candidates)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(SUBJECT, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(SUBJECT, 300)
        for column, width in ((DUE, 95), (ACTION, 150), (RECORDS, 70)):
            header.resizeSection(column, width)
        self.tree.selectionModel().currentChanged.connect(self._on_tree_current_changed)
        tree_label = QLabel(self.tr("&Candidates:"), self)
        tree_label.setBuddy(self.tree)

        self.detail_label = QLabel(self)
        self.detail_label.setObjectName("reportBox")
        self.detail_label.setWordWrap(True)
        self.detail_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail_label.setText(self.tr("Select a candidate to see exactly what happens to it."))
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        tree_box = QWidget(splitter)
        tree_layout = QVBoxLayout(tree_box)
        tree_layout.setContentsMargins(0, 0, 0, 0)
        tree_layout.addWidget(tree_label)
        tree_layout.addWidget(self.tree, 1)
        splitter.addWidget(tree_box)
        detail_scroll = QScrollArea(splitter)
        detail_scroll.setWidgetResizable(True)
        detail_scroll.setFrameShape(QFrame.Shape.NoFrame)
        detail_scroll.setWidget(self.detail_label)
        splitter.addWidget(detail_scroll)
        splitter.setSizes([440, 260])

        self.select_all_button = QPushButton(self.tr("Select &all"), self)
        self.select_all_button.clicked.connect(lambda: self.candidates.set_all_checked(True))
        self.select_none_button = QPushButton(self.tr("Select n&one"), self)
        self.select_none_button.clicked.connect(lambda: self.candidates.set_all_checked(False))
        self.postpone_button = QPushButton(self.tr("&Postpone…"), self)
        self.postpone_button.clicked.connect(self.postpone_current)
        self.hold_button = QPushButton(self.tr("Legal &hold…"), self)
        self.hold_button.clicked.connect(self.hold_current)
        self.approve_button = QPushButton(self.tr("Appro&ve selected"), self)
        self.approve_button.clicked.connect(self.approve_selected)
        self.rescan_button = QPushButton(self.tr("&Scan again"), self)
        self.rescan_button.clicked.connect(self.load)
        for button in (
            self.select_all_button,
            self.select_none_button,
            self.postpone_button,
            self.hold_button,
            self.approve_button,
            self.rescan_button,
        ):
            button.setAutoDefault(False)
        for button in (
            self.select_all_button,
            self.select_none_button,
            self.postpone_button,
            self.hold_button,
            self.approve_button,
        ):
            button.setEnabled(self.may_decide)
            button.setToolTip(refusal or "")
        decisions = QHBoxLayout()
        decisions.addWidget(self.select_all_button)
        decisions.addWidget(self.select_none_button)
        decisions.addSpacing(12)
        decisions.addWidget(self.postpone_button)
        decisions.addWidget(self.hold_button)
        decisions.addStretch(1)
        decisions.addWidget(self.rescan_button)
        decisions.addWidget(self.approve_button)
        self.owner_note = QLabel(
            self.tr("Only the owner decides on the retention review; you can look at what is due."), self
        )
        self.owner_note.setObjectName("caption")
        self.owner_note.setVisible(not self.may_decide)

        self.progress = QProgressBar(self)
        self.progress.setFormat(self.tr("%v of %m customers done"))
        self.progress.hide()
        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorBanner")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        self.report_box = QWidget(self)
        self.report_label = QLabel(self.report_box)
        self.report_label.setObjectName("caption")
        self.report_label.setWordWrap(True)
        self.report_rows = TextRowsModel(
            [self.tr("Rule"), self.tr("Action"), self.tr("Done"), self.tr("Skipped"), self.tr("Records")],
            self,
        )
        self.report_view = rows_view(self.report_rows, self.report_box)
        self.report_view.setMaximumHeight(160)
        self.skipped_label = QLabel(self.report_box)
        self.skipped_label.setWordWrap(True)
        self.save_report_button = QPushButton(self.tr("Save report as P&DF…"), self.report_box)
        self.save_report_button.setAutoDefault(False)
        self.save_report_button.clicked.connect(lambda: self.save_report_pdf())
        report_layout = QVBoxLayout(self.report_box)
        report_layout.setContentsMargins(0, 0, 0, 0)
        report_layout.addWidget(self.report_label)
        report_layout.addWidget(self.report_view)
        report_layout.addWidget(self.skipped_label)
        report_layout.addWidget(self.save_report_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.report_box.hide()

        close_button = QPushButton(self.tr("Close"), self)
        close_button.setAutoDefault(False)
        close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addLayout(decisions)
        layout.addWidget(self.owner_note)
        layout.addWidget(self.progress)
        layout.addWidget(self.error_label)
        layout.addWidget(self.report_box)
        layout.addWidget(close_button, 0, Qt.AlignmentFlag.AlignRight)
        self.resize(1100, 760)
        self._progress = _Progress(self)
        self._progress.advanced.connect(self._on_progress_advanced)
        desk.hub.changed.connect(self._on_hub_changed)
        self.load()

    @property
    def busy(self) -> bool:
        """Scanning, applying or saving the report."""
        return self._task is not None or self._scan.running

    # --- loading -----------------------------------------------------------------------------------

    def load(self) -> None:
        """Scans in the worker; while a scan runs, once more after it."""
        if self._task is not None and self.progress.isVisible():
            return  # applying: the scan follows when it is done
        self.rescan_button.setEnabled(False)
        self._scan.request()
        self._update_buttons()

    def _on_hub_changed(self, changes: Changes) -> None:
        """A rule, a decision, an erasure or another desk's write may change what is due: scan again.
        Not while applying or saving here: that task's own end scans again (no scan twice)."""
        relevant = changes.retention or changes.rules or changes.everything or bool(changes.erased)
        if relevant and self.isVisible() and self._task is None:
            self.load()

    def _on_loaded(self, status: RetentionStatus) -> None:
        self.rescan_button.setEnabled(True)
        self._today = status.today
        current = self.current_candidate()
        self.candidates.set_candidates(status.candidates)
        count = len(status.candidates)
        if count <= EXPAND_UP_TO:
            self.tree.expandAll()
        last = (
            self.tr("last review on {date}").format(date=format_moment(status.last_review_at))
            if status.last_review_at is not None
            else self.tr("no review done yet")
        )
        self.summary_label.setText(
            self.tr("{due} on {today} ({last}).").format(
                due=due_text(count) if count else self.tr("Nothing due"),
                today=format_date(status.today),
                last=last,
            )
        )
        if current is not None:
            index = self.candidates.candidate_index(current.key)
            if index.isValid():
                self.tree.setCurrentIndex(index)
        elif self.candidates.rowCount():
            self.tree.setCurrentIndex(self.candidates.index(0, SUBJECT))
        self._update_buttons()
        self.status_loaded.emit(status)

    # --- what happens to the selected candidate ----------------------------------------------------

    def current_candidate(self) -> Candidate | None:
        return self.candidates.candidate(self.tree.currentIndex())

    def _on_tree_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        candidate = self.candidates.candidate(current)
        if candidate is None:
            rule = self.candidates.rule_at(current)
            self.detail_label.setText(
                f"<b>{label('retention_category', rule.value)}</b><br>{label('retention_reason', rule.value)}"
                if rule is not None
                else ""
            )
        else:
            self.detail_label.setText(self.describe(candidate))
        self._update_buttons()

    def describe(self, candidate: Candidate) -> str:
        """Exactly what approving does to this candidate (rich text for the detail box)."""
        import html

        lines = [
            "<b>"
            + html.escape(
                self.tr("{subject} — {rule}").format(
                    subject=candidate.reference, rule=label("retention_category", candidate.rule.value)
                )
            )
            + "</b>",
            html.escape(
                self.tr("Due since {date}; {action}; {count} record(s). {why}").format(
                    date=format_date(candidate.due_on),
                    action=label("retention_action", candidate.action.value),
                    count=candidate.record_count,
                    why=label("retention_reason", candidate.rule.value),
                )
            ),
        ]
        if candidate.erased:
            lines.append("<b>" + html.escape(self.tr("Erased (the rows go):")) + "</b>")
            lines += [f"&nbsp;&nbsp;• {html.escape(field_group_text(g))}" for g in candidate.erased]
        if candidate.anonymised:
            lines.append("<b>" + html.escape(self.tr("Anonymised (emptied, the record stays):")) + "</b>")
            lines += [f"&nbsp;&nbsp;• {html.escape(field_group_text(g))}" for g in candidate.anonymised]
        if candidate.kept:
            lines.append("<b>" + html.escape(self.tr("Kept:")) + "</b>")
            for item in candidate.kept:
                until = self.tr(" until {date}").format(date=format_date(item.until)) if item.until else ""
                what, why = registry_text(item.what), registry_text(item.why)
                lines.append(f"&nbsp;&nbsp;• {html.escape(what + until)} — {html.escape(why)}")
        return "<br>".join(lines)

    def _update_buttons(self) -> None:
        idle = not self.busy
        one = self.current_candidate() is not None
        self.postpone_button.setEnabled(self.may_decide and idle and one)
        self.hold_button.setEnabled(
            self.may_decide and idle and one and self.current_candidate().customer_id is not None  # type: ignore[union-attr]
        )
        self.approve_button.setEnabled(self.may_decide and idle and self.candidates.candidate_count > 0)
        for button in (self.select_all_button, self.select_none_button):
            button.setEnabled(self.may_decide and idle)

    # --- decisions ---------------------------------------------------------------------------------

    def postpone_current(self) -> DecisionDialog | None:
        return self._decide("postpone")

    def hold_current(self) -> DecisionDialog | None:
        return self._decide("hold")

    def _decide(self, kind: str) -> DecisionDialog | None:
        candidate = self.current_candidate()
        if not self.may_decide or candidate is None or self.busy:
            return None
        self.error_label.hide()
        dialog = DecisionDialog(self._desk, candidate, kind, self._today, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.decided.connect(self._on_decided)
        dialog.destroyed.connect(self._on_decision_dialog_destroyed)
        self.decision_dialog = dialog
        dialog.open()
        return dialog

    def _on_decision_dialog_destroyed(self) -> None:
        self.decision_dialog = None

    def _on_decided(self, _key: str) -> None:
        """The decision's change reaches this window through the hub, which scans again."""

    def approve_selected(self) -> None:
        """Asks once, then carries out the ticked candidates in the worker with a progress bar."""
        if not self.may_decide or self.busy:
            return
        picked = self.candidates.checked_candidates()
        if not picked:
            self.error_label.setText(self.tr("Tick the candidates to approve first (Select all ticks all)."))
            self.error_label.show()
            return
        answer = QMessageBox.question(
            self,
            self.tr("Approve the review"),
            self.tr(
                "Carry out {count} candidate(s) now? What they list is erased or anonymised for good; "
                "each is checked again first."
            ).format(count=len(picked)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.error_label.hide()
        progress = self._progress
        # The operation removes the traces (R31) once all customers are done.
        apply = functools.partial(
            retention.apply_review,
            candidates=picked,
            today=self._today,
            progress=lambda done, total: progress.advanced.emit(done, total),
        )
        self.progress.setRange(0, 0)  # busy until the first customer is done
        self.progress.show()
        self._task = self._desk.run(apply, self._on_applied, self._on_refused)
        self._update_buttons()

    def _on_progress_advanced(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _on_applied(self, applied: ReviewApplied) -> None:
        report = applied.report
        self._task = None
        self.progress.hide()
        self.show_report(report)
        self.review_applied.emit(report)
        self.load()

    def show_report(self, report: DeletionReport) -> None:
        """R26 on screen: rule, counts, date, approver (no personal data)."""
        self.report = report
        self.report_label.setText(
            self.tr(
                "Deletion run {run} of {date}, approved by {approver}: {done} done, {skipped} skipped."
            ).format(
                run=report.run_id,
                date=format_moment(report.finished_at or report.started_at),
                approver=report.approver,
                done=sum(c.applied for c in report.counts),
                skipped=sum(c.skipped for c in report.counts),
            )
        )
        self.report_rows.set_rows(
            [
                TextRow(
                    [
                        label("retention_category", c.rule),
                        label("retention_action", c.action),
                        str(c.applied),
                        str(c.skipped),
                        str(c.records),
                    ]
                )
                for c in report.counts
            ]
        )
        self.report_view.resizeColumnsToContents()
        reasons = [
            f"{label('retention_skip', code)}: {count}"
            for code, count in sorted(report.skipped_reasons.items())
        ]
        self.skipped_label.setText(self.tr("Skipped because: {reasons}").format(reasons="; ".join(reasons)))
        self.skipped_label.setVisible(bool(reasons))
        self.report_box.show()

    def save_report_pdf(self, path: Path | None = None) -> None:
        """Writes the report's PDF in the worker; asks where when no path is given."""
        report = self.report
        if report is None or self._task is not None:
            return
        if path is None:
            folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            path = ask_save_path(
                self,
                self.tr("Save the deletion report"),
                Path(folder) / deletion_report_file_name(report.today, report.run_id, self._language),
                self.tr("PDF documents (*.pdf)"),
                "pdf",
            )
            if path is None:
                return
        save = functools.partial(
            retention.save_deletion_report, report=report, target=path, language=self._language
        )
        self.error_label.hide()
        self.save_report_button.setEnabled(False)
        self._task = self._desk.run(save, self._on_report_saved, self._on_refused)

    def _on_report_saved(self, path: Path) -> None:
        self._task = None
        self.save_report_button.setEnabled(True)
        self.report_label.setText(
            self.report_label.text().split("\n")[0] + "\n" + self.tr("Saved as {path}").format(path=path)
        )
        self._update_buttons()
        self.report_saved.emit(str(path))

    def _on_scan_failed(self, error: BaseException) -> None:
        self.rescan_button.setEnabled(True)
        self._update_buttons()
        show_refusal(self, self.error_label, error)

    def _on_refused(self, error: BaseException) -> None:
        self._task = None
        self.progress.hide()
        self.rescan_button.setEnabled(True)
        self.save_report_button.setEnabled(True)
        self._update_buttons()
        show_refusal(self, self.error_label, error)

    def reject(self) -> None:
        if self._task is not None and self.progress.isVisible():
            return  # applying: closing now would hide its outcome
        if self._task is not None:
            self._task.discard()
            self._task = None
        self._scan.cancel()
        super().reject()
