"""The one place that wires the desktop app: settings → database → staff → main window.

`run_gui` is called by the command line when no subcommand is given.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEventLoop, QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from spaceoptics_desk import APP_ID, APP_NAME, __version__
from spaceoptics_desk.domain.clock import SystemClock
from spaceoptics_desk.errors import KnownError
from spaceoptics_desk.logfile import configure_logging
from spaceoptics_desk.resources import resource_path
from spaceoptics_desk.services.staff import StaffMember, list_staff
from spaceoptics_desk.store.database import Database, open_database
from spaceoptics_desk.store.errors import DatabaseUnavailable
from spaceoptics_desk.ui.desk import Desk
from spaceoptics_desk.ui.error_reporting import CrashHandler, error_text, quiet_failures, set_quiet
from spaceoptics_desk.ui.main_window.window import MainWindow
from spaceoptics_desk.ui.staff_picker.dialog import StaffPickerDialog
from spaceoptics_desk.ui.tasks import TaskRunner
from spaceoptics_desk.workstation import LANGUAGES, WorkstationSettings, locations

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_DATABASE = 2
SMOKE_TIMEOUT_MS = 10_000
SMOKE_QUERY = "de"


def choose_language(explicit: str | None, saved: str, system: QLocale) -> str:
    """--lang wins, then the workstation setting, then the system: Dutch if it is Dutch, else English."""
    if explicit in LANGUAGES:
        return str(explicit)
    if saved in LANGUAGES:
        return saved
    return "nl" if system.language() == QLocale.Language.Dutch else "en"


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Installs our Dutch translation and Qt's own (button texts) for "nl"; English is the source."""
    if language != "nl":
        return []
    installed = []
    ours = QTranslator(app)
    qm_file = resource_path("translations", f"{APP_ID.replace('-', '_')}_nl.qm")
    if ours.load(str(qm_file)):
        app.installTranslator(ours)
        installed.append(ours)
    else:
        log.warning("Dutch translation not found in the resources; showing English")
    qt_own = QTranslator(app)
    if qt_own.load("qtbase_nl", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        installed.append(qt_own)
    return installed


def ask_who_is_at_desk(
    members: Sequence[StaffMember], settings: WorkstationSettings, settings_file: Path
) -> StaffMember | None:
    """The staff picker; the choice is remembered on this workstation. None: the user chose to quit."""
    dialog = StaffPickerDialog(members, settings.last_staff)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    member = dialog.chosen()
    if member is not None and member.username != settings.last_staff:
        settings.last_staff = member.username
        try:
            settings.save(settings_file)
        except OSError:
            log.warning("could not save the workstation settings")  # not remembered; not a reason to stop
    return member


def remembered_or_owner(members: Sequence[StaffMember], last_staff: str) -> StaffMember | None:
    for member in members:
        if member.username == last_staff:
            return member
    owners = [m for m in members if m.role == "owner"]
    candidates = owners or list(members)
    return candidates[0] if candidates else None


def _application() -> QApplication:
    existing = QApplication.instance()
    app = (
        existing
        if isinstance(existing, QApplication)
        else QApplication([sys.argv[0] if sys.argv else APP_ID])
    )
    app.setOrganizationName("Space Optics")
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    return app


def run_gui(target: str, language: str | None, smoke_test: bool = False) -> int:
    """Opens the app on the database at `target` (path or URL); returns the process exit code.

    smoke_test: no staff question, show the main window, search once in the worker, quit (0 = fine).
    """
    app = _application()
    where = locations()
    configure_logging(where.log_file)
    settings = WorkstationSettings.load(where.settings_file)
    chosen = choose_language(language, settings.language, QLocale.system())
    translators = install_translators(app, chosen)
    crash_handler = CrashHandler(where.log_file)
    crash_handler.install()
    set_quiet(smoke_test)
    try:
        try:
            # Before any window: a file that is not ours is refused here and left untouched.
            database = open_database(target, create=False)
        except DatabaseUnavailable as error:
            log.warning("database unavailable: %s", type(error).__name__)
            if smoke_test:
                sys.stderr.write(error.text() + "\n")
            else:
                QMessageBox.critical(None, APP_NAME, error_text(error))
            return EXIT_DATABASE
        try:
            return _run_with_database(app, database, chosen, settings, crash_handler, smoke_test)
        finally:
            database.close()
    finally:
        set_quiet(False)
        crash_handler.uninstall()
        for translator in translators:
            app.removeTranslator(translator)


def _run_with_database(
    app: QApplication,
    database: Database,
    language: str,
    settings: WorkstationSettings,
    crash_handler: CrashHandler,
    smoke_test: bool,
) -> int:
    try:
        with database.reading() as session:
            members = list_staff(session)
    except KnownError as error:
        QMessageBox.critical(None, APP_NAME, error_text(error))
        return EXIT_DATABASE
    if not members:
        text = app.translate("app", "This database has no active staff members, so nobody can work in it.")
        if smoke_test:
            sys.stderr.write(text + "\n")
        else:
            QMessageBox.critical(None, APP_NAME, text)
        return EXIT_FAILED
    if smoke_test:
        staff = remembered_or_owner(members, settings.last_staff)
    else:
        staff = ask_who_is_at_desk(members, settings, locations().settings_file)
    if staff is None:
        return EXIT_OK
    log.info("session started (role %s)", staff.role)
    tasks = TaskRunner()
    window = MainWindow(Desk(database, SystemClock(), staff, tasks), language)
    try:
        window.show()
        if smoke_test:
            return _smoke(app, window, crash_handler)
        return app.exec()
    finally:
        window.close()
        tasks.shutdown()
        window.deleteLater()
        tasks.deleteLater()


def _smoke(app: QApplication, window: MainWindow, crash_handler: CrashHandler) -> int:
    """Window shown, one search through the worker, then quit: proves a build has what it needs."""
    loop = QEventLoop()
    outcome = {"code": EXIT_FAILED}

    def finish(code: int) -> None:
        outcome["code"] = code
        loop.quit()

    window.results_updated.connect(lambda _count: finish(EXIT_OK))
    window.search_failed.connect(lambda: finish(EXIT_FAILED))
    deadline = QTimer()
    deadline.setSingleShot(True)
    deadline.timeout.connect(lambda: finish(EXIT_FAILED))
    deadline.start(SMOKE_TIMEOUT_MS)
    QTimer.singleShot(0, lambda: window.search(SMOKE_QUERY))
    loop.exec()
    deadline.stop()
    app.processEvents()
    if crash_handler.crash_count or quiet_failures():
        return EXIT_FAILED
    if not window.isVisible():
        return EXIT_FAILED
    return outcome["code"]
