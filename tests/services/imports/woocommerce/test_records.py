"""WooCommerce's documented JSON as the app's incoming records (issue 13; R9(g), R19, R21)."""

from __future__ import annotations

import copy
from datetime import UTC, datetime
from typing import Any

import pytest

from spaceoptics_desk.domain.incoming import (
    IncomingAddress,
    IncomingLine,
    IncomingOrder,
    IncomingPayment,
    IncomingPerson,
    OrderStatus,
    Problem,
    Read,
    RowProblem,
)
from spaceoptics_desk.services.imports.woocommerce.records import modified_at, read_customer, read_order
from tests.woocommerce_server import fixture_records

CONSENT = {"_newsletter_optin": "marketing_consent"}


def customer(index: int, **consent: Any) -> IncomingPerson:
    result = read_customer(fixture_records("customers.json")[index], index + 1, **consent)
    assert isinstance(result, Read), result
    assert isinstance(result.record, IncomingPerson)
    return result.record


def order(index: int, record: dict[str, Any] | None = None) -> IncomingOrder:
    result = read_order(record or fixture_records("orders.json")[index], index + 1, CONSENT)
    assert isinstance(result, Read), result
    assert isinstance(result.record, IncomingOrder)
    return result.record


def problem(record: dict[str, Any], *, kind: str = "order") -> RowProblem:
    reader = read_order if kind == "order" else read_customer
    result = reader(record, 7, CONSENT)
    assert isinstance(result, RowProblem), result
    assert result.row == 7
    return result


def test_a_customer_account_with_the_dutch_prefix_split_and_the_addition_from_address_2() -> None:
    jan = customer(0)
    assert jan.external_id == "25"
    assert jan.email == "jan.vdberg@example.nl"
    assert (jan.first_name, jan.name_prefix, jan.last_name) == ("Jan", "van der", "Berg")
    assert jan.mobile == "+31622993969"
    assert jan.phone is None
    assert jan.created_at == datetime(2024, 3, 5, 14, 22, 10, tzinfo=UTC)  # date_created_gmt is UTC
    assert jan.addresses == (
        IncomingAddress("billing", "Dorpsstraat", "151", "A", "4021HR", "Maurik", "NL"),
        IncomingAddress("delivery", "Dorpsstraat", "151", "A", "4021HR", "Maurik", "NL"),
    )


def test_a_business_customer_with_the_number_in_address_2_and_a_landline() -> None:
    optiek = customer(1)
    assert optiek.email == "optiek.hendriks@example.com"  # lower case
    assert optiek.company_name == "Optiek Hendriks B.V."
    assert (optiek.phone, optiek.mobile) == ("+31301234567", None)
    # No shipping address of its own: only the billing address.
    assert optiek.addresses == (IncomingAddress("billing", "Kerkweg", "3", "bis", "3512JE", "Utrecht", "NL"),)


def test_a_customer_who_never_filled_in_an_address_has_none() -> None:
    lukas = customer(2)
    assert (lukas.email, lukas.first_name, lukas.last_name) == (
        "lukas.peeters@example.be",
        "Lukas",
        "Peeters",
    )
    assert lukas.addresses == ()
    assert (lukas.phone, lukas.mobile) == (None, None)


def test_consent_only_from_a_meta_key_the_owner_mapped() -> None:
    assert customer(0).marketing_consent is None  # unmapped: the source says nothing the app knows
    assert customer(0, consent_keys=CONSENT).marketing_consent is True  # "yes"
    assert customer(1, consent_keys=CONSENT).marketing_consent is False  # "no"
    assert customer(2, consent_keys=CONSENT).marketing_consent is None  # no such meta key at all


@pytest.mark.parametrize("value", ["yes", "1", "on", True, 1, "Yes "])
def test_the_ways_a_ticked_box_is_stored(value: object) -> None:
    record = fixture_records("customers.json")[2]
    record["meta_data"] = [{"id": 1, "key": "_newsletter_optin", "value": value}]
    result = read_customer(record, 1, CONSENT)
    assert isinstance(result, Read) and isinstance(result.record, IncomingPerson)
    assert result.record.marketing_consent is True


def test_a_paid_order_of_an_account_with_its_lines_shipping_payment_and_checkout_consent() -> None:
    paid = order(0)
    assert paid.order_number == "1201"
    assert paid.status is OrderStatus.PAID  # "processing"
    assert paid.ordered_at == datetime(2024, 10, 2, 9, 4, 31, tzinfo=UTC)
    assert paid.modified_at == datetime(2024, 10, 2, 9, 5, 2, tzinfo=UTC)
    assert (paid.total_cents, paid.currency, paid.refunded_cents) == (11500, "EUR", 0)
    assert paid.lines == (
        IncomingLine("SO-ZB-001", "Zonnebril Polarised", 1, 10000, 21),
        IncomingLine("420", "Brillenkoker", 2, 500, 21),  # no SKU: the product id
        IncomingLine("shipping", "PostNL", 1, 500, 21),
    )
    assert sum(line.quantity * line.unit_price_cents for line in paid.lines) == paid.total_cents
    assert paid.payment == IncomingPayment(
        "mollie_wc_gateway_ideal", "tr_WDqYK6vllg", datetime(2024, 10, 2, 9, 5, 2, tzinfo=UTC), 11500
    )
    buyer = paid.customer
    assert (buyer.external_id, buyer.email, buyer.name_prefix, buyer.last_name) == (
        "25",
        "jan.vdberg@example.nl",
        "van der",
        "Berg",
    )
    # R19: the newsletter box ticked at checkout, evidenced by the order's own moment.
    assert (buyer.marketing_consent, buyer.consent_at) == (True, paid.ordered_at)
    assert paid.delivery_name == "Jan van der Berg"
    assert paid.delivery_address == "Dorpsstraat 151 A, 4021 HR Maurik, NL"


