"""The main window: one search box, results as you type, and the customer view on Enter."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from spaceoptics_desk import APP_NAME, __version__
from spaceoptics_desk.domain.permissions import Action
from spaceoptics_desk.operations import customers
from spaceoptics_desk.operations.changes import Changes
from spaceoptics_desk.operations.watching import others_writes, write_listener
from spaceoptics_desk.ui.cases.desk_cases import DeskCases
from spaceoptics_desk.ui.change_hub import OthersWatch
from spaceoptics_desk.ui.desk import Desk
from spaceoptics_desk.ui.error_reporting import report_failure
from spaceoptics_desk.ui.imports.sync_watch import SyncWatch
from spaceoptics_desk.ui.labels import label
from spaceoptics_desk.ui.main_window.audit_banner import AuditWatch
from spaceoptics_desk.ui.main_window.results_model import (
    CITY,
    EMAIL,
    LAST_ORDER,
    NAME,
    NUMBER,
    POSTCODE,
    CustomerMatchesModel,
)
from spaceoptics_desk.ui.main_window.style import STYLE_SHEET
from spaceoptics_desk.ui.main_window.trace_cleanup import TraceCleanupWatch
from spaceoptics_desk.ui.retention.watch import RetentionWatch
from spaceoptics_desk.ui.tasks import Task

if TYPE_CHECKING:
    from spaceoptics_desk.services.lookup import CustomerMatch
    from spaceoptics_desk.ui.copies.mail_settings import MailSettingsDialog
    from spaceoptics_desk.ui.customer_view.panel import CustomerViewPanel
    from spaceoptics_desk.ui.holidays.dialog import HolidaysDialog
    from spaceoptics_desk.ui.imports.connection import ShopConnectionDialog
    from spaceoptics_desk.ui.imports.dialog import ImportDialog
    from spaceoptics_desk.ui.mailing_export.export import MailingListExport
    from spaceoptics_desk.ui.retention.review import RetentionReviewWindow
    from spaceoptics_desk.ui.retention.rules import RetentionRulesDialog
    from spaceoptics_desk.ui.staff.dialog import StaffDialog

SEARCH_DELAY_MS = 120
RESULTS_PAGE, CUSTOMER_PAGE = 0, 1


class MainWindow(QMainWindow):
    """Search box on top; below it the results or one customer.

    Attributes:
        search_box: where the caller's name, e-mail, phone, postcode or number is typed.
        results: the result model; results_view shows it.
        customer_panel: the customer view (second page of `pages`, made on first use).
        search_delay: the debounce timer; the search runs when typing pauses.
        search_limit: how many matches a search asks for (a full list says it was cut off).

    Signals:
        results_updated(int): the results of the latest query are on screen (their number).
        search_failed(): the latest query could not be run (the reason was reported).
        customer_opened(int): the customer with this id was asked for.
        lock_requested(), switch_requested(): "Lock" and "Switch staff member" (ui/sign_in/session.py).
    """

    results_updated = Signal(int)
    search_failed = Signal()
    customer_opened = Signal(int)
    lock_requested = Signal()
    switch_requested = Signal()

    def __init__(self, desk: Desk, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._language = language
        self._customer_panel: CustomerViewPanel | None = None
        self._mailing_export: MailingListExport | None = None
        self._search_task: Task[Any] | None = None
        self._searched_text = ""
        self._enter_when_found = False
        self._keep_selected: int | None = None  # a refreshed search selects this customer again
        self.search_limit = customers.SEARCH_LIMIT  # a full page means there may be more
        self.setWindowTitle(APP_NAME)
        self.setStyleSheet(STYLE_SHEET)
        self.resize(1200, 760)

        self.search_box = QLineEdit(self)
        self.search_box.setObjectName("searchBox")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setPlaceholderText(
            self.tr("Find a customer: name, e-mail, phone, postcode + house number, customer or order number")
        )
        self.search_box.setMaxLength(10_000)
        search_label = QLabel(self.tr("&Find:"), self)
        search_label.setBuddy(self.search_box)
        self.search_delay = QTimer(self)
        self.search_delay.setSingleShot(True)
        self.search_delay.setInterval(SEARCH_DELAY_MS)
        self.search_delay.timeout.connect(self._on_search_delay_timeout)
        self.search_box.textEdited.connect(self._on_search_box_text_edited)
        self.search_box.returnPressed.connect(self._on_search_box_return_pressed)
        self.search_box.installEventFilter(self)

        self.results = CustomerMatchesModel(self)
        self.results_view = QTableView(self)
        self.results_view.setModel(self.results)
        self.results_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results_view.setAlternatingRowColors(True)
        self.results_view.setWordWrap(False)
        self.results_view.verticalHeader().hide()
        self.results_view.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # keeps an e-mail's domain
        header = self.results_view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(60)
        # The short columns fit their content, the name takes what is left: at 1024 px every column
        # is on screen without scrolling sideways.
        for column in (NUMBER, POSTCODE, LAST_ORDER):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column, width in ((CITY, 150), (EMAIL, 230)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self.results_view.doubleClicked.connect(self._on_results_view_double_clicked)
        self.results_view.installEventFilter(self)
        self.results_note = QLabel(self)
        self.results_note.setObjectName("resultsNote")
        self.results_note.setText(self._start_hint())
        self.results_note.setWordWrap(True)

        results_page = QWidget(self)
        results_layout = QVBoxLayout(results_page)
        results_layout.setContentsMargins(0, 0, 0, 0)
        results_layout.addWidget(self.results_note)
        results_layout.addWidget(self.results_view, 1)

        self.pages = QStackedWidget(self)
        self.pages.addWidget(results_page)
        self.pages.currentChanged.connect(self._on_pages_current_changed)

        search_row = QHBoxLayout()
        search_row.addWidget(search_label)
        search_row.addWidget(self.search_box, 1)
        # Issue 6: the hourly retention check; its banner sits on top when the weekly review is overdue.
        self.retention = RetentionWatch(desk, self)
        self.retention.review_requested.connect(self.show_retention_review)
        # R31: an erasure's traces that wait for another program's reader; a banner until they are gone.
        self.trace_cleanup = TraceCleanupWatch(desk, self)
        # Issue 12: the owner hears of an audit log changed around the app (checked once the window shows).
        self.audit = AuditWatch(desk, self)
        # Issue 13: the hourly webshop sync and its status bar label.
        self.sync = SyncWatch(desk, self)
        # Issue 11: another desk, the CLI or the scheduled review wrote: every window refreshes.
        # The listening thread gets the database and a context, nothing of Qt (ui/tasks.py: what a
        # worker drops last must not be a widget).
        database, context = desk.database, desk.context
        self.others_watch = OthersWatch(
            desk.hub,
            lambda on_done, on_failed: desk.run(others_writes, on_done, on_failed),
            self,
            ready=lambda: bool(getattr(database, "is_open", True)),
            listen=lambda: write_listener(context).result,
        )
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addWidget(self.audit.banner)
        layout.addWidget(self.trace_cleanup.banner)
        layout.addWidget(self.retention.banner)
        layout.addLayout(search_row)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        # Issue 11: what changed, here or at another desk, is shown without reopening anything.
        self._listening = False
        self._listen(True)
        self.cases = DeskCases(desk, self)
        # A case step may have emptied personal data (a closed recipient task, a closed case).
        self.cases.changed.connect(self.trace_cleanup.check_now)
        self.holidays_dialog: HolidaysDialog | None = None
        self.retention_review: RetentionReviewWindow | None = None
        self.retention_rules_dialog: RetentionRulesDialog | None = None
        self.mail_settings_dialog: MailSettingsDialog | None = None
        self.staff_dialog: StaffDialog | None = None
        self.import_dialog: ImportDialog | None = None
        self.connection_dialog: ShopConnectionDialog | None = None
        self._build_menus(desk)
        self.staff_label = QLabel(
            self.tr("At the desk: {name} ({role})").format(
                name=desk.staff.display_name, role=label("role", desk.staff.role)
            )
        )
        self.database_label = QLabel(self.tr("Database: {location}").format(location=desk.database.location))
        self.statusBar().addPermanentWidget(self.sync.label)
        self.statusBar().addPermanentWidget(self.retention.badge)
        self.statusBar().addPermanentWidget(self.cases.count_label)
        self.statusBar().addPermanentWidget(self.staff_label)
        self.statusBar().addPermanentWidget(self.database_label)
        self.search_box.setFocus()

    @property
    def customer_panel(self) -> CustomerViewPanel:
        """The customer view, made when first needed (the window shows faster without its ten tabs)."""
        if self._customer_panel is None:
            from spaceoptics_desk.ui.customer_view.panel import CustomerViewPanel

            panel = CustomerViewPanel(self._desk, self._language, self)
            panel.back_requested.connect(self.show_results)
            panel.rectify_allowed_changed.connect(self._on_panel_rectify_allowed_changed)
            panel.intake_requested.connect(self.cases.open_intake)
            panel.customer_erased.connect(self._on_panel_customer_erased)
            panel.addAction(self.back_action)
            self.pages.insertWidget(CUSTOMER_PAGE, panel)
            self._customer_panel = panel
        return self._customer_panel

    def _start_hint(self) -> str:
        return self.tr(
            "Type to search. Examples: “berg”, “vd berg”, “06-22993969”, “4021 HR 151”, "
            "“K100103”, an e-mail address or an order number. Enter opens the customer when there is "
            "one match; with more, ↓ or Enter to choose, then Enter to open. Esc comes back."
        )

    def _build_menus(self, desk: Desk) -> None:
        self._build_file_menu(desk)
        customer_menu = self.menuBar().addMenu(self.tr("&Customer"))
        self.find_action = QAction(self.tr("&Find customer"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.focus_search)
        self.open_action = QAction(self.tr("&Open selected customer"), self)
        self.open_action.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.open_action.triggered.connect(self.open_current)
        self.back_action = QAction(self.tr("&Back to results"), self)
        self.back_action.setShortcuts(
            [QKeySequence(Qt.Key.Key_Escape), QKeySequence(QKeySequence.StandardKey.Back)]
        )
        self.back_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.back_action.triggered.connect(self.show_results)
        self.rectify_action = QAction(self.tr("&Correct details…"), self)
        self.rectify_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_E))
        self.rectify_action.triggered.connect(self._on_rectify_action_triggered)
        self.rectify_action.setEnabled(False)  # only with a customer on screen who may be corrected
        self.copy_action = QAction(self.tr("Create &data copy…"), self)
        self.copy_action.setStatusTip(self.tr("The customer's data copy (encrypted PDF) to check and send"))
        self.copy_action.triggered.connect(self._on_copy_action_triggered)
        self.copy_action.setEnabled(False)  # only with a customer on screen
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Q))
        quit_action.triggered.connect(self.close)
        for action in (
            self.find_action,
            self.open_action,
            self.back_action,
            self.rectify_action,
            self.copy_action,
        ):
            customer_menu.addAction(action)
        customer_menu.addSeparator()
        customer_menu.addAction(quit_action)
        marketing_menu = self.menuBar().addMenu(self.tr("&Marketing"))
        self.export_mailing_action = QAction(self.tr("Export &mailing list…"), self)
        # R21: staff see why the menu item is greyed out (domain/permissions.py).
        export_refusal = desk.refusal(Action.EXPORT_MAILING_LIST)
        self.export_mailing_action.setEnabled(export_refusal is None)
        self.export_mailing_action.setStatusTip(
            export_refusal
            or self.tr("CSV of everyone who may receive the newsletter today, for the newsletter tool")
        )
        self.export_mailing_action.triggered.connect(self._on_export_mailing_action_triggered)
        marketing_menu.addAction(self.export_mailing_action)
        requests_menu = self.menuBar().addMenu(self.tr("&Requests"))
        self.case_list_action = QAction(self.tr("Request &list…"), self)
        self.case_list_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_V))
        self.case_list_action.setStatusTip(self.tr("Open requests, most urgent first"))
        self.case_list_action.triggered.connect(self.cases.show_list)
        self.unknown_intake_action = QAction(self.tr("Record a request of an &unknown caller…"), self)
        self.unknown_intake_action.setShortcut(
            QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_R)
        )
        self.unknown_intake_action.setStatusTip(
            self.tr("For a caller not (yet) found as a customer; in the customer view use Ctrl+R")
        )
        self.unknown_intake_action.triggered.connect(self._on_unknown_intake_action_triggered)
        requests_menu.addAction(self.case_list_action)
        requests_menu.addAction(self.unknown_intake_action)
        requests_menu.addSeparator()
        self.holidays_action = QAction(self.tr("Public &holidays…"), self)
        self.holidays_action.setStatusTip(self.tr("The days no due date falls on (R2)"))
        self.holidays_action.triggered.connect(self.show_holidays)
        requests_menu.addAction(self.holidays_action)
        requests_menu.addSeparator()
        self.retention_review_action = QAction(self.tr("Weekly retention &review…"), self)
        self.retention_review_action.setShortcut(
            QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_D)
        )
        self.retention_review_action.setStatusTip(
            self.tr("What the retention schedule says may go, to approve or postpone (R23-R26)")
        )
        self.retention_review_action.triggered.connect(self.show_retention_review)
        requests_menu.addAction(self.retention_review_action)
        settings_menu = self.menuBar().addMenu(self.tr("&Settings"))
        self.mail_settings_action = QAction(self.tr("&E-mail server…"), self)
        # R11: the mail server sends customers' data; who may set it is the permission table's.
        mail_server_refused = desk.refusal(Action.MAIL_SERVER)
        self.mail_settings_action.setEnabled(mail_server_refused is None)
        self.mail_settings_action.setStatusTip(
            mail_server_refused or self.tr("The mail server data copies are sent by")
        )
        self.mail_settings_action.triggered.connect(self.show_mail_settings)
        settings_menu.addAction(self.mail_settings_action)
        self.retention_rules_action = QAction(self.tr("&Retention rules…"), self)
        self.retention_rules_action.setStatusTip(
            self.tr("How long each kind of data is kept, and what happens then (R23)")
        )
        self.retention_rules_action.triggered.connect(self.show_retention_rules)
        settings_menu.addAction(self.retention_rules_action)
        self.staff_action = QAction(self.tr("&Staff…"), self)
        # Issue 12: the owner keeps the staff list; staff see why the item is greyed out.
        staff_refused = desk.refusal(Action.MANAGE_STAFF)
        self.staff_action.setEnabled(staff_refused is None)
        self.staff_action.setStatusTip(staff_refused or self.tr("Who may sign in, their roles and passwords"))
        self.staff_action.setToolTip(staff_refused or self.staff_action.text())
        self.staff_action.triggered.connect(self.show_staff)
        settings_menu.addAction(self.staff_action)
        # Issue 14: a database file moves to the shop's server (the owner; not shown on a server).
        self.move_action = QAction(self.tr("Move to the &server…"), self)
        move_refused = desk.refusal(Action.MOVE_DATABASE)
        self.move_action.setEnabled(move_refused is None)
        self.move_action.setToolTip(move_refused or self.move_action.text())
        self.move_action.setVisible(desk.database.file is not None)
        self.move_action.triggered.connect(self.show_move_to_server)
        settings_menu.addAction(self.move_action)
        self._build_desk_menu()
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about_action = QAction(self.tr("&About SpaceOptics Desk"), self)
        about_action.triggered.connect(self._on_about_action_triggered)
        help_menu.addAction(about_action)

    def _build_file_menu(self, desk: Desk) -> None:
        """Issue 13: importing a webshop export, the webshop connection (the owner) and the sync (all)."""
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.setToolTipsVisible(True)  # a greyed-out item says why (R7: the owner imports)
        self.import_action = QAction(self.tr("&Import…"), self)
        import_refused = desk.refusal(Action.IMPORT)
        self.import_action.setEnabled(import_refused is None)
        self.import_action.setStatusTip(
            import_refused or self.tr("Customers and orders from a webshop export or another CSV file")
        )
        self.import_action.setToolTip(import_refused or self.import_action.text())
        self.import_action.triggered.connect(self.show_import)
        self.connection_action = QAction(self.tr("&Webshop connection…"), self)
        connection_refused = desk.refusal(Action.SET_UP_SYNC)
        self.connection_action.setEnabled(connection_refused is None)
        self.connection_action.setStatusTip(
            connection_refused or self.tr("The WooCommerce shop the app synchronises with every hour")
        )
        self.connection_action.setToolTip(connection_refused or self.connection_action.text())
        self.connection_action.triggered.connect(self.show_connection)
        self.sync_action = QAction(self.tr("&Synchronise now"), self)
        self.sync_action.setStatusTip(self.tr("Fetch what changed at the webshop since the last sync"))
        self.sync_action.triggered.connect(self._on_sync_action_triggered)
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.connection_action)
        file_menu.addSeparator()
        file_menu.addAction(self.sync_action)

    def show_import(self) -> ImportDialog | None:
        """The owner's import; None for anyone else (the menu item is greyed out too)."""
        from spaceoptics_desk.ui.imports.dialog import ImportDialog

        if self._desk.refusal(Action.IMPORT) is not None:
            return None
        if self.import_dialog is not None and self.import_dialog.isVisible():
            self.cases.bring_up(self.import_dialog)
            return self.import_dialog
        dialog = ImportDialog(self._desk, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.import_finished.connect(self._on_import_finished)
        dialog.destroyed.connect(self._on_import_dialog_destroyed)
        self.import_dialog = dialog
        dialog.open()
        return dialog

    def _on_import_dialog_destroyed(self) -> None:
        self.import_dialog = None

    def _on_import_finished(self, _report: object) -> None:
        # The new customers reach the search through the hub (the import's Changes).
        self.statusBar().showMessage(self.tr("Import finished."), 10_000)

    def show_connection(self) -> ShopConnectionDialog | None:
        """The owner's webshop connection; None for anyone else (the menu item is greyed out too)."""
        from spaceoptics_desk.ui.imports.connection import ShopConnectionDialog

        if self._desk.refusal(Action.SET_UP_SYNC) is not None:
            return None
        if self.connection_dialog is not None and self.connection_dialog.isVisible():
            self.cases.bring_up(self.connection_dialog)
            return self.connection_dialog
        dialog = ShopConnectionDialog(self._desk, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.connection_saved.connect(self._on_connection_saved)
        dialog.destroyed.connect(self._on_connection_dialog_destroyed)
        self.connection_dialog = dialog
        dialog.open()
        return dialog

    def _on_connection_dialog_destroyed(self) -> None:
        self.connection_dialog = None

    def _on_connection_saved(self, _shop: str, kept_in: str) -> None:
        where = {
            "keyring": self.tr("in this computer's password store"),
            "file": self.tr("in a file beside the database that only your account can read"),
        }.get(kept_in, kept_in)
        self.statusBar().showMessage(
            self.tr("Webshop connection saved; the key is kept {where}.").format(where=where), 15_000
        )

    def _on_sync_action_triggered(self) -> None:
        self.sync.sync_now()

    def _build_desk_menu(self) -> None:
        """Issue 12: lock the desk, let another staff member sign in, change one's own password."""
        desk_menu = self.menuBar().addMenu(self.tr("&Desk"))
        self.lock_action = QAction(self.tr("&Lock"), self)
        self.lock_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_L))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.setStatusTip(self.tr("Hides every window until you or a colleague signs in"))
        self.lock_action.triggered.connect(self.lock_requested.emit)
        self.switch_action = QAction(self.tr("&Switch staff member…"), self)
        self.switch_action.triggered.connect(self.switch_requested.emit)
        self.own_password_action = QAction(self.tr("Change &password…"), self)
        self.own_password_action.triggered.connect(self.show_own_password)
        for action in (self.lock_action, self.switch_action, self.own_password_action):
            desk_menu.addAction(action)
        self.addAction(self.lock_action)  # also while a menu of this window has the focus

    @property
    def desk(self) -> Desk:
        """Who is at this window's desk, on which database."""
        return self._desk

    def show_staff(self) -> StaffDialog | None:
        """The owner's staff screen; None for anyone else (the menu item is greyed out too)."""
        from spaceoptics_desk.ui.staff.dialog import StaffDialog

        if self._desk.refusal(Action.MANAGE_STAFF) is not None:
            return None
        if self.staff_dialog is None:
            self.staff_dialog = StaffDialog(self._desk, self)
        else:
            self.staff_dialog.load()
        self.cases.bring_up(self.staff_dialog)
        return self.staff_dialog

    def show_move_to_server(self) -> QWidget | None:
        """The owner's move of this database to the server; None for anyone else."""
        from spaceoptics_desk.ui.moving.dialog import MoveToServerDialog

        if self._desk.refusal(Action.MOVE_DATABASE) is not None:
            return None
        dialog = MoveToServerDialog(self._desk, self)
        dialog.open()
        return dialog

    def show_own_password(self) -> QWidget:
        from spaceoptics_desk.ui.staff.own_password import OwnPasswordDialog

        dialog = OwnPasswordDialog(self._desk, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.password_changed.connect(self._on_own_password_changed)
        dialog.open()
        return dialog

    def _on_own_password_changed(self) -> None:
        self.statusBar().showMessage(self.tr("Your password was changed."), 10_000)

    # --- searching -------------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def _on_search_box_text_edited(self, _text: str) -> None:
        self._enter_when_found = False
        if self.pages.currentIndex() != RESULTS_PAGE:
            self.pages.setCurrentIndex(RESULTS_PAGE)
        self.search_delay.start()

    def _on_search_delay_timeout(self) -> None:
        self.search(self.search_box.text())

    def search(self, text: str, keep_selected: int | None = None) -> None:
        """Runs the query in the worker; an older query still running is dropped when it returns.

        `keep_selected`: the customer to select in the new results when they hold them (else the first).
        """
        if self._search_task is not None:
            self._search_task.discard()
            self._search_task = None
        self._searched_text = text
        self._keep_selected = keep_selected
        if not text.strip():
            self.results.set_rows([])
            self.results_note.setText(self._start_hint())
            self.results_updated.emit(0)
            return
        self._search_task = self._desk.run(
            functools.partial(customers.search, text=text, limit=self.search_limit),
            self._on_search_done,
            self._on_search_failed,
        )

    def _refresh_results(self) -> None:
        """The same search again, the customer selected staying selected (the list may have changed)."""
        selected = self.results.match_at(self.results_view.currentIndex().row())
        self.search(self._searched_text, selected.customer_id if selected is not None else None)

    def _on_search_done(self, matches: list[CustomerMatch]) -> None:
        self._search_task = None
        self.results.set_rows(matches)
        if matches:
            found = [m.customer_id for m in matches]
            self.results_view.selectRow(
                found.index(self._keep_selected) if self._keep_selected in found else 0
            )
            if len(matches) >= self.search_limit:
                # The service stopped at the limit: there may be more than these.
                note = (
                    self.tr("The first {count} matches — type more to narrow down.")
                    if len(matches) > 1
                    else self.tr("The first match — type more to narrow down.")
                )
            elif len(matches) > 1:
                note = self.tr("{count} matches, best first. ↓ or Enter to choose, Enter again to open.")
            else:
                note = self.tr("1 match. Enter to open.")
            self.results_note.setText(note.format(count=len(matches)))
        else:
            self.results_note.setText(
                self.tr(
                    "No matches. Try part of the name, the postcode with house number, "
                    "the phone number or the customer number."
                )
            )
        self.results_updated.emit(len(matches))
        if self._enter_when_found:
            self._enter_when_found = False
            self._enter_on_results()

    def _on_hub_changed(self, changes: Changes) -> None:
        """Issue 11: the customer on screen and the search results as they are now. R14: an erased
        customer leaves the screen."""
        if self._customer_panel is not None:
            self._customer_panel.show_changes(changes)  # erased: _on_panel_customer_erased says so
        # A search about to run (typing) or running shows the new state anyway.
        if changes.any_customer and self._searched_text.strip() and not self.search_pending:
            self._refresh_results()
        if changes.erased or changes.rules:
            self.retention.scan_now()  # what is due changed: the badge follows
        if changes.erased:
            self.trace_cleanup.check_now()  # R31: a reader may have held up the erasure's clean-up

    def _on_panel_customer_erased(self, _customer_id: int) -> None:
        self.statusBar().showMessage(self.tr("The customer was erased."), 10_000)

    def _on_search_failed(self, error: BaseException) -> None:
        self._search_task = None
        self._enter_when_found = False
        self.search_failed.emit()
        report_failure(self, error)

    @property
    def search_pending(self) -> bool:
        return self.search_delay.isActive() or self._search_task is not None

    # --- opening a customer ----------------------------------------------------------------------

    def _on_search_box_return_pressed(self) -> None:
        text = self.search_box.text()
        if text.strip() and (self.search_pending or self._searched_text != text):
            # Enter right after typing: search now and decide when the results of this text arrive.
            self.search_delay.stop()
            self.search(text)
            self._enter_when_found = True
            return
        self._enter_on_results()

    def _enter_on_results(self) -> None:
        """Enter in the search box: open the customer only when the results hold exactly one.

        On the phone, opening the best of several guesses risks talking about the wrong person: with
        several matches the first row is selected and the list gets the focus (Enter there opens it);
        with none, the "no matches" note stays.
        """
        count = self.results.rowCount()
        if count == 1:
            self.open_row(0)
        elif count > 1:
            self.pages.setCurrentIndex(RESULTS_PAGE)
            self.results_view.selectRow(0)
            self.results_view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_results_view_double_clicked(self, index: QModelIndex) -> None:
        self.open_row(index.row())

    def open_current(self) -> None:
        """Opens the selected match, or the first when none is selected."""
        current = self.results_view.currentIndex()
        self.open_row(current.row() if current.isValid() else 0)

    def open_row(self, row: int) -> None:
        match = self.results.match_at(row)
        if match is None:
            return
        self.open_customer(match.customer_id)

    def open_customer(self, customer_id: int) -> None:
        panel = self.customer_panel
        self.pages.setCurrentIndex(CUSTOMER_PAGE)
        panel.load(customer_id)
        panel.tabs.setFocus()
        self.customer_opened.emit(customer_id)

    def show_results(self) -> None:
        self.pages.setCurrentIndex(RESULTS_PAGE)
        if self.results.rowCount() and self.results_view.currentIndex().isValid():
            self.results_view.setFocus()
        else:
            self.focus_search()

    def _on_pages_current_changed(self, _index: int) -> None:
        self._update_rectify_action()

    def _on_panel_rectify_allowed_changed(self, _allowed: bool, _why: str) -> None:
        self._update_rectify_action()

    def _update_rectify_action(self) -> None:
        panel = self._customer_panel
        on_customer = panel is not None and self.pages.currentIndex() == CUSTOMER_PAGE
        button = panel.rectify_button if panel is not None else None
        self.rectify_action.setEnabled(on_customer and button is not None and button.isEnabled())
        # The status bar says why the menu item is greyed out for a restricted customer.
        self.rectify_action.setStatusTip(button.toolTip() if on_customer and button is not None else "")
        self.copy_action.setEnabled(on_customer and panel is not None and panel.copy_button.isEnabled())
        # R11: staff see why the menu item is greyed out (domain/permissions.py).
        self.copy_action.setToolTip(self._desk.refusal(Action.EXPORT_COPY) or "")  # "": the item's text

    def _on_copy_action_triggered(self) -> None:
        if self.pages.currentIndex() == CUSTOMER_PAGE:
            self.customer_panel.open_copy_dialog()

    def show_mail_settings(self) -> MailSettingsDialog | None:
        """The owner's mail server settings; None for anyone else (the menu item is greyed out too)."""
        from spaceoptics_desk.ui.copies.mail_settings import MailSettingsDialog

        if self._desk.refusal(Action.MAIL_SERVER) is not None:
            return None
        if self.mail_settings_dialog is not None and self.mail_settings_dialog.isVisible():
            self.cases.bring_up(self.mail_settings_dialog)
            return self.mail_settings_dialog
        dialog = MailSettingsDialog(self._desk, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.settings_saved.connect(self._on_mail_settings_saved)
        dialog.destroyed.connect(self._on_mail_settings_dialog_destroyed)
        self.mail_settings_dialog = dialog
        dialog.open()
        return dialog

    def _on_mail_settings_dialog_destroyed(self) -> None:
        self.mail_settings_dialog = None

    def _on_mail_settings_saved(self) -> None:
        self.statusBar().showMessage(self.tr("E-mail server settings saved."), 10_000)

    def _on_rectify_action_triggered(self) -> None:
        if self.pages.currentIndex() == CUSTOMER_PAGE:
            self.customer_panel.open_rectify_dialog()

    @property
    def mailing_export(self) -> MailingListExport:
        """The owner's newsletter export, made when first needed."""
        if self._mailing_export is None:
            from spaceoptics_desk.ui.mailing_export.export import MailingListExport

            self._mailing_export = MailingListExport(self._desk, self)
            self._mailing_export.exported.connect(self._on_mailing_export_exported)
        return self._mailing_export

    def _on_export_mailing_action_triggered(self) -> None:
        self.mailing_export.start()

    def _on_mailing_export_exported(self, count: int, _path: str) -> None:
        self.statusBar().showMessage(self.tr("Mailing list exported: %n address(es).", "", count), 10_000)

    def _on_unknown_intake_action_triggered(self) -> None:
        self.cases.open_intake(None)

    def show_holidays(self) -> HolidaysDialog:
        """The holiday table (R2); a change brings the due dates in the case screens up to date."""
        from spaceoptics_desk.ui.holidays.dialog import HolidaysDialog

        if self.holidays_dialog is None:
            self.holidays_dialog = HolidaysDialog(self._desk, self)
        else:
            self.holidays_dialog.load()  # the table may have changed meanwhile (another desk, the CLI)
        self.cases.bring_up(self.holidays_dialog)
        return self.holidays_dialog

    # --- retention (issue 6) ------------------------------------------------------------------------

    def show_retention_review(self) -> RetentionReviewWindow:
        """The weekly review; its scan also brings the status bar badge up to date."""
        from spaceoptics_desk.ui.retention.review import RetentionReviewWindow

        review = self.retention_review
        if review is None:
            review = RetentionReviewWindow(self._desk, self._language, self)
            review.status_loaded.connect(self.retention.show_status)
            review.review_applied.connect(self._on_retention_review_applied)
            self.retention_review = review
        elif not review.isVisible():
            review.load()
        self.cases.bring_up(review)
        return review

    def _on_retention_review_applied(self, _report: object) -> None:
        # Who is gone leaves the results and the customer view through the hub (the run's Changes).
        self.trace_cleanup.check_now()  # R31: the run's clean-up may have had to wait for a reader
        self.statusBar().showMessage(self.tr("Retention review carried out."), 10_000)

    def show_retention_rules(self) -> RetentionRulesDialog:
        """The retention schedule (staff see it; only the owner changes it)."""
        from spaceoptics_desk.ui.retention.rules import RetentionRulesDialog

        if self.retention_rules_dialog is None:
            self.retention_rules_dialog = RetentionRulesDialog(self._desk, self)
        else:
            self.retention_rules_dialog.load()
        self.cases.bring_up(self.retention_rules_dialog)
        return self.retention_rules_dialog

    # --- keys ------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if watched is self.search_box and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown):
                return self._move_into_results()
            if watched is self.results_view:
                return self._results_key(event)
        return super().eventFilter(watched, event)

    def _move_into_results(self) -> bool:
        if self.pages.currentIndex() != RESULTS_PAGE or not self.results.rowCount():
            return False
        self.results_view.setFocus(Qt.FocusReason.OtherFocusReason)
        current = self.results_view.currentIndex()
        row = current.row() if current.isValid() else 0
        self.results_view.selectRow(row)
        return True

    def _results_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_current()
            return True
        if key == Qt.Key.Key_Up and self.results_view.currentIndex().row() <= 0:
            self.focus_search()
            return True
        text = event.text()
        if text and text.isprintable() and not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier:
            # Typing while in the list goes on in the search box.
            self.search_box.setFocus()
            self.search_box.insert(text)
            self._on_search_box_text_edited(self.search_box.text())
            return True
        return False

    # --- the rest --------------------------------------------------------------------------------

    def _on_about_action_triggered(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About SpaceOptics Desk"),
            self.tr(
                "{app} {version}\nThe privacy back office of Space Optics, Maurik.\n\nDatabase: {location}"
            ).format(app=APP_NAME, version=__version__, location=self._desk.database.location),
        )

    def _listen(self, on: bool) -> None:
        if on and not self._listening:
            self._desk.hub.changed.connect(self._on_hub_changed)
        elif not on and self._listening:
            self._desk.hub.changed.disconnect(self._on_hub_changed)
        self._listening = on

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._listen(True)
        self.others_watch.start()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.search_delay.stop()
        self._listen(False)  # a closed window queries nothing any more
        self.others_watch.stop()
        self.retention.stop()
        self.sync.stop()
        self.trace_cleanup.stop()
        self.audit.stop()
        if self._search_task is not None:
            self._search_task.discard()
        super().closeEvent(event)
