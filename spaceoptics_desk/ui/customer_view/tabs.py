"""The tabs of the customer view; each renders one part of a CustomerView and nothing else."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from spaceoptics_desk.domain.phones import format_phone
from spaceoptics_desk.domain.retention import CategoryRetention
from spaceoptics_desk.ui.formatting import format_date, format_moment, format_money
from spaceoptics_desk.ui.labels import field_label, label
from spaceoptics_desk.ui.rows_model import TextRow, TextRowsModel

if TYPE_CHECKING:
    from spaceoptics_desk.services.customer_view import (
        AddressView,
        HoldView,
        OrderView,
        PortalAccountView,
        Profile,
        RectificationView,
        RequestView,
        ReturnRepairView,
        ServiceContactView,
    )


def make_table(model: TextRowsModel, parent: QWidget | None = None) -> QTableView:
    """A read-only list: whole rows selected, text selectable by copying, columns sized to content."""
    table = QTableView(parent)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table


def fit_columns(table: QTableView) -> None:
    table.resizeColumnsToContents()
    header = table.horizontalHeader()
    for column in range(header.count() - 1):
        header.resizeSection(column, min(header.sectionSize(column), 360))


def address_text(address: AddressView) -> str:
    suffix = address.house_number_suffix
    # "43B" but "12-2": a letter follows the number directly, a floor or unit number after a dash.
    joined = suffix if not suffix or suffix.isalpha() else f"-{suffix}"
    return f"{address.street} {address.house_number}{joined}"


def postcode_text(postcode: str) -> str:
    # Dutch postcodes are stored without the space ("4021HR"); people write "4021 HR".
    if len(postcode) == 6 and postcode[:4].isdigit() and postcode[4:].isalpha():
        return f"{postcode[:4]} {postcode[4:]}"
    return postcode


PHONE_FIELDS = frozenset({"phone", "mobile"})


def phone_text(number: str | None) -> str:
    """A stored number ("+31201234567") as people write it ("020 123 4567"); nothing stays nothing."""
    return format_phone(number) if number else ""


def _value_label() -> QLabel:
    value = QLabel()
    value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    value.setWordWrap(True)
    return value


class ProfileTab(QWidget):
    """Who the customer is and where they live.

    Attributes:
        values: the value label of each profile line, by key (tests read them).
        addresses: the addresses table's model.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.values: dict[str, QLabel] = {}
        for key, title in (
            ("number", self.tr("Customer number")),
            ("kind", self.tr("Kind")),
            ("name", self.tr("Name")),
            ("company", self.tr("Company")),
            ("vat", self.tr("VAT number")),
            ("kvk", self.tr("Chamber of Commerce (KvK)")),
            ("email", self.tr("E-mail")),
            ("phone", self.tr("Telephone")),
            ("mobile", self.tr("Mobile")),
            ("language", self.tr("Language")),
            ("source", self.tr("Came in via")),
            ("created", self.tr("Customer since")),
            ("notes", self.tr("Notes")),
        ):
            self.values[key] = _value_label()
            form.addRow(title + ":", self.values[key])
        self.addresses = TextRowsModel(
            [
                self.tr("Kind"),
                self.tr("Street and number"),
                self.tr("Postcode"),
                self.tr("City"),
                self.tr("Country"),
            ],
            self,
        )
        self.addresses_table = make_table(self.addresses, self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        caption = QLabel(self.tr("Addresses"))
        caption.setObjectName("caption")
        layout.addWidget(caption)
        layout.addWidget(self.addresses_table, 1)

    def show_profile(self, profile: Profile, addresses: Sequence[AddressView]) -> None:
        none = self.tr("—")
        texts = {
            "number": profile.customer_number,
            "kind": label("customer_kind", profile.kind),
            "name": profile.name,
            "company": profile.company_name or none,
            "vat": profile.vat_number or none,
            "kvk": profile.kvk_number or none,
            "email": profile.email or none,
            "phone": phone_text(profile.phone) or none,
            "mobile": phone_text(profile.mobile) or none,
            "language": label("language", profile.language),
            "source": label("source", profile.source),
            "created": format_moment(profile.created_at),
            "notes": profile.notes or none,
        }
        for key, text in texts.items():
            self.values[key].setText(text)
        self.addresses.set_rows(
            [
                TextRow(
                    [
                        label("address_kind", a.kind),
                        address_text(a),
                        postcode_text(a.postcode),
                        a.city,
                        a.country,
                    ]
                )
                for a in addresses
            ]
        )
        fit_columns(self.addresses_table)


AMOUNT_COLUMN = 2


class OrdersTab(QWidget):
    """Orders, newest first; each opens to its lines, invoices, payments and shipments.

    Attributes:
        tree: one top-level item per order.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("Order"), self.tr("Date"), self.tr("Amount"), self.tr("Details")])
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)

    def show_orders(self, orders: Sequence[OrderView]) -> None:
        self.tree.clear()
        items = []
        for order in orders:
            item = QTreeWidgetItem(
                [
                    order.order_number,
                    format_moment(order.ordered_at),
                    format_money(order.total_cents),
                    f"{label('order_status', order.status)} · {label('channel', order.channel)}",
                ]
            )
            item.setTextAlignment(AMOUNT_COLUMN, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for line in order.lines:
                self._child(
                    item,
                    f"{line.quantity} × {line.description}",
                    "",
                    self.tr("{code}, VAT {rate}%").format(code=line.product_code, rate=line.vat_rate_percent),
                    format_money(line.quantity * line.unit_price_cents),
                )
            for invoice in order.invoices:
                self._child(
                    item,
                    self.tr("Invoice {number}").format(number=invoice.invoice_number),
                    format_date(invoice.issued_on),
                    self.tr("of which VAT {vat}").format(vat=format_money(invoice.vat_cents)),
                    format_money(invoice.total_cents),
                )
            for payment in order.payments:
                method = label("payment_method", payment.method)
                self._child(
                    item,
                    self.tr("Payment"),
                    format_moment(payment.paid_at),
                    self.tr("{method} via {provider}").format(method=method, provider=payment.provider)
                    if payment.provider
                    else method,
                    format_money(payment.amount_cents),
                )
            for shipment in order.shipments:
                state = (
                    self.tr("delivered {moment}").format(moment=format_moment(shipment.delivered_at))
                    if shipment.delivered_at
                    else self.tr("not yet delivered")
                )
                tracking = f" · {shipment.tracking_code}" if shipment.tracking_code else ""
                self._child(
                    item,
                    self.tr("Shipment ({carrier})").format(carrier=shipment.carrier),
                    format_moment(shipment.shipped_at),
                    state + tracking,
                    "",
                )
            if order.delivery_address:
                self._child(item, self.tr("Delivery address"), "", order.delivery_address, "")
            items.append(item)
        self.tree.addTopLevelItems(items)
        if items:
            items[0].setExpanded(True)
        for column in range(3):
            self.tree.resizeColumnToContents(column)

    @staticmethod
    def _child(parent: QTreeWidgetItem, what: str, when: str, details: str, amount: str) -> None:
        child = QTreeWidgetItem(parent, [what, when, amount, details])
        child.setTextAlignment(AMOUNT_COLUMN, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class ListTab(QWidget):
    """A tab that is one read-only table, with a line saying what it is when it is empty.

    Attributes:
        model: the rows.
        table: the view.
    """

    def __init__(self, headers: Sequence[str], empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = TextRowsModel(headers, self)
        self.table = make_table(self.model, self)
        self.empty = QLabel(empty_text, self)
        self.empty.setObjectName("emptyNote")
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)

    def set_rows(self, rows: Sequence[TextRow]) -> None:
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        fit_columns(self.table)


class PortalTab(QWidget):
    """The customer's webshop account: login name and when it was last used.

    Attributes:
        values: the value labels by key.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.values: dict[str, QLabel] = {}
        for key, title in (
            ("login", self.tr("Login name")),
            ("created", self.tr("Account created")),
            ("last_login", self.tr("Last login")),
        ):
            self.values[key] = _value_label()
            form.addRow(title + ":", self.values[key])
        self.form_widget = QWidget(self)
        self.form_widget.setLayout(form)
        self.none = QLabel(self.tr("This customer has no portal account."), self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.none)
        layout.addWidget(self.form_widget)
        layout.addStretch(1)

    def show_account(self, account: PortalAccountView | None) -> None:
        self.none.setVisible(account is None)
        self.form_widget.setVisible(account is not None)
        if account is None:
            return
        self.values["login"].setText(account.login_name)
        self.values["created"].setText(format_moment(account.created_at))
        self.values["last_login"].setText(
            format_moment(account.last_login_at) if account.last_login_at else self.tr("never")
        )


def returns_rows(items: Sequence[ReturnRepairView]) -> list[TextRow]:
    return [
        TextRow(
            [
                label("return_kind", r.kind),
                r.order_number or "",
                format_moment(r.opened_at),
                format_moment(r.closed_at),
                label("case_status", r.status),
                r.description or "",
            ],
            tooltip=r.description or "",
        )
        for r in items
    ]


def contact_rows(items: Sequence[ServiceContactView]) -> list[TextRow]:
    return [
        TextRow(
            [
                format_moment(c.occurred_at),
                label("contact_kind", c.kind),
                label("channel", c.channel),
                c.subject,
                c.summary or "",
            ],
            tooltip=c.summary or "",
        )
        for c in items
    ]


def request_rows(items: Sequence[RequestView]) -> list[TextRow]:
    return [
        TextRow(
            [
                format_moment(r.received_at),
                label("channel", r.channel),
                label("case_status", r.status),
                ", ".join(label("right", right) for right in r.rights),
            ]
        )
        for r in items
    ]


def hold_rows(items: Sequence[HoldView], today: date) -> list[TextRow]:
    return [
        TextRow(
            [h.reason, h.case_reference, format_moment(h.placed_at), format_date(h.review_on)],
            warning=h.review_on <= today,
            tooltip=h.reason,
        )
        for h in items
    ]


def history_rows(items: Sequence[RectificationView]) -> list[TextRow]:
    def shown(field: str, value: str | None) -> str:
        return phone_text(value) if field in PHONE_FIELDS else value or ""

    return [
        TextRow(
            [
                format_moment(r.changed_at),
                field_label(r.field),
                shown(r.field, r.old_value),
                shown(r.field, r.new_value),
                r.staff,
                str(r.request_id) if r.request_id is not None else "",
            ]
        )
        for r in items
    ]


CATEGORY_COLUMN, PERIOD_COLUMN, WHY_COLUMN = 0, 3, 7
_WRAPPING_COLUMNS = (PERIOD_COLUMN, CATEGORY_COLUMN)  # long text that may take two lines


class RetentionTab(ListTab):
    """For each category: the rule that keeps it and the earliest date it may go (R23, computed).

    The "why" is a translated explanation per category (the rule data's own text is English, for the
    records); it takes the room left and wraps, so it is on screen without scrolling sideways.
    """

    def __init__(self, headers: Sequence[str], empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(headers, empty_text, parent)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def show_retention(self, items: Sequence[CategoryRetention], today: date) -> None:
        rows = []
        for item in items:
            rule = item.rule
            if rule.period_months == 0:
                period = label("trigger", rule.trigger)
            elif rule.period_months % 12 == 0:
                period = self.tr("{n} years {trigger}").format(
                    n=rule.period_months // 12, trigger=label("trigger", rule.trigger)
                )
            else:
                period = self.tr("{n} months {trigger}").format(
                    n=rule.period_months, trigger=label("trigger", rule.trigger)
                )
            if item.first_due is None:
                state = self.tr("Nothing kept")
            elif item.held_until is not None:
                state = self.tr("Legal hold until {date}").format(date=format_date(item.held_until))
            elif item.first_due <= today:
                state = self.tr("Due now")
            else:
                state = self.tr("Kept")
            rows.append(
                TextRow(
                    [
                        label("retention_category", rule.category),
                        format_date(item.first_due),
                        state,
                        period,
                        label("retention_action", rule.action),
                        format_date(item.last_due) if item.last_due != item.first_due else "",
                        str(item.record_count),
                        label("retention_reason", rule.category),
                    ],
                    warning=item.first_due is not None
                    and item.first_due <= today
                    and item.held_until is None,
                    tooltip=label("retention_reason", rule.category),
                )
            )
        self.set_rows(rows)
        self.empty.hide()

    def set_rows(self, rows: Sequence[TextRow]) -> None:
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        self._fit_columns()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Every column fits its content, but "why" keeps a quarter of the width: the long texts wrap."""
        header = self.table.horizontalHeader()
        for column in range(header.count()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self.table.resizeColumnsToContents()
        available = self.table.viewport().width()
        widths = {c: header.sectionSize(c) for c in range(header.count()) if c != WHY_COLUMN}
        excess = sum(widths.values()) - (available - max(240, available // 4))
        for column in _WRAPPING_COLUMNS:
            if excess <= 0:
                break
            cut = min(excess, widths[column] - 170)
            if cut > 0:
                widths[column] -= cut
                excess -= cut
        for column, width in widths.items():
            header.resizeSection(column, width)
        header.setSectionResizeMode(WHY_COLUMN, QHeaderView.ResizeMode.Stretch)
