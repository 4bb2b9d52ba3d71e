"""Issue 13 in the GUI: the import dialog (file, column mapping, trial, import with progress and Cancel),
the webshop connection dialog against a WooCommerce-shaped shop on loopback, and the sync in the status
bar (R9(g), R18, R19, R21, R31)."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from spaceoptics_desk.domain.clock import FixedClock
from spaceoptics_desk.operations import sync
from spaceoptics_desk.operations.imports import ImportReport
from spaceoptics_desk.store.database import Database
from spaceoptics_desk.store.models import Customer
from spaceoptics_desk.ui.imports.connection import ShopConnectionDialog
from spaceoptics_desk.ui.imports.dialog import DONE_PAGE, MAPPING_PAGE, OPTIONS_PAGE, ImportDialog
from spaceoptics_desk.ui.imports.report_view import OUTCOMES, ImportReportView
from spaceoptics_desk.ui.imports.sync_watch import SyncWatch
from spaceoptics_desk.ui.main_window.window import MainWindow
from tests.gui.conftest import MessageBoxes, search
from tests.gui.file_dialog_answers import answer_file_dialog
from tests.gui.signed_in_shop import visible_texts
from tests.woocommerce_server import KEY, SECRET, WooShop, woo_shop_fixture

__all__ = ["woo_shop_fixture"]

# The cash register's own export: a header no webshop writes, `;` as Dutch Excel saves it.
KASSA_HEADER = "Klantnr;Voornaam;Achternaam;E-mailadres;Woonplaats;Opmerking"
KASSA_ROWS = (
    "KAS-1;Hanna;Brouwer;hanna.brouwer@example.nl;Tiel;belt terug",
    "KAS-2;Joost;van Dam;joost.vandam@example.nl;Buren;",
    "KAS-3;Fenna;Kuipers;fenna.kuipers@example.nl;Culemborg;vaste klant",
)
# Shopify's older customers export (Customers > Export), as in tests/fixtures/imports.
SHOPIFY_HEADER = (
    "First Name,Last Name,Email,Accepts Email Marketing,Company,Address1,Address2,City,Province,"
    "Province Code,Country,Country Code,Zip,Phone,Accepts SMS Marketing,Total Spent,Total Orders,Tags,"
    "Note,Tax Exempt"
)
LARGE_ROWS = 10_000  # five batches of 2,000
STALL_LIMIT_S = 0.050  # issue 13: the event loop never stalls longer during an import
HEARTBEAT_MS = 10
READING_PAUSE_MS = 300


@pytest.fixture(autouse=True)
def no_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    """This machine has no keyring backend: the API key goes in the owner-only file beside the database."""
    monkeypatch.setattr(
        "spaceoptics_desk.services.imports.woocommerce.credentials.keyring_available", lambda: False
    )
    monkeypatch.delenv("SPACEOPTICS_WC_KEY", raising=False)
    monkeypatch.delenv("SPACEOPTICS_WC_SECRET", raising=False)


@pytest.fixture(autouse=True)
def first_sync_look_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(SyncWatch, "FIRST_LOOK_DELAY_MS", 0)


def customer_count(database: Database) -> int:
    with database.reading() as session:
        return session.scalar(select(func.count()).select_from(Customer)) or 0


def kassa_file(folder: Path, name: str = "kassa.csv") -> Path:
    path = folder / name
    path.write_text("\n".join((KASSA_HEADER, *KASSA_ROWS)) + "\n", encoding="utf-8")
    return path


def shopify_file(folder: Path, rows: int) -> Path:
    path = folder / "customers_export.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write(SHOPIFY_HEADER + "\r\n")
        for n in range(rows):
            out.write(
                f"Klant{n},Test{n},klant{n}@example.nl,no,,Dorpsstraat {n % 200 + 1},,Maurik,,,"
                f"Netherlands,NL,4021 HR,,no,0.00,0,,,no\r\n"
            )
    return path


def open_import(qtbot: QtBot, window: MainWindow) -> ImportDialog:
    window.import_action.trigger()
    dialog = window.import_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def counts_shown(view: ImportReportView) -> dict[str, tuple[str, str]]:
    """The counts table as shown: outcome word (its column) -> (customers, orders)."""
    model = view.counts
    assert [model.index(row, 0).data() for row in range(model.rowCount())] == ["Customers", "Orders"]
    return {
        str(model.headerData(column, Qt.Orientation.Horizontal)): (
            str(model.index(0, column).data()),
            str(model.index(1, column).data()),
        )
        for column in range(1, model.columnCount())
    }


@dataclass
class Heartbeat:
    """A QTimer on the GUI thread; every gap between two beats is how long the event loop was busy."""

    timer: QTimer
    beats: list[float] = field(default_factory=list)

    def longest_gap(self) -> float:
        return max((b - a for a, b in zip(self.beats, self.beats[1:], strict=False)), default=0.0)


@pytest.fixture
def heartbeat() -> Iterator[Heartbeat]:
    """A timer on the GUI thread; the gaps between its beats are how long the window could not react."""
    timer = QTimer()
    timer.setInterval(HEARTBEAT_MS)
    beat = Heartbeat(timer)
    timer.timeout.connect(lambda: beat.beats.append(time.monotonic()))
    yield beat
    timer.stop()


# --- the import dialog ---------------------------------------------------------------------------------


def test_an_unknown_csv_is_mapped_tried_and_imported_and_its_customers_are_found(
    qtbot: QtBot, window: MainWindow, database: Database, tmp_path: Path
) -> None:
    before = customer_count(database)
    dialog = open_import(qtbot, window)
    answer_file_dialog(kassa_file(tmp_path))
    with qtbot.waitSignal(dialog.file_looked, timeout=5000):
        qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert "does not know this file's columns (6)" in dialog.format_label.text()
    dialog.next_button.click()
    assert dialog.pages.currentIndex() == MAPPING_PAGE
    step = dialog.mapping
    # The preview: the header and the first rows, as the file has them.
    assert step.preview.headers == KASSA_HEADER.split(";")
    assert step.preview.row_cells(0)[:3] == ("KAS-1", "Hanna", "Brouwer")
    # First guesses from the labels; the owner checks them and picks the rest.
    assert step.targets() == {
        "Klantnr": "ignore",
        "Voornaam": "first_name",
        "Achternaam": "last_name",
        "E-mailadres": "email",
        "Woonplaats": "city",
        "Opmerking": "ignore",
    }
    box = step.target_boxes["Klantnr"]
    box.setCurrentIndex(box.findData("external_id"))
    assert box.currentText() == "customer number in the webshop"
    # No name yet: the mapping is refused with the reason, and nothing is saved.
    with qtbot.waitSignal(dialog.failed, timeout=5000):
        dialog.next_button.click()
    assert dialog.error_label.isVisible() and "name" in dialog.error_label.text()
    qtbot.keyClicks(step.name_edit, "Kassa-export")
    with qtbot.waitSignal(dialog.mapping_saved, timeout=5000):
        dialog.next_button.click()
    assert dialog.pages.currentIndex() == OPTIONS_PAGE
    assert dialog.all_or_nothing_radio.isChecked() and not dialog.soft_opt_in_check.isChecked()
    assert not dialog.import_button.isEnabled()  # a trial first

    with qtbot.waitSignal(dialog.dry_run_finished, timeout=10_000) as trial:
        dialog.dry_run_button.click()
    report: ImportReport = trial.args[0]
    assert report.dry_run and not report.applied
    assert counts_shown(dialog.trial_report)["new"] == ("3", "0")
    assert customer_count(database) == before  # a trial writes nothing
    assert dialog.import_button.isEnabled() and dialog.import_button.isDefault()

    bar_seen: list[bool] = []
    dialog.progressed.connect(lambda _records: bar_seen.append(dialog.progress.isVisible()))
    with qtbot.waitSignal(dialog.import_finished, timeout=10_000) as done:
        dialog.import_button.click()
    final: ImportReport = done.args[0]
    assert bar_seen == [True]  # one batch, shown on the progress bar
    assert not dialog.progress.isVisible()
    assert dialog.pages.currentIndex() == DONE_PAGE
    assert final.applied and final.tally.customers["added"] == 3
    assert final.report_file is not None and final.report_file.exists()
    assert str(final.report_file) in dialog.final_report.details_label.text()
    assert "Opmerking" in dialog.final_report.details_label.text()  # the column not imported
    assert customer_count(database) == before + 3
    dialog.close_button.click()

    # The new customers are found by the search, here and now (the hub told the window).
    search(qtbot, window, "Brouwer")
    assert window.results.rowCount() == 1
    match = window.results.match_at(0)
    assert match is not None and match.name == "Hanna Brouwer" and match.customer_number.startswith("K")


def test_the_saved_mapping_is_offered_for_the_next_file_of_that_kind(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    dialog = open_import(qtbot, window)
    with qtbot.waitSignal(dialog.file_looked, timeout=5000):
        dialog.choose_file(kassa_file(tmp_path))
    dialog.next_button.click()
    step = dialog.mapping
    step.target_boxes["Klantnr"].setCurrentIndex(step.target_boxes["Klantnr"].findData("external_id"))
    step.target_boxes["Woonplaats"].setCurrentIndex(0)  # do not import
    step.name_edit.setText("Kassa-export")
    with qtbot.waitSignal(dialog.mapping_saved, timeout=5000):
        dialog.next_button.click()
    dialog.close_button.click()
    qtbot.waitUntil(lambda: window.import_dialog is None, timeout=5000)

    again = open_import(qtbot, window)
    with qtbot.waitSignal(again.file_looked, timeout=5000):
        again.choose_file(kassa_file(tmp_path, "kassa-december.csv"))
    qtbot.waitUntil(lambda: again.mapping.name_edit.text() == "Kassa-export", timeout=5000)
    assert again.mapping.saved_box.currentText() == "Kassa-export"
    assert again.mapping.targets()["Klantnr"] == "external_id"
    assert again.mapping.targets()["Woonplaats"] == "ignore"


def test_a_bad_row_with_all_or_nothing_saves_nothing_and_lists_the_row_without_its_value(
    qtbot: QtBot, window: MainWindow, database: Database, tmp_path: Path
) -> None:
    path = tmp_path / "customers_export.csv"
    path.write_text(
        SHOPIFY_HEADER
        + "\nAnna,Smit,anna.smit@example.nl,no,,Kerkstraat 1,,Tiel,,,Netherlands,NL,4001 AA,,no,0,0,,,no"
        + "\nBert,Bos,geen-adres,no,,Kerkstraat 2,,Tiel,,,Netherlands,NL,4001 AA,,no,0,0,,,no\n",
        encoding="utf-8",
    )
    before = customer_count(database)
    dialog = open_import(qtbot, window)
    with qtbot.waitSignal(dialog.file_looked, timeout=5000):
        dialog.choose_file(path)
    assert "Shopify customers" in dialog.format_label.text()
    dialog.next_button.click()
    assert dialog.pages.currentIndex() == OPTIONS_PAGE
    with qtbot.waitSignal(dialog.dry_run_finished, timeout=10_000):
        dialog.dry_run_button.click()
    problems = dialog.trial_report.problems
    assert [problems.row_cells(r) for r in range(problems.rowCount())] == [
        ("2", "invalid e-mail address", "Email")
    ]
    with qtbot.waitSignal(dialog.import_finished, timeout=10_000) as done:
        dialog.import_button.click()
    assert not done.args[0].applied
    assert "nothing was saved" in dialog.final_report.title_label.text()
    assert customer_count(database) == before
    assert not any("geen-adres" in text for text in visible_texts())  # the bad value is not shown


def test_cancel_stops_a_large_import_after_a_batch_and_the_window_never_stalls(
    qtbot: QtBot, window: MainWindow, database: Database, tmp_path: Path, heartbeat: Heartbeat
) -> None:
    before = customer_count(database)
    switching = sys.getswitchinterval()
    dialog = open_import(qtbot, window)
    with qtbot.waitSignal(dialog.file_looked, timeout=5000):
        dialog.choose_file(shopify_file(tmp_path, LARGE_ROWS))
    dialog.next_button.click()
    dialog.skip_bad_rows_radio.setChecked(True)
    heartbeat.timer.start()
    with qtbot.waitSignal(dialog.dry_run_finished, timeout=60_000) as trial:
        dialog.dry_run_button.click()
    assert trial.args[0].tally.customers["added"] == LARGE_ROWS
    # The owner reads the trial's report before pressing Import: the window draws it meanwhile (the
    # test's click would otherwise land in the same pass of the event loop, one stall made of two).
    qtbot.wait(READING_PAUSE_MS)
    dialog.progressed.connect(lambda _records: dialog.stop_button.click())
    with qtbot.waitSignal(dialog.import_finished, timeout=60_000) as done:
        dialog.import_button.click()
    heartbeat.timer.stop()
    report: ImportReport = done.args[0]
    # Stopped after a whole batch (each is one transaction): what is in stays, nothing half.
    assert report.cancelled and 0 < report.tally.records < LARGE_ROWS
    assert report.tally.records % 2000 == 0
    assert (
        customer_count(database) == before + report.tally.customers["added"] == before + report.tally.records
    )
    assert "stopped after" in dialog.final_report.title_label.text()
    assert len(heartbeat.beats) > 20
    assert heartbeat.longest_gap() <= STALL_LIMIT_S, f"the event loop stalled {heartbeat.longest_gap():.3f} s"
    # The quicker thread switching (ui/tasks.py) is for the run only: set back when it ended.
    assert sys.getswitchinterval() == switching


def test_the_report_view_shows_every_outcome_for_customers_and_orders(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    dialog = open_import(qtbot, window)
    with qtbot.waitSignal(dialog.file_looked, timeout=5000):
        dialog.choose_file(shopify_file(tmp_path, 2))
    dialog.next_button.click()
    with qtbot.waitSignal(dialog.dry_run_finished, timeout=10_000):
        dialog.dry_run_button.click()
    shown = counts_shown(dialog.trial_report)
    assert list(shown) == ["new", "changed", "merged", "unchanged", "skipped", "refused"]
    assert len(OUTCOMES) == len(shown)


def test_staff_see_the_import_and_the_connection_greyed_out_with_the_reason(staff_window: MainWindow) -> None:
    assert not staff_window.import_action.isEnabled()
    assert staff_window.import_action.toolTip() == "Only the owner can import customers and orders."
    assert staff_window.import_action.statusTip() == "Only the owner can import customers and orders."
    assert not staff_window.connection_action.isEnabled()
    assert staff_window.connection_action.toolTip() == "Only the owner sets up the webshop connection."
    assert staff_window.show_import() is None and staff_window.show_connection() is None
    assert staff_window.sync_action.isEnabled()  # the hourly sync runs at whichever desk is open


# --- the webshop connection and the sync ---------------------------------------------------------------


def settled(qtbot: QtBot, watch: SyncWatch) -> None:
    """The window's first look at the sync status is done (it starts when the window shows)."""
    qtbot.waitUntil(lambda: watch.source is not None or watch.status_known, timeout=5000)
    qtbot.waitUntil(lambda: not watch.busy, timeout=20_000)


