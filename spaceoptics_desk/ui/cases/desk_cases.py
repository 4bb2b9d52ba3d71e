"""Where the main window meets the request screens: the open-case count, the list, intake and views.

The count in the status bar is always visible; it is reloaded in a worker whenever the change hub says
a case may have changed (a step here, another desk's write, a moved holiday) and whenever the main
window becomes active again.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from spaceoptics_desk.operations import cases
from spaceoptics_desk.operations.changes import Changes
from spaceoptics_desk.ui.coalescing_load import CoalescingLoad
from spaceoptics_desk.ui.desk import Desk

if TYPE_CHECKING:
    from spaceoptics_desk.services.cases import CaseSummary
    from spaceoptics_desk.ui.cases.intake import CaseIntakeDialog
    from spaceoptics_desk.ui.cases.list_window import CaseListWindow
    from spaceoptics_desk.ui.cases.view import CaseViewDialog

RETRY_MS = 200


class DeskCases(QObject):
    """The request screens of one main window.

    Attributes:
        count_label: "Open requests: N (M overdue)", for the status bar.
        open_count, overdue_count: the numbers shown (None until first counted).
        list_window: the "Requests" window (made on first use).
        views: the case views open now, by case id.

    Signals:
        count_updated(int, int): the count on screen was refreshed (open, overdue).
        case_opened(int): a new request was recorded (its case id); its view is opening.
        case_view_shown(object): a case view was opened (the CaseViewDialog).
        changed(): a case was recorded or changed on this desk (screens showing requests reload).
    """

    count_updated = Signal(int, int)
    case_opened = Signal(int)
    case_view_shown = Signal(object)
    changed = Signal()

    def __init__(self, desk: Desk, window: QWidget) -> None:
        super().__init__(window)
        self._desk = desk
        self._window = window
        # At most one count runs; a change meanwhile counts once more after it (issue 11).
        self._count: CoalescingLoad[list[CaseSummary]] = CoalescingLoad(
            lambda on_done, on_failed: desk.run(
                functools.partial(cases.list_cases, open_only=True), on_done, on_failed
            ),
            self._on_counted,
            self._on_count_failed,
        )
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self.refresh_count)
        self.open_count: int | None = None
        self.overdue_count: int | None = None
        self.list_window: CaseListWindow | None = None
        self.intake_dialog: CaseIntakeDialog | None = None
        self.views: dict[int, CaseViewDialog] = {}
        self.count_label = QLabel(window)
        self.count_label.setObjectName("caseCount")
        self.count_label.setToolTip(self.tr("Requests not yet closed (Ctrl+Shift+V shows them)"))
        window.installEventFilter(self)
        desk.hub.changed.connect(self._on_changes)

    # --- the count ---------------------------------------------------------------------------------

    def refresh_count(self) -> None:
        """Counts in the worker; at most one count runs (a change meanwhile counts again after it)."""
        if not self._window.isVisible():
            return  # counted when it is shown (after closing, the task runner may be gone)
        if not getattr(self._desk.database, "is_open", True):
            # Still opening (app start): a count waiting in a worker would hold a pool thread the
            # opening itself may need. Asked again shortly instead.
            self._retry.start()
            return
        self._count.request()

    def _on_counted(self, open_cases: list[CaseSummary]) -> None:
        counts = len(open_cases), sum(1 for case in open_cases if case.days_left < 0)
        self.open_count, self.overdue_count = counts
        self.count_label.setText(
            self.tr("Open requests: {count} ({late} overdue)").format(count=counts[0], late=counts[1])
        )
        self.count_label.setProperty("late", counts[1] > 0)
        self.count_label.style().unpolish(self.count_label)
        self.count_label.style().polish(self.count_label)
        self.count_updated.emit(*counts)

    def _on_count_failed(self, _error: BaseException) -> None:
        # A count that cannot be read is not worth a dialog on every focus change; it says so instead.
        self.count_label.setText(self.tr("Open requests: ?"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() in (QEvent.Type.Show, QEvent.Type.WindowActivate):
            self.refresh_count()
        return super().eventFilter(watched, event)

    def _on_changes(self, changes: Changes) -> None:
        """The hub says what changed: the count follows every case change; screens of this window that
        show requests follow a case changed on this desk (another program's writes reach them by the
        hub themselves)."""
        if changes.any_case:
            self.refresh_count()
        if changes.cases or changes.holidays:
            self.changed.emit()

    # --- the screens -------------------------------------------------------------------------------

    def open_intake(self, customer_id: int | None = None, customer_text: str = "") -> CaseIntakeDialog:
        from spaceoptics_desk.ui.cases.intake import CaseIntakeDialog

        dialog = CaseIntakeDialog(self._desk, customer_id, customer_text, self._window)
        dialog.case_opened.connect(self.on_case_opened)
        dialog.finished.connect(dialog.deleteLater)
        self.intake_dialog = dialog
        dialog.open()
        return dialog

    def on_case_opened(self, case: CaseSummary) -> None:
        """A request was recorded: show it, with its due date (the hub brought the count up to date)."""
        self.case_opened.emit(case.case_id)
        self.open_case(case.case_id)

    def show_list(self) -> CaseListWindow:
        if self.list_window is None:
            from spaceoptics_desk.ui.cases.list_window import CaseListWindow

            self.list_window = CaseListWindow(self._desk, self._window)
            self.list_window.case_requested.connect(self.open_case)
        if self.list_window.isVisible():
            self.list_window.refresh()  # when it is not, showing it loads the cases
        self.bring_up(self.list_window)
        return self.list_window

    def open_case(self, case_id: int) -> CaseViewDialog:
        view = self.views.get(case_id)
        if view is None:
            from spaceoptics_desk.ui.cases.view import CaseViewDialog

            parent = (
                self.list_window if self.list_window is not None and self.list_window.isVisible() else None
            )
            view = CaseViewDialog(self._desk, case_id, parent or self._window)
            view.destroyed.connect(lambda _obj=None, case_id=case_id: self.views.pop(case_id, None))
            self.views[case_id] = view
        self.bring_up(view)
        self.case_view_shown.emit(view)
        return view

    @staticmethod
    def bring_up(window: QWidget) -> None:
        """Shows a window; one already open (perhaps behind another) comes to the front."""
        if window.isVisible():
            window.raise_()
            window.activateWindow()
        else:
            window.show()
