"""The one place that wires the desktop app: settings → sign-in window → database → main window.

`run_gui` is called by the command line when no subcommand is given. The sign-in window shows before
anything heavy is imported (issue 12: SQLAlchemy, the cipher and the key derivation load in the worker
while the person types their password).
"""

from __future__ import annotations

import gc
import logging
import os
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from spaceoptics_desk import APP_ID, APP_NAME, __version__
from spaceoptics_desk.domain.clock import SystemClock
from spaceoptics_desk.errors import DatabaseUnavailable, KnownError
from spaceoptics_desk.logfile import configure_logging
from spaceoptics_desk.resources import resource_path
from spaceoptics_desk.ui.desk import Workstation
from spaceoptics_desk.ui.error_reporting import CrashHandler, error_text, quiet_failures, set_quiet
from spaceoptics_desk.ui.garbage import GuiThreadCollector
from spaceoptics_desk.ui.sign_in.window import SignInWindow
from spaceoptics_desk.ui.tasks import TaskRunner
from spaceoptics_desk.workstation import LANGUAGES, WorkstationSettings, locations

if TYPE_CHECKING:
    from spaceoptics_desk.operations.context import Context
    from spaceoptics_desk.ui.main_window.window import MainWindow
    from spaceoptics_desk.ui.sign_in.session import DeskSession

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_DATABASE = 3  # as on the command line
SMOKE_TIMEOUT_MS = 10_000
SMOKE_QUERY = "de"
# Where scripts give the password (the command line reads it too); the smoke test signs in with it.
PASSWORD_ENV = "SPACEOPTICS_DESK_PASSWORD"


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

    smoke_test: sign in with the password in SPACEOPTICS_DESK_PASSWORD (nothing is asked), show the
    main window, search once in the worker, quit (0 = fine).
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
    collector = GuiThreadCollector()
    collector.start()
    context: Context | None = None
    try:
        signed_in = _sign_in(app, target, tasks, smoke_test)
        if isinstance(signed_in, int):
            return signed_in
        context = signed_in
        return _run(
            app, context, tasks, chosen, Workstation(settings, where.settings_file), crash_handler, smoke_test
        )
    except Exception as error:  # a bug while starting: the crash dialog, then stop
        crash_handler.handle(type(error), error, error.__traceback__)
        return EXIT_FAILED
    finally:
        tasks.shutdown()
        if context is not None:
            context.database.close()
        tasks.deleteLater()
        collector.stop()
        collector.deleteLater()
        set_quiet(False)
        crash_handler.uninstall()
        for translator in translators:
            app.removeTranslator(translator)


def _sign_in(app: QApplication, target: str, tasks: TaskRunner, smoke_test: bool) -> Context | int:
    """The sign-in window until someone is signed in (the Context) or it ends (the exit code)."""
    window = SignInWindow(target, tasks, SystemClock(), remember_server=_remember_server)
    unavailable: list[BaseException] = []

    def on_unavailable(error: BaseException) -> None:
        unavailable.append(error)
        window.done(QDialog.DialogCode.Rejected)

    window.unavailable.connect(on_unavailable)
    if smoke_test:
        window.state_known.connect(lambda _state: _smoke_sign_in(window))
    try:
        accepted = window.exec() == QDialog.DialogCode.Accepted
        if unavailable:
            return _report_unavailable(unavailable[0], None, smoke_test)
        if not accepted or window.signed_in is None:
            return EXIT_FAILED if smoke_test else EXIT_OK
        # Everything loaded so far (Qt, SQLAlchemy, the schema) lives as long as the app: keep it out of
        # the garbage collector's full sweeps, which otherwise stall a customer view by 30-50 ms now and then.
        gc.freeze()
        return window.signed_in
    finally:
        window.deleteLater()


def _remember_server(url: str, password: str) -> None:
    """The server database chosen at the first start: its URL in this workstation's settings, its
    password in the keyring (else libpq's ~/.pgpass, README)."""
    from spaceoptics_desk import server_secret

    where = locations()
    settings = WorkstationSettings.load(where.settings_file)
    settings.server_database = url
    settings.save(where.settings_file)
    if password and not server_secret.remember(url, password):
        log.warning("no keyring on this computer: the server's password is not remembered")


def _smoke_sign_in(window: SignInWindow) -> None:
    """Unattended: the password from the environment, typed into the real sign-in form."""
    from spaceoptics_desk.operations.signing_in import DatabaseState

    password = os.environ.get(PASSWORD_ENV, "")
    if window.state is not DatabaseState.SIGN_IN or not password:
        sys.stderr.write(f"the smoke test signs in with {PASSWORD_ENV} on an encrypted database\n")
        window.done(QDialog.DialogCode.Rejected)
        return
    window.password_box.setText(password)

    def refused(text: str) -> None:
        sys.stderr.write(text + "\n")
        window.done(QDialog.DialogCode.Rejected)

    window.refused.connect(refused)
    window.submit_sign_in()


def _run(
    app: QApplication,
    context: Context,
    tasks: TaskRunner,
    language: str,
    workstation: Workstation,
    crash_handler: CrashHandler,
    smoke_test: bool,
) -> int:
    from spaceoptics_desk.ui.sign_in.session import DeskSession

    session = DeskSession(context, tasks, workstation, language)
    session.quit_requested.connect(app.quit)
    try:
        session.window.show()
        log.info("session started")
        if smoke_test:
            return _smoke(app, session, crash_handler)
        return app.exec()
    finally:
        session.close()
        session.deleteLater()


def _report_unavailable(error: BaseException, window: QWidget | None, smoke_test: bool) -> int:
    if not isinstance(error, KnownError):
        raise error
    if isinstance(error, DatabaseUnavailable):
        log.warning("database unavailable: %s", type(error).__name__)
    _tell(error_text(error), window, smoke_test)
    return EXIT_DATABASE


def _tell(text: str, parent: QWidget | None, smoke_test: bool) -> None:
    """A message that stops the start: on stderr when unattended, else in a dialog."""
    if smoke_test:
        sys.stderr.write(text + "\n")
    else:
        QMessageBox.critical(parent, APP_NAME, text)


def _smoke(app: QApplication, session: DeskSession, crash_handler: CrashHandler) -> int:
    """Signed in, window shown, one search through the worker, then quit: proves a build has what it
    needs (the cipher, the key derivation, the search)."""
    window: MainWindow = session.window
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
