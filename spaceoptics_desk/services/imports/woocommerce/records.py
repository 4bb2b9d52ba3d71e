"""WooCommerce REST API v3 records (the JSON of `/customers` and `/orders`) as the app's incoming records.

The shapes are WooCommerce's documented ones: a customer has `id`, `email`, `first_name`, `last_name`,
`billing{...}`, `shipping{...}`, `date_created_gmt`, `date_modified_gmt` and `meta_data[]`; an order has
`id`, `number`, `status`, `currency`, `date_*_gmt`, `total`, `customer_id` (0 for a guest, who is matched by
the billing e-mail address), `billing`, `shipping`, `payment_method`, `transaction_id`, `line_items[]`,
`shipping_lines[]` and `refunds[]` (each with a negative `total`). `date_*_gmt` fields are UTC without an
offset in the string.

Left out on purpose (personal data the app has no purpose for, R9): the order's `customer_ip_address` and
`customer_user_agent` are never read, nor the customer's `username`, `avatar_url` and `customer_note`.
`meta_data` is ignored except the keys the owner maps (`consent_keys`: meta key -> "marketing_consent",
e.g. a newsletter checkbox at checkout); "yes", "1", "on" and true mean the box was ticked (R19, R21).

A record that cannot be read becomes a `RowProblem` with the reason and the JSON key's name (such as
"billing.postcode"), never its value: problems end up in reports and logs.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from decimal import ROUND_HALF_UP, Decimal
from types import MappingProxyType
from typing import TypeVar

from spaceoptics_desk.domain.incoming import (
    IncomingAddress,
    IncomingLine,
    IncomingOrder,
    IncomingPayment,
    IncomingPerson,
    Problem,
    Read,
    ReadResult,
    RowProblem,
    woocommerce_status,
)
from spaceoptics_desk.domain.incoming_values import (
    BadValue,
    cell_text,
    cents,
    country_code,
    email_address,
    house_number,
    person_name,
    phone_number,
    postcode,
    quantity,
    street_and_number,
    utc_moment,
)
from spaceoptics_desk.domain.phones import is_mobile

_T = TypeVar("_T")

MARKETING_CONSENT = "marketing_consent"
NO_CONSENT_KEYS: Mapping[str, str] = MappingProxyType({})

_YES = {"yes", "1", "on", "true", "checked"}
_NO = {"no", "0", "off", "false", ""}
_LONGEST_SUFFIX = 10  # the stored house number suffix (people.py: String(10))
_LONGEST_DELIVERY_LINE = 400  # the order's delivery address snapshot (commerce.py: String(400))


class _Refused(Exception):
    """One record is not taken: why, and the JSON key (never its value)."""

    def __init__(self, reason: Problem, field: str | None) -> None:
        super().__init__(reason.value)
        self.reason = reason
        self.field = field


def read_customer(record: object, row: int, consent_keys: Mapping[str, str] = NO_CONSENT_KEYS) -> ReadResult:
    """A `/customers` record as an IncomingPerson, or the problem with it."""
    _check_consent_keys(consent_keys)
    try:
        return Read(row, _customer(_mapping(record, None), consent_keys))
    except _Refused as refused:
        return RowProblem(row, refused.reason, refused.field)


def read_order(record: object, row: int, consent_keys: Mapping[str, str] = NO_CONSENT_KEYS) -> ReadResult:
    """An `/orders` record as an IncomingOrder (with the buyer's billing details), or the problem."""
    _check_consent_keys(consent_keys)
    try:
        return Read(row, _order(_mapping(record, None), consent_keys))
    except _Refused as refused:
        return RowProblem(row, refused.reason, refused.field)


def record_id(record: object) -> int | None:
    """The record's WooCommerce id, None when it has none that can be used."""
    if not isinstance(record, Mapping):
        return None
    value = record.get("id")
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else None


def modified_at(record: object) -> datetime | None:
    """When the shop last changed the record (`date_modified_gmt`, else `date_created_gmt`), in UTC;
    None when neither can be read. The sync orders, de-duplicates and filters by it."""
    if not isinstance(record, Mapping):
        return None
    for key in ("date_modified_gmt", "date_created_gmt"):
        value = record.get(key)
        if isinstance(value, str) and value.strip():
            try:
                return utc_moment(value, zone=UTC)
            except BadValue:
                return None
    return None


def _check_consent_keys(consent_keys: Mapping[str, str]) -> None:
    unknown = {target for target in consent_keys.values() if target != MARKETING_CONSENT}
    if unknown:
        raise ValueError(f"consent_keys can only map to {MARKETING_CONSENT!r}")


def _customer(record: Mapping[str, object], consent_keys: Mapping[str, str]) -> IncomingPerson:
    external_id = _positive_id(record, "id")
    billing = _section(record, "billing")
    shipping = _section(record, "shipping")
    email_field = "email" if _text(record, "email") else "billing.email"
    email = _value(email_address, _text(record, "email") or _text(billing, "email", "billing"), email_field)
    first = _text(record, "first_name") or _text(billing, "first_name", "billing")
    last = _text(record, "last_name") or _text(billing, "last_name", "billing")
    first_name, prefix, last_name = person_name(first, last)
    phone, mobile = _phones(billing, "billing")
    addresses = tuple(
        address
        for address in (_address(billing, "billing", "billing"), _address(shipping, "delivery", "shipping"))
        if address is not None
    )
    return IncomingPerson(
        external_id=str(external_id),
        email=email,
        first_name=first_name,
        name_prefix=prefix,
        last_name=last_name,
        company_name=_text(billing, "company", "billing") or None,
        phone=phone,
        mobile=mobile,
        addresses=addresses,
        created_at=_moment(record, "date_created_gmt"),
        marketing_consent=_consent(record, consent_keys),
    )


def _order(record: Mapping[str, object], consent_keys: Mapping[str, str]) -> IncomingOrder:
    order_id = _positive_id(record, "id")
    number = _text(record, "number") or str(order_id)
    status = woocommerce_status(_text(record, "status"))
    if status is None:
        raise _Refused(Problem.INVALID_STATUS, "status")
    ordered_at = _moment(record, "date_created_gmt")
    if ordered_at is None:
        raise _Refused(Problem.MISSING_FIELD, "date_created_gmt")
    total = _cents(record, "total")
    currency = (_text(record, "currency") or "EUR").upper()
    if len(currency) != 3 or not currency.isascii() or not currency.isalpha():
        raise _Refused(Problem.BROKEN_RECORD, "currency")
    billing = _section(record, "billing")
    customer_id = record.get("customer_id", 0)
    if not isinstance(customer_id, int) or isinstance(customer_id, bool) or customer_id < 0:
        raise _Refused(Problem.BROKEN_RECORD, "customer_id")
    email = _value(email_address, _text(billing, "email", "billing"), "billing.email")
    if customer_id == 0 and email is None:
        raise _Refused(Problem.MISSING_FIELD, "billing.email")  # a guest is matched by e-mail only
    consent = _consent(record, consent_keys)
    first_name, prefix, last_name = person_name(
        _text(billing, "first_name", "billing"), _text(billing, "last_name", "billing")
    )
    phone, mobile = _phones(billing, "billing")
    billing_address = _address(billing, "billing", "billing")
    buyer = IncomingPerson(
        external_id=str(customer_id) if customer_id else None,
        email=email,
        first_name=first_name,
        name_prefix=prefix,
        last_name=last_name,
        company_name=_text(billing, "company", "billing") or None,
        phone=phone,
        mobile=mobile,
        addresses=(billing_address,) if billing_address else (),
        marketing_consent=consent,
        # R19: the checkbox was ticked at checkout, which is when the order was placed.
        consent_at=ordered_at if consent else None,
    )
    delivery_name, delivery_address = _delivery(_section(record, "shipping"))
    return IncomingOrder(
        order_number=number,
        customer=buyer,
        ordered_at=ordered_at,
        status=status,
        total_cents=total,
        currency=currency,
        lines=(*_lines(record), *_shipping_lines(record)),
        payment=_payment(record, total),
        refunded_cents=_refunded(record),
        delivery_name=delivery_name,
        delivery_address=delivery_address,
        modified_at=_moment(record, "date_modified_gmt"),
    )


def _lines(record: Mapping[str, object]) -> list[IncomingLine]:
    lines = []
    for item in _list(record, "line_items"):
        line = _mapping(item, "line_items")
        code = _text(line, "sku", "line_items")
        if not code:
            product = line.get("product_id")
            code = str(product) if isinstance(product, int) and product > 0 else ""
        count = _quantity(line)
        unit_price, vat_rate = _price(line, "line_items", count)
        lines.append(IncomingLine(code, _text(line, "name", "line_items"), count, unit_price, vat_rate))
    return lines


def _shipping_lines(record: Mapping[str, object]) -> list[IncomingLine]:
    """Shipping is a line of its own, so the lines add up to the order's total as the demo's do."""
    lines = []
    for item in _list(record, "shipping_lines"):
        line = _mapping(item, "shipping_lines")
        title = _text(line, "method_title", "shipping_lines") or _text(line, "method_id", "shipping_lines")
        unit_price, vat_rate = _price(line, "shipping_lines", 1)
        lines.append(IncomingLine("shipping", title, 1, unit_price, vat_rate))
    return lines


def _price(line: Mapping[str, object], path: str, count: int) -> tuple[int, int | None]:
    """The unit price including VAT (as the app's order lines hold it) and the VAT rate it implies."""
    net = _cents(line, "total", path)
    tax = _cents(line, "total_tax", path) if line.get("total_tax") not in (None, "") else 0
    unit = (Decimal(net + tax) / count).to_integral_value(ROUND_HALF_UP) if count else Decimal(0)
    rate = (Decimal(tax) * 100 / net).to_integral_value(ROUND_HALF_UP) if net > 0 else None
    return int(unit), None if rate is None else int(rate)


def _quantity(line: Mapping[str, object]) -> int:
    value = line.get("quantity")
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise _Refused(Problem.INVALID_QUANTITY, "line_items.quantity")
    return _value(quantity, str(value), "line_items.quantity")


def _payment(record: Mapping[str, object], total: int) -> IncomingPayment | None:
    method = _text(record, "payment_method").lower()
    if not method:
        return None
    return IncomingPayment(
        method=method,
        reference=_text(record, "transaction_id") or None,
        paid_at=_moment(record, "date_paid_gmt"),
        amount_cents=total,
    )


def _refunded(record: Mapping[str, object]) -> int:
    """WooCommerce lists each refund with a negative total."""
    refunds = [_mapping(item, "refunds") for item in _list(record, "refunds")]
    return sum(abs(_cents(refund, "total", "refunds")) for refund in refunds)


def _delivery(shipping: Mapping[str, object]) -> tuple[str | None, str | None]:
    """The shipping address as the carrier received it, in one line (R16)."""

    def joined(*keys: str) -> str:
        return " ".join(part for part in (_text(shipping, key, "shipping") for key in keys) if part)

    street = joined("address_1", "address_2")
    if not street:
        return None, None
    country = _value(country_code, _text(shipping, "country", "shipping"), "shipping.country")
    line = ", ".join(part for part in (street, joined("postcode", "city"), country) if part)
    if len(line) > _LONGEST_DELIVERY_LINE:
        raise _Refused(Problem.CELL_TOO_LONG, "shipping")
    return joined("first_name", "last_name") or joined("company") or None, line


def _address(section: Mapping[str, object], kind: str, path: str) -> IncomingAddress | None:
    line_1 = _text(section, "address_1", path)
    line_2 = _text(section, "address_2", path)
    code = _text(section, "postcode", path)
    city = _text(section, "city", path)
    if not (line_1 or code or city):
        return None
    country = _value(country_code, _text(section, "country", path), f"{path}.country")
    street, number, suffix = street_and_number(line_1)
    if line_2 and not number:
        # "Dorpsstraat" + "151A": the number went into the second line.
        try:
            number, suffix = house_number(line_2)
        except BadValue:
            pass
        else:
            line_2 = ""
    if line_2:
        # The second line usually holds the addition ("A", "2 hoog", "bis"); a longer text (a company,
        # "t.a.v. ...") has no field of its own in the app and is left out.
        joined = " ".join(part for part in (suffix, line_2) if part)
        suffix = joined if len(joined) <= _LONGEST_SUFFIX else suffix
    return IncomingAddress(
        kind=kind,
        street=street,
        house_number=number,
        house_number_suffix=suffix,
        postcode=_value(postcode, code, f"{path}.postcode", country) if code else "",
        city=city,
        country=country,
    )


def _phones(section: Mapping[str, object], path: str) -> tuple[str | None, str | None]:
    """(phone, mobile): WooCommerce has one phone field; a mobile number goes where the app keeps mobiles."""
    country = _value(country_code, _text(section, "country", path), f"{path}.country")
    number = _value(phone_number, _text(section, "phone", path), f"{path}.phone", country)
    if number is None:
        return None, None
    return (None, number) if is_mobile(number) else (number, None)


def _consent(record: Mapping[str, object], consent_keys: Mapping[str, str]) -> bool | None:
    """True when a mapped meta key says yes, False when one says no, None when none is there (then the
    import records nothing: consent only where the source says so)."""
    if not consent_keys:
        return None
    answers: list[bool] = []
    for item in _list(record, "meta_data"):
        meta = _mapping(item, "meta_data")
        key = meta.get("key")
        if not isinstance(key, str) or consent_keys.get(key) != MARKETING_CONSENT:
            continue
        value = meta.get("value")
        if isinstance(value, bool):
            answers.append(value)
        elif isinstance(value, int | str):
            text = str(value).strip().lower()
            if text in _YES:
                answers.append(True)
            elif text in _NO:
                answers.append(False)
    if not answers:
        return None
    return any(answers)


# Reading typed values out of the JSON; a wrong type is a broken record, named by its key.


def _mapping(value: object, path: str | None) -> Mapping[str, object]:
    if not isinstance(value, Mapping):
        raise _Refused(Problem.BROKEN_RECORD, path)
    return value


def _section(record: Mapping[str, object], key: str) -> Mapping[str, object]:
    value = record.get(key)
    if value is None or value == []:  # PHP writes an empty object as []
        return MappingProxyType({})
    return _mapping(value, key)


def _list(record: Mapping[str, object], key: str) -> list[object]:
    value = record.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        raise _Refused(Problem.BROKEN_RECORD, key)
    return value


def _text(record: Mapping[str, object], key: str, path: str = "") -> str:
    name = f"{path}.{key}" if path else key
    value = record.get(key)
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise _Refused(Problem.BROKEN_RECORD, name)
    return _value(cell_text, str(value), name)


def _positive_id(record: Mapping[str, object], key: str) -> int:
    value = record.get(key)
    if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
        raise _Refused(Problem.BROKEN_RECORD, key)
    return value


def _cents(record: Mapping[str, object], key: str, path: str = "") -> int:
    name = f"{path}.{key}" if path else key
    value = record.get(key)
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise _Refused(Problem.INVALID_AMOUNT, name)
    return _value(cents, str(value), name)


def _moment(record: Mapping[str, object], key: str) -> datetime | None:
    value = record.get(key)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise _Refused(Problem.INVALID_DATE, key)
    return _value(utc_moment, value, key, UTC)  # `date_*_gmt` are UTC without an offset in the text


def _value(convert: Callable[..., _T], text: str, field: str, *args: object) -> _T:
    """`convert(text, *args)`, its BadValue named by the JSON key (the value stays out of the problem)."""
    try:
        return convert(text, *args)
    except BadValue as error:
        raise _Refused(error.reason, field) from None