def open_connection(qtbot: QtBot, window: MainWindow) -> ShopConnectionDialog:
    window.connection_action.trigger()
    dialog = window.connection_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: not dialog.busy, timeout=5000)
    return dialog


def test_the_connection_test_shows_the_counts_and_saving_keeps_the_secret_out_of_sight(
    qtbot: QtBot, window: MainWindow, woo_shop: WooShop, database: Database
) -> None:
    dialog = open_connection(qtbot, window)
    qtbot.keyClicks(dialog.url_edit, woo_shop.url)
    qtbot.keyClicks(dialog.key_edit, KEY)
    qtbot.keyClicks(dialog.secret_edit, SECRET)
    assert dialog.secret_edit.displayText() != SECRET  # password echo
    with qtbot.waitSignal(dialog.tested, timeout=10_000) as tested:
        dialog.test_button.click()
    assert tested.args == [True]
    assert dialog.test_label.text() == (
        f"The connection works: the key can read {len(woo_shop.customers)} customers and "
        f"{len(woo_shop.orders)} orders."
    )
    dialog.newsletter_key_edit.setText("_newsletter_optin")
    with qtbot.waitSignal(dialog.connection_saved, timeout=10_000):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    status = sync.sync_status(window.desk.context).result
    assert status is not None and status.url == woo_shop.url
    assert status.consent_fields == {"_newsletter_optin": "marketing_consent"}
    assert not status.soft_opt_in

    # Open again: the address and choices are there; the secret is not, only that a key is kept.
    qtbot.waitUntil(lambda: window.connection_dialog is None, timeout=5000)
    again = open_connection(qtbot, window)
    assert again.url_edit.text() == woo_shop.url and again.secret_edit.text() == ""
    assert again.kept_label.isVisible()
    assert not any(SECRET in text for text in visible_texts())


