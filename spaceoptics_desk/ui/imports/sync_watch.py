"""The webshop sync of the main window (issue 13): a status bar label with the last sync, "Nu
synchroniseren", and an hourly sync in the background while the app is open.

Like the retention watch (ui/retention/watch.py), a QTimer ticks every minute and each tick decides by
the wall clock whether a sync is due: a long timer would miss the hours the computer slept and cannot
exceed 2^31 ms. Due: an hour after the last sync (any desk's: the database keeps its moment), when the
clock went backwards, or when the gap between two ticks shows the computer slept. Never two at once;
nothing when no connection is set up. A failure shows in the label (the reason in Dutch), never as a
dialog every hour; the high-water mark stays (operations/sync.py), so the next sync fetches it again.
What a sync changed reaches every window through the change hub (Desk.run).
"""

from __future__ import annotations

import functools
import logging
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from spaceoptics_desk.domain.clock import to_local
from spaceoptics_desk.errors import KnownError
from spaceoptics_desk.operations import sync
from spaceoptics_desk.operations.changes import Changes
from spaceoptics_desk.ui.desk import Desk
from spaceoptics_desk.ui.error_reporting import error_text, report_failure
from spaceoptics_desk.ui.formatting import format_moment
from spaceoptics_desk.ui.imports.words import word
from spaceoptics_desk.ui.tasks import Task

if TYPE_CHECKING:
    from spaceoptics_desk.operations.changes import Outcome
    from spaceoptics_desk.operations.context import Context
    from spaceoptics_desk.operations.imports import ImportReport
    from spaceoptics_desk.services.imports.sources import SyncSource

log = logging.getLogger(__name__)

TICK_MS = 60_000
SYNC_EVERY = timedelta(hours=1)
SLEPT_AFTER_TICKS = 3  # a gap of this many ticks between two ticks: the computer slept


def sync_text(source: SyncSource | None, now: datetime) -> str:
    """ "Webshop: laatst gesynchroniseerd 14:05 (3 nieuw, 2 gewijzigd)", or why the last sync failed."""
    translate = QCoreApplication.translate
    if source is None:
        return translate("SyncWatch", "Webshop: no connection set up")
    if source.last_run_at is None or source.last_result is None:
        return translate("SyncWatch", "Webshop: not synchronised yet")
    result = source.last_result
    failed = result.get("failed")
    if failed is not None:
        return failure_text(source.last_run_at, now, word("sync_failure", str(failed)))
    return translate("SyncWatch", "Webshop: last synchronised {when} ({counts})").format(
        when=_when(source.last_run_at, now), counts=_counts(result)
    )


def failure_text(moment: datetime, now: datetime, reason: str) -> str:
    return QCoreApplication.translate(
        "SyncWatch", "Webshop: synchronising failed at {when} ({reason})"
    ).format(when=_when(moment, now), reason=reason)


def _when(moment: datetime, now: datetime) -> str:
    """The time alone today ("14:05"), else the date and time."""
    text = format_moment(moment)
    return text.split(" ")[-1] if to_local(moment).date() == to_local(now).date() else text


def _counts(result: Mapping[str, object]) -> str:
    translate = QCoreApplication.translate
    added, changed = _number(result, "added"), _number(result, "changed")
    text = translate("SyncWatch", "{added} new, {changed} changed").format(added=added, changed=changed)
    refused = _number(result, "refused")
    if refused:
        text += translate("SyncWatch", ", {refused} refused").format(refused=refused)
    return text


def _number(result: Mapping[str, object], key: str) -> int:
    value = result.get(key, 0)
    return value if isinstance(value, int) else 0


@dataclass(frozen=True)
class _Failure:
    """A sync that failed at this desk: when, the reason in short (the label) and in full (its tooltip)."""

    at: datetime
    short: str
    full: str


