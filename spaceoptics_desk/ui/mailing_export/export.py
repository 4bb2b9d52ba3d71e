"""The owner's export of the newsletter list (R21) as CSV for the newsletter tool.

Who is on the list is decided by services/mailing_list.py; this screen only asks where to write it.
The file is written beside the target and renamed, so a failure never leaves half a list behind.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from spaceoptics_desk import APP_NAME
from spaceoptics_desk.domain.clock import local_today
from spaceoptics_desk.ui.desk import Desk
from spaceoptics_desk.ui.error_reporting import report_failure
from spaceoptics_desk.ui.file_dialogs import ask_save_path
from spaceoptics_desk.ui.tasks import Task

OWNER_ROLE = "owner"
PURPOSE = "newsletter"


def may_export(role: str) -> bool:
    # The list holds many people's addresses: only the owner hands it to the newsletter tool.
    return role == OWNER_ROLE


class MailingListExport(QObject):
    """Asks for a file, builds the list in the worker, writes it and says how many addresses it holds.

    Signals:
        exported(int, str): this many addresses were written to this file.
        export_failed(): nothing was written (the reason was shown).
    """

    exported = Signal(int, str)
    export_failed = Signal()

    def __init__(self, desk: Desk, parent: QWidget) -> None:
        super().__init__(parent)
        self._desk = desk
        self._window = parent
        self._task: Task[Any] | None = None

    @property
    def running(self) -> bool:
        return self._task is not None

    def default_path(self) -> Path:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(folder) / f"nieuwsbrief-{local_today(self._desk.clock).isoformat()}.csv"

    def start(self) -> None:
        if not may_export(self._desk.staff.role) or self.running:
            return
        target = ask_save_path(
            self._window,
            self.tr("Export mailing list"),
            self.default_path(),
            self.tr("CSV files (*.csv)"),
            "csv",
            self._desk.database.file,
        )
        if target is None:
            return
        database, clock, username = self._desk.database, self._desk.clock, self._desk.staff.username
        database_file = database.file

        def work() -> int:
            # Imported in the worker: SQLAlchemy need not load on the GUI thread at start (cold start).
            from spaceoptics_desk.services.mailing_list import export_mailing_list, mailing_csv
            from spaceoptics_desk.services.output_files import write_file
            from spaceoptics_desk.services.staff import acting_user

            # The file is written inside the transaction: when writing fails, no export is logged.
            with database.transaction() as session:
                entries = export_mailing_list(session, acting_user(session, username), clock, PURPOSE)
                write_file(target, mailing_csv(entries).encode("utf-8"), database_file=database_file)
            return len(entries)

        self._task = self._desk.tasks.run(
            work, lambda count: self._on_written(count, target), self._on_failed
        )

    def _on_written(self, count: int, target: Path) -> None:
        self._task = None
        self.exported.emit(count, str(target))
        QMessageBox.information(
            self._window,
            APP_NAME,
            self.tr("%n address(es) written to {file}.", "", count).format(file=target),
        )

    def _on_failed(self, error: BaseException) -> None:
        self._task = None
        self.export_failed.emit()
        report_failure(self._window, error)