def test_a_wrong_secret_shows_the_shops_refusal_in_dutch(
    qtbot: QtBot, window: MainWindow, woo_shop: WooShop, dutch: None
) -> None:
    dialog = open_connection(qtbot, window)
    dialog.url_edit.setText(woo_shop.url)
    dialog.key_edit.setText(KEY)
    dialog.secret_edit.setText("cs_wrong")
    with qtbot.waitSignal(dialog.tested, timeout=10_000) as tested:
        dialog.test_button.click()
    assert tested.args == [False]
    expected = QCoreApplication.translate(
        "errors",
        "The shop {host} refused the API key: the key or secret is wrong, or the key has no read rights. "
        "Make a new key with Read access in WooCommerce (Settings, Advanced, REST API).",
    )
    assert "sleutel" in expected  # the Dutch text, not the English
    assert dialog.test_label.text() == expected.format(host="127.0.0.1")
    assert "cs_wrong" not in dialog.test_label.text()


def test_synchronise_now_shows_the_last_sync_in_the_status_bar(
    qtbot: QtBot, window: MainWindow, woo_shop: WooShop, dutch: None, message_boxes: MessageBoxes
) -> None:
    settled(qtbot, window.sync)
    sync.set_up_sync(window.desk.context, woo_shop.url, KEY, SECRET)
    with qtbot.waitSignal(window.sync.sync_finished, timeout=20_000) as done:
        window.sync_action.trigger()
    report: ImportReport = done.args[0]
    added, changed, refused = report.total("added"), report.total("changed"), report.total("refused")
    assert report.applied and added >= len(woo_shop.orders)
    # 09:30 UTC is 10:30 in Maurik.
    counts = f"{added} nieuw, {changed} gewijzigd" + (f", {refused} geweigerd" if refused else "")
    assert window.sync.label.text() == f"Webshop: laatst gesynchroniseerd 10:30 ({counts})"
    assert window.sync.label.isVisible()
    assert message_boxes.shown == []