class SyncWatch(QObject):
    """Ticks, syncs in the worker and shows the last sync in the status bar.

    Attributes:
        label: the status bar label ("Webshop: laatst gesynchroniseerd 14:05 (3 nieuw, 2 gewijzigd)").
        tick_timer: the periodic tick (every minute) that decides whether a sync is due.
        source: the connection and the last sync as last read (None: none set up, or not read yet).
        syncs: how many syncs were started here (for tests and the log).

    Signals:
        status_loaded(object): the connection and last sync were read (SyncSource or None).
        sync_started(): a sync was handed to the worker.
        sync_finished(object): a sync ended (its ImportReport); the label shows it.
        sync_failed(str): a sync failed; the label shows this reason.
    """

    # At start the phone comes first (the first search), then the sync (tests need not wait).
    FIRST_LOOK_DELAY_MS = 5000

    status_loaded = Signal(object)
    sync_started = Signal()
    sync_finished = Signal(object)
    sync_failed = Signal(str)

    def __init__(self, desk: Desk, window: QWidget, *, tick_ms: int = TICK_MS) -> None:
        super().__init__(window)
        self._desk = desk
        self._window = window
        self._task: Task[Any] | None = None
        self._status_task: Task[Any] | None = None
        self._stop = threading.Event()
        self._last_tick_at: datetime | None = None
        self._previous_tick_at: datetime | None = None  # the tick before the last: the gap shows a sleep
        self._last_try_at: datetime | None = None
        self._failure: _Failure | None = None
        self._report_note = ""
        self._started = False
        self.source: SyncSource | None = None
        self._known = False  # the status was read once
        self.syncs = 0
        self.label = QLabel(window)
        self.label.setObjectName("syncLabel")
        self.label.hide()
        self.tick_timer = QTimer(self)
        self.tick_timer.setInterval(tick_ms)
        self.tick_timer.timeout.connect(self.tick)
        desk.hub.changed.connect(self._on_hub_changed)
        self._listening = True
        window.installEventFilter(self)

    @property
    def syncing(self) -> bool:
        return self._task is not None

    @property
    def status_known(self) -> bool:
        """The connection and the last sync were read at least once."""
        return self._known

    @property
    def busy(self) -> bool:
        """Syncing, or reading the status."""
        return self._task is not None or self._status_task is not None

    def start(self) -> None:
        """When the window shows: the tick, and a first look (status, a sync if one is due) a little later."""
        if self._started:
            return
        self._started = True
        self.tick_timer.start()
        QTimer.singleShot(self.FIRST_LOOK_DELAY_MS, self, self.load_status)

    def stop(self) -> None:
        """The window closes: no more ticks; a running sync stops after its batch (or its wait)."""
        self.tick_timer.stop()
        self._stop.set()
        for task in (self._task, self._status_task):
            if task is not None:
                task.discard()
        self._task = self._status_task = None
        if self._listening:
            self._desk.hub.changed.disconnect(self._on_hub_changed)
            self._listening = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Show:
            self.start()
        return super().eventFilter(watched, event)

    # --- the status --------------------------------------------------------------------------------

    def load_status(self) -> None:
        """Reads the connection and the last sync in the worker; a sync follows when one is due."""
        if self._status_task is not None or not getattr(self._desk.database, "is_open", True):
            return
        self._status_task = self._desk.run(sync.sync_status, self._on_status_loaded, self._on_status_failed)

    def _on_status_loaded(self, source: SyncSource | None) -> None:
        self._status_task = None
        self.source, self._known = source, True
        if not self.syncing:
            self._show()
        self.status_loaded.emit(source)
        if self.sync_due(self._desk.clock.now(), self._previous_tick_at):
            self.sync_now(background=True)

    def _on_status_failed(self, error: BaseException) -> None:
        self._status_task = None
        log.warning("sync status not read: %s", type(error).__name__)

    def _show(self) -> None:
        """The label from the last sync the database knows of, or this desk's failure when it is newer
        (a failure before the shop was asked, such as a missing key, is not in the database)."""
        source, failure, now = self.source, self._failure, self._desk.clock.now()
        last = source.last_run_at if source is not None else None
        if failure is not None and (last is None or failure.at >= last):
            self.label.setText(failure_text(failure.at, now, failure.short))
            self.label.setToolTip(failure.full)
        else:
            self.label.setText(sync_text(source, now))
            self.label.setToolTip(self._report_note)
        self.label.setVisible(source is not None or failure is not None)

    def _on_hub_changed(self, changes: Changes) -> None:
        # The connection was set up or changed here. Not on every write of another program (`everything`):
        # the next tick reads the status anyway, and a read at that moment is not free (see the report).
        if changes.settings and not self.syncing:
            self.load_status()

    # --- deciding when to sync ---------------------------------------------------------------------

    def tick(self) -> None:
        """Reads the status afresh (another desk or the scheduled job may have synced meanwhile); when it
        is in, a sync starts if one is due."""
        if not self._window.isVisible() or not self._known:
            return
        self._previous_tick_at, self._last_tick_at = self._last_tick_at, self._desk.clock.now()
        if not self.syncing:
            self.load_status()

    def sync_due(self, now: datetime, previous_tick: datetime | None) -> bool:
        """Clock-gap detection: the wall clock decides, not how long a timer thinks it waited. The last
        sync is any desk's (the database keeps it) or this desk's last try, whichever is later."""
        if self.source is None or self.syncing:
            return False
        tries = [t for t in (self.source.last_run_at, self._last_try_at) if t is not None]
        if not tries:
            return True
        last = max(tries)
        if now < last:
            return True  # the clock was set back: the last sync's moment means nothing now
        if previous_tick is not None and now - previous_tick > SLEPT_AFTER_TICKS * self._tick_span():
            return True  # the computer slept: the shop went on selling
        return now - last >= SYNC_EVERY

    def _tick_span(self) -> timedelta:
        return timedelta(milliseconds=self.tick_timer.interval())

    # --- syncing -----------------------------------------------------------------------------------

    def sync_now(self, *, background: bool = False) -> None:
        """Fetches what changed at the shop, in the worker; never two at once. `background`: a bug is
        logged, not shown (the hourly sync must not put up a dialog every hour)."""
        if self._task is not None:
            return
        self._stop.clear()
        self.syncs += 1
        self._last_try_at = self._desk.clock.now()
        self._previous_tick_at = None  # a sleep seen between two ticks is answered by this sync
        self.label.setText(self.tr("Webshop: synchronising…"))
        self.label.setToolTip("")
        self.label.show()
        self._task = self._desk.run(
            _sync_until(self._stop),
            self._on_synced,
            lambda error: self._on_sync_failed(error, background=background),
        )
        self.sync_started.emit()

    def _on_synced(self, report: ImportReport) -> None:
        self._task = None
        self._failure = None
        self._report_note = (
            self.tr("Report saved as {path}").format(path=report.report_file) if report.report_file else ""
        )
        now = self._desk.clock.now()
        self.label.setText(
            self.tr("Webshop: last synchronised {when} ({counts})").format(
                when=_when(report.started_at, now), counts=_counts(report.as_json())
            )
        )
        self.label.setToolTip(self._report_note)
        self.sync_finished.emit(report)
        self.load_status()

    def _on_sync_failed(self, error: BaseException, *, background: bool) -> None:
        self._task = None
        if isinstance(error, KnownError):
            full = error_text(error)
        else:
            if background:
                log.error("background sync failed", exc_info=(type(error), error, error.__traceback__))
            else:
                report_failure(self._window, error)
            full = self.tr("an unexpected error; it was logged")
        code = getattr(error, "reason", None)
        short = word("sync_failure", str(code)) if isinstance(code, str) else full
        self._failure = _Failure(self._desk.clock.now(), short, full)
        self._show()
        self.sync_failed.emit(full)
        self.load_status()


def _sync_until(stop: threading.Event) -> Callable[[Context], Outcome[ImportReport]]:
    """sync_now with a Cancel, and waits before a retry that end at once when `stop` is set (the window
    closes: Event.wait returns early)."""

    def wait(seconds: float) -> None:
        stop.wait(seconds)

    return functools.partial(sync.sync_now, cancelled=stop.is_set, wait=wait)
