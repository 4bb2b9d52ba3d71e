"""`make bench` (issue 13): the first sync of a whole shop from REST-shaped JSON pages on loopback.

The same people and orders as the CSV benchmark (tests/webshop_exports.py: `buyer`, one order line each),
served the way WooCommerce's REST API v3 serves them: `/customers` (the registered buyers, by id) and
`/orders` (by modification time, `modified_after`), pages of 100 with `X-WP-Total` and
`X-WP-TotalPages`. The pages are made when asked for (a million orders as JSON would not fit in memory),
in this process, which shares the machine's two cores with the sync. Ours: the command line `sync` into a
fresh copy of the empty encrypted database (whole command: start, sign-in, every page, apply, index).
The floor: tests/bench/import_floor.py on the CSV export of the same size (the same rows, raw
executemany).

    python -m tests.bench.rest_import_bench [--customers N] [--orders N]
"""

from __future__ import annotations

import base64
import json
import math
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from tests.bench.import_bench import BENCH_DIR, PASSWORD, FigureRow, _empty_shop, _timed, sized_main
from tests.webshop_exports import _PRODUCTS, FIRST_ORDER, START, buyer, woo_address, write_woocommerce_orders
from tests.woocommerce_server import API, KEY, SECRET, wc_date

PER_PAGE_MOST = 100


