"""Issue 12 in the main window: when the owner is at the desk, the audit log is checked in the worker once
the database is open, and a break nobody has marked seen shows a red banner until the owner clicks "Seen"
(recorded in the audit log, so the banner comes back only for a new break)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMainWindow, QPushButton

from spaceoptics_desk.domain.permissions import Action
from spaceoptics_desk.operations.audit import mark_audit_breaks_seen, verify_audit
from spaceoptics_desk.ui.desk import Desk
from spaceoptics_desk.ui.tasks import Task

if TYPE_CHECKING:
    from spaceoptics_desk.operations.changes import Outcome
    from spaceoptics_desk.operations.context import Context
    from spaceoptics_desk.services.audit_verify import AuditCheck, Break

log = logging.getLogger(__name__)


class AuditWatch(QObject):
    """Checks the audit log once the window shows (the owner only) and shows what was changed around the app.

    Attributes:
        banner: the red bar for the top of the main window; seen_button: "Seen" on it.
        shown: the break the banner names (None while hidden).

    Signals:
        checked(bool): a check ended; True when nothing unseen was found.
    """

    RETRY_MS = 1000

    checked = Signal(bool)

    def __init__(self, desk: Desk, window: QMainWindow) -> None:
        super().__init__(window)
        self._desk = desk
        self._window = window
        self._task: Task[Any] | None = None
        self._keys: list[str] = []
        self._started = False
        self.shown: Break | None = None

        self.retry_timer = QTimer(self)
        self.retry_timer.setSingleShot(True)
        self.retry_timer.timeout.connect(self.check_now)

        self.banner = QFrame(window)
        self.banner.setObjectName("auditBanner")
        self.banner_label = QLabel(self.banner)
        self.banner_label.setObjectName("auditBannerText")
        self.banner_label.setWordWrap(True)
        self.seen_button = QPushButton(self.tr("Seen"), self.banner)
        self.seen_button.clicked.connect(self._on_seen_button_clicked)
        row = QHBoxLayout(self.banner)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.banner_label, 1)
        row.addWidget(self.seen_button)
        self.banner.hide()
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Show and not self._started:
            self._started = True
            self.check_now()
        return super().eventFilter(watched, event)

    def stop(self) -> None:
        self.retry_timer.stop()
        if self._task is not None:
            self._task.discard()
            self._task = None

    def check_now(self) -> None:
        """Checks in the worker; only for the owner (staff would be refused: nothing to do)."""
        if self._task is not None or self._desk.refusal(Action.VERIFY_AUDIT) is not None:
            return
        if not getattr(self._desk.database, "is_open", True):
            self.retry_timer.start(self.RETRY_MS)  # app start: the database is still opening
            return
        self._task = self._desk.run(verify_audit, self._on_checked, self._on_failed)

    def describe(self, found: Break) -> str:
        what = {
            "audit_log": self.tr("entry #{id}"),
            "anchor": self.tr("entry #{id}, whose check value beside a backup no longer matches"),
            "case_events": self.tr("timeline entry #{id}"),
            "rectifications": self.tr("correction #{id}"),
        }.get(found.table, "#{id}")
        how = {
            "edited": self.tr("changed"),
            "deleted_or_inserted": self.tr("an entry before it deleted or inserted"),
            "reordered": self.tr("moved"),
            "seal_mismatch": self.tr("changed"),
            "not_audited": self.tr("not in the audit log (forged or inserted)"),
            "row_missing": self.tr("deleted"),
            "anchor_mismatch": self.tr("the log rewritten"),
        }[found.problem.value]
        return f"{what.format(id=found.row_id)}: {how}"

    def _on_checked(self, check: AuditCheck) -> None:
        self._task = None
        unseen = check.first_unseen
        self._keys = [b.key for b in check.breaks]
        self.shown = unseen
        if unseen is not None:
            self.banner_label.setText(
                self.tr(
                    "The audit log was changed outside the app (first difference: {what}). Look into it "
                    "(spaceoptics-desk audit verify), then mark it seen."
                ).format(what=self.describe(unseen))
            )
        self.banner.setVisible(unseen is not None)
        self.checked.emit(unseen is None)

    def _on_failed(self, error: BaseException) -> None:
        # The database busy at this moment, or the like: the check is not worth a dialog; try again.
        self._task = None
        log.warning("audit check failed: %s", type(error).__name__)
        self.retry_timer.start(self.RETRY_MS)

    def _on_seen_button_clicked(self) -> None:
        keys = list(self._keys)

        def mark(context: Context) -> Outcome[None]:
            return mark_audit_breaks_seen(context, keys)

        self.seen_button.setEnabled(False)
        self._desk.run(mark, self._on_marked, self._on_mark_failed)

    def _on_marked(self, _done: None) -> None:
        self.seen_button.setEnabled(True)
        self.shown = None
        self.banner.hide()

    def _on_mark_failed(self, error: BaseException) -> None:
        from spaceoptics_desk.ui.error_reporting import report_failure

        self.seen_button.setEnabled(True)
        report_failure(self._window, error)
