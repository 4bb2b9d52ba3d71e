"""The sync's change feed against a WooCommerce-shaped shop on loopback: full and incremental reads, pages
that change while they are read, and a high-water mark that never skips a record (issue 13)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from spaceoptics_desk.domain.incoming import IncomingOrder, IncomingPerson, Read, ReadResult
from spaceoptics_desk.services.imports.woocommerce import sync
from spaceoptics_desk.services.imports.woocommerce.client import (
    ApiKey,
    Reason,
    WooCommerceClient,
    WooCommerceError,
)
from spaceoptics_desk.services.imports.woocommerce.sync import OVERLAP, ChangeFeed, fetch_changes
from tests.woocommerce_server import (
    KEY,
    SECRET,
    SHOP_CLOCK,
    Record,
    Request,
    WooShop,
    fixture_records,
    order_like,
    touch,
    wc_date,
    woo_shop_fixture,
)

__all__ = ["woo_shop_fixture"]

FIRST_ORDER = datetime(2024, 10, 1, 8, 0, tzinfo=UTC)
CONSENT = {"_newsletter_optin": "marketing_consent"}


def client_for(shop: WooShop) -> WooCommerceClient:
    return WooCommerceClient(shop.url, ApiKey(KEY, SECRET), sleep=lambda seconds: None, timeout=5)


def orders(count: int, *, step: timedelta = timedelta(minutes=1), first_id: int = 2001) -> list[Record]:
    template = fixture_records("orders.json")[0]
    return [order_like(template, first_id + n, FIRST_ORDER + n * step) for n in range(count)]


def order_numbers(results: list[ReadResult]) -> list[str]:
    return [
        r.record.order_number for r in results if isinstance(r, Read) and isinstance(r.record, IncomingOrder)
    ]


def customer_ids(results: list[ReadResult]) -> list[str | None]:
    return [
        r.record.external_id for r in results if isinstance(r, Read) and isinstance(r.record, IncomingPerson)
    ]


def read_all(feed: ChangeFeed) -> list[ReadResult]:
    results = list(feed)
    assert feed.complete
    assert [result.row for result in results] == list(range(1, len(results) + 1))
    return results


def test_a_first_sync_reads_every_customer_and_250_orders_in_3_pages(woo_shop: WooShop) -> None:
    woo_shop.orders = orders(250)
    feed = fetch_changes(client_for(woo_shop), None, consent_keys=CONSENT)
    results = read_all(feed)
    assert customer_ids(results) == ["25", "26", "31"]
    assert order_numbers(results) == [str(2001 + n) for n in range(250)]
    assert all(isinstance(result, Read) for result in results)
    assert (feed.customers, feed.orders) == (3, 250)
    requests = woo_shop.requests_to("orders")
    assert len(requests) == 3
    assert requests[0].params == {
        "per_page": "100",
        "page": "1",
        "orderby": "modified",
        "order": "asc",
        "dates_are_gmt": "true",
    }
    # The next page starts from the last date read (minus a second: WordPress's `after` is exclusive).
    assert requests[1].params["modified_after"] == wc_date(
        FIRST_ORDER + timedelta(minutes=99) - timedelta(seconds=1)
    )
    assert feed.high_water_mark() == SHOP_CLOCK
    assert feed.highest_modified == FIRST_ORDER + timedelta(minutes=249)


def test_an_incremental_sync_asks_for_what_changed_after_the_mark_less_the_overlap(woo_shop: WooShop) -> None:
    woo_shop.orders = orders(250)
    since = FIRST_ORDER + timedelta(minutes=200)
    results = read_all(fetch_changes(client_for(woo_shop), since))
    # The overlap reads the last five minutes before the mark again (late commits; the import is idempotent).
    assert order_numbers(results) == [str(2001 + n) for n in range(196, 250)]
    assert woo_shop.requests_to("orders")[0].params["modified_after"] == wc_date(since - OVERLAP)
    # Customers cannot be filtered by the shop: all are read, the unchanged ones passed over here.
    assert customer_ids(results) == []
    touch(woo_shop.customers[1], since)
    assert customer_ids(read_all(fetch_changes(client_for(woo_shop), since))) == ["26"]


def test_orders_that_arrive_or_change_while_the_pages_are_read_are_all_read(woo_shop: WooShop) -> None:
    woo_shop.orders = orders(250)
    template = woo_shop.orders[0]

    def busy_shop(shop: WooShop, request: Request) -> None:
        if request.endpoint == "orders" and len(shop.requests_to("orders")) == 2:
            touch(shop.orders[10], SHOP_CLOCK)  # an order of page 1 is paid: it moves to the end
            shop.orders.append(order_like(template, 2251, SHOP_CLOCK))  # a new order

    woo_shop.on_request = busy_shop
    results = read_all(fetch_changes(client_for(woo_shop), None))
    numbers = order_numbers(results)
    assert sorted(set(numbers)) == sorted(str(2001 + n) for n in range(251))  # none skipped
    assert numbers.count("2011") == 2  # before and after the change: the newest comes last
    assert numbers[-2:] == ["2011", "2251"] or numbers[-2:] == ["2251", "2011"]


def test_page_numbers_would_have_skipped_an_order_there(woo_shop: WooShop) -> None:
    """What the cursor is for: the same change, read by page number, loses the first order of page 2."""
    woo_shop.orders = orders(250)
    client = client_for(woo_shop)
    seen: list[object] = []
    for page_number in (1, 2, 3):
        if page_number == 2:
            touch(woo_shop.orders[10], SHOP_CLOCK)
        params: dict[str, str | int] = {
            "per_page": 100,
            "page": page_number,
            "orderby": "modified",
            "order": "asc",
        }
        seen += [record["id"] for record in client.get("orders", params).records]  # type: ignore[index]
    assert 2101 not in seen


def test_a_bulk_change_of_more_than_a_page_in_one_second_is_read_whole(woo_shop: WooShop) -> None:
    woo_shop.orders = orders(250, step=timedelta(0))  # one bulk action: all modified in the same second
    results = read_all(fetch_changes(client_for(woo_shop), None))
    assert sorted(order_numbers(results)) == sorted(str(2001 + n) for n in range(250))
    # From the start, then "after that second less one" gives the same page: page on within that query.
    assert [request.params["page"] for request in woo_shop.requests_to("orders")] == ["1", "1", "2", "3"]


def test_an_order_leaving_a_bulk_run_while_it_is_read_makes_the_run_read_again(woo_shop: WooShop) -> None:
    woo_shop.orders = orders(250, step=timedelta(0))

    def busy_shop(shop: WooShop, request: Request) -> None:
        if request.endpoint == "orders" and request.params["page"] == "2" and shop.orders[10]["id"] == 2011:
            # Between page 1 and page 2 of the run: places 12..250 move up one, 2101 onto page 1.
            touch(shop.orders[10], SHOP_CLOCK)
            shop.orders.append(shop.orders.pop(10))

    woo_shop.on_request = busy_shop
    results = read_all(fetch_changes(client_for(woo_shop), None))
    numbers = order_numbers(results)
    assert set(numbers) == {str(2001 + n) for n in range(250)}
    assert len(numbers) == 251  # 2011 twice: its old and its new version


def test_an_order_deleted_from_a_bulk_run_while_it_is_read_makes_the_run_read_again(
    woo_shop: WooShop,
) -> None:
    woo_shop.orders = orders(250, step=timedelta(0))

    def busy_shop(shop: WooShop, request: Request) -> None:
        if request.endpoint == "orders" and request.params["page"] == "2" and len(shop.orders) == 250:
            del shop.orders[10]  # deleted for good (not trashed): places shift without a new date

    woo_shop.on_request = busy_shop
    numbers = order_numbers(read_all(fetch_changes(client_for(woo_shop), None)))
    assert set(numbers) == {str(2001 + n) for n in range(250)}  # 2011 was read before it went


def test_customers_are_read_again_when_one_is_deleted_while_they_are_read(woo_shop: WooShop) -> None:
    template = fixture_records("customers.json")[0]
    woo_shop.customers = [dict(template, id=100 + n) for n in range(150)]

    def busy_shop(shop: WooShop, request: Request) -> None:
        if request.endpoint == "customers" and len(shop.requests_to("customers")) == 2:
            del shop.customers[5]  # customers 106.. move up one place: 200 would be skipped

    woo_shop.on_request = busy_shop
    ids = customer_ids(read_all(fetch_changes(client_for(woo_shop), None)))
    assert sorted(ids, key=lambda text: int(text or 0)) == [str(100 + n) for n in range(150)]  # each once
    assert len(woo_shop.requests_to("customers")) == 4  # two passes of two pages


def test_a_sync_that_fails_halfway_keeps_the_old_mark_and_the_next_one_misses_nothing(
    woo_shop: WooShop,
) -> None:
    woo_shop.orders = orders(250)

    def failing_shop(shop: WooShop, request: Request) -> None:
        shop.faults.server_error_always = len(shop.requests_to("orders")) >= 2

    woo_shop.on_request = failing_shop
    since = FIRST_ORDER - timedelta(days=1)
    feed = fetch_changes(client_for(woo_shop), since)
    applied: list[ReadResult] = []
    with pytest.raises(WooCommerceError) as caught:
        applied.extend(feed)
    assert caught.value.reason is Reason.SERVER_ERROR
    assert len(order_numbers(applied)) == 100  # the first page; the caller may keep it (idempotent)
    assert not feed.complete
    with pytest.raises(RuntimeError):
        feed.high_water_mark()  # nothing to store: the next sync starts from `since` again
    woo_shop.on_request = None
    woo_shop.faults.server_error_always = False
    numbers = order_numbers(read_all(fetch_changes(client_for(woo_shop), since)))
    assert numbers == [str(2001 + n) for n in range(250)]


def test_the_mark_is_the_shops_clock_at_the_start_so_a_customer_changed_meanwhile_comes_next_time(
    woo_shop: WooShop,
) -> None:
    woo_shop.orders = orders(250)
    assert woo_shop.clock is not None
    start = woo_shop.clock
    customer_changed = start + timedelta(minutes=1)
    order_changed = start + timedelta(minutes=10)

    def busy_shop(shop: WooShop, request: Request) -> None:
        if request.endpoint == "orders" and len(shop.requests_to("orders")) == 1:
            shop.clock = order_changed
            touch(shop.customers[0], customer_changed)  # after the customers were read
            touch(shop.orders[0], order_changed)

    woo_shop.on_request = busy_shop
    feed = fetch_changes(client_for(woo_shop), None)
    assert "25" in customer_ids(read_all(feed))  # its old version
    mark = feed.high_water_mark()
    assert mark == start
    # The highest date read would have passed over the customer's change next time:
    assert feed.highest_modified == order_changed
    assert customer_changed < order_changed - OVERLAP
    woo_shop.on_request = None
    assert customer_ids(read_all(fetch_changes(client_for(woo_shop), mark))) == ["25"]


def test_without_a_date_header_the_mark_stays_where_it_was(woo_shop: WooShop) -> None:
    woo_shop.clock = None
    since = datetime(2024, 1, 1, tzinfo=UTC)
    feed = fetch_changes(client_for(woo_shop), since)
    read_all(feed)
    assert feed.high_water_mark() == since


def test_bad_records_are_passed_on_as_problems_and_the_rest_is_read(woo_shop: WooShop) -> None:
    woo_shop.orders[1]["billing"]["postcode"] = "9000000000000000"
    results = read_all(fetch_changes(client_for(woo_shop), None))
    problems = [result for result in results if not isinstance(result, Read)]
    assert [(p.reason.value, p.field) for p in problems] == [("invalid_postcode", "billing.postcode")]
    assert order_numbers(results) == ["1201", "1203"]


def test_a_naive_since_is_refused(woo_shop: WooShop) -> None:
    with pytest.raises(ValueError, match="timezone"):
        fetch_changes(client_for(woo_shop), datetime(2024, 1, 1))


def test_the_connection_test_gives_the_counts(woo_shop: WooShop) -> None:
    counts = sync.test_connection(client_for(woo_shop))
    assert (counts.customers, counts.orders) == (3, 3)
    assert [request.params for request in woo_shop.requests] == [{"per_page": "1"}, {"per_page": "1"}]


def test_the_connection_test_says_why_it_failed(woo_shop: WooShop) -> None:
    client = WooCommerceClient(woo_shop.url, ApiKey(KEY, "cs_old"), sleep=lambda seconds: None)
    with pytest.raises(WooCommerceError) as caught:
        sync.test_connection(client)
    assert caught.value.reason is Reason.CREDENTIALS_REFUSED
