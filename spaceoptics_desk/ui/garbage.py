"""Python's garbage collector runs on the GUI thread only (as Anki does it).

An automatic collection starts in whichever thread happens to allocate at that moment: in a worker of
the task runner it would free a screen's cyclic garbage (a dialog, its timers) there, and Qt refuses to
stop a timer from another thread ("QBasicTimer::stop: Failed. Possibly trying to stop from a different
thread"), then crashes. So automatic collection is off while the app runs, and a timer on the GUI thread
collects once the first generation has filled up.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_MS = 1000


class GuiThreadCollector(QObject):
    """Attributes:
    threshold: what gc would start a collection at (its own first-generation threshold).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()[0]
        self._was_enabled = gc.isenabled()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._on_tick)

    def start(self) -> None:
        gc.disable()
        self._timer.start(CHECK_MS)

    def stop(self) -> None:
        self._timer.stop()
        gc.collect()
        if self._was_enabled:
            gc.enable()

    def _on_tick(self) -> None:
        if gc.get_count()[0] >= self.threshold:
            gc.collect(0 if gc.get_count()[1] < gc.get_threshold()[1] else 2)
