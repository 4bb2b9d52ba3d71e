"""A WooCommerce-shaped REST API on loopback (a real ThreadingHTTPServer), for the sync's tests.

It serves `/wp-json/wc/v3/customers`, `/orders` and `/system_status` from in-memory lists of records in
WooCommerce's documented JSON (tests/fixtures/woocommerce/), the way WooCommerce does: HTTP Basic with the
consumer key and secret (401 with WooCommerce's error JSON otherwise), `per_page` (at most 100) and `page`,
`X-WP-Total` and `X-WP-TotalPages`; orders filtered by `modified_after` (exclusive, as WordPress's date
query is) and ordered by `orderby=modified|date|id` (then id); customers ordered by id or name, never
filtered by date (WooCommerce cannot). Its `Date` header is the shop's clock, which the tests set.

Switches the tests flip (`shop.faults`): a 429 with Retry-After once, a 500 on one page once, a 500
always, a stalled answer (the client's timeout; released when the test ends, no sleeping), a page that is
not JSON, a redirect to another host, and `on_request`, a hook run before each answer (to add or change
orders while the client is paging).

Import the fixture into a test module by its function name (`woo_shop_fixture`) and ask for `woo_shop`.
"""

from __future__ import annotations

import base64
import copy
import json
import math
import ssl
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

FIXTURES = Path(__file__).parent / "fixtures" / "woocommerce"
KEY = "ck_4f1e8a2b9c0d3e6f7a8b9c0d1e2f3a4b5c6d7e8f"
SECRET = "cs_9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b"
API = "/wp-json/wc/v3/"
SHOP_CLOCK = datetime(2024, 11, 1, 12, 0, tzinfo=UTC)

Record = dict[str, Any]


def fixture_records(name: str) -> list[Record]:
    records: list[Record] = json.loads((FIXTURES / name).read_text(encoding="utf-8"))
    return records


def wc_date(moment: datetime) -> str:
    """WooCommerce's `date_*_gmt` form: UTC, whole seconds, no offset."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S")


def order_like(template: Record, order_id: int, modified: datetime) -> Record:
    """A copy of a fixture order with its own id, number and dates."""
    order = copy.deepcopy(template)
    order["id"] = order_id
    order["number"] = str(order_id)
    order["date_created_gmt"] = wc_date(modified - timedelta(minutes=1))
    order["date_modified_gmt"] = wc_date(modified)
    return order


def touch(record: Record, moment: datetime) -> None:
    """The shop changed the record at `moment`."""
    record["date_modified_gmt"] = wc_date(moment)


@dataclass
class Faults:
    too_many_requests_once: str | None = None  # the Retry-After value of one 429
    server_error_once_on_page: int | None = None  # a 500 the first time this page is asked for
    server_error_always: bool = False
    stall: bool = False
    broken_json: bool = False
    not_a_list: bool = False
    redirect_to: str | None = None


@dataclass
class Request:
    endpoint: str
    params: dict[str, str]


@dataclass
class WooShop:
    """The shop's state, shared with the handler threads (guarded by `lock`)."""

    customers: list[Record]
    orders: list[Record]
    port: int = 0
    scheme: str = "http"
    clock: datetime | None = SHOP_CLOCK  # None: answers without a Date header
    faults: Faults = field(default_factory=Faults)
    on_request: Callable[[WooShop, Request], None] | None = None
    requests: list[Request] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    released: threading.Event = field(default_factory=threading.Event)
    authorizations: list[str] = field(default_factory=list)

    @property
    def url(self) -> str:
        return f"{self.scheme}://127.0.0.1:{self.port}"

    def requests_to(self, endpoint: str) -> list[Request]:
        return [request for request in self.requests if request.endpoint == endpoint]


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: the test output stays readable."""

    def send_response(self, code: int, message: str | None = None) -> None:
        """As the base class does, with the shop's clock as the Date header (or none)."""
        self.send_response_only(code, message)
        self.send_header("Server", self.version_string())
        clock = self.server.shop.clock
        if clock is not None:
            self.send_header("Date", format_datetime(clock, usegmt=True))

    def do_GET(self) -> None:
        shop = self.server.shop
        parts = urlsplit(self.path)
        params = {name: values[-1] for name, values in parse_qs(parts.query).items()}
        endpoint = parts.path.removeprefix(API)
        with shop.lock:
            shop.authorizations.append(self.headers.get("Authorization", ""))
            request = Request(endpoint, params)
            shop.requests.append(request)
            if shop.on_request is not None:
                shop.on_request(shop, request)
            answer = self._answer(shop, request)
        if answer is None:
            shop.released.wait(30)  # a stalled shop: the client's timeout ends the test's wait
            return
        status, headers, body = answer
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _answer(self, shop: WooShop, request: Request) -> tuple[int, dict[str, str], bytes] | None:
        faults = shop.faults
        if faults.stall:
            return None
        if not self._authorized():
            return _error(401, "woocommerce_rest_authentication_error", "Consumer secret is invalid.")
        if faults.redirect_to is not None:
            return 302, {"Location": faults.redirect_to + self.path}, b""
        if faults.too_many_requests_once is not None:
            retry_after, faults.too_many_requests_once = faults.too_many_requests_once, None
            return (
                429,
                {"Retry-After": retry_after, "Content-Type": "text/html"},
                b"<h1>Too Many Requests</h1>",
            )
        page = int(request.params.get("page", "1"))
        if faults.server_error_always or faults.server_error_once_on_page == page:
            faults.server_error_once_on_page = None
            return 500, {"Content-Type": "text/html"}, b"<h1>Error establishing a database connection</h1>"
        if faults.broken_json:
            return 200, {"Content-Type": "application/json"}, b'[{"id": 1201, "status": "proc'
        if faults.not_a_list:
            return _error(200, "rest_no_route", "Geen route gevonden.")
        if request.endpoint == "customers":
            return _collection(_customers(shop.customers, request.params), request.params)
        if request.endpoint == "orders":
            return _collection(_orders(shop.orders, request.params), request.params)
        if request.endpoint == "system_status":
            return 200, {"Content-Type": "application/json"}, json.dumps({"environment": {}}).encode()
        return _error(404, "rest_no_route", "No route was found matching the URL and request method.")

    def _authorized(self) -> bool:
        expected = "Basic " + base64.b64encode(f"{KEY}:{SECRET}".encode()).decode()
        return self.headers.get("Authorization") == expected


