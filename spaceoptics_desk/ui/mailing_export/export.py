"""The owner's export of the newsletter list (R21) as CSV for the newsletter tool.

Who is on the list is decided by services/mailing_list.py, who may export it by domain/permissions.py;
this screen only asks where to write it (operations/mailing_list.py writes it whole or not at all).
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from spaceoptics_desk import APP_NAME
from spaceoptics_desk.domain.clock import local_today
from spaceoptics_desk.domain.permissions import Action
from spaceoptics_desk.operations import mailing_list
from spaceoptics_desk.ui.desk import Desk
from spaceoptics_desk.ui.error_reporting import report_failure
from spaceoptics_desk.ui.file_dialogs import ask_save_path
from spaceoptics_desk.ui.tasks import Task


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
        # The list holds many people's addresses: only the owner hands it to the newsletter tool (R21).
        if self._desk.refusal(Action.EXPORT_MAILING_LIST) is not None or self.running:
            return
        target = ask_save_path(
            self._window,
            self.tr("Export mailing list"),
            self.default_path(),
            self.tr("CSV files (*.csv)"),
            "csv",
        )
        if target is None:
            return
        self._task = self._desk.run(
            functools.partial(mailing_list.export_mailing_list, target=target),
            lambda count: self._on_written(count, target),
            self._on_failed,
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
