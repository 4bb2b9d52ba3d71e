"""The floor of the import benchmark: the same rows an import writes, inserted with raw `executemany`.

Reads the same CSV with the standard `csv` module (no normalisation, no checks), keeps the customers'
e-mail addresses in memory to give each person one row, and inserts customers, addresses, webshop links,
orders, order lines, payments and order links in transactions of 2,000 orders, like the import's batches,
on the same encrypted database. No search index (the import builds one: that is part of its cost).

    python -m tests.bench.import_floor DATABASE CSV PASSWORD
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from spaceoptics_desk.domain.clock import SystemClock
from spaceoptics_desk.services.signing_in import unlock
from spaceoptics_desk.store import cipher
from spaceoptics_desk.store.cipher import DatabaseKey

BATCH = 2000
_TABLES = {
    "customers": "(customer_number, kind, first_name, name_prefix, last_name, email, phone, language, "
    "source, created_at) VALUES (?, 'private', ?, '', ?, ?, ?, 'nl', 'webshop', ?)",
    "addresses": "(customer_id, kind, street, house_number, house_number_suffix, postcode, city, country) "
    "VALUES (?, 'billing', ?, '', '', ?, ?, ?)",
    "customer_links": "(customer_id, source, external_id) VALUES (?, 'woocommerce', ?)",
    "orders": "(id, order_number, customer_id, ordered_at, channel, status, total_cents, currency, "
    "delivery_name, delivery_address) VALUES (?, ?, ?, ?, 'webshop', 'shipped', ?, 'EUR', ?, ?)",
    "order_lines": "(order_id, product_code, description, quantity, unit_price_cents, vat_rate_percent) "
    "VALUES (?, ?, ?, ?, ?, 21)",
    "payments": "(order_id, paid_at, amount_cents, method, provider_reference) VALUES (?, ?, ?, 'ideal', ?)",
    "order_links": "(order_id, source, external_id, import_run) VALUES (?, 'woocommerce', ?, 'floor')",
}


def main() -> int:
    database, export, password = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    key = DatabaseKey(unlock(database, "owner", password, SystemClock()).key)
    connection = cipher.connect(database, key)
    customers: dict[str, int] = {}
    rows: dict[str, list[tuple[object, ...]]] = {table: [] for table in _TABLES}
    order_id = 0

    def write() -> None:
        with connection:
            for table, statement in _TABLES.items():
                connection.executemany(f"INSERT INTO {table} {statement}", rows[table])
                rows[table].clear()

    with export.open(encoding="utf-8", newline="") as stream:
        for line in csv.DictReader(stream):
            email = line["Email (Billing)"]
            customer = customers.get(email)
            if customer is None:
                customer = customers[email] = len(customers) + 1
                rows["customers"].append(
                    (
                        f"K{100000 + customer}",
                        line["First Name (Billing)"],
                        line["Last Name (Billing)"],
                        email,
                        line["Phone (Billing)"],
                        line["Order Date"],
                    )
                )
                rows["addresses"].append(
                    (
                        customer,
                        line["Address 1&2 (Billing)"],
                        line["Postcode (Billing)"],
                        line["City (Billing)"],
                        line["Country Code (Billing)"],
                    )
                )
                if line["Customer User ID"] != "0":
                    rows["customer_links"].append((customer, line["Customer User ID"]))
            order_id += 1
            cents = int(float(line["Order Total Amount"]) * 100)
            rows["orders"].append(
                (
                    order_id,
                    line["Order Number"],
                    customer,
                    line["Order Date"],
                    cents,
                    line["First Name (Billing)"] + " " + line["Last Name (Billing)"],
                    line["Address 1&2 (Shipping)"],
                )
            )
            rows["order_lines"].append(
                (order_id, line["SKU"], line["Item Name"], int(line["Quantity"]), cents)
            )
            rows["payments"].append((order_id, line["Order Date"], cents, line["Transaction ID"]))
            rows["order_links"].append((order_id, line["Order Number"]))
            if order_id % BATCH == 0:
                write()
    write()
    connection.close()
    print(f"{len(customers)} customers, {order_id} orders")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