def test_a_failed_sync_says_why_in_the_label_without_a_dialog(
    qtbot: QtBot, window: MainWindow, woo_shop: WooShop, dutch: None, message_boxes: MessageBoxes
) -> None:
    settled(qtbot, window.sync)
    sync.set_up_sync(window.desk.context, woo_shop.url, KEY, "cs_wrong")
    with qtbot.waitSignal(window.sync.sync_failed, timeout=20_000):
        window.sync_action.trigger()
    expected = QCoreApplication.translate("imports", "the shop refused the API key")
    assert expected != "the shop refused the API key"  # translated
    assert window.sync.label.text() == f"Webshop: synchroniseren mislukt om 10:30 ({expected})"
    assert "127.0.0.1" in window.sync.label.toolTip()  # the whole sentence, in Dutch
    assert message_boxes.shown == []


def test_the_hourly_sync_runs_when_an_hour_has_passed_on_the_clock(
    qtbot: QtBot, window: MainWindow, woo_shop: WooShop, clock: FixedClock
) -> None:
    watch = window.sync
    settled(qtbot, watch)
    sync.set_up_sync(window.desk.context, woo_shop.url, KEY, SECRET)
    # The first look at start: set up, never synced: a sync is due at once.
    with qtbot.waitSignal(watch.sync_finished, timeout=20_000):
        watch.load_status()
    qtbot.waitUntil(lambda: watch.source is not None and watch.source.last_run_at is not None, timeout=5000)
    started = watch.syncs
    for _minute in range(59):  # the minute ticks of the hour after it: each reads the status, no sync
        clock.moment += timedelta(minutes=1)
        with qtbot.waitSignal(watch.status_loaded, timeout=5000):
            watch.tick()
    assert watch.syncs == started and not watch.syncing
    clock.moment += timedelta(minutes=1)
    with qtbot.waitSignal(watch.sync_finished, timeout=20_000):
        watch.tick()
    assert watch.syncs == started + 1
    qtbot.waitUntil(lambda: not watch.busy, timeout=5000)
    # The computer slept half an hour (no ticks meanwhile): the first tick after it syncs.
    clock.moment += timedelta(minutes=1)
    with qtbot.waitSignal(watch.status_loaded, timeout=5000):
        watch.tick()
    assert watch.syncs == started + 1
    clock.moment += timedelta(minutes=30)
    with qtbot.waitSignal(watch.sync_finished, timeout=20_000):
        watch.tick()
    assert watch.syncs == started + 2
    # A clock set back (the last sync "in the future") syncs again rather than waiting for it.
    qtbot.waitUntil(lambda: not watch.busy, timeout=5000)
    clock.moment -= timedelta(hours=5)
    with qtbot.waitSignal(watch.sync_finished, timeout=20_000):
        watch.tick()
    assert watch.syncs == started + 3


def test_no_sync_runs_without_a_connection(qtbot: QtBot, window: MainWindow) -> None:
    watch = window.sync
    settled(qtbot, watch)
    watch.tick()
    assert watch.syncs == 0 and not watch.label.isVisible()
