"""WooCommerce CSV exports: the order-export plugins' order files and Analytics' customer list (issue 13).

Orders ("woocommerce-orders") come from "Advanced Order Export For WooCommerce" (labels such as
`Order Number`, `First Name (Billing)`, `Item Cost`) or SkyVerge's "Customer / Order / Coupon Export"
in its one-row-per-item layout (the field keys: `order_number`, `billing_email`, `item_quantity`); both
are read through one table of aliases. One row per product; the rows of one order are grouped
(order_rows.py). Rules:

- `Customer User ID` (SkyVerge `customer_id`) is the customer's external id; 0 or empty is a guest
  (None, matched by e-mail by the importer). An export without the column gives guests only.
- Dates (`Order Date`, a paid date) are shop time, Europe/Amsterdam, without an offset: read as such
  and stored in UTC.
- Statuses through `woocommerce_status()` ("wc-completed", "Completed", "Voltooid").
- Names through `person_name` (the prefix split off the last name), phones in E.164 read in the
  billing country, amounts in cents, the delivery snapshot from the shipping columns (or the billing
  ones when the order has no shipping address: WooCommerce then ships to the billing address).
- No marketing consent: these exports say nothing about it, so none is recorded (R19, R21).

Customers ("woocommerce-customers", Analytics > Customers > Download): one person per row, with a full
`Name`, `Email`, `Date registered` and a partial address (country, city, postal code; no street). The
export has no customer id, so every person is matched by e-mail; `Username`, `Last active` and the
order totals are not taken.

**Left out on purpose:** the customer's IP address and browser user agent (`Customer IP address`,
`Customer User Agent`, `customer_ip_address`, `customer_user_agent`) are personal data the app has no
purpose for (AVG 5(1)(c)): they are never read, and appear in the summary's `ignored_columns` like every
other column no record takes.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from spaceoptics_desk.domain.incoming import (
    IncomingAddress,
    IncomingLine,
    IncomingOrder,
    IncomingPayment,
    IncomingPerson,
    Problem,
    ReaderSummary,
    ReadResult,
    woocommerce_status,
)
from spaceoptics_desk.domain.incoming_values import (
    cents,
    currency_code,
    email_address,
    full_name,
    payment_method,
    person_name,
    phone_number,
    quantity,
    utc_moment,
)
from spaceoptics_desk.domain.names import display_name
from spaceoptics_desk.services.imports.readers.addresses import (
    AddressFields,
    one_line,
    read_address,
    same_place,
)
from spaceoptics_desk.services.imports.readers.cells import CellProblem, Cells, Columns
from spaceoptics_desk.services.imports.readers.csv_table import TableRow
from spaceoptics_desk.services.imports.readers.formats import FormatName
from spaceoptics_desk.services.imports.readers.order_rows import read_orders
from spaceoptics_desk.services.imports.readers.person_rows import read_people, require_identity

# The columns that hold what the app must not take; named here so the choice is visible and tested.
LEFT_OUT_ON_PURPOSE = (
    "Customer IP address",
    "Customer User Agent",
    "customer_ip_address",
    "customer_user_agent",
)


_ORDER_COLUMNS: dict[str, list[str]] = {
    "order_number": ["Order Number", "order_number", "order_number_formatted", "Order ID", "order_id"],
    "status": ["Order Status", "status"],
    "ordered_at": ["Order Date", "order_date"],
    "paid_at": ["Paid Date", "Date Paid", "Order Paid Date", "paid_date"],
    "customer_id": ["Customer User ID", "customer_id"],
    "first_name": ["First Name (Billing)", "billing_first_name"],
    "last_name": ["Last Name (Billing)", "billing_last_name"],
    "full_name": ["Full Name (Billing)", "billing_full_name"],
    "company": ["Company (Billing)", "billing_company"],
    "email": ["Email (Billing)", "billing_email"],
    "phone": ["Phone (Billing)", "billing_phone"],
    "vat_number": ["VAT Number", "vat_number"],
    "billing_line": ["Address 1&2 (Billing)", "Address 1 (Billing)", "billing_address_1"],
    "billing_line_2": ["Address 2 (Billing)", "billing_address_2"],
    "billing_city": ["City (Billing)", "billing_city"],
    "billing_postcode": ["Postcode (Billing)", "Zip (Billing)", "billing_postcode"],
    "billing_country": ["Country Code (Billing)", "billing_country", "Country Name (Billing)"],
    "shipping_first_name": ["First Name (Shipping)", "shipping_first_name"],
    "shipping_last_name": ["Last Name (Shipping)", "shipping_last_name"],
    "shipping_full_name": ["Full Name (Shipping)", "shipping_full_name"],
    "shipping_line": ["Address 1&2 (Shipping)", "Address 1 (Shipping)", "shipping_address_1"],
    "shipping_line_2": ["Address 2 (Shipping)", "shipping_address_2"],
    "shipping_city": ["City (Shipping)", "shipping_city"],
    "shipping_postcode": ["Postcode (Shipping)", "Zip (Shipping)", "shipping_postcode"],
    "shipping_country": ["Country Code (Shipping)", "shipping_country", "Country Name (Shipping)"],
    "payment_method": ["Payment Method", "payment_method", "Payment Method Title", "payment_method_title"],
    "transaction_id": ["Transaction ID", "transaction_id"],
    "total": ["Order Total Amount", "order_total"],
    "refunded": ["Order Refund Amount", "refunded_total", "order_refund"],
    "currency": ["Currency", "Order Currency", "order_currency"],
    "sku": ["SKU", "item_sku"],
    "item_name": ["Item Name", "item_name", "Product Name"],
    "quantity": ["Quantity", "item_quantity", "Quantity (- Refund)"],
    "unit_price": ["Item Cost", "item_price"],
    # SkyVerge writes the line's subtotal, not the unit price.
    "line_subtotal": ["item_subtotal"],
}
_BILLING = AddressFields(
    line="billing_line", line_2="billing_line_2", postcode="billing_postcode", city="billing_city",
    country="billing_country",
)  # fmt: skip
_SHIPPING = AddressFields(
    line="shipping_line", line_2="shipping_line_2", postcode="shipping_postcode", city="shipping_city",
    country="shipping_country",
)  # fmt: skip


def read_woocommerce_orders(
    labels: Sequence[str], rows: Iterable[TableRow], summary: ReaderSummary
) -> Iterator[ReadResult]:
    """IncomingOrders (with their customer) from an order-export plugin's file, one per order number."""
    columns = Columns(labels, _ORDER_COLUMNS)
    summary.format = FormatName.WOOCOMMERCE_ORDERS.value
    summary.ignored_columns = columns.ignored()
    return read_orders(rows, columns, summary, _order_head, _line)


