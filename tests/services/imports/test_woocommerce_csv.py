"""WooCommerce order-export files and the Analytics customer list, in their real shapes (issue 13)."""

from __future__ import annotations

from datetime import UTC, datetime

from spaceoptics_desk.domain.incoming import (
    IncomingAddress,
    IncomingLine,
    IncomingPayment,
    OrderStatus,
)
from spaceoptics_desk.services.imports.readers import read_file
from spaceoptics_desk.services.imports.readers.woocommerce_csv import LEFT_OUT_ON_PURPOSE
from tests.services.imports.csv_files import FIXTURES, orders, people


def test_a_registered_customers_order_with_two_product_rows() -> None:
    first = orders(read_file(FIXTURES / "woocommerce_orders_aoe.csv"))[0]
    assert first.order_number == "1201"
    assert first.status == OrderStatus.SHIPPED  # "Completed"
    assert first.ordered_at == datetime(2024, 3, 5, 13, 22, tzinfo=UTC)  # 14:22 shop time, winter
    assert first.total_cents == 14595
    assert first.lines == (
        IncomingLine("GL-ZW-10", "Zonnebril Wayfarer zwart", 1, 8900),
        IncomingLine("ET-BR-02", "Brillenkoker bruin", 2, 2500),
    )
    assert first.payment == IncomingPayment("ideal", "tr_WDqYK6llA2", None, 14595)
    customer = first.customer
    assert customer.external_id == "42"
    assert (customer.first_name, customer.name_prefix, customer.last_name) == ("Jan", "van der", "Berg")
    assert customer.email == "jan.vdberg@example.nl"
    assert customer.phone == "+31622993969"
    assert customer.marketing_consent is None  # the export says nothing about consent
    assert customer.addresses == (
        IncomingAddress("billing", "Dorpsstraat", "151", "", "4021HR", "Maurik", "NL"),
        IncomingAddress("delivery", "Kerkstraat", "8", "", "4001AB", "Tiel", "NL"),
    )
    # The shipping address cell holds a line break (Alt+Enter); the carrier's line is the first.
    assert (first.delivery_name, first.delivery_address) == (
        "Jan van der Berg",
        "Kerkstraat 8, 4001 AB Tiel, NL",
    )


def test_a_guest_order_has_no_external_id_and_ships_to_the_billing_address() -> None:
    guest = orders(read_file(FIXTURES / "woocommerce_orders_aoe.csv"))[1]
    assert guest.order_number == "1202"
    assert guest.customer.external_id is None  # Customer User ID 0
    assert (guest.customer.first_name, guest.customer.name_prefix, guest.customer.last_name) == (
        "Zoë",
        "de",
        "Vries",
    )
    assert guest.status == OrderStatus.PAID  # "Processing"
    assert guest.customer.phone == "+31206241111"
    assert guest.payment is not None and guest.payment.method == "banktransfer"
    assert guest.delivery_address == "Prinsengracht 263-1, 1016 GV Amsterdam, NL"
    assert len(guest.customer.addresses) == 1


def test_a_belgian_refunded_order() -> None:
    refunded = orders(read_file(FIXTURES / "woocommerce_orders_aoe.csv"))[2]
    assert refunded.status == OrderStatus.REFUNDED
    assert refunded.refunded_cents == 12000
    assert (refunded.customer.name_prefix, refunded.customer.last_name) == ("'t", "Hart")
    assert refunded.customer.company_name == "Optiek 't Hart BV"
    assert refunded.customer.phone == "+32470123456"  # national, read in Belgium
    assert refunded.customer.addresses[0].postcode == "1000"
    assert refunded.customer.addresses[0].country == "BE"


def test_the_ip_address_and_user_agent_are_left_out() -> None:
    reading = read_file(FIXTURES / "woocommerce_orders_aoe.csv")
    everything = repr(orders(reading))
    assert "192.0.2.10" not in everything and "Mozilla" not in everything
    assert {"Customer IP address", "Customer User Agent"} <= set(reading.summary.ignored_columns)
    assert "Customer IP address" in LEFT_OUT_ON_PURPOSE
    assert reading.summary.rows == 4


def test_skyverges_one_row_per_item_layout_saved_by_dutch_excel() -> None:
    (order,) = orders(read_file(FIXTURES / "woocommerce_orders_skyverge_excel.csv"))
    assert order.order_number == "3310"
    assert order.customer.first_name == "André"  # Windows-1252
    assert order.customer.external_id == "118"
    assert order.total_cents == 7945  # "79,45"
    assert order.ordered_at == datetime(2024, 7, 1, 8, 15, tzinfo=UTC)  # summer time
    # SkyVerge writes each line's subtotal, not its unit price.
    assert [(line.product_code, line.quantity, line.unit_price_cents) for line in order.lines] == [
        ("CL-ON-01", 2, 1450),
        ("MV-DK-01", 1, 1450),
    ]
    assert order.customer.addresses[0].house_number == "12"
    assert order.customer.addresses[0].house_number_suffix == "a"
    assert order.payment is not None and order.payment.method == "ideal"


def test_the_analytics_customer_list() -> None:
    jan, lotte = people(read_file(FIXTURES / "woocommerce_customers_analytics.csv"))
    assert (jan.first_name, jan.name_prefix, jan.last_name) == ("Jan", "van der", "Berg")
    assert jan.external_id is None  # the export has no customer id: matched by e-mail
    assert jan.created_at == datetime(2019, 5, 31, 16, 2, 44, tzinfo=UTC)
    assert jan.addresses == (IncomingAddress("billing", "", "", "", "4021HR", "Maurik", "NL"),)
    assert lotte.addresses[0].country == "BE"
    assert lotte.created_at is None
    assert jan.marketing_consent is None
