"""`make screenshots`: the real windows on a demo database, grabbed under Xvfb into docs/screenshots/.

Run under an X server (the Makefile uses xvfb-run) so the pictures are what a real screen shows. The
demo database (2,000 customers, seed 7, history up to 2026-11-24) is made once in .bench/.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from unittest import mock

import sqlcipher3
from PySide6.QtCore import QEventLoop, Qt, QTimer, SignalInstance
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from sqlalchemy import select

from spaceoptics_desk.app import install_translators
from spaceoptics_desk.domain.clock import SystemClock
from spaceoptics_desk.domain.staff import StaffMember
from spaceoptics_desk.services.cases import open_case, verify_identity
from spaceoptics_desk.services.recipient_tasks import close_task, tasks_of
from spaceoptics_desk.services.rectification import FieldEdit, rectify
from spaceoptics_desk.services.smtp_settings import SmtpSettings
from spaceoptics_desk.services.staff import acting_user, list_staff
from spaceoptics_desk.store.database import open_database
from spaceoptics_desk.store.models import Customer, Order
from spaceoptics_desk.ui.customer_view.panel import CONSENT, ORDERS, RETENTION
from spaceoptics_desk.ui.desk import Desk, Workstation
from spaceoptics_desk.ui.main_window.window import MainWindow
from spaceoptics_desk.ui.tasks import TaskRunner
from spaceoptics_desk.workstation import WorkstationSettings
from tests.plain_demo import make_plain_demo

ROOT = Path(__file__).resolve().parents[2]
DATABASE = ROOT / ".bench" / "screenshots-demo.db"
OUT = ROOT / "docs" / "screenshots"


def _wait(signal: SignalInstance, timeout_ms: int = 10_000) -> None:
    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()


def _settle(ms: int = 300) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _save(widget: QWidget, name: str) -> None:
    _settle()
    widget.grab().save(str(OUT / name))
    print(OUT / name)


def _sign_in_screens() -> None:
    """Issue 12: the first start, the recovery key, the sign-in window, the lock and the staff screen, on
    a small encrypted database of their own (the key shown is that throw-away database's)."""
    from spaceoptics_desk.operations import signing_in, staff
    from spaceoptics_desk.operations.context import Context
    from spaceoptics_desk.ui.sign_in.lock import LockDialog
    from spaceoptics_desk.ui.sign_in.recovery_key import RecoveryKeyDialog
    from spaceoptics_desk.ui.sign_in.window import SignInWindow
    from spaceoptics_desk.ui.staff.dialog import StaffDialog

    tasks = TaskRunner()
    with tempfile.TemporaryDirectory() as folder:
        target = str(Path(folder) / "winkel.db")
        first = SignInWindow(target, tasks, SystemClock())
        first.show()
        _wait(first.state_known)
        first.owner_name_box.setText("Marleen Verhoef")
        first.owner_username_box.setText("owner")
        first.first_password.first.setText("demo-eigenaar")
        first.first_password.again.setText("demo-eigenaar")
        _save(first, "first-start.png")
        # Issue 14: the shared database, with the server's details filled in and tested.
        first.server_choice.shared.setChecked(True)
        first.server_choice.host_box.setText("kantoor-pc")
        first.server_choice.password_box.setText("server-wachtwoord")
        first.server_choice.test_result.setText(
            first.tr("Connected. The database is empty: it is set up with you as its owner.")
        )
        _save(first, "first-start-server.png")
        first.close()
        made = signing_in.create_database(target, "owner", "Marleen Verhoef", "demo-eigenaar", SystemClock())
        context: Context = made.context
        staff.add_staff(context, "staff", "Sam Jansen", "staff", "demo-medewerker")
        key_dialog = RecoveryKeyDialog(made.recovery_key, None)
        key_dialog.show()
        _save(key_dialog, "recovery-key.png")
        key_dialog.written_down.setChecked(True)
        key_dialog.accept()
        sign_in = SignInWindow(target, tasks, SystemClock())
        sign_in.show()
        _wait(sign_in.state_known)
        sign_in.name_box.setText("staff")
        sign_in.password_box.setText("demo-medewerker")
        _save(sign_in, "sign-in.png")
        sign_in.close()
        lock = LockDialog(context, tasks, "owner", switching=False)
        lock.show()
        _save(lock, "lock.png")
        lock.hide()
        screen = StaffDialog(Desk(context.database, SystemClock(), context.staff, tasks))
        screen.show()
        _wait(screen.staff_loaded)
        _save(screen, "staff-screen.png")
        screen.close()
        # Issue 14: Instellingen › Naar de server verplaatsen…, counted (a dry run's answer shown).
        from spaceoptics_desk.ui.moving.dialog import MoveToServerDialog

        move = MoveToServerDialog(Desk(context.database, SystemClock(), context.staff, tasks))
        move.server.host_box.setText("kantoor-pc")
        move.server.password_box.setText("server-wachtwoord")
        move.own_password.setText("demo-eigenaar")
        move.outcome_label.setText(
            move.tr("{rows} rows in {tables} tables can move; the server's database is empty.").format(
                rows="9.971", tables=36
            )
        )
        move.show()
        _save(move, "move-to-server.png")
        move.close()
        tasks.shutdown()
        context.database.close()


def _import_screens() -> None:
    """Issue 13: Bestand › Importeren… on a cash register's CSV (its column mapping, the trial, the
    import) and Bestand › Webshopkoppeling… against a WooCommerce-shaped shop on this computer, then
    the status bar after "Nu synchroniseren". On a small database of their own; the names are invented."""
    from spaceoptics_desk.operations import sync
    from spaceoptics_desk.services import staff as staff_service
    from spaceoptics_desk.services.imports.woocommerce import credentials
    from spaceoptics_desk.ui.imports.dialog import MAPPING_PAGE
    from tests.woocommerce_server import KEY, SECRET, WooShop, fixture_records, start_shop

    shop = start_shop(WooShop(fixture_records("customers.json"), fixture_records("orders.json")))
    tasks = TaskRunner()
    # No keyring on a build machine: the key goes in the owner-only file beside the throw-away database.
    no_keyring = mock.patch.object(credentials, "keyring_available", lambda: False)
    with tempfile.TemporaryDirectory() as folder, no_keyring:
        database = open_database(str(Path(folder) / "winkel.db"), create=True)
        with database.transaction() as session:
            staff_service.ensure_staff(session, "owner", "Marleen Verhoef", "owner")
        owner = StaffMember("owner", "Marleen Verhoef", "owner")
        window = MainWindow(Desk(database, SystemClock(), owner, tasks), "nl")
        window.resize(1280, 760)
        window.show()
        kassa = Path(folder) / "kassa-export.csv"
        kassa.write_text(
            "Klantnr;Voornaam;Achternaam;E-mailadres;Woonplaats;Klant sinds;Opmerking\n"
            "KAS-1041;Hanna;Brouwer;hanna.brouwer@example.nl;Tiel;2019-04-12;belt terug\n"
            "KAS-1042;Joost;van Dam;joost.vandam@example.nl;Buren;2020-11-03;\n"
            "KAS-1043;Fenna;Kuipers;fenna.kuipers@example.nl;Culemborg;2021-01-20;vaste klant\n"
            "KAS-1044;Ruud;de Graaf;ruud@@example.nl;Geldermalsen;2022-06-30;\n",
            encoding="utf-8",
        )
        dialog = window.show_import()
        assert dialog is not None
        dialog.choose_file(kassa)
        _wait(dialog.file_looked)
        _save(dialog, "import-file.png")
        dialog.go_next()
        assert dialog.pages.currentIndex() == MAPPING_PAGE
        boxes = dialog.mapping.target_boxes
        boxes["Klantnr"].setCurrentIndex(boxes["Klantnr"].findData("external_id"))
        dialog.mapping.name_edit.setText("Kassa-export")
        _save(dialog, "import-mapping.png")
        dialog.go_next()
        _wait(dialog.mapping_saved)
        dialog.skip_bad_rows_radio.setChecked(True)
        dialog.start_dry_run()
        _wait(dialog.dry_run_finished)
        _save(dialog, "import-trial.png")
        dialog.start_import()
        _wait(dialog.import_finished)
        _save(dialog, "import-done.png")
        dialog.reject()

        connection = window.show_connection()
        assert connection is not None
        _wait(connection.loaded)
        connection.url_edit.setText(shop.shop.url)
        connection.key_edit.setText(KEY)
        connection.secret_edit.setText(SECRET)
        connection.newsletter_key_edit.setText("_newsletter_optin")
        connection.test_connection()
        _wait(connection.tested)
        _save(connection, "webshop-connection.png")
        connection.reject()
        sync.set_up_sync(window.desk.context, shop.shop.url, KEY, SECRET)
        window.sync.sync_now()
        _wait(window.sync.sync_finished, 30_000)
        _save(window, "main-window-sync.png")
        window.close()
        tasks.shutdown()
        database.close()
    shop.stop()


def main() -> int:
    if "--imports-only" in sys.argv:
        OUT.mkdir(parents=True, exist_ok=True)
        app = QApplication(sys.argv[:1])
        translators = install_translators(app, "nl")
        _import_screens()
        for translator in translators:
            app.removeTranslator(translator)
        return 0
    if "--sign-in-only" in sys.argv:
        OUT.mkdir(parents=True, exist_ok=True)
        app = QApplication(sys.argv[:1])
        translators = install_translators(app, "nl")
        _sign_in_screens()
        for translator in translators:
            app.removeTranslator(translator)
        return 0
    if not DATABASE.exists():
        DATABASE.parent.mkdir(exist_ok=True)
        # Plain: the screens below read it with raw SQLite (the CLI's `demo` makes an encrypted one).
        make_plain_demo(DATABASE, customers=2000, seed=7, as_of=date(2026, 11, 24))
    OUT.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    translators = install_translators(app, "nl")
    database = open_database(str(DATABASE))
    with database.reading() as session:
        members = list_staff(session)
    tasks = TaskRunner()
    window = MainWindow(Desk(database, SystemClock(), members[0], tasks), "nl")
    window.resize(1280, 760)
    window.show()

    window.search_box.setText("berg")
    window.search("berg")
    _wait(window.results_updated)
    _save(window, "main-window.png")

    # A customer with a history worth showing: orders, consents and a portal account.
    with sqlcipher3.connect(DATABASE) as raw:
        (customer_id,) = raw.execute(
            "select c.id from customers c join portal_accounts p on p.customer_id = c.id"
            " where (select count(*) from orders o where o.customer_id = c.id) >= 6"
            " and (select count(*) from consent_events e where e.customer_id = c.id) >= 2"
            " order by c.id limit 1"
        ).fetchone()
    open_customer: Callable[[], None] = lambda: window.open_customer(customer_id)  # noqa: E731
    QTimer.singleShot(0, open_customer)
    _wait(window.customer_panel.customer_loaded)
    window.customer_panel.tabs.setCurrentIndex(ORDERS)
    _save(window, "customer-view.png")
    window.customer_panel.tabs.setCurrentIndex(CONSENT)
    _save(window, "consent-toggles.png")
    window.customer_panel.tabs.setCurrentIndex(RETENTION)
    _save(window, "customer-retention.png")

    window.customer_panel.open_rectify_dialog()
    dialog = window.customer_panel.rectify_dialog
    assert dialog is not None
    _save(dialog, "rectify-dialog.png")
    dialog.reject()

    _file_dialog(window)

    window.close()
    tasks.shutdown()
    database.close()
    _case_screens(members[0])
    _sign_in_screens()
    _import_screens()
    for translator in translators:
        app.removeTranslator(translator)
    return 0


def _file_dialog(window: MainWindow) -> None:
    """Marketing › Mailinglijst exporteren…: the app's content-blind file dialog (issue 10 §1), cancelled."""

    def grab() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(50, grab)
            return
        dialog.resize(860, 520)

        def save_and_cancel() -> None:
            dialog.grab().save(str(OUT / "file-dialog.png"))
            print(OUT / "file-dialog.png")
            dialog.reject()

        QTimer.singleShot(1000, save_and_cancel)

    QTimer.singleShot(0, grab)
    window.export_mailing_action.trigger()


def _case_screens(owner: StaffMember) -> None:
    """A correction within a case with its recipient tasks (R16), the case list, the data copy with its
    preview, and the holiday table.

    On a copy of the demo database, so the other pictures stay the same from run to run.
    """
    copy = DATABASE.with_name("screenshots-cases.db")
    shutil.copyfile(DATABASE, copy)
    database = open_database(str(copy))
    clock = SystemClock()
    with database.transaction() as session:
        actor = acting_user(session, owner.username)
        customer = session.scalars(
            select(Customer).where(Customer.email.is_not(None)).order_by(Customer.id)
        ).first()
        assert customer is not None
        case_id = open_case(
            session,
            actor,
            clock,
            customer_id=customer.id,
            channel="phone",
            received_at=clock.now() - timedelta(days=3),
            rights=["rectification", "access"],
            summary="Nieuw e-mailadres; wil ook weten welke gegevens we hebben",
        )
        verify_identity(session, actor, clock, case_id, "call-back")
        rectify(
            session,
            actor,
            clock,
            customer.id,
            [FieldEdit("email", customer.email, "nieuw." + (customer.email or ""))],
            request_id=case_id,
        )
        first_task = tasks_of(session, case_id)[0]
        close_task(session, actor, clock, first_task.task_id, "told", "Gemaild naar privacy@, 25-11")
        # Issue 6: an erasure request of a customer with orders (the Erase tab shows what goes and stays).
        with_orders = session.scalars(
            select(Customer)
            .where(Customer.id != customer.id, Customer.restricted_at.is_(None))
            .where(select(Order.id).where(Order.customer_id == Customer.id).exists())
            .order_by(Customer.id)
        ).first()
        assert with_orders is not None
        erasure_case_id = open_case(
            session,
            actor,
            clock,
            customer_id=with_orders.id,
            channel="email",
            received_at=clock.now() - timedelta(days=2),
            rights=["erasure"],
            summary="Wil dat alle gegevens worden verwijderd",
            contact_details=with_orders.email,
        )
        verify_identity(session, actor, clock, erasure_case_id, "email-on-file")
    tasks = TaskRunner()
    # The copy goes to a temporary folder (never the Documents of whoever runs this); a mail server is
    # set up (nothing is sent) so the dialog shows "Send to <address>".
    copies = tempfile.TemporaryDirectory(prefix="spaceoptics-screenshots-")
    settings = WorkstationSettings(copy_folder=str(Path(copies.name) / "SpaceOptics Desk kopieën"))
    settings.remember_smtp(SmtpSettings("smtp.example.nl", username="winkel"))
    window = MainWindow(Desk(database, clock, owner, tasks, Workstation(settings)), "nl")
    window.resize(1280, 760)
    window.show()
    list_window = window.cases.show_list()
    _wait(list_window.cases_loaded)
    list_window.resize(1100, 520)
    _save(list_window, "case-list.png")
    view = window.cases.open_case(case_id)
    _wait(view.case_loaded)
    view.resize(980, 760)
    view.steps.setCurrentIndex(view.steps.indexOf(view.recipients_page))
    _save(view, "case-view-recipients.png")
    view.steps.setCurrentWidget(view.copy_page)
    copy_dialog = view.copy_page.open_copy_dialog()
    assert copy_dialog is not None
    _wait(copy_dialog.subject_loaded)
    copy_dialog.machine_check.setChecked(True)
    copy_dialog.create_copy()
    _wait(copy_dialog.copy_created, 60_000)
    copy_dialog.resize(820, 860)
    _save(copy_dialog, "copy-dialog.png")
    copy_dialog.reject()
    copies.cleanup()
    view.reject()
    list_window.close()
    holidays = window.show_holidays()
    _wait(holidays.holidays_loaded)
    _save(holidays, "holidays.png")
    holidays.reject()

    erase_view = window.cases.open_case(erasure_case_id)
    _wait(erase_view.erase_page.erasure_preview_loaded)
    erase_view.resize(980, 820)
    erase_view.steps.setCurrentWidget(erase_view.erase_page)
    _save(erase_view, "case-erase.png")
    erase_view.reject()

    review = window.show_retention_review()
    _wait(review.status_loaded, 30_000)
    review.resize(1280, 820)
    candidates = review.candidates
    for row in range(min(2, candidates.rowCount())):
        review.tree.expand(candidates.index(row, 0))
    first_group = candidates.index(0, 0)
    for row in range(min(3, candidates.rowCount(first_group))):
        candidates.setData(candidates.index(row, 0, first_group), True, Qt.ItemDataRole.CheckStateRole)
    if candidates.rowCount(first_group):
        review.tree.setCurrentIndex(candidates.index(0, 0, first_group))
    _save(review, "retention-review.png")
    review.reject()
    window.close()
    tasks.shutdown()
    database.close()
    copy.unlink()


if __name__ == "__main__":
    raise SystemExit(main())
