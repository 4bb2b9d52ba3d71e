"""Shopify's admin exports: customers (both layouts) and orders (issue 13).

Customers ("shopify-customers"): the older layout (`First Name, Last Name, Email, Accepts Email
Marketing, Company, Address1, Address2, City, Province, Province Code, Country, Country Code, Zip,
Phone, ...`) and the newer one (`Customer ID, First Name, ..., Default Address Company, Default Address
Address1, ..., Default Address Zip, Default Address Phone, Phone, ...`). Shopify writes phone numbers,
postcodes and ids with a leading apostrophe (`'+31612345678`, `'0123`, `'7398802653250`) so spreadsheets
keep them as text; `cell_text` drops it. `Customer ID` is the external id (the older layout has none:
matched by e-mail). `Accepts Email Marketing` yes/no is the source saying so: True or False is
recorded (R19); an empty cell records nothing. SMS consent (`Accepts SMS Marketing`) is another purpose
the app does not keep and is not taken, nor are `Note`, `Tags` and the order totals.

Orders ("shopify-orders"): one row per line item; the order's own fields (`Financial Status`, `Total`,
`Billing Name`, ...) are filled on its first row only and blank on the continuation rows, which carry
the `Name` (the order number, "#1001") and the `Lineitem` columns. Moments carry their offset
("2024-03-05 14:22:10 +0100") and are stored in UTC. The order's customer has no Shopify id in this
export (the `Id` column is the order's), so it is matched by e-mail. The status comes from
`Financial Status`, `Fulfillment Status` and `Cancelled at` (`shopify_status`). `Accepts Marketing` is
the buyer's checkbox at checkout: "yes" is an opt-in given at the order's moment; "no" records nothing,
since not ticking a box at one checkout withdraws no consent given elsewhere.

No IP address or user agent is read: Shopify's exports have none; a column with one would be listed in
`ignored_columns` like any column no record takes.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from spaceoptics_desk.domain.incoming import (
    IncomingLine,
    IncomingOrder,
    IncomingPayment,
    IncomingPerson,
    OrderStatus,
    Problem,
    ReaderSummary,
    ReadResult,
)
from spaceoptics_desk.domain.incoming_values import (
    BadValue,
    cents,
    checkbox,
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

_CUSTOMER_COLUMNS: dict[str, list[str]] = {
    "external_id": ["Customer ID"],
    "first_name": ["First Name"],
    "last_name": ["Last Name"],
    "email": ["Email"],
    "consent": ["Accepts Email Marketing", "Accepts Marketing"],
    "company": ["Default Address Company", "Company"],
    "line": ["Default Address Address1", "Address1"],
    "line_2": ["Default Address Address2", "Address2"],
    "city": ["Default Address City", "City"],
    "postcode": ["Default Address Zip", "Zip"],
    "country": ["Default Address Country Code", "Country Code", "Default Address Country", "Country"],
    "phone": ["Phone"],
    "address_phone": ["Default Address Phone"],
}
_CUSTOMER_ADDRESS = AddressFields(
    line="line", line_2="line_2", postcode="postcode", city="city", country="country"
)


def read_shopify_customers(
    labels: Sequence[str], rows: Iterable[TableRow], summary: ReaderSummary
) -> Iterator[ReadResult]:
    """IncomingPersons from Shopify's customer export, older or newer layout."""
    columns = Columns(labels, _CUSTOMER_COLUMNS)
    summary.format = FormatName.SHOPIFY_CUSTOMERS.value
    summary.ignored_columns = columns.ignored()
    return read_people(rows, columns, summary, _customer)


def _customer(cells: Cells) -> IncomingPerson:
    address = read_address(cells, "billing", _CUSTOMER_ADDRESS)
    country = address.country if address else "NL"
    first, prefix, last = person_name(cells.text("first_name"), cells.text("last_name"))
    phone_field = "phone" if cells.text("phone") else "address_phone"
    person = IncomingPerson(
        external_id=cells.text("external_id") or None,
        email=cells.value("email", email_address),
        first_name=first,
        name_prefix=prefix,
        last_name=last,
        company_name=cells.text("company") or None,
        phone=cells.value(phone_field, lambda text: phone_number(text, country)),
        addresses=() if address is None else (address,),
        marketing_consent=cells.optional("consent", _yes_or_no),
    )
    return require_identity(cells, person, "email")


def _yes_or_no(text: str) -> bool:
    """Shopify's "yes"/"no" (and "true"/"false" in some versions); anything else is no answer we trust."""
    if text.strip().lower() not in ("yes", "no", "true", "false"):
        raise BadValue(Problem.INVALID_CHOICE)
    return checkbox(text)


