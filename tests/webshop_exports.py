"""Invented webshop exports of any size, in WooCommerce's order-export shape (the labels of
tests/fixtures/imports/woocommerce_orders_aoe.csv), for the fault runs, the benchmark and GUI tests.

One row per order (one product each), written as a stream: a million orders never sit in memory. Every
fourth customer orders as a guest (user id 0); the others have an account. Values are plain and valid
(no bad rows), so what an import adds is known in advance: `customers` people and `orders` orders.
"""

from __future__ import annotations

import csv
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

# The header of the fixture the reader's own tests read: the same export, bigger.
HEADER = (
    (Path(__file__).parent / "fixtures" / "imports" / "woocommerce_orders_aoe.csv")
    .read_text(encoding="utf-8")
    .splitlines()[0]
    .split(",")
)
_FIRST = ("Anna", "Bram", "Cato", "Daan", "Eva", "Finn", "Gijs", "Hanna", "Isa", "Joris", "Zoë", "Loïs")
_LAST = ("van der Berg", "de Vries", "Jansen", "Bakker", "van Dijk", "'t Hart", "Visser", "de Boer", "Smit")
_STREETS = ("Dorpsstraat", "Kerkweg", "Molenstraat", "Lingedijk", "Voorstraat", "Achterweg")
_CITIES = ("Maurik", "Tiel", "Culemborg", "Buren", "Utrecht", "Rhenen")
_PRODUCTS = (
    ("TEL-DOB-200", "Dobson telescope 200/1200", "599.00"),
    ("BIN-1050", "Binoculars 10x50", "149.00"),
)
FIRST_ORDER = 100_001
START = datetime(2021, 1, 4, 9, 0, tzinfo=UTC)


def buyer(person: int) -> tuple[str, str, str, str, str, str, str, str, int]:
    """(first name, last name, street, number, city, postcode, e-mail, phone, webshop user id; 0 = guest)
    of invented person number `person`, the same in every export."""
    first, last = _FIRST[person % len(_FIRST)], _LAST[(person // len(_FIRST)) % len(_LAST)]
    street, city = _STREETS[person % len(_STREETS)], _CITIES[person % len(_CITIES)]
    postcode = f"{4000 + person % 5000} {'AB' if person % 2 else 'KL'}"
    user_id = 0 if person % 4 == 3 else person + 1
    return (
        first,
        last,
        street,
        str(1 + person % 300),
        city,
        postcode,
        f"klant{person}@example.nl",
        f"06{10_000_000 + person:08d}",
        user_id,
    )


def woo_address(person: int) -> dict[str, str]:
    """Invented person number `person`'s address as WooCommerce's REST API writes `billing`/`shipping`
    (without the e-mail address and phone number, which only `billing` has)."""
    first, last, street, number, city, postcode, _email, _phone, _user_id = buyer(person)
    return {
        "first_name": first,
        "last_name": last,
        "company": "",
        "address_1": f"{street} {number}",
        "address_2": "",
        "city": city,
        "state": "",
        "postcode": postcode,
        "country": "NL",
    }


def write_woocommerce_orders(path: Path, customers: int, orders: int, seed: int = 13) -> Path:
    """`orders` orders of `customers` people (each person's orders spread over the file)."""
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(HEADER)
        for index in range(orders):
            person = index % customers
            first, last, street, number, city, postcode, email, phone, user_id = buyer(person)
            code, name, price = _PRODUCTS[index % len(_PRODUCTS)]
            moment = START + timedelta(minutes=index * 7 + rng.randrange(5))
            writer.writerow(
                [
                    str(FIRST_ORDER + index),
                    "Completed",
                    moment.strftime("%Y-%m-%d %H:%M"),
                    "",
                    str(user_id),
                    "192.0.2.10",
                    "Mozilla/5.0",
                    first,
                    last,
                    "",
                    f"{street} {number}",
                    city,
                    "",
                    postcode,
                    "NL",
                    email,
                    phone,
                    first,
                    last,
                    f"{street} {number}",
                    city,
                    "",
                    postcode,
                    "NL",
                    "iDEAL",
                    f"tr_{index:010d}",
                    "0",
                    price,
                    "PostNL",
                    "0.00",
                    "0",
                    price,
                    "0",
                    code,
                    "1",
                    name,
                    "1",
                    price,
                    "",
                    "0",
                    "0",
                ]
            )
    return path
