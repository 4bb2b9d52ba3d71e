"""Shopify's customer (both layouts) and order exports, in their real shapes (issue 13)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from spaceoptics_desk.domain.incoming import IncomingAddress, IncomingLine, OrderStatus
from spaceoptics_desk.services.imports.readers import read_file
from spaceoptics_desk.services.imports.readers.shopify_csv import shopify_status
from tests.services.imports.csv_files import FIXTURES, orders, people


def test_the_older_customer_layout() -> None:
    jan, pieter = people(read_file(FIXTURES / "shopify_customers_old.csv"))
    assert jan.external_id is None  # the older layout has no customer id
    assert (jan.first_name, jan.name_prefix, jan.last_name) == ("Jan", "van der", "Berg")
    assert jan.phone == "+31622993969"  # "'+31622993969"
    assert jan.marketing_consent is True  # Accepts Email Marketing: yes
    assert jan.addresses == (IncomingAddress("billing", "Dorpsstraat", "151", "", "4021HR", "Maurik", "NL"),)
    assert pieter.email == "pieter@example.de"
    assert (pieter.name_prefix, pieter.last_name) == ("de", "Wit")
    assert pieter.marketing_consent is False  # "no" is the source saying so
    assert pieter.addresses[0].postcode == "47533"  # "'47533"
    assert pieter.phone == "+49282112345"


def test_the_newer_customer_layout() -> None:
    reading = read_file(FIXTURES / "shopify_customers_new.csv")
    zoe, karel = people(reading)
    assert zoe.external_id == "7398802653250"  # "'7398802653250"
    assert zoe.first_name == "Zoë"
    assert zoe.phone == "+31206241111"  # from Default Address Phone when Phone is empty
    assert zoe.marketing_consent is True
    assert karel.company_name == "Janssens Optiek"
    assert karel.phone == "+32470123456"
    assert karel.marketing_consent is False
    assert "Accepts SMS Marketing" in reading.summary.ignored_columns


def test_orders_are_put_together_from_their_line_item_rows() -> None:
    reading = read_file(FIXTURES / "shopify_orders.csv")
    first, _ = orders(reading)
    assert reading.summary.rows == 3
    assert first.order_number == "#1001"
    assert first.lines == (
        IncomingLine("GL-ZW-10", "Zonnebril Wayfarer zwart", 1, 8900),
        IncomingLine("ET-BR-02", "Brillenkoker bruin", 2, 2500),  # the continuation row
    )
    assert first.ordered_at == datetime(2024, 3, 5, 13, 21, 58, tzinfo=UTC)  # "+0100"
    assert first.status == OrderStatus.SHIPPED
    assert first.total_cents == 14595
    assert first.payment is not None
    assert (first.payment.method, first.payment.reference) == ("ideal", "c12345678901")
    assert first.payment.paid_at == datetime(2024, 3, 5, 13, 22, 10, tzinfo=UTC)
    customer = first.customer
    assert (customer.first_name, customer.name_prefix, customer.last_name) == ("Jan", "van der", "Berg")
    assert customer.external_id is None
    assert customer.addresses[0].postcode == "4021HR"  # "'4021 HR"
    assert customer.marketing_consent is True  # ticked at checkout ...
    assert customer.consent_at == first.ordered_at  # ... at the order's moment
    assert first.delivery_address == "Kerkstraat 8, 4001 AB Tiel, NL"


def test_a_cancelled_refunded_order_without_marketing() -> None:
    second = orders(read_file(FIXTURES / "shopify_orders.csv"))[1]
    assert second.order_number == "#1002"
    assert second.status == OrderStatus.REFUNDED
    assert second.refunded_cents == 3500
    assert second.customer.marketing_consent is None  # "no" at one checkout withdraws nothing
    assert second.customer.phone == "+32470123456"
    assert second.delivery_address == "Meir 10, 2000 Antwerpen, BE"  # no shipping address: billing


@pytest.mark.parametrize(
    ("financial", "fulfillment", "cancelled", "expected"),
    [
        ("pending", "", False, OrderStatus.OPEN),
        ("authorized", "", False, OrderStatus.OPEN),
        ("paid", "", False, OrderStatus.PAID),
        ("paid", "unfulfilled", False, OrderStatus.PAID),
        ("paid", "fulfilled", False, OrderStatus.SHIPPED),
        ("partially_refunded", "fulfilled", False, OrderStatus.SHIPPED),
        ("refunded", "fulfilled", False, OrderStatus.REFUNDED),
        ("refunded", "", True, OrderStatus.REFUNDED),
        ("paid", "", True, OrderStatus.CANCELLED),
        ("voided", "", False, OrderStatus.CANCELLED),
        ("nonsense", "", False, None),
    ],
)
def test_shopify_statuses(
    financial: str, fulfillment: str, cancelled: bool, expected: OrderStatus | None
) -> None:
    assert shopify_status(financial, fulfillment, cancelled) == expected