_ORDER_COLUMNS: dict[str, list[str]] = {
    "order_number": ["Name"],
    "email": ["Email"],
    "financial_status": ["Financial Status"],
    "paid_at": ["Paid at"],
    "fulfillment_status": ["Fulfillment Status"],
    "accepts_marketing": ["Accepts Marketing"],
    "currency": ["Currency"],
    "total": ["Total"],
    "created_at": ["Created at"],
    "quantity": ["Lineitem quantity"],
    "item_name": ["Lineitem name"],
    "unit_price": ["Lineitem price"],
    "sku": ["Lineitem sku"],
    "billing_name": ["Billing Name"],
    "billing_street": ["Billing Address1", "Billing Street"],
    "billing_line_2": ["Billing Address2"],
    "billing_company": ["Billing Company"],
    "billing_city": ["Billing City"],
    "billing_postcode": ["Billing Zip"],
    "billing_country": ["Billing Country"],
    "billing_phone": ["Billing Phone"],
    "shipping_name": ["Shipping Name"],
    "shipping_street": ["Shipping Address1", "Shipping Street"],
    "shipping_line_2": ["Shipping Address2"],
    "shipping_city": ["Shipping City"],
    "shipping_postcode": ["Shipping Zip"],
    "shipping_country": ["Shipping Country"],
    "cancelled_at": ["Cancelled at"],
    "payment_method": ["Payment Method"],
    "payment_reference": ["Payment Reference"],
    "refunded": ["Refunded Amount"],
    "phone": ["Phone"],
}
_BILLING = AddressFields(
    line="billing_street", line_2="billing_line_2", postcode="billing_postcode", city="billing_city",
    country="billing_country",
)  # fmt: skip
_SHIPPING = AddressFields(
    line="shipping_street", line_2="shipping_line_2", postcode="shipping_postcode", city="shipping_city",
    country="shipping_country",
)  # fmt: skip

# Financial Status values (Shopify's order export and admin): what each means for the app.
_FINANCIAL = {
    "pending": OrderStatus.OPEN,
    "authorized": OrderStatus.OPEN,
    "partially_paid": OrderStatus.PAID,
    "paid": OrderStatus.PAID,
    "partially_refunded": OrderStatus.PAID,  # the rest was kept: a sale, with refunded_cents
    "refunded": OrderStatus.REFUNDED,
    "voided": OrderStatus.CANCELLED,
    "expired": OrderStatus.CANCELLED,
}


def shopify_status(financial: str, fulfillment: str, cancelled: bool) -> OrderStatus | None:
    """The app's status for an order's Financial Status, Fulfillment Status and whether `Cancelled at`
    is filled; None for a financial status Shopify does not write."""
    money = _FINANCIAL.get(financial.strip().lower().replace(" ", "_"))
    if money is None:
        return None
    if cancelled and money != OrderStatus.REFUNDED:
        return OrderStatus.CANCELLED
    if money in (OrderStatus.PAID, OrderStatus.OPEN) and fulfillment.strip().lower() == "fulfilled":
        return OrderStatus.SHIPPED
    return money


def read_shopify_orders(
    labels: Sequence[str], rows: Iterable[TableRow], summary: ReaderSummary
) -> Iterator[ReadResult]:
    """IncomingOrders from Shopify's order export, its line-item rows grouped per order."""
    columns = Columns(labels, _ORDER_COLUMNS)
    summary.format = FormatName.SHOPIFY_ORDERS.value
    summary.ignored_columns = columns.ignored()
    return read_orders(rows, columns, summary, _order_head, _line)


def _order_head(cells: Cells, lines: tuple[IncomingLine, ...]) -> IncomingOrder:
    number = cells.required("order_number")
    financial = cells.required("financial_status")
    status = shopify_status(financial, cells.text("fulfillment_status"), bool(cells.text("cancelled_at")))
    if status is None:
        raise CellProblem(Problem.INVALID_STATUS, cells.columns.expected("financial_status"))
    cells.required("created_at")
    ordered_at = cells.value("created_at", utc_moment)
    billing = read_address(cells, "billing", _BILLING)
    shipping = read_address(cells, "delivery", _SHIPPING)
    country = billing.country if billing else "NL"
    first, prefix, last = full_name(cells.text("billing_name"))
    phone_field = "billing_phone" if cells.text("billing_phone") else "phone"
    email = cells.value("email", email_address)
    if not email:
        raise CellProblem(Problem.MISSING_FIELD, cells.columns.expected("email"))
    opted_in = cells.optional("accepts_marketing", _yes_or_no)
    customer = IncomingPerson(
        external_id=None,
        email=email,
        first_name=first,
        name_prefix=prefix,
        last_name=last,
        company_name=cells.text("billing_company") or None,
        phone=cells.value(phone_field, lambda text: phone_number(text, country)),
        addresses=tuple(
            address
            for address in (billing, None if shipping and same_place(shipping, billing) else shipping)
            if address is not None
        ),
        marketing_consent=True if opted_in else None,
        consent_at=ordered_at if opted_in else None,
    )
    cells.required("total")
    total = cells.value("total", cents)
    method = payment_method(cells.text("payment_method"))
    reference = cells.text("payment_reference") or None
    payment = None
    if method or reference:
        paid_at = cells.optional("paid_at", utc_moment)
        payment = IncomingPayment(method=method, reference=reference, paid_at=paid_at, amount_cents=total)
    delivered_to = shipping or billing
    delivery_name = cells.text("shipping_name") if shipping else display_name(first, prefix, last)
    return IncomingOrder(
        lines=lines,
        order_number=number,
        customer=customer,
        ordered_at=ordered_at,
        status=status,
        total_cents=total,
        refunded_cents=abs(cells.optional("refunded", cents) or 0),
        currency=cells.value("currency", currency_code),
        payment=payment,
        delivery_name=delivery_name or None,
        delivery_address=one_line(delivered_to) if delivered_to else None,
    )


def _line(cells: Cells) -> IncomingLine | None:
    code = cells.text("sku")
    description = cells.text("item_name")
    if not (code or description):
        return None
    count = cells.value("quantity", quantity)
    cells.required("unit_price")
    return IncomingLine(
        product_code=code,
        description=description,
        quantity=count,
        unit_price_cents=cells.value("unit_price", cents),
    )
