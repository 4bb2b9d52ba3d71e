"""Correcting details through the dialog (R13): trail with who and when; refusals keep the input."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from spaceoptics_desk.store.database import Database
from spaceoptics_desk.store.models import Customer
from spaceoptics_desk.ui.customer_view.panel import HISTORY, CustomerViewPanel
from spaceoptics_desk.ui.main_window.window import MainWindow
from spaceoptics_desk.ui.rectify.dialog import RectifyDialog
from tests.gui.conftest import MessageBoxes, Shop, open_customer_by_enter, search
from tests.records import at


def open_dialog(qtbot: QtBot, window: MainWindow, query: str) -> tuple[CustomerViewPanel, RectifyDialog]:
    search(qtbot, window, query)
    open_customer_by_enter(qtbot, window)
    panel = window.customer_panel
    qtbot.keyClick(panel.tabs, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = panel.rectify_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.activateWindow()  # the offscreen platform does not activate new windows by itself
    qtbot.waitUntil(dialog.isActiveWindow)
    return panel, dialog


def retype(qtbot: QtBot, dialog: RectifyDialog, key: str, text: str) -> None:
    edit = dialog.inputs[key]
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def test_a_new_email_is_saved_and_shown_in_the_history(
    qtbot: QtBot, window: MainWindow, shop: Shop, database: Database
) -> None:
    panel, dialog = open_dialog(qtbot, window, "jan van der berg")
    assert dialog.inputs["email"].text() == "jan.vdberg@example.nl"
    retype(qtbot, dialog, "email", "Jan.Berg@Example.NL")
    with qtbot.waitSignal(panel.customer_loaded, timeout=5000):
        qtbot.keyClick(dialog.inputs["email"], Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert panel.profile_tab.values["email"].text() == "jan.berg@example.nl"
    assert panel.tabs.tabText(HISTORY) == "History (1)"
    # The clock stands at 25-11-2026 09:30 UTC: 10:30 in Maurik.
    assert panel.history_tab.model.row_cells(0) == (
        "25-11-2026 10:30",
        "E-mail",
        "jan.vdberg@example.nl",
        "jan.berg@example.nl",
        "Olga Eigenaar",
        "",
    )
    assert "E-mail" in panel.notice.text()
    with database.reading() as session:
        customer = session.get(Customer, shop.jan)
        assert customer is not None and customer.email == "jan.berg@example.nl"


def test_only_changed_fields_are_sent_with_the_value_seen(
    qtbot: QtBot, window: MainWindow, shop: Shop
) -> None:
    _panel, dialog = open_dialog(qtbot, window, "jan van der berg")
    assert dialog.changed_edits() == []
    address_key = next(key for key in dialog.inputs if key.endswith(":postcode"))
    assert dialog.inputs[address_key].text() == "4021 HR"  # shown as people write it; unchanged
    retype(qtbot, dialog, "mobile", "06 1111 2222")
    [edit] = dialog.changed_edits()
    assert (edit.field, edit.seen, edit.new, edit.address_id) == (
        "mobile",
        "+31622993969",
        "06 1111 2222",
        None,
    )


def test_an_address_correction_is_saved(qtbot: QtBot, window: MainWindow, shop: Shop) -> None:
    panel, dialog = open_dialog(qtbot, window, "jan van der berg")
    key = next(key for key in dialog.inputs if key.endswith(":street"))
    retype(qtbot, dialog, key, "Kerkstraat")
    with qtbot.waitSignal(panel.customer_loaded, timeout=5000):
        dialog.save_button.click()
    assert panel.profile_tab.addresses.row_cells(0)[1] == "Kerkstraat 151"
    assert panel.history_tab.model.row_cells(0)[1:4] == ("Address: street", "Dorpsstraat", "Kerkstraat")


def test_bad_input_shows_the_message_and_keeps_the_input(
    qtbot: QtBot, window: MainWindow, shop: Shop, message_boxes: MessageBoxes, database: Database
) -> None:
    _panel, dialog = open_dialog(qtbot, window, "jan van der berg")
    retype(qtbot, dialog, "email", "jan at example")
    retype(qtbot, dialog, "first_name", "Johannes")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=5000)
    assert dialog.error_label.text() == "That is not a valid e-mail address."
    assert dialog.isVisible()
    assert dialog.inputs["email"].text() == "jan at example"
    assert dialog.inputs["first_name"].text() == "Johannes"
    assert message_boxes.shown == []
    with database.reading() as session:
        customer = session.get(Customer, shop.jan)
        assert customer is not None and customer.first_name == "Jan"  # nothing of the action remains


def test_an_emptied_required_field_is_named_as_people_read_it(
    qtbot: QtBot, window: MainWindow, shop: Shop
) -> None:
    _panel, dialog = open_dialog(qtbot, window, "zoe")
    retype(qtbot, dialog, "last_name", "")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=5000)
    assert dialog.error_label.text() == "The field 'Last name' may not be empty."
    assert dialog.inputs["last_name"].hasFocus()


def test_a_change_by_someone_else_meanwhile_is_not_overwritten(
    qtbot: QtBot, window: MainWindow, shop: Shop, database: Database
) -> None:
    _panel, dialog = open_dialog(qtbot, window, "zoe")
    with database.transaction() as session:
        customer = session.get(Customer, shop.zoe)
        assert customer is not None
        customer.email = "zoe@elders.nl"
    retype(qtbot, dialog, "email", "zoe@example.nl")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=5000)
    assert "Someone else changed this customer" in dialog.error_label.text()
    assert dialog.inputs["email"].text() == "zoe@example.nl"
    with database.reading() as session:
        customer = session.get(Customer, shop.zoe)
        assert customer is not None and customer.email == "zoe@elders.nl"


def test_phone_numbers_are_shown_the_dutch_way_but_sent_as_stored(
    qtbot: QtBot, window: MainWindow, shop: Shop
) -> None:
    panel, dialog = open_dialog(qtbot, window, "jan van der berg")
    assert dialog.inputs["mobile"].text() == "06 22993969"
    assert dialog.changed_edits() == []  # shown differently is not changed
    retype(qtbot, dialog, "mobile", "06 1111 2222")
    [edit] = dialog.changed_edits()
    assert edit.seen == "+31622993969"
    with qtbot.waitSignal(panel.customer_loaded, timeout=5000):
        dialog.save_button.click()
    assert panel.profile_tab.values["mobile"].text() == "06 11112222"
    assert panel.history_tab.model.row_cells(0)[1:4] == ("Mobile", "06 22993969", "06 11112222")


def test_a_customer_restricted_meanwhile_is_corrected_only_within_a_case(
    qtbot: QtBot, window: MainWindow, shop: Shop, database: Database
) -> None:
    _panel, dialog = open_dialog(qtbot, window, "zoe")
    with database.transaction() as session:
        zoe = session.get(Customer, shop.zoe)
        assert zoe is not None
        zoe.restricted_at = at(2026, 11, 25, 9)
    retype(qtbot, dialog, "phone", "0344 123456")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=5000)
    assert "restricted" in dialog.error_label.text()
    assert dialog.isVisible()


def test_saving_nothing_just_closes(qtbot: QtBot, window: MainWindow, shop: Shop) -> None:
    panel, dialog = open_dialog(qtbot, window, "zoe")
    dialog.save_button.click()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert panel.tabs.tabText(HISTORY) == "History"


def test_escape_cancels_without_saving(
    qtbot: QtBot, window: MainWindow, shop: Shop, database: Database
) -> None:
    _panel, dialog = open_dialog(qtbot, window, "zoe")
    key = next(key for key in dialog.inputs if key.endswith(":city"))
    retype(qtbot, dialog, key, "Utrecht")
    qtbot.keyClick(dialog.inputs[key], Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    with database.reading() as session:
        customer = session.get(Customer, shop.zoe)
        assert customer is not None and customer.addresses[0].city == "Amsterdam"
