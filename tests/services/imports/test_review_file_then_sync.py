"""Review (issue 13): "file then sync of the same shop changes nothing". The WooCommerce order CSV (the
Advanced Order Export plugin's labels) and the REST API v3 record of the same order 1201 by customer 25
must come in as the same person, so the sync after the file import finds nothing to rectify (R13).
Failed against the code as reviewed: the CSV reader puts a mobile number in `phone`, the REST reader in
`mobile`."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from spaceoptics_desk.domain.clock import FixedClock
from spaceoptics_desk.domain.incoming import SourceKind
from spaceoptics_desk.services.imports.importing import ImportSettings
from spaceoptics_desk.services.imports.readers import read_file
from spaceoptics_desk.services.imports.running import apply_records
from spaceoptics_desk.services.imports.woocommerce.records import read_order
from spaceoptics_desk.services.staff import ensure_staff
from spaceoptics_desk.store.database import Database
from spaceoptics_desk.store.models import Rectification
from tests.services.imports.csv_files import fixture_rows, write_csv
from tests.woocommerce_server import fixture_records


def test_review_the_sync_after_a_file_import_of_the_same_order_rectifies_nothing(
    database: Database, clock: FixedClock, tmp_path: Path
) -> None:
    with database.transaction() as session:
        ensure_staff(session, "owner", "Eigenaar", "owner")
    rest = fixture_records("orders.json")[0]  # order 1201 of customer 25, phone "06-22993969"
    billing = rest["billing"]
    header, template = fixture_rows("woocommerce_orders_aoe.csv")[:2]
    row = dict(zip(header, template, strict=True))
    row.update(
        {
            "Order Number": rest["number"],
            "Customer User ID": str(rest["customer_id"]),
            "First Name (Billing)": billing["first_name"],
            "Last Name (Billing)": billing["last_name"],
            "Address 1&2 (Billing)": f"{billing['address_1']} {billing['address_2']}",
            "City (Billing)": billing["city"],
            "Postcode (Billing)": billing["postcode"],
            "Country Code (Billing)": billing["country"],
            "Email (Billing)": billing["email"],
            "Phone (Billing)": billing["phone"],
            "First Name (Shipping)": billing["first_name"],
            "Last Name (Shipping)": billing["last_name"],
            "Address 1&2 (Shipping)": f"{billing['address_1']} {billing['address_2']}",
            "City (Shipping)": billing["city"],
            "Postcode (Shipping)": billing["postcode"],
            "Country Code (Shipping)": billing["country"],
        }
    )
    export = write_csv(tmp_path / "orders-export.csv", [header, [row[label] for label in header]])
    reading = read_file(export)
    assert reading.source is SourceKind.WOOCOMMERCE
    apply_records(database, "owner", clock, ImportSettings(reading.source, "file"), reading.results)
    synced = apply_records(
        database, "owner", clock, ImportSettings(SourceKind.WOOCOMMERCE, "sync"), [read_order(rest, 1)]
    )
    with database.reading() as session:
        rectified = session.scalars(select(Rectification.field)).all()
    assert rectified == []
    assert synced.tally.customers["changed"] == 0
