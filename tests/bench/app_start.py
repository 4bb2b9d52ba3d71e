"""The app as the benchmark starts it (offscreen).

`python -m tests.bench.app_start DB` runs the real start (`spaceoptics-desk --db DB --smoke-test`) and
prints "ready" the moment the sign-in window first paints (issue 12: from then on the user can type
their password), "signing_in" when the smoke test sends the password (SPACEOPTICS_DESK_PASSWORD) and
"answered" when the main window's first search has its results: key derivation, opening the encrypted
database, the main window and one search.
`python -m tests.bench.app_start DB --memory` opens the database, shows the main window, searches,
opens the customer with the most orders, runs the retention scan, and prints the process's peak memory
("peak_kb=...").
"""

from __future__ import annotations

import os
import resource
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:  # imported at run time only once the QApplication exists
    from spaceoptics_desk.ui.main_window.window import MainWindow
    from spaceoptics_desk.ui.sign_in.window import SignInWindow

BUSIEST_CUSTOMER = "K100000"


class _FirstPaint(QObject):
    """Prints "ready" on the sign-in window's first paint, "signing_in" when the password is sent, and
    "answered" when the main window's first search has results."""

    def __init__(self, sign_in_class: type[SignInWindow], window_class: type[MainWindow]) -> None:
        super().__init__()
        self._sign_in_class = sign_in_class
        self._window_class = window_class
        self._seen: set[type] = set()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Paint:
            return False
        if isinstance(watched, self._sign_in_class) and self._sign_in_class not in self._seen:
            self._seen.add(self._sign_in_class)
            print("ready", flush=True)
            watched.state_known.connect(lambda _state: print("signing_in", flush=True))
        if isinstance(watched, self._window_class) and self._window_class not in self._seen:
            self._seen.add(self._window_class)
            # The smoke test's search, once the main window is there.
            watched.results_updated.connect(lambda _count: print("answered", flush=True))
        return False


def _start(database: str) -> int:
    app = QApplication(sys.argv[:1])
    from spaceoptics_desk.cli.main import main  # the real entry point, as `spaceoptics-desk` runs it
    from spaceoptics_desk.ui.main_window.window import MainWindow
    from spaceoptics_desk.ui.sign_in.window import SignInWindow

    watcher = _FirstPaint(SignInWindow, MainWindow)
    app.installEventFilter(watcher)
    return main(["--db", database, "--lang", "nl", "--smoke-test"])


def _memory(database: str) -> int:
    app = QApplication(sys.argv[:1])
    from spaceoptics_desk.domain.clock import SystemClock
    from spaceoptics_desk.operations import signing_in
    from spaceoptics_desk.services.staff import list_staff
    from spaceoptics_desk.store.database import open_database
    from spaceoptics_desk.ui.desk import Desk
    from spaceoptics_desk.ui.main_window.window import MainWindow
    from spaceoptics_desk.ui.tasks import TaskRunner

    password = os.environ.get("SPACEOPTICS_DESK_PASSWORD", "")
    if signing_in.database_state(database) is signing_in.DatabaseState.SIGN_IN:
        context = signing_in.sign_in(database, None, password, SystemClock())
        opened, staff = context.database, context.staff
    else:  # a demo database from before issue 12's encryption
        opened = open_database(database)
        with opened.reading() as session:
            staff = list_staff(session)[0]
    tasks = TaskRunner()
    window = MainWindow(Desk(opened, SystemClock(), staff, tasks), "nl")
    window.show()
    window.results_updated.connect(lambda _count: window.open_row(0))
    # Then the background retention scan (65,000 candidates on the big database) is part of the peak.
    window.customer_panel.customer_loaded.connect(lambda _id: window.retention.scan_now())
    window.retention.status_changed.connect(lambda _status: QTimer.singleShot(100, app.quit))
    QTimer.singleShot(0, lambda: window.search(BUSIEST_CUSTOMER))
    QTimer.singleShot(30_000, lambda: app.exit(1))
    code = app.exec()
    tasks.shutdown()
    opened.close()
    print(f"ready\npeak_kb={resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}", flush=True)
    return code


if __name__ == "__main__":
    target = sys.argv[1]
    raise SystemExit(_memory(target) if "--memory" in sys.argv else _start(target))
