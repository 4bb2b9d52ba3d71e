"""The background retention check of the main window (issue 6): a scan at start and then every hour.

A QTimer ticks every minute and each tick decides whether a scan is due (Vorta-style): a long single-shot
timer would miss a night the computer slept and cannot exceed 24.8 days. A scan is due when none ran
yet, when the interval (a workstation setting) has passed on the wall clock, when the day changed, when
the clock went backwards, or when the gap since the previous tick shows the computer was asleep. The
scan itself runs in a worker through the task runner, never two at once.

The result is a badge in the status bar ("37 records due", click: the review), a tray message at most
once a day (when the platform has a tray), and a banner when the weekly review is overdue.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QSystemTrayIcon,
    QWidget,
)

from spaceoptics_desk import APP_NAME
from spaceoptics_desk.domain.clock import to_local
from spaceoptics_desk.operations.retention import review_status
from spaceoptics_desk.ui.desk import Desk
from spaceoptics_desk.ui.formatting import format_date
from spaceoptics_desk.ui.tasks import Task

if TYPE_CHECKING:
    from spaceoptics_desk.services.retention_status import RetentionStatus

log = logging.getLogger(__name__)

TICK_MS = 60_000
RETRY_MS = 250  # while the database is still opening at start
SLEPT_AFTER_TICKS = 3  # a gap of this many ticks between two ticks: the computer slept
TRAY_MESSAGE_MS = 15_000


def due_text(count: int) -> str:
    """ "37 records due" (the badge, the banner and the tray say the same)."""
    if count == 1:
        return QCoreApplication.translate("RetentionWatch", "1 record due")
    return QCoreApplication.translate("RetentionWatch", "{count} records due").format(count=count)


class RetentionWatch(QObject):
    """Ticks, scans in the worker and shows what is due.

    Attributes:
        badge: the status bar button "N records due" (hidden while nothing is due); click: the review.
        banner: the "weekly review overdue" bar for the top of the main window, with its button.
        tick_timer: the periodic tick (every minute) that decides whether a scan is due.
        status: the last scan's result (None before the first).
        scans: how many scans were started (for tests and the log).

    Signals:
        scan_started(): a scan was handed to the worker.
        status_changed(object): a scan finished; the RetentionStatus is on screen.
        scan_failed(): a scan could not run (logged; the badge keeps its last value).
        tray_notified(int): the once-a-day message about N due records was given.
        review_requested(): the badge, the banner or the tray message was clicked.
    """

    FIRST_SCAN_DELAY_MS = 3000

    scan_started = Signal()
    status_changed = Signal(object)
    scan_failed = Signal()
    tray_notified = Signal(int)
    review_requested = Signal()

    def __init__(
        self,
        desk: Desk,
        window: QWidget,
        *,
        tick_ms: int = TICK_MS,
        tray_available: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
    ) -> None:
        super().__init__(window)
        self._desk = desk
        self._window = window
        self._tray_available = tray_available
        self._task: Task[Any] | None = None
        self._scan_again = False
        self._last_scan_at: datetime | None = None
        self._last_scan_day: date | None = None
        self._last_tick_at: datetime | None = None
        self._started = False
        self.tray: QSystemTrayIcon | None = None
        self.status: RetentionStatus | None = None
        self.scans = 0

        self.tick_timer = QTimer(self)
        self.tick_timer.setInterval(tick_ms)
        self.tick_timer.timeout.connect(self.tick)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self.tick)

        self.badge = QPushButton(window)
        self.badge.setObjectName("retentionBadge")
        self.badge.setFlat(True)
        self.badge.setAutoDefault(False)
        self.badge.setToolTip(self.tr("Records the retention schedule says may go: open the weekly review"))
        self.badge.clicked.connect(self.review_requested)
        self.badge.hide()

        self.banner = QFrame(window)
        self.banner.setObjectName("reviewBanner")
        self.banner_label = QLabel(self.banner)
        self.banner_label.setObjectName("reviewBannerText")
        self.banner_label.setWordWrap(True)
        self.banner_button = QPushButton(self.tr("Review &now…"), self.banner)
        self.banner_button.setAutoDefault(False)
        self.banner_button.clicked.connect(self.review_requested)
        row = QHBoxLayout(self.banner)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.banner_label, 1)
        row.addWidget(self.banner_button)
        self.banner.hide()
        window.installEventFilter(self)

    # --- deciding when to scan ---------------------------------------------------------------------

    @property
    def interval(self) -> timedelta:
        return timedelta(minutes=max(1, self._desk.workstation.settings.retention_scan_minutes))

    @property
    def scanning(self) -> bool:
        return self._task is not None

    def start(self) -> None:
        """At start (the window is shown): the periodic tick, and a first scan a little later.

        The first scan waits FIRST_SCAN_DELAY_MS: at opening time the phone comes first, and a scan of a
        big shop (a second of work, tens of thousands of candidates) would slow the first search.
        """
        if self._started:
            return
        self._started = True
        self.tick_timer.start()
        QTimer.singleShot(self.FIRST_SCAN_DELAY_MS, self, self.tick)

    def stop(self) -> None:
        self.tick_timer.stop()
        self._retry.stop()
        if self._task is not None:
            self._task.discard()
            self._task = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Show:
            self.start()
        return super().eventFilter(watched, event)

    def tick(self) -> None:
        if not self._window.isVisible():
            return
        if not getattr(self._desk.database, "is_open", True):
            self._retry.start()  # app start: the database is still opening
            return
        now = self._desk.clock.now()
        previous_tick, self._last_tick_at = self._last_tick_at, now
        if self.scan_due(now, previous_tick):
            self.scan_now()

    def scan_due(self, now: datetime, previous_tick: datetime | None) -> bool:
        """Clock-gap detection: the wall clock decides, not how long a timer thinks it waited."""
        last = self._last_scan_at
        if last is None:
            return True
        if now < last:
            return True  # the clock was set back: the last scan's moment means nothing now
        if previous_tick is not None and now - previous_tick > SLEPT_AFTER_TICKS * self._tick_span():
            return True  # the computer slept: the world may have moved on
        if to_local(now).date() != self._last_scan_day:
            return True  # a new day: new records became due at midnight
        return now - last >= self.interval

    def _tick_span(self) -> timedelta:
        return timedelta(milliseconds=self.tick_timer.interval())

    # --- scanning ----------------------------------------------------------------------------------

    def scan_now(self) -> None:
        """Starts a scan in the worker; while one runs, another is asked for after it (never two)."""
        if self._task is not None:
            self._scan_again = True
            return
        self._scan_again = False
        now = self._desk.clock.now()
        self._last_scan_at, self._last_scan_day = now, to_local(now).date()
        self.scans += 1
        self._task = self._desk.run(review_status, self._on_scanned, self._on_scan_failed)
        self.scan_started.emit()

    def _on_scanned(self, status: RetentionStatus) -> None:
        self._task = None
        self.show_status(status)
        if self._scan_again:
            self.scan_now()

    def _on_scan_failed(self, error: BaseException) -> None:
        # A background check is not worth a dialog every hour; the log says what kind of failure.
        self._task = None
        log.warning("retention scan failed: %s", type(error).__name__)
        self.scan_failed.emit()
        if self._scan_again:
            self.scan_now()

    def show_status(self, status: RetentionStatus) -> None:
        """Badge, banner and tray from a status (a scan here, or the review window's own scan)."""
        self.status = status
        count = len(status.candidates)
        self.badge.setText(due_text(count))
        self.badge.setVisible(count > 0)
        if status.review_overdue:
            last = (
                self.tr("the last review was on {date}").format(
                    date=format_date(to_local(status.last_review_at).date())
                )
                if status.last_review_at is not None
                else self.tr("no review has been done yet")
            )
            self.banner_label.setText(
                self.tr("The weekly retention review is overdue: {due}; {last}.").format(
                    due=due_text(count), last=last
                )
            )
        self.banner.setVisible(status.review_overdue)
        self._notify(count, status.today)
        self.status_changed.emit(status)

    def _notify(self, count: int, today: date) -> None:
        """R23 reminder in the tray, at most once a day per workstation (remembered in its settings)."""
        settings = self._desk.workstation.settings
        if count == 0 or settings.retention_notified_on == today.isoformat():
            return
        if not self._tray_available():
            return  # no tray (offscreen, some desktops): the badge and banner say it
        if self.tray is None:
            icon = self._window.windowIcon()
            if icon.isNull():
                icon = self._window.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.setToolTip(APP_NAME)
            self.tray.messageClicked.connect(self.review_requested)
            self.tray.show()
        self.tray.showMessage(
            APP_NAME,
            self.tr("{due}: the weekly retention review is waiting.").format(due=due_text(count)),
            QSystemTrayIcon.MessageIcon.Information,
            TRAY_MESSAGE_MS,
        )
        settings.retention_notified_on = today.isoformat()
        try:
            self._desk.workstation.save()
        except OSError:
            log.warning("could not save the workstation settings")
        self.tray_notified.emit(count)
