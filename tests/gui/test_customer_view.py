"""The customer view: every part of the customer on its tab, restriction banner, retention dates."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTreeWidgetItem
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from spaceoptics_desk.store.database import Database
from spaceoptics_desk.ui.customer_view.panel import (
    CONSENT,
    HISTORY,
    HOLDS,
    ORDERS,
    PORTAL,
    RETENTION,
    CustomerViewPanel,
)
from spaceoptics_desk.ui.customer_view.tabs import WHY_COLUMN
from spaceoptics_desk.ui.formatting import format_date
from spaceoptics_desk.ui.main_window.window import MainWindow
from tests.gui.conftest import Shop, open_customer_by_enter, search


def open_customer(qtbot: QtBot, window: MainWindow, query: str) -> CustomerViewPanel:
    search(qtbot, window, query)
    open_customer_by_enter(qtbot, window)
    return window.customer_panel


def present(item: QTreeWidgetItem | None) -> QTreeWidgetItem:
    """A tree item at an index its count says is there."""
    assert item is not None
    return item


def consent_row(panel: CustomerViewPanel, purpose: str) -> list[str]:
    model = panel.consent_tab.states
    for row in range(model.rowCount()):
        if model.row_cells(row)[0] == purpose:
            return list(model.row_cells(row))
    raise AssertionError(f"no purpose {purpose}")


def test_profile_orders_consent_and_account_of_the_customer(
    qtbot: QtBot, window: MainWindow, shop: Shop
) -> None:
    panel = open_customer(qtbot, window, "jan van der berg")
    assert panel.profile_tab.values["email"].text() == "jan.vdberg@example.nl"
    assert panel.profile_tab.values["mobile"].text() == "06 22993969"  # stored as +31622993969
    assert panel.profile_tab.values["phone"].text() == "—"
    assert panel.profile_tab.values["created"].text() == "01-03-2016 13:00"  # 12:00 UTC in Amsterdam winter
    assert panel.profile_tab.addresses.row_cells(0)[1:4] == ("Dorpsstraat 151", "4021 HR", "Maurik")
    assert "K000123" in panel.summary_label.text()

    tree = panel.orders_tab.tree
    assert panel.tabs.tabText(ORDERS) == "Orders (2)"
    assert [present(tree.topLevelItem(i)).text(0) for i in range(tree.topLevelItemCount())] == [
        "2025-000123",
        "2019-000042",
    ]
    newest = present(tree.topLevelItem(0))
    assert newest.text(2) == "€ 599,00"
    details = [present(newest.child(i)).text(0) for i in range(newest.childCount())]
    assert details[0] == "1 × Dobson telescope 200/1200"
    assert "Invoice F2025-000123" in details
    assert "Payment" in details
    assert any(text.startswith("Shipment") for text in details)

    assert consent_row(panel, "Newsletter & e-mail")[1:4] == ["Consent", "Given", "01-05-2024 14:00"]
    assert consent_row(panel, "Promotions")[2] == "Never asked"
    assert consent_row(panel, "Orders")[1:3] == ["Contract", "Not needed"]
    assert panel.tabs.tabText(CONSENT) == "Consent"

    assert panel.portal_tab.values["last_login"].text() == "02-10-2026 10:15"
    assert panel.tabs.tabText(PORTAL) == "Portal"
    assert panel.tabs.tabToolTip(PORTAL) == "Portal account"
    assert panel.restricted_banner.isHidden()
    assert panel.hold_banner.isHidden()


def test_a_restricted_customer_shows_the_banner(qtbot: QtBot, window: MainWindow, shop: Shop) -> None:
    panel = open_customer(qtbot, window, "kiki")
    assert panel.restricted_banner.isVisible()
    assert "restricted since 11-11-2026 06:03" in panel.restricted_banner.text()
    assert panel.hold_banner.isVisible()
    assert panel.tabs.tabText(HOLDS) == "Holds (1)"
    assert panel.tabs.tabToolTip(HOLDS) == "Legal holds (1)"
    assert panel.holds_tab.model.row_cells(0) == (
        "Disputed payment",
        "DISP-2026-7",
        "01-11-2026 13:00",
        "01-05-2027",
    )


def test_retention_gives_each_category_its_rule_and_earliest_date(
    qtbot: QtBot, window: MainWindow, shop: Shop
) -> None:
    panel = open_customer(qtbot, window, "jan van der berg")
    model = panel.retention_tab.model
    rows = {model.row_cells(r)[0]: model.row_cells(r) for r in range(model.rowCount())}
    assert panel.view is not None
    due = {item.rule.category.value: item for item in panel.view.retention}
    profile = rows["Profile, contact data and addresses"]
    # R23: 7 years after the last order (14-03-2025); the date itself is the domain's to compute.
    assert due["profile"].first_due is not None and due["profile"].first_due.year == 2032
    assert profile[1:4] == (
        format_date(due["profile"].first_due),
        "Kept",
        "7 years after the last order (or creation)",
    )
    fiscal = rows["Orders, invoices and payments (fiscal)"]
    # The 2019 order's documents may go 7 years after the end of 2019; the 2025 ones after 2025.
    assert fiscal[1] == format_date(due["fiscal"].first_due) and fiscal[1].endswith("2027")
    assert fiscal[5] == format_date(due["fiscal"].last_due) and fiscal[5].endswith("2033")
    assert rows["Customer-service contacts"][2] == "Nothing kept"
    assert panel.tabs.tabText(RETENTION) == "Retention"
    # Why: a translatable explanation per category, not the rule data's English text.
    # The ground only; the period is the rule's, in the column beside it (the owner may change it).
    assert (
        profile[WHY_COLUMN]
        == "Shop policy: kept for its period after the last order, then erased (GDPR art. 5(1)(e))."
    )
    assert fiscal[WHY_COLUMN].startswith("Tax law: kept for its period") and "7" not in fiscal[WHY_COLUMN]
    legal_bases = {item.rule.legal_basis for item in panel.view.retention}
    assert not legal_bases & {row[WHY_COLUMN] for row in rows.values()}


@pytest.mark.usefixtures("dutch")
def test_the_retention_why_is_dutch_and_on_screen_at_1280_pixels(
    qtbot: QtBot, window: MainWindow, shop: Shop
) -> None:
    window.resize(1280, 760)
    qtbot.waitUntil(lambda: window.width() == 1280)
    panel = open_customer(qtbot, window, "jan van der berg")
    panel.tabs.setCurrentIndex(RETENTION)
    QApplication.processEvents()
    model, table = panel.retention_tab.model, panel.retention_tab.table
    whys = [model.row_cells(row)[WHY_COLUMN] for row in range(model.rowCount())]
    fiscal_why = "Belastingwet: bewaard gedurende de termijn vanaf het einde van het jaar van het document"
    assert f"{fiscal_why} (AWR art. 52)." in whys
    assert not any("Policy" in why or "Tax law" in why for why in whys)
    header = table.horizontalHeader()
    assert table.horizontalScrollBar().maximum() == 0
    left = header.sectionViewportPosition(WHY_COLUMN)
    assert left >= 0 and left + header.sectionSize(WHY_COLUMN) <= table.viewport().width()
    assert header.sectionSize(WHY_COLUMN) >= 200


@pytest.mark.parametrize("language", ["en", "nl"])
def test_every_tab_title_is_on_screen_at_1024_pixels(
    qtbot: QtBot, window: MainWindow, shop: Shop, request: pytest.FixtureRequest, language: str
) -> None:
    if language == "nl":
        request.getfixturevalue("dutch")
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.width() == 1024)
    panel = open_customer(qtbot, window, "kiki")  # the most counted titles: holds, and a banner
    QApplication.processEvents()
    bar = panel.tabs.tabBar()
    for index in range(bar.count()):
        rect = bar.tabRect(index)
        assert rect.left() >= 0 and rect.right() < bar.width(), panel.tabs.tabText(index)
        # Not shortened: the tab got the width its whole title asks for.
        assert rect.width() >= bar.tabSizeHint(index).width(), panel.tabs.tabText(index)


def test_a_restricted_customer_cannot_be_corrected_outside_a_request(
    qtbot: QtBot, window: MainWindow, shop: Shop
) -> None:
    panel = open_customer(qtbot, window, "kiki")
    assert not panel.rectify_button.isEnabled()
    assert "within a request" in panel.rectify_button.toolTip()
    assert "correct REF --request ID" in panel.rectify_button.toolTip()
    assert not window.rectify_action.isEnabled()
    assert "within a request" in window.rectify_action.statusTip()
    qtbot.keyClick(panel.tabs, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert panel.rectify_dialog is None
    # Another customer, not restricted: the button and Ctrl+E work again.
    panel = open_customer(qtbot, window, "zoe")
    assert panel.rectify_button.isEnabled() and window.rectify_action.isEnabled()
    assert "Ctrl+E" in panel.rectify_button.toolTip()


def test_a_customer_past_retention_is_marked_due(qtbot: QtBot, window: MainWindow, shop: Shop) -> None:
    panel = open_customer(qtbot, window, "zoe")  # no orders, customer since 2016: profile due since 2023
    model = panel.retention_tab.model
    profile = model.row_cells(0)
    assert profile[1].endswith("-2023")
    assert profile[2] == "Due now"


def test_loading_another_customer_replaces_the_view(qtbot: QtBot, window: MainWindow, shop: Shop) -> None:
    open_customer(qtbot, window, "jan van der berg")
    panel = open_customer(qtbot, window, "zoe")
    assert panel.name_label.text() == "Zoë de Vries"
    assert panel.orders_tab.tree.topLevelItemCount() == 0
    assert panel.tabs.tabText(HISTORY) == "History"


def test_a_customer_deleted_meanwhile_says_so(
    qtbot: QtBot, window: MainWindow, shop: Shop, database: Database
) -> None:
    search(qtbot, window, "zoe")
    with database.transaction() as session:
        from spaceoptics_desk.store.models import Customer

        customer = session.get(Customer, shop.zoe)
        session.delete(customer)
    window.open_current()
    qtbot.waitUntil(lambda: window.customer_panel.name_label.text() == "This customer no longer exists.")
    assert not window.customer_panel.rectify_button.isEnabled()


def test_the_tab_models_are_proper_qt_models(
    qtbot: QtBot, window: MainWindow, shop: Shop, qtmodeltester: ModelTester
) -> None:
    panel = open_customer(qtbot, window, "jan van der berg")
    for model in (
        panel.profile_tab.addresses,
        panel.consent_tab.states,
        panel.consent_tab.history,
        panel.retention_tab.model,
        panel.history_tab.model,
        panel.holds_tab.model,
    ):
        qtmodeltester.check(model, force_py=True)
