"""The customer view: everything the shop holds about one customer, loaded in a worker."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from spaceoptics_desk.domain.clock import to_local
from spaceoptics_desk.domain.permissions import Action
from spaceoptics_desk.errors import KnownError, NotFound
from spaceoptics_desk.operations import customers
from spaceoptics_desk.ui.coalescing_load import CoalescingLoad
from spaceoptics_desk.ui.consent.tab import ConsentTab
from spaceoptics_desk.ui.copies.dialog import CopyDialog
from spaceoptics_desk.ui.customer_view.tabs import (
    ListTab,
    OrdersTab,
    PortalTab,
    ProfileTab,
    RetentionTab,
    contact_rows,
    history_rows,
    hold_rows,
    request_rows,
    returns_rows,
)
from spaceoptics_desk.ui.desk import Desk
from spaceoptics_desk.ui.error_reporting import error_text, report_failure
from spaceoptics_desk.ui.formatting import format_date, format_moment
from spaceoptics_desk.ui.labels import label
from spaceoptics_desk.ui.rectify.dialog import RectifyDialog
from spaceoptics_desk.ui.tasks import Task

PROFILE, ORDERS, RETURNS, SERVICE, PORTAL, CONSENT, REQUESTS, HOLDS, RETENTION, HISTORY = range(10)

if TYPE_CHECKING:
    from spaceoptics_desk.operations.changes import Changes
    from spaceoptics_desk.operations.consent import ConsentControls
    from spaceoptics_desk.services.customer_view import CustomerView


class CustomerViewPanel(QWidget):
    """One customer on screen: a header with banners, then a tab per kind of record.

    Attributes:
        view: the customer shown (None while nothing is loaded).
        tabs: the tab widget; the tab constants above index it.
        rectify_dialog: the open "Correct details" dialog, if any.
        copy_dialog: the open "Create data copy" dialog, if any.

    Signals:
        customer_loaded(int): the customer with this id is on screen (first load or reload).
        back_requested(): the user wants the search results again.
        rectify_allowed_changed(bool, str): whether details may be corrected now, and why (or why not).
        intake_requested(int, str): the user wants to record a request of this customer (id, "name (K…)").
        customer_erased(int): the customer shown (this id) was erased, here or by another program (R14).
    """

    customer_loaded = Signal(int)
    back_requested = Signal()
    rectify_allowed_changed = Signal(bool, str)
    intake_requested = Signal(int, str)
    customer_erased = Signal(int)

    def __init__(self, desk: Desk, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self.view: CustomerView | None = None
        self.rectify_dialog: RectifyDialog | None = None
        self.copy_dialog: CopyDialog | None = None
        # At most one load of the customer runs; a change meanwhile loads once more after it (issue 11).
        self._load: CoalescingLoad[customers.CustomerOnScreen] = CoalescingLoad(
            self._start_load, self._on_view_loaded, self._on_load_failed
        )
        self._loading_id: int | None = None

        self.name_label = QLabel(self)
        self.name_label.setObjectName("customerName")
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("customerSummary")
        self.back_button = QPushButton(self.tr("← &Back to results"), self)
        self.back_button.setToolTip(self.tr("Back to the search results (Esc)"))
        self.back_button.clicked.connect(self.back_requested)
        self.rectify_button = QPushButton(self.tr("&Correct details…"), self)
        self.rectify_button.clicked.connect(self.open_rectify_dialog)
        self.intake_button = QPushButton(self.tr("Record a re&quest…"), self)
        self.intake_button.setToolTip(self.tr("Record a privacy request of this customer (Ctrl+R)"))
        self.intake_button.clicked.connect(self.request_intake)
        self.intake_shortcut = QShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_R), self)
        self.intake_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.intake_shortcut.activated.connect(self.request_intake)
        self.copy_button = QPushButton(self.tr("&Data copy…"), self)
        self.copy_button.setToolTip(
            self.tr("Create the customer's data copy (encrypted PDF) to check and send")
        )
        self.copy_button.clicked.connect(self.open_copy_dialog)
        self._set_rectify_allowed(None)

        self.restricted_banner = QLabel(self)
        self.restricted_banner.setObjectName("restrictedBanner")
        self.restricted_banner.setWordWrap(True)
        self.restricted_banner.hide()
        self.hold_banner = QLabel(self)
        self.hold_banner.setObjectName("holdBanner")
        self.hold_banner.setWordWrap(True)
        self.hold_banner.hide()
        self.notice = QLabel(self)
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.hide()

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        # All ten tabs on screen at 1024 px: short titles, and when they still do not fit (a larger
        # font), shortened text instead of scroll arrows that hide tabs; the tooltip has the full title.
        self.tabs.setUsesScrollButtons(False)
        self.tabs.setElideMode(Qt.TextElideMode.ElideRight)
        self.profile_tab = ProfileTab()
        self.orders_tab = OrdersTab()
        self.returns_tab = ListTab(
            [
                self.tr("Kind"),
                self.tr("Order"),
                self.tr("Opened"),
                self.tr("Closed"),
                self.tr("Status"),
                self.tr("Description"),
            ],
            self.tr("No returns or repairs."),
        )
        self.service_tab = ListTab(
            [self.tr("Date"), self.tr("Kind"), self.tr("Channel"), self.tr("Subject"), self.tr("Summary")],
            self.tr("No customer-service contacts."),
        )
        self.portal_tab = PortalTab()
        self.consent_tab = ConsentTab(desk, language)
        self.consent_tab.consent_changed.connect(self._on_consent_changed)
        self.requests_tab = ListTab(
            [self.tr("Received"), self.tr("Channel"), self.tr("Status"), self.tr("Rights")],
            self.tr("No open requests."),
        )
        self.holds_tab = ListTab(
            [self.tr("Reason"), self.tr("Case reference"), self.tr("Placed"), self.tr("Review on")],
            self.tr("No legal holds."),
        )
        self.retention_tab = RetentionTab(
            [
                self.tr("Category"),
                self.tr("Earliest may go"),
                self.tr("State"),
                self.tr("Kept for"),
                self.tr("Then"),
                self.tr("Newest may go"),
                self.tr("Records"),
                self.tr("Why"),
            ],
            "",
        )
        self.history_tab = ListTab(
            [
                self.tr("Changed"),
                self.tr("Field"),
                self.tr("Old value"),
                self.tr("New value"),
                self.tr("By"),
                self.tr("Case"),
            ],
            self.tr("No corrections yet."),
        )
        for widget in (
            self.profile_tab,
            self.orders_tab,
            self.returns_tab,
            self.service_tab,
            self.portal_tab,
            self.consent_tab,
            self.requests_tab,
            self.holds_tab,
            self.retention_tab,
            self.history_tab,
        ):
            self.tabs.addTab(widget, "")
        self._set_tab_titles(None)

        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.name_label)
        titles.addWidget(self.summary_label)
        header.addLayout(titles, 1)
        header.addWidget(self.intake_button, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.rectify_button, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.restricted_banner)
        layout.addWidget(self.hold_banner)
        layout.addWidget(self.notice)
        layout.addWidget(self.tabs, 1)

    def _set_tab_titles(self, view: CustomerView | None) -> None:
        def counted(title: str, count: int | None) -> str:
            return f"{title} ({count})" if count else title

        def size(items: list[Any] | None) -> int | None:
            return None if items is None else len(items)

        titles = [
            (self.tr("Profile"), self.tr("Profile and addresses"), None),
            (self.tr("Orders"), self.tr("Orders"), size(view.orders if view else None)),
            (
                self.tr("Returns"),
                self.tr("Returns and repairs"),
                size(view.returns_repairs if view else None),
            ),
            (self.tr("Service"), self.tr("Customer service"), size(view.service_contacts if view else None)),
            (self.tr("Portal"), self.tr("Portal account"), None),
            (self.tr("Consent"), self.tr("Consent"), None),
            (self.tr("Requests"), self.tr("Requests"), size(view.open_requests if view else None)),
            (self.tr("Holds"), self.tr("Legal holds"), size(view.legal_holds if view else None)),
            (self.tr("Retention"), self.tr("Retention"), None),
            (
                self.tr("History"),
                self.tr("History of corrections"),
                size(view.rectifications if view else None),
            ),
        ]
        for index, (title, full_title, count) in enumerate(titles):
            self.tabs.setTabText(index, counted(title, count))
            self.tabs.setTabToolTip(index, counted(full_title, count))

    @property
    def customer_id(self) -> int | None:
        return self.view.profile.customer_id if self.view else self._loading_id

    def load(self, customer_id: int) -> None:
        """Loads (or reloads) a customer in the worker; a load of another customer is not shown."""
        other_customer = customer_id != self._loading_id
        if self.view is None or self.view.profile.customer_id != customer_id:
            self.view = None
            self.name_label.setText(self.tr("Loading…"))
            self.summary_label.clear()
            self.restricted_banner.hide()
            self.hold_banner.hide()
            self.notice.hide()
            self._set_rectify_allowed(None)
            self.tabs.setCurrentIndex(PROFILE)
        self._loading_id = customer_id
        self._load.request(asked_changed=other_customer)

    def _start_load(
        self,
        on_done: Callable[[customers.CustomerOnScreen], None],
        on_failed: Callable[[BaseException], None],
    ) -> Task[Any]:
        assert self._loading_id is not None  # set by load() before every request
        operation = functools.partial(customers.open_customer, customer_id=self._loading_id)
        return self._desk.run(operation, on_done, on_failed)

    def _on_view_loaded(self, loaded: customers.CustomerOnScreen) -> None:
        self.show_view(loaded.view, loaded.consent)
        self.customer_loaded.emit(loaded.view.profile.customer_id)

    def _on_load_failed(self, error: BaseException) -> None:
        reloaded = self.view is not None and self.view.profile.customer_id == self._loading_id
        if isinstance(error, NotFound) and reloaded and self._loading_id is not None:
            # R14: shown, reloaded after another program's write (EVERYTHING), and gone: the other desk,
            # the command line or the automatic review erased them; the same as an erasure here.
            self.show_erased(self._loading_id)
        elif isinstance(error, KnownError):
            self.view = None
            self.name_label.setText(error_text(error))
            self.tabs.hide()  # e.g. erased by the retention review meanwhile: nothing of them stays
            self._set_rectify_allowed(None)
        else:
            report_failure(self, error)

    def show_changes(self, changes: Changes) -> bool:
        """Issue 11: the customer shown as stored now, after a change made here or elsewhere (the hub).

        Returns whether the customer shown was erased (R14: nothing of them stays on screen)."""
        customer_id = self.customer_id
        if customer_id is None:
            return False
        if changes.erased_customer(customer_id):
            return self.show_erased(customer_id)
        # R2: a holiday added or removed moves the due dates of the customer's requests; R23: a rule
        # changed moves what the Retention tab says is kept and until when.
        if changes.touches_customer(customer_id) or changes.holidays or changes.rules:
            self.load(customer_id)
        return False

    def show_erased(self, customer_id: int) -> bool:
        """R14: the customer shown (or loading) was erased: nothing of them stays on screen.

        Returns whether this panel was showing them.
        """
        if self.customer_id != customer_id:
            return False
        self._load.cancel()
        self._close_dialogs()
        self.view = None
        self._loading_id = None
        self.name_label.setText(self.tr("This customer was erased."))
        self.summary_label.clear()
        self.restricted_banner.hide()
        self.hold_banner.hide()
        self.notice.hide()
        self.tabs.hide()
        self._set_rectify_allowed(None)
        self.customer_erased.emit(customer_id)
        return True

    def _close_dialogs(self) -> None:
        """R14: the correction and copy windows of an erased customer close with their data."""
        dialog = self.rectify_dialog
        if dialog is not None:
            dialog.reject()  # refused while it saves: the save is refused then, and says so
            if not dialog.isVisible():
                self.rectify_dialog = None
        if self.copy_dialog is not None:
            self.copy_dialog.reject()  # deletes itself on closing (a copy still being made stays)

    def show_view(self, view: CustomerView, consent: ConsentControls | None = None) -> None:
        self.view = view
        self.tabs.show()
        profile = view.profile
        self.name_label.setText(
            f"{profile.name} — {profile.company_name}" if profile.company_name else profile.name
        )
        self.summary_label.setText(
            self.tr("{number} · {kind} · customer since {date}").format(
                number=profile.customer_number,
                kind=label("customer_kind", profile.kind),
                date=format_date(to_local(profile.created_at).date()),
            )
        )
        if profile.restricted_at is not None:
            # R15: while restricted, the data may only be stored; the banner says so on every screen.
            self.restricted_banner.setText(
                self.tr(
                    "⚠ Processing is restricted since {moment} (GDPR art. 18). Keep the data, but do not "
                    "use it for marketing, exports or anything else; corrections only within a case."
                ).format(moment=format_moment(profile.restricted_at))
            )
            self.restricted_banner.show()
        else:
            self.restricted_banner.hide()
        if view.legal_holds:
            review = min(h.review_on for h in view.legal_holds)
            self.hold_banner.setText(
                self.tr("Legal hold: nothing of this customer may be erased; review on {date}.").format(
                    date=format_date(review)
                )
            )
            self.hold_banner.show()
        else:
            self.hold_banner.hide()
        self.profile_tab.show_profile(profile, view.addresses)
        self.orders_tab.show_orders(view.orders)
        self.returns_tab.set_rows(returns_rows(view.returns_repairs))
        self.service_tab.set_rows(contact_rows(view.service_contacts))
        self.portal_tab.show_account(view.portal_account)
        self.consent_tab.show_consent(view.profile, view.purposes, view.consent_history, consent)
        self.requests_tab.set_rows(request_rows(view.open_requests))
        self.holds_tab.set_rows(hold_rows(view.legal_holds, view.today))
        self.retention_tab.show_retention(view.retention, view.today)
        self.history_tab.set_rows(history_rows(view.rectifications))
        self._set_tab_titles(view)
        self._set_rectify_allowed(view)

    def _set_rectify_allowed(self, view: CustomerView | None) -> None:
        """The button (and Ctrl+E) only when the dialog can be saved: not for a restricted customer.

        R15: a restricted customer is corrected only within a request; the service refuses it outside
        one, so the button says so before the form is filled in rather than after.
        """
        restricted = view is not None and view.profile.restricted_at is not None
        self.rectify_button.setEnabled(view is not None and not restricted)
        self.intake_button.setEnabled(view is not None)  # R1: a restricted customer may still ask
        # R15: access stays a right while restricted; R11: only the owner lets a copy leave the app.
        copy_refusal = self._desk.refusal(Action.EXPORT_COPY)
        self.copy_button.setEnabled(view is not None and copy_refusal is None)
        self.copy_button.setToolTip(
            copy_refusal or self.tr("Create the customer's data copy (encrypted PDF) to check and send")
        )
        if restricted:
            tip = self.tr(
                "Processing of this customer is restricted: details are corrected only within a request. "
                "Requests come in a later version; until then use the command line: "
                "correct REF --request ID."
            )
        else:
            tip = self.tr("Correct name, address, e-mail or telephone (Ctrl+E)")
        self.rectify_button.setToolTip(tip)
        self.rectify_button.setStatusTip(tip)
        self.rectify_allowed_changed.emit(self.rectify_button.isEnabled(), tip)

    def open_rectify_dialog(self) -> None:
        if self.view is None or not self.rectify_button.isEnabled():
            return
        if self.rectify_dialog is not None and self.rectify_dialog.isVisible():
            self.rectify_dialog.raise_()
            self.rectify_dialog.activateWindow()
            return
        self.notice.hide()
        self.rectify_dialog = RectifyDialog(self._desk, self.view.profile, self.view.addresses, self)
        self.rectify_dialog.corrections_saved.connect(self._on_corrections_saved)
        self.rectify_dialog.open()

    def open_copy_dialog(self) -> CopyDialog | None:
        """The copy of this customer; it answers their one open access or portability request, if any."""
        if self.view is None or not self.copy_button.isEnabled():
            return None
        if self.copy_dialog is not None and self.copy_dialog.isVisible():
            self.copy_dialog.raise_()
            self.copy_dialog.activateWindow()
            return self.copy_dialog
        dialog = CopyDialog(self._desk, customer_id=self.view.profile.customer_id, parent=self)
        dialog.destroyed.connect(self._on_copy_dialog_destroyed)
        self.copy_dialog = dialog
        dialog.open()
        return dialog

    def _on_copy_dialog_destroyed(self) -> None:
        self.copy_dialog = None

    def request_intake(self) -> None:
        if self.view is None:
            return
        profile = self.view.profile
        self.intake_requested.emit(profile.customer_id, f"{profile.name} ({profile.customer_number})")

    def reload(self) -> None:
        """Shows the customer again as stored now (after a change made elsewhere, e.g. a new request)."""
        if self.view is not None:
            self.load(self.view.profile.customer_id)

    # The customer is reloaded by the hub (show_changes) when something was written; these only say so.

    def _on_corrections_saved(self, fields: list[str]) -> None:
        if self.view is None:
            return
        self.notice.setText(
            self.tr("Saved: {fields}. The History tab shows who changed what, and when.").format(
                fields=", ".join(fields)
            )
            if fields
            else self.tr("Nothing was changed.")
        )
        self.notice.show()

    def _on_consent_changed(self, message: str) -> None:
        if self.view is None:
            return
        self.notice.setText(message)
        self.notice.show()