class GeneratedShop:
    """`customers` people and `orders` orders (order i by person i % customers), made on demand."""

    def __init__(self, customers: int, orders: int) -> None:
        self.customers = customers
        self.orders = orders
        # Every fourth person checks out as a guest (customer_id 0) and is no WooCommerce customer.
        self.registered = customers - (customers + 1) // 4

    def modified_minutes(self, index: int) -> int:
        return index * 7 + (index * 7919) % 5  # strictly rising: orders come in modification order

    def clock(self) -> datetime:
        """The shop's clock (its Date header): a minute after its newest order was modified, so that a
        later sync, when the shop holds more orders, fetches exactly the newer ones."""
        return START + timedelta(minutes=self.modified_minutes(self.orders - 1) + 1)

    def first_order_after(self, moment: str) -> int:
        """The index of the first order modified after `moment` (WordPress's exclusive `after`)."""
        low, high = 0, self.orders
        while low < high:
            middle = (low + high) // 2
            if wc_date(START + timedelta(minutes=self.modified_minutes(middle))) > moment:
                high = middle
            else:
                low = middle + 1
        return low

    def customer(self, position: int) -> dict[str, Any]:
        person = (position // 3) * 4 + position % 3  # the registered ones: person % 4 != 3
        first, last, *_, email, phone, user_id = buyer(person)
        address = woo_address(person)
        return {
            "id": user_id,
            "date_created_gmt": wc_date(START),
            "date_modified_gmt": wc_date(START),
            "email": email,
            "first_name": first,
            "last_name": last,
            "role": "customer",
            "username": email.partition("@")[0],
            "billing": {**address, "email": email, "phone": phone},
            "shipping": {**address, "phone": ""},
            "is_paying_customer": True,
            "meta_data": [],
        }

    def order(self, index: int) -> dict[str, Any]:
        *_, email, phone, user_id = buyer(index % self.customers)
        code, name, price = _PRODUCTS[index % len(_PRODUCTS)]
        modified = START + timedelta(minutes=self.modified_minutes(index))
        address = woo_address(index % self.customers)
        return {
            "id": FIRST_ORDER + index,
            "number": str(FIRST_ORDER + index),
            "status": "completed",
            "currency": "EUR",
            "date_created_gmt": wc_date(modified - timedelta(minutes=1)),
            "date_modified_gmt": wc_date(modified),
            "date_paid_gmt": wc_date(modified - timedelta(minutes=1)),
            "total": price,
            "customer_id": user_id,
            "billing": {**address, "email": email, "phone": phone},
            "shipping": {**address, "phone": ""},
            "payment_method": "mollie_wc_gateway_ideal",
            "payment_method_title": "iDEAL",
            "transaction_id": f"tr_{index:010d}",
            "customer_ip_address": "192.0.2.10",
            "customer_user_agent": "Mozilla/5.0",
            "meta_data": [],
            "line_items": [
                {"id": index + 1, "name": name, "sku": code, "quantity": 1, "subtotal": price, "total": price}
            ],
            "shipping_lines": [],
            "refunds": [],
        }


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet."""

    def date_time_string(self, timestamp: float | None = None) -> str:
        return format_datetime(self.server.shop.clock(), usegmt=True)

    def do_GET(self) -> None:
        shop = self.server.shop
        parts = urlsplit(self.path)
        params = {name: values[-1] for name, values in parse_qs(parts.query).items()}
        expected = "Basic " + base64.b64encode(f"{KEY}:{SECRET}".encode()).decode()
        endpoint = parts.path.removeprefix(API)
        if self.headers.get("Authorization") != expected or endpoint not in ("customers", "orders"):
            self._send(401 if endpoint in ("customers", "orders") else 404, {}, b"[]")
            return
        per_page = min(int(params.get("per_page", "10")), PER_PAGE_MOST)
        start = (int(params.get("page", "1")) - 1) * per_page
        make: Callable[[int], dict[str, Any]]
        if endpoint == "customers":
            total, first = shop.registered, 0
            make = shop.customer
        else:
            after = params.get("modified_after")
            first = 0 if after is None else shop.first_order_after(after)
            total = shop.orders - first
            make = shop.order
        records = [make(first + place) for place in range(start, min(start + per_page, total))]
        headers = {"X-WP-Total": str(total), "X-WP-TotalPages": str(math.ceil(total / per_page))}
        self._send(200, headers, json.dumps(records).encode())

    def _send(self, status: int, headers: dict[str, str], body: bytes) -> None:
        self.send_response(status)
        for name, value in {"Content-Type": "application/json; charset=UTF-8", **headers}.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, shop: GeneratedShop) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.shop = shop

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Quiet: a client that goes away mid-answer (the fault run kills its syncs) is no error here."""


@contextmanager
def serving(shop: GeneratedShop) -> Iterator[str]:
    """The shop on a free loopback port; yields its URL."""
    server = _Server(shop)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def figures(customers: int, orders: int) -> list[FigureRow]:
    """(measure, ours, floor, target, met), as run_bench prints them."""
    BENCH_DIR.mkdir(exist_ok=True)
    export = BENCH_DIR / f"woocommerce-{customers // 1000}k-{orders // 1000}k.csv"
    if not export.exists():
        write_woocommerce_orders(export, customers, orders)
    floor_folder, ours_folder = BENCH_DIR / "rest-floor", BENCH_DIR / "rest-ours"
    floor_db = _empty_shop(floor_folder)
    floor = _timed(
        [sys.executable, "-m", "tests.bench.import_floor", str(floor_db), str(export), PASSWORD], floor_folder
    )
    ours_db = _empty_shop(ours_folder)
    with serving(GeneratedShop(customers, orders)) as url:
        ours = _timed(
            [sys.executable, "-m", "spaceoptics_desk", "--db", str(ours_db), "sync", "--url", url, "--json"],
            ours_folder,
            {"SPACEOPTICS_WC_KEY": KEY, "SPACEOPTICS_WC_SECRET": SECRET},
        )
    report = json.loads(ours.output)
    assert report["orders"]["added"] == orders, report["orders"]
    ratio = ours.seconds / floor.seconds
    return [
        (
            f"First sync of a whole shop as REST pages on loopback ({customers:,} people, "
            f"{orders:,} orders), search index included (whole command)",
            f"{ours.seconds:.1f} s ({ratio:.1f}x)",
            f"{floor.seconds:.1f} s (raw executemany of the same rows)",
            "<= 3x floor",
            ratio <= 3,
        ),
        ("Peak memory of the sync process", f"{ours.peak_mb:.0f} MB", "", "<= 300 MB", ours.peak_mb <= 300),
    ]


def main(argv: list[str] | None = None) -> int:
    return sized_main(figures, argv)


if __name__ == "__main__":
    raise SystemExit(main())