def test_a_guest_order_is_matched_by_its_billing_email_and_ships_elsewhere() -> None:
    guest = order(1)
    assert guest.customer.external_id is None  # customer_id 0
    assert guest.customer.email == "sofie.desmet@example.be"
    assert guest.customer.mobile == "+32470123456"
    assert guest.customer.addresses == (
        IncomingAddress("billing", "Grote Markt", "7", "", "9000", "Gent", "BE"),
    )
    assert guest.customer.marketing_consent is False  # the box was there, not ticked
    assert guest.customer.consent_at is None
    assert guest.status is OrderStatus.OPEN  # on-hold: waiting for the bank transfer
    assert guest.payment == IncomingPayment("bacs", None, None, 3800)  # not paid yet
    assert (guest.delivery_name, guest.delivery_address) == (
        "Pieter De Smet",
        "Veldstraat 21 bus 3, 9000 Gent, BE",
    )


def test_a_refunded_order_counts_its_refunds_as_a_positive_amount() -> None:
    refunded = order(2)
    assert refunded.status is OrderStatus.REFUNDED
    assert refunded.refunded_cents == 8900  # refunds[].total is "-89.00"
    assert refunded.customer.company_name == "Optiek Hendriks B.V."
    assert refunded.lines[-1] == IncomingLine("shipping", "Gratis verzending", 1, 0, None)
    assert (refunded.delivery_name, refunded.delivery_address) == (None, None)  # no shipping address


def test_the_ip_address_and_user_agent_are_left_out() -> None:
    for index, record in enumerate(fixture_records("orders.json")):
        read = order(index, record)
        text = repr(read)
        assert record["customer_ip_address"] not in text
        assert "Mozilla" not in text
    assert "17:00" not in repr(order(0))  # nor the customer's note


def test_modified_at_falls_back_to_the_creation_date() -> None:
    lukas = fixture_records("customers.json")[2]  # date_modified_gmt null
    assert modified_at(lukas) == datetime(2024, 9, 1, 19, 15, tzinfo=UTC)
    assert modified_at("not a record") is None


def _broken(change: dict[str, Any], section: str | None = None) -> dict[str, Any]:
    record = copy.deepcopy(fixture_records("orders.json")[0])
    (record[section] if section else record).update(change)
    return record


@pytest.mark.parametrize(
    ("record", "reason", "field"),
    [
        (_broken({"postcode": "402 HR"}, "billing"), Problem.INVALID_POSTCODE, "billing.postcode"),
        (_broken({"email": "jan.vdberg@"}, "billing"), Problem.INVALID_EMAIL, "billing.email"),
        (_broken({"phone": "bel mij"}, "billing"), Problem.INVALID_PHONE, "billing.phone"),
        (_broken({"country": "Atlantis"}, "billing"), Problem.INVALID_COUNTRY, "billing.country"),
        (
            _broken({"first_name": '=HYPERLINK("http://x")'}, "billing"),
            Problem.FORMULA_CELL,
            "billing.first_name",
        ),
        (_broken({"status": "wc-shipped-to-mars"}), Problem.INVALID_STATUS, "status"),
        (_broken({"total": "elf euro"}), Problem.INVALID_AMOUNT, "total"),
        (_broken({"date_created_gmt": "gisteren"}), Problem.INVALID_DATE, "date_created_gmt"),
        (_broken({"date_created_gmt": None}), Problem.MISSING_FIELD, "date_created_gmt"),
        (_broken({"customer_id": "25"}), Problem.BROKEN_RECORD, "customer_id"),
        (_broken({"id": None}), Problem.BROKEN_RECORD, "id"),
        (_broken({"billing": "Dorpsstraat 151"}), Problem.BROKEN_RECORD, "billing"),
        (_broken({"line_items": {"sku": "SO-ZB-001"}}), Problem.BROKEN_RECORD, "line_items"),
        (_broken({"refunds": [{"id": 1, "total": None}]}), Problem.INVALID_AMOUNT, "refunds.total"),
        (_broken({"customer_id": 0, "billing": {"email": ""}}), Problem.MISSING_FIELD, "billing.email"),
    ],
)
def test_a_bad_order_is_one_problem_naming_the_key_not_the_value(
    record: dict[str, Any], reason: Problem, field: str
) -> None:
    found = problem(record)
    assert (found.reason, found.field) == (reason, field)
    assert "Dorpsstraat" not in repr(found) and "jan" not in repr(found).lower()


def test_a_negative_quantity_is_refused() -> None:
    record = copy.deepcopy(fixture_records("orders.json")[0])
    record["line_items"][0]["quantity"] = -1
    assert (problem(record).reason, problem(record).field) == (
        Problem.INVALID_QUANTITY,
        "line_items.quantity",
    )


def test_a_record_that_is_not_an_object_is_broken() -> None:
    assert problem(["id", 25], kind="customer").reason is Problem.BROKEN_RECORD  # type: ignore[arg-type]
    assert read_order(None, 3) == RowProblem(3, Problem.BROKEN_RECORD, None)


def test_a_customer_with_a_ten_thousand_character_name_is_refused() -> None:
    record = fixture_records("customers.json")[0]
    record["first_name"] = "J" * 10_000
    found = problem(record, kind="customer")
    assert (found.reason, found.field) == (Problem.CELL_TOO_LONG, "first_name")


def test_consent_keys_map_to_marketing_consent_only() -> None:
    with pytest.raises(ValueError, match="marketing_consent"):
        read_customer(fixture_records("customers.json")[0], 1, {"_newsletter_optin": "email"})
