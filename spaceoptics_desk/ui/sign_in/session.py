"""A signed-in desk: the main window, the lock (Ctrl+L and after the owner's idle minutes) and switching
staff, over one open database (issue 12, AVG 32).

Locked, every window of the app is hidden (the main window with its search results and customer view,
case views, copies, dialogs): only the lock dialog is on screen until the same or another staff member
signs in. Another person gets a new main window whose Desk carries them, so the window offers what
their role may; the previous person's windows are closed.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from spaceoptics_desk.domain.clock import Clock
from spaceoptics_desk.domain.staff import DEFAULT_LOCK_MINUTES, StaffMember
from spaceoptics_desk.operations.changes import Changes
from spaceoptics_desk.operations.context import Context
from spaceoptics_desk.operations.staff import lock_after_minutes
from spaceoptics_desk.ui.desk import Desk, Workstation
from spaceoptics_desk.ui.main_window.window import MainWindow
from spaceoptics_desk.ui.sign_in.lock import LockDialog
from spaceoptics_desk.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

# Input by a person at the desk: each starts the idle time again.
_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class DeskSession(QObject):
    """Attributes:
        window: the main window of whoever is signed in.
        lock_dialog: the lock dialog while the desk is locked, else None.
        idle_timer: locks the desk when it runs out; every keyboard or mouse input restarts it.
        idle_ms: the interval given by a test, instead of the owner's minutes.

    Signals:
        locked(): the windows are hidden, the lock dialog is up.
        unlocked(object): someone signed in again (the StaffMember).
        quit_requested(): "Quit" on the lock dialog.
    """

    locked = Signal()
    unlocked = Signal(object)
    quit_requested = Signal()

    def __init__(
        self,
        context: Context,
        tasks: TaskRunner,
        workstation: Workstation,
        language: str,
        idle_ms: int | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = context.database
        self._clock: Clock = context.clock
        self._tasks = tasks
        self._workstation = workstation
        self._language = language
        self._hidden: list[QWidget] = []
        self.idle_ms = idle_ms
        self.lock_dialog: LockDialog | None = None
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.setInterval(idle_ms or DEFAULT_LOCK_MINUTES * 60_000)
        self.idle_timer.timeout.connect(self.lock)
        self.window = self._new_window(context.staff)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        self.read_lock_minutes()
        self.idle_timer.start()

    @property
    def staff(self) -> StaffMember:
        return self.window.desk.staff

    @property
    def is_locked(self) -> bool:
        return self.lock_dialog is not None

    def _new_window(self, staff: StaffMember) -> MainWindow:
        desk = Desk(self._database, self._clock, staff, self._tasks, self._workstation)
        window = MainWindow(desk, self._language)
        window.lock_requested.connect(self.lock)
        window.switch_requested.connect(self.switch)
        desk.hub.changed.connect(self._on_hub_changed)
        return window

    # --- the idle time ---------------------------------------------------------------------------

    def read_lock_minutes(self) -> None:
        """The owner's idle minutes, read in the worker (a failure keeps the interval it has)."""
        if self.idle_ms is None:
            self.window.desk.run(lock_after_minutes, self._on_lock_minutes, lambda _error: None)

    def _on_lock_minutes(self, minutes: int) -> None:
        self.idle_timer.setInterval(minutes * 60_000)
        if not self.is_locked:
            self.idle_timer.start()

    def _on_hub_changed(self, changes: Changes) -> None:
        if changes.settings:
            self.read_lock_minutes()  # the owner changed the idle minutes in the staff screen

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _INPUT_EVENTS:
            if not self.is_locked:
                self.idle_timer.start()
        elif kind == QEvent.Type.Show and self.is_locked and self._hides_when_locked(watched):
            # A window that comes up while the desk is locked (a late answer opening a dialog) waits
            # hidden with the others.
            assert isinstance(watched, QWidget)
            QTimer.singleShot(0, lambda: self._hide_late(watched))
        return False

    def _hides_when_locked(self, watched: QObject) -> bool:
        """A window of the app other than the lock dialog and what it opens."""
        if not isinstance(watched, QWidget) or not watched.isWindow() or self.lock_dialog is None:
            return False
        return watched is not self.lock_dialog and not self.lock_dialog.isAncestorOf(watched)

    def _hide_late(self, widget: QWidget) -> None:
        if self.is_locked and widget.isVisible():
            widget.hide()
            self._hidden.append(widget)

    # --- locking ---------------------------------------------------------------------------------

    def lock(self) -> None:
        """Ctrl+L or the idle time: the same person (or another) signs in to go on. A "switch staff"
        dialog left open becomes a lock: its way back without a password goes."""
        if self.is_locked and self.lock_dialog is not None:
            self.lock_dialog.become_locked()
            return
        self._lock(self.staff.username, switching=False)

    def switch(self) -> None:
        """ "Switch staff member": the lock dialog with an empty name, and a way back."""
        self._lock("", switching=True)

    def _lock(self, username: str, switching: bool) -> None:
        if self.is_locked:
            return
        if not switching:
            # A switch dialog keeps the idle time running: left alone, it becomes a lock (no "Back").
            self.idle_timer.stop()
        self.window.search_delay.stop()
        self._hidden = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        for widget in self._hidden:
            widget.hide()
        context = Context(self._database, self.staff, self._clock)
        dialog = LockDialog(context, self._tasks, username, switching)
        dialog.unlocked.connect(self._on_unlocked)
        dialog.back.connect(self._unlock_as_before)
        dialog.quit_requested.connect(self.quit_requested.emit)
        self.lock_dialog = dialog
        dialog.show()
        log.info("desk locked")
        self.locked.emit()

    def _close_lock_dialog(self) -> None:
        if self.lock_dialog is not None:
            self.lock_dialog.hide()
            self.lock_dialog.deleteLater()
            self.lock_dialog = None

    def _unlock_as_before(self) -> None:
        self._close_lock_dialog()
        for widget in self._hidden:
            widget.show()
        self._hidden = []
        self.idle_timer.start()
        self.unlocked.emit(self.staff)

    def _on_unlocked(self, member: StaffMember) -> None:
        if member == self.staff:
            self._unlock_as_before()
            return
        # Another person (or the same with another name or role): the previous windows go, a new main
        # window is made for who is at the desk now.
        self._close_lock_dialog()
        old = self.window
        for widget in self._hidden:
            if widget is not old:
                widget.close()
        self._hidden = []
        old.close()
        self._delete_when_idle(old)
        self.window = self._new_window(member)
        self.window.show()
        self.read_lock_minutes()
        self.idle_timer.start()
        log.info("staff member switched")
        self.unlocked.emit(member)

    def _delete_when_idle(self, window: MainWindow) -> None:
        """Deleted once no task runs: an answer still on its way (a count, a search) would otherwise
        reach widgets that are gone."""
        if not self._tasks.busy:
            window.deleteLater()
            return

        def delete() -> None:
            self._tasks.idle.disconnect(delete)
            window.deleteLater()

        self._tasks.idle.connect(delete)

    def close(self) -> None:
        """The app ends: no more locking, every window closed (the caller closes the database)."""
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.idle_timer.stop()
        self._close_lock_dialog()
        self.window.close()
        self.window.deleteLater()
