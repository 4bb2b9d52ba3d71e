"""The import door (issue 13): what the screen's progress bar and Stop rely on."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from spaceoptics_desk.operations.context import Context
from spaceoptics_desk.operations.imports import ImportProgress, import_file
from spaceoptics_desk.store.database import Database
from spaceoptics_desk.store.models import Order
from tests.webshop_exports import write_woocommerce_orders


def orders(database: Database) -> int:
    with database.reading() as session:
        return session.scalar(select(func.count()).select_from(Order)) or 0


def test_all_or_nothing_reports_progress_while_it_reads_first_and_stop_writes_nothing(
    owner: Context, database: Database, tmp_path: Path
) -> None:
    export = write_woocommerce_orders(tmp_path / "orders.csv", customers=500, orders=6000)
    before = orders(database)
    seen: list[ImportProgress] = []

    def stop_after_the_first_step() -> bool:
        return bool(seen)

    report = import_file(owner, export, progress=seen.append, cancelled=stop_after_the_first_step).result
    assert seen[0].records == 2000 and seen[0].fraction is not None and 0 < seen[0].fraction < 1
    assert report.cancelled and not report.applied
    assert orders(database) == before  # stopped while reading: nothing was written
    finished = import_file(owner, export, progress=seen.append).result
    assert finished.applied and finished.tally.orders["added"] == 6000
    assert seen[-1].fraction == 1.0