def _error(status: int, code: str, message: str) -> tuple[int, dict[str, str], bytes]:
    body = json.dumps({"code": code, "message": message, "data": {"status": status}}).encode()
    return status, {"Content-Type": "application/json; charset=UTF-8"}, body


def _customers(customers: list[Record], params: dict[str, str]) -> list[Record]:
    # WooCommerce's customers: orderby id, include, name, registered_date; no date filter. Default: name.
    orderby = params.get("orderby", "name")
    if orderby == "id":
        chosen = sorted(customers, key=lambda record: record["id"])
    else:
        chosen = sorted(customers, key=lambda record: (record["last_name"], record["id"]))
    return chosen[::-1] if params.get("order", "asc") == "desc" else chosen


def _orders(orders: list[Record], params: dict[str, str]) -> list[Record]:
    chosen = orders
    after = params.get("modified_after")
    if after is not None:
        # WordPress's date query: `after` is exclusive; with dates_are_gmt the column is the GMT one.
        assert params.get("dates_are_gmt") == "true", "the client must ask for GMT dates"
        chosen = [record for record in chosen if record["date_modified_gmt"] > after]
    orderby = params.get("orderby", "date")
    column = {"modified": "date_modified_gmt", "date": "date_created_gmt"}.get(orderby)
    if column is None:
        chosen = sorted(chosen, key=lambda record: record["id"])
    else:
        chosen = sorted(chosen, key=lambda record: (record[column], record["id"]))  # WooCommerce adds ID
    return chosen[::-1] if params.get("order", "desc") == "desc" else chosen


def _collection(records: list[Record], params: dict[str, str]) -> tuple[int, dict[str, str], bytes]:
    per_page = min(int(params.get("per_page", "10")), 100)
    page = int(params.get("page", "1"))
    chunk = records[(page - 1) * per_page : page * per_page]
    headers = {
        "Content-Type": "application/json; charset=UTF-8",
        "X-WP-Total": str(len(records)),
        "X-WP-TotalPages": str(math.ceil(len(records) / per_page)),
    }
    return 200, headers, json.dumps(chunk).encode()


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, shop: WooShop) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.shop = shop


@dataclass
class RunningShop:
    shop: WooShop
    server: _Server
    thread: threading.Thread

    def stop(self) -> None:
        self.shop.released.set()
        self.server.shutdown()
        self.server.server_close()
        self.thread.join()


def start_shop(shop: WooShop, tls: ssl.SSLContext | None = None) -> RunningShop:
    server = _Server(shop)
    if tls is not None:
        server.socket = tls.wrap_socket(server.socket, server_side=True)
        shop.scheme = "https"
    shop.port = server.server_address[1]
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.02}, name="woocommerce-shop", daemon=True
    )
    thread.start()
    return RunningShop(shop, server, thread)


@pytest.fixture(name="woo_shop")
def woo_shop_fixture() -> Iterator[WooShop]:
    """The fixture customers and orders, served over plain HTTP on 127.0.0.1."""
    running = start_shop(WooShop(fixture_records("customers.json"), fixture_records("orders.json")))
    yield running.shop
    running.stop()
