"""The one place that wires the desktop app: settings → database → staff → main window.

`run_gui` is called by the command line when no subcommand is given.
"""

from __future__ import annotations

import gc
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from spaceoptics_desk import APP_ID, APP_NAME, __version__
from spaceoptics_desk.domain.clock import SystemClock
from spaceoptics_desk.domain.permissions import owner_or_first, same_permissions
from spaceoptics_desk.domain.staff import StaffMember
from spaceoptics_desk.errors import DatabaseUnavailable, KnownError
from spaceoptics_desk.logfile import configure_logging
from spaceoptics_desk.operations.context import Context
from spaceoptics_desk.operations.opening import UNNAMED
from spaceoptics_desk.operations.staff import list_staff
from spaceoptics_desk.resources import resource_path
from spaceoptics_desk.store.opening import OpeningDatabase
from spaceoptics_desk.ui.desk import Desk, Workstation
from spaceoptics_desk.ui.error_reporting import CrashHandler, error_text, quiet_failures, set_quiet
from spaceoptics_desk.ui.main_window.window import MainWindow
from spaceoptics_desk.ui.staff_picker.dialog import StaffPickerDialog
from spaceoptics_desk.ui.tasks import TaskRunner
from spaceoptics_desk.workstation import LANGUAGES, WorkstationSettings, locations

if TYPE_CHECKING:
    from spaceoptics_desk.store.database import Database

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_DATABASE = 3  # as on the command line
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
    if member is not None and member != settings.remembered_staff():
        settings.remember_staff(member)
        _save_settings(settings, settings_file)
    return member


def _save_settings(settings: WorkstationSettings, settings_file: Path | None = None) -> None:
    try:
        settings.save(settings_file or locations().settings_file)
    except OSError:
        log.warning("could not save the workstation settings")  # not remembered; not a reason to stop


def remembered_or_owner(members: Sequence[StaffMember], last_staff: str) -> StaffMember | None:
    for member in members:
        if member.username == last_staff:
            return member
    return owner_or_first(members)


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
    tasks = TaskRunner()
    database = OpeningDatabase(target)
    members: list[StaffMember] = []
    try:

        def start_opening() -> None:
            # In a worker: a file that is not ours is refused there and left untouched.
            tasks.run(
                lambda: _open(target), lambda opened: _on_opened(opened, database, members), database.failed
            )

        return _run(app, database, members, tasks, start_opening, chosen, settings, crash_handler, smoke_test)
    except Exception as error:  # a bug while opening: the crash dialog, then stop
        crash_handler.handle(type(error), error, error.__traceback__)
        return EXIT_FAILED
    finally:
        tasks.shutdown()
        database.close()
        tasks.deleteLater()
        set_quiet(False)
        crash_handler.uninstall()
        for translator in translators:
            app.removeTranslator(translator)


def _open(target: str) -> tuple[Database, list[StaffMember]]:
    # Imported here, in the worker: SQLAlchemy and Alembic take longer to load than the window to show.
    from spaceoptics_desk.store.database import open_database

    database = open_database(target, create=False)
    try:
        # Nobody has said who is at the desk yet: whoever starts the app may see who can be (the picker).
        return database, list_staff(Context(database, UNNAMED, SystemClock())).result
    except BaseException:
        database.close()
        raise


def _on_opened(
    opened: tuple[Database, list[StaffMember]], database: OpeningDatabase, members: list[StaffMember]
) -> None:
    members.extend(opened[1])
    database.opened(opened[0])
    # Everything loaded so far (Qt, SQLAlchemy, the schema) lives as long as the app: keep it out of the
    # garbage collector's full sweeps, which otherwise stall a customer view by 30-50 ms now and then.
    gc.freeze()


def _wait_until_settled(database: OpeningDatabase) -> None:
    """Runs the event loop (the window stays responsive) until the database opened or failed."""
    loop = QEventLoop()
    timer = QTimer()
    timer.timeout.connect(lambda: loop.quit() if database.is_open or database.error else None)
    timer.start(5)
    if not (database.is_open or database.error):
        loop.exec()
    timer.stop()


def _run(
    app: QApplication,
    database: OpeningDatabase,
    members: list[StaffMember],
    tasks: TaskRunner,
    start_opening: Callable[[], None],
    language: str,
    settings: WorkstationSettings,
    crash_handler: CrashHandler,
    smoke_test: bool,
) -> int:
    clock = SystemClock()
    workstation = Workstation(settings, locations().settings_file)
    remembered = settings.remembered_staff()
    # A workstation that knows who works here shows the window at once; typing waits for the database.
    window = (
        MainWindow(Desk(database, clock, remembered, tasks, workstation), language) if remembered else None
    )
    if window is not None:
        window.show()
        # Painted before the opening starts: loading SQLAlchemy in the worker competes for the GIL.
        app.processEvents()
    start_opening()
    try:
        _wait_until_settled(database)
        if window is not None and not window.isVisible():
            return EXIT_OK  # closed while the database was still opening: nothing left to show
        if database.error is not None:
            return _report_unavailable(database.error, window, smoke_test)
        if not members:
            text = app.translate(
                "app", "This database has no active staff members, so nobody can work in it."
            )
            _tell(text, window, smoke_test)
            return EXIT_FAILED
        if window is not None and remembered is not None:
            current = next((m for m in members if m.username == remembered.username), None)
            if current is None:
                window.close()  # that person left: ask again
                # Deleted, not only closed: a closed window whose Python side the garbage collector
                # empties would still run its event filters, and fail there (a crash dialog).
                window.deleteLater()
                window = None
            elif current != remembered:
                # Renamed meanwhile: this start shows the old label, the next the new one.
                settings.remember_staff(current)
                _save_settings(settings)
                if not same_permissions(current.role, remembered.role):
                    # Another role: the window offers (and its reads allow) what the old role may; it is
                    # built again for the role the staff table gives now.
                    window.close()
                    window.deleteLater()
                    window = MainWindow(Desk(database, clock, current, tasks, workstation), language)
                    window.show()
        if window is None:
            staff = (
                remembered_or_owner(members, settings.last_staff)
                if smoke_test
                else ask_who_is_at_desk(members, settings, locations().settings_file)
            )
            if staff is None:
                return EXIT_OK
            window = MainWindow(Desk(database, clock, staff, tasks, workstation), language)
            window.show()
        log.info("session started")
        if smoke_test:
            return _smoke(app, window, crash_handler)
        return app.exec()
    finally:
        if window is not None:
            window.close()
            window.deleteLater()


def _report_unavailable(error: BaseException, window: MainWindow | None, smoke_test: bool) -> int:
    if not isinstance(error, KnownError):
        raise error
    if isinstance(error, DatabaseUnavailable):
        log.warning("database unavailable: %s", type(error).__name__)
    _tell(error_text(error), window, smoke_test)
    return EXIT_DATABASE


def _tell(text: str, parent: MainWindow | None, smoke_test: bool) -> None:
    """A message that stops the start: on stderr when unattended, else in a dialog."""
    if smoke_test:
        sys.stderr.write(text + "\n")
    else:
        QMessageBox.critical(parent, APP_NAME, text)


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