def _order_head(cells: Cells, lines: tuple[IncomingLine, ...]) -> IncomingOrder:
    number = cells.required("order_number")
    status_text = cells.required("status")
    status = woocommerce_status(status_text)
    if status is None:
        raise CellProblem(Problem.INVALID_STATUS, cells.columns.expected("status"))
    cells.required("ordered_at")
    ordered_at = cells.value("ordered_at", utc_moment)
    billing = read_address(cells, "billing", _BILLING)
    shipping = read_address(cells, "delivery", _SHIPPING)
    customer = _customer(cells, billing, shipping)
    cells.required("total")
    total = cells.value("total", cents)
    refunded = abs(cells.optional("refunded", cents) or 0)  # written as "-12.50" by some versions
    method = payment_method(cells.text("payment_method"))
    reference = cells.text("transaction_id") or None
    payment = None
    if method or reference:
        paid_at = cells.optional("paid_at", utc_moment)
        payment = IncomingPayment(method=method, reference=reference, paid_at=paid_at, amount_cents=total)
    if shipping is not None:
        first, prefix, last = _names(cells, "shipping_first_name", "shipping_last_name", "shipping_full_name")
        delivery_name = display_name(first, prefix, last) or None
    else:
        delivery_name = display_name(customer.first_name, customer.name_prefix, customer.last_name) or None
    delivered_to = shipping or billing
    return IncomingOrder(
        lines=lines,
        order_number=number,
        customer=customer,
        ordered_at=ordered_at,
        status=status,
        total_cents=total,
        refunded_cents=refunded,
        currency=cells.value("currency", currency_code),
        payment=payment,
        delivery_name=delivery_name,
        delivery_address=one_line(delivered_to) if delivered_to else None,
    )


