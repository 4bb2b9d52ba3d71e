"""`make bench` (issue 13): importing a webshop export into an empty database, beside its floor.

Both sides are whole processes on a fresh copy of the same empty encrypted database: ours is the command
line `import FILE --skip-bad-rows` (one pass; the default "all or nothing" reads the file once more
first), the floor tests/bench/import_floor.py (the same rows with raw executemany, no checks, no search
index). Wall time and the process's peak memory (ru_maxrss). Then an incremental sync of 1,000 changed
orders from a WooCommerce-shaped server on loopback into the imported database.

    python -m tests.bench.import_bench [--customers N] [--orders N]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from tests.webshop_exports import FIRST_ORDER, buyer, woo_address, write_woocommerce_orders

ROOT = Path(__file__).resolve().parents[2]
BENCH_DIR = ROOT / ".bench"
PASSWORD = "demo-eigenaar"
CHANGED_ORDERS = 1000
FigureRow = tuple[str, str, str, str, bool]  # measure, ours, floor, target, met


@dataclass(frozen=True)
class Run:
    seconds: float
    peak_mb: float
    output: str


def _environment(folder: Path) -> dict[str, str]:
    return {
        **os.environ,
        "SPACEOPTICS_DESK_PASSWORD": PASSWORD,
        "HOME": str(folder),
        "XDG_DATA_HOME": str(folder),
    }


def _timed(argv: list[str], folder: Path, extra: dict[str, str] | None = None) -> Run:
    started = time.monotonic()
    process = subprocess.Popen(
        argv,
        cwd=ROOT,
        env={**_environment(folder), **(extra or {})},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    _pid, status, usage = os.wait4(process.pid, 0)
    seconds = time.monotonic() - started
    output = process.stdout.read().decode() if process.stdout else ""
    errors = process.stderr.read().decode() if process.stderr else ""
    if status != 0:
        raise RuntimeError(f"{argv[2:5]} failed: {errors.strip()[-400:]}")
    return Run(seconds, usage.ru_maxrss / 1024, output)


def _empty_shop(folder: Path) -> Path:
    template = BENCH_DIR / "import-empty"
    if not (template / "shop.db").exists():
        template.mkdir(parents=True, exist_ok=True)
        _timed(
            [
                sys.executable,
                "-m",
                "spaceoptics_desk",
                "--db",
                str(template / "shop.db"),
                "demo",
                "--customers",
                "0",
                "--owner-password",
                PASSWORD,
            ],
            template,
        )
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(template, folder)
    return folder / "shop.db"


def _sync_figure(database: Path, folder: Path, customers: int) -> Run:
    """1,000 orders changed at the shop (refunded) since the import, served on loopback."""
    from tests.woocommerce_server import KEY, SECRET, WooShop, fixture_records, order_like, start_shop

    template = fixture_records("orders.json")[0]
    shop = WooShop([], [])
    assert shop.clock is not None
    changed = []
    for index in range(CHANGED_ORDERS):
        order = order_like(template, FIRST_ORDER + index, shop.clock - timedelta(minutes=index % 50))
        # The same person as in the export (a sync brings changed orders, not changed people).
        *_, email, phone, user_id = buyer(index % customers)
        order["customer_id"] = user_id
        address = woo_address(index % customers)
        order["billing"] = {**address, "email": email, "phone": phone}
        order["shipping"] = {**address, "phone": ""}
        order["status"] = "refunded"
        changed.append(order)
    shop.orders.extend(changed)
    running = start_shop(shop)
    try:
        env = {"SPACEOPTICS_WC_KEY": KEY, "SPACEOPTICS_WC_SECRET": SECRET}
        return _timed(
            [
                sys.executable,
                "-m",
                "spaceoptics_desk",
                "--db",
                str(database),
                "sync",
                "--url",
                shop.url,
                "--json",
            ],
            folder,
            env,
        )
    finally:
        running.stop()


def figures(customers: int = 200_000, orders: int = 1_000_000) -> list[FigureRow]:
    """(measure, ours, floor, target, met) of the import and the sync, as run_bench prints them."""
    BENCH_DIR.mkdir(exist_ok=True)
    export = BENCH_DIR / f"woocommerce-{customers // 1000}k-{orders // 1000}k.csv"
    if not export.exists():
        write_woocommerce_orders(export, customers, orders)
    size_mb = export.stat().st_size / 1e6
    floor_folder, ours_folder = BENCH_DIR / "import-floor", BENCH_DIR / "import-ours"
    floor_db = _empty_shop(floor_folder)
    floor = _timed(
        [sys.executable, "-m", "tests.bench.import_floor", str(floor_db), str(export), PASSWORD], floor_folder
    )
    ours_db = _empty_shop(ours_folder)
    ours = _timed(
        [
            sys.executable,
            "-m",
            "spaceoptics_desk",
            "--db",
            str(ours_db),
            "import",
            str(export),
            "--skip-bad-rows",
            "--json",
        ],
        ours_folder,
    )
    sync = _sync_figure(ours_db, ours_folder, customers)
    ratio = ours.seconds / floor.seconds
    what = (
        f"Import of a WooCommerce order export ({customers:,} customers, {orders:,} orders, {size_mb:.0f} MB)"
    )
    return [
        (
            f"{what}, search index included (whole command)",
            f"{ours.seconds:.1f} s ({ratio:.1f}x)",
            f"{floor.seconds:.1f} s (raw executemany of the same rows)",
            "<= 3x floor",
            ratio <= 3,
        ),
        (
            "Peak memory of the import process",
            f"{ours.peak_mb:.0f} MB",
            f"{floor.peak_mb:.0f} MB",
            "<= 300 MB",
            ours.peak_mb <= 300,
        ),
        (
            f"Sync of {CHANGED_ORDERS:,} changed orders into that database (whole command, loopback shop)",
            f"{sync.seconds:.2f} s",
            "",
            "<= 2 s",
            sync.seconds <= 2,
        ),
    ]


def sized_main(make_figures: Callable[[int, int], list[FigureRow]], argv: list[str] | None) -> int:
    """`--customers N --orders N` (the issue's 200,000 / 1,000,000 by default); prints the table."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=200_000)
    parser.add_argument("--orders", type=int, default=1_000_000)
    args = parser.parse_args(argv)
    rows = make_figures(args.customers, args.orders)
    print("| Measure | SpaceOptics Desk | Floor | Target | Met |")
    print("|---|---|---|---|---|")
    for what, mine, base, target, met in rows:
        print(f"| {what} | {mine} | {base} | {target} | {'yes' if met else '**no**'} |")
    return 0 if all(row[4] for row in rows) else 1


def main(argv: list[str] | None = None) -> int:
    return sized_main(figures, argv)


if __name__ == "__main__":
    raise SystemExit(main())