def _customer(
    cells: Cells, billing: IncomingAddress | None, shipping: IncomingAddress | None
) -> IncomingPerson:
    country = billing.country if billing else "NL"
    first, prefix, last = _names(cells, "first_name", "last_name", "full_name")
    external_id = cells.text("customer_id")
    email = cells.value("email", email_address)
    if not email and external_id in ("", "0"):
        raise CellProblem(Problem.MISSING_FIELD, cells.columns.expected("email"))
    delivery = None if shipping is None or same_place(shipping, billing) else shipping
    addresses = tuple(address for address in (billing, delivery) if address is not None)
    return IncomingPerson(
        external_id=None if external_id in ("", "0") else external_id,  # 0: a guest checkout
        email=email,
        first_name=first,
        name_prefix=prefix,
        last_name=last,
        company_name=cells.text("company") or None,
        phone=cells.value("phone", lambda text: phone_number(text, country)),
        vat_number=cells.text("vat_number") or None,
        addresses=addresses,
    )


def _names(cells: Cells, first: str, last: str, full: str) -> tuple[str, str, str]:
    if cells.text(first) or cells.text(last):
        return person_name(cells.text(first), cells.text(last))
    return full_name(cells.text(full))


def _line(cells: Cells) -> IncomingLine | None:
    code = cells.text("sku")
    description = cells.text("item_name")
    if not (code or description):
        return None
    count = cells.value("quantity", quantity)
    if cells.columns.has("unit_price"):
        cells.required("unit_price")
        unit = cells.value("unit_price", cents)
    else:
        cells.required("line_subtotal")
        subtotal = cells.value("line_subtotal", cents)
        unit = round(subtotal / count) if count else subtotal
    return IncomingLine(product_code=code, description=description, quantity=count, unit_price_cents=unit)


# WooCommerce Analytics > Customers > Download.
_CUSTOMER_COLUMNS: dict[str, list[str]] = {
    "name": ["Name"],
    "email": ["Email"],
    "created_at": ["Date registered", "Sign up"],
    "country": ["Country / Region", "Country"],
    "city": ["City"],
    "postcode": ["Postal code", "Postcode"],
}
_ANALYTICS_ADDRESS = AddressFields(postcode="postcode", city="city", country="country")


def read_woocommerce_customers(
    labels: Sequence[str], rows: Iterable[TableRow], summary: ReaderSummary
) -> Iterator[ReadResult]:
    """IncomingPersons from WooCommerce Analytics' customer download (no external id: matched by e-mail)."""
    columns = Columns(labels, _CUSTOMER_COLUMNS)
    summary.format = FormatName.WOOCOMMERCE_CUSTOMERS.value
    summary.ignored_columns = columns.ignored()
    return read_people(rows, columns, summary, _analytics_customer)


def _analytics_customer(cells: Cells) -> IncomingPerson:
    first, prefix, last = full_name(cells.text("name"))
    address = read_address(cells, "billing", _ANALYTICS_ADDRESS)
    person = IncomingPerson(
        external_id=None,
        email=cells.value("email", email_address),
        first_name=first,
        name_prefix=prefix,
        last_name=last,
        addresses=() if address is None else (address,),
        created_at=cells.optional("created_at", utc_moment),
    )
    return require_identity(cells, person, "email")
