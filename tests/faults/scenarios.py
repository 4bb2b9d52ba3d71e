"""The commands the fault-injection run kills (issue 10 "Done when"; the one-time encryption of issue 12),
each with the database it needs.

A scenario makes its template once (a folder with `shop.db` and whatever lies beside it, such as
`backups/`), through the command line as the shop would; every run works on a copy of it. `judge`
compares what a fresh process found after a kill with the state before the command and after an
uninterrupted run, and returns what must not be.
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tests.bench.rest_import_bench import GeneratedShop

DATABASE = "shop.db"
PEOPLE = "erased.json"  # beside the database: whom the inspection looks for
Facts = dict[str, Any]


def cli(folder: Path, *argv: str) -> str:
    """Runs the command line on the folder's database, uninterrupted; its output (it must succeed)."""
    done = subprocess.run(
        [sys.executable, "-m", "spaceoptics_desk", "--db", str(folder / DATABASE), *argv],
        env=environment(folder),
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"setup step {argv[:2]} failed ({done.returncode}): {done.stderr.strip()}")
    return done.stdout


def environment(folder: Path) -> dict[str, str]:
    """Settings and the log file in the run's own folder, never in the user's home; every command signs
    in as the demo's owner, as the shop's scheduled jobs do (issue 12: the password from the
    environment); a sync reads the webshop's key from there too."""
    from spaceoptics_desk.cli.passwords import PASSWORD_ENV
    from spaceoptics_desk.operations.demo import DEMO_OWNER_PASSWORD
    from spaceoptics_desk.services.imports.woocommerce.credentials import KEY_VARIABLE, SECRET_VARIABLE
    from tests.woocommerce_server import KEY, SECRET

    return {
        **os.environ,
        "SPACEOPTICS_DESK_HOME": str(folder / "home"),
        PASSWORD_ENV: DEMO_OWNER_PASSWORD,
        KEY_VARIABLE: KEY,  # the sync's loopback shop (the other commands ignore them)
        SECRET_VARIABLE: SECRET,
    }


def erasure_request(folder: Path, number: str) -> str:
    """An erasure case for the customer with its identity checked (R7); returns the case id."""
    opened = cli(folder, "case", "open", number, "--rights", "erasure", "--channel", "email", "--by", "owner")
    case_id = opened.strip()
    cli(folder, "case", "verify", case_id, "--method", "email-on-file", "--by", "owner")
    return case_id


def person(folder: Path, number: str) -> dict[str, Any]:
    profile: dict[str, Any] = json.loads(cli(folder, "show", number, "--json"))["profile"]
    return profile


@dataclass
class Scenario:
    """Attributes:
    name: as the summary table shows it.
    variants: per variant (a different starting point of the same command), how its template is made
        in an empty folder; runs alternate between them.
    argv: the command, given the template folder of the run (after `--db`).
    judge: problems of one run's facts, given the facts before the command and after an uninterrupted
        run.
    describe: in a few words, where the kill left the database (how far the command got).
    create: the next opening may make the database (as `demo` does).
    program: the module run with `--db` and `argv` (the command line, unless it is another program).
    kill_range: the random delays reach this share of the uninterrupted duration (more than 1: some runs
        end before their kill, for a command whose last step is what matters, such as a rename).
    rerun_completes: after a kill, the same command run again must leave what an uninterrupted run
        leaves (an import or a sync: "a rerun completes it", issue 13).
    """

    name: str
    variants: dict[str, Callable[[Path], None]]
    argv: Callable[[Path], list[str]]
    judge: Callable[[Facts, Facts, Facts], list[str]]
    describe: Callable[[Facts, Facts, Facts], str]
    create: bool = False
    program: str = "spaceoptics_desk"
    kill_range: float = 1.0
    rerun_completes: bool = False


# --- demo ---------------------------------------------------------------------------------------------
DEMO_CUSTOMERS = 3000


def _no_file(_folder: Path) -> None:
    """A first start: no database yet."""


def _empty_database(folder: Path) -> None:
    """A database the app made at its first start, still without customers."""
    cli(folder, "demo", "--customers", "0", "--seed", "7")


def _demo_argv(folder: Path) -> list[str]:
    return ["demo", "--customers", str(DEMO_CUSTOMERS), "--seed", "7", "--as-of", "2026-11-24"]


def _judge_demo(now: Facts, _before: Facts, after: Facts) -> list[str]:
    """Nothing (the file may be there, without a customer) or the whole requested shop, searchable."""
    if now["customers"] == 0:
        leftovers = {table: count for table, count in now.get("tables", {}).items() if count}
        return [f"no customers but rows of people's data: {leftovers}"] if leftovers else []
    if now["customers"] != DEMO_CUSTOMERS:
        return [f"{now['customers']:,} of {DEMO_CUSTOMERS:,} customers"]
    if now["whole"] != after["whole"]:
        return [f"{DEMO_CUSTOMERS:,} customers, but not the shop an uninterrupted run makes: {now['tables']}"]
    return []


def _customers_made(now: Facts, _before: Facts, _after: Facts) -> str:
    return f"{now['customers']:,} customers"


# --- review apply ---------------------------------------------------------------------------------------


def _old_shop(folder: Path) -> None:
    """Customers from 2011 to 2021: by now many are due under every rule (profile, fiscal, consent, ...)."""
    cli(folder, "demo", "--customers", "700", "--seed", "8", "--as-of", "2021-01-15")


def _review_argv(today: date) -> Callable[[Path], list[str]]:
    return lambda _folder: ["review", "apply", "--all", "--by", "owner", "--today", today.isoformat()]


def _each_customer_before_or_after(now: Facts, before: Facts, after: Facts) -> list[str]:
    """One transaction per customer: each is as it was or as an uninterrupted run leaves them."""
    problems = []
    halfway = []
    for customer, was in before["fingerprints"].items():
        print_now = now["fingerprints"].get(customer)
        if print_now not in (was, after["fingerprints"].get(customer)):
            halfway.append(customer)
    if halfway:
        problems.append(f"{len(halfway)} customers neither whole nor done (ids {halfway[:5]})")
    new = sorted(set(now["fingerprints"]) - set(before["fingerprints"]))
    if new:
        problems.append(f"customers that were not there before: {new[:5]}")
    return problems


def _customers_done(now: Facts, before: Facts, after: Facts) -> str:
    changing = [c for c, was in before["fingerprints"].items() if after["fingerprints"].get(c) != was]
    done = [c for c in changing if now["fingerprints"].get(c) == after["fingerprints"].get(c)]
    return f"{len(done)} of {len(changing)} customers done"


def _which_state(before_name: str, after_name: str) -> Callable[[Facts, Facts, Facts], str]:
    def describe(now: Facts, before: Facts, after: Facts) -> str:
        if now.get("whole") == before["whole"]:
            return before_name
        return after_name if now.get("whole") == after["whole"] else "neither"

    return describe


# --- erase ---------------------------------------------------------------------------------------------
ERASED = "K100000"


def _erasure_case(folder: Path) -> None:
    """A shop of 3,000 customers; the first has 20,000 orders (so that erasing them takes longer than
    starting Python) and an erasure request with its identity checked."""
    shop = ("--customers", "3000", "--seed", "9", "--as-of", "2026-11-24")
    cli(folder, "demo", *shop, "--busiest-orders", "20000")
    case_id = erasure_request(folder, ERASED)
    (folder / "case.txt").write_text(case_id, encoding="utf-8")


def _erase_argv(folder: Path) -> list[str]:
    case_id = (folder / "case.txt").read_text(encoding="utf-8")
    return ["erase", ERASED, "--case", case_id, "--by", "owner"]


def _judge_erase(now: Facts, before: Facts, after: Facts) -> list[str]:
    problems = _each_customer_before_or_after(now, before, after)
    if now["whole"] not in (before["whole"], after["whole"]):
        problems.append("the database is neither as before the erasure nor as after it")
    return problems


# --- restore -------------------------------------------------------------------------------------------
ERASED_SINCE_BACKUP = ("K100000", "K100001", "K100002")


def _backup_then_erasures(folder: Path) -> None:
    """A backup, then three people erased on request: the restore must keep them erased (R32). The first
    has 20,000 orders, so that erasing them again takes longer than starting Python."""
    shop = ("--customers", "3000", "--seed", "10", "--as-of", "2026-11-24")
    cli(folder, "demo", *shop, "--busiest-orders", "20000")
    cli(folder, "backup")
    people = [person(folder, number) for number in ERASED_SINCE_BACKUP]
    for number in ERASED_SINCE_BACKUP:
        cli(folder, "erase", number, "--case", erasure_request(folder, number), "--by", "owner")
    erased = {
        "numbers": list(ERASED_SINCE_BACKUP),
        "emails": [p["email"] for p in people if p["email"]],
        "phones": [p[kind] for p in people for kind in ("phone", "mobile") if p[kind]],
    }
    (folder / PEOPLE).write_text(json.dumps(erased), encoding="utf-8")


def _restore_argv(folder: Path) -> list[str]:
    (backup,) = sorted((folder / "backups").glob(f"{Path(DATABASE).stem}-*.db"))
    return ["restore", str(backup), "--by", "owner"]


def _judge_restore(now: Facts, before: Facts, after: Facts) -> list[str]:
    """The old database, or the restored one with every erasure re-applied; never an erased person back."""
    problems = []
    if now["people_present"]:
        problems.append(f"erased people back: {now['people_present']}")
    if now["whole"] not in (before["whole"], after["whole"]):
        problems.append("neither the old database nor the restored one")
    return problems


# --- convert (issue 12) -----------------------------------------------------------------------------------


def _plain_shop(folder: Path) -> None:
    """A database from before issue 12 (plain), and the key its conversion will use (the key slots the
    sign-in writes first hold it; here a file beside it, tests/faults/convert_database.py)."""
    from spaceoptics_desk.store.cipher import DatabaseKey
    from tests.faults.convert_database import KEY_FILE
    from tests.plain_demo import make_plain_demo

    make_plain_demo(folder / DATABASE, customers=3000, seed=11, as_of=date(2026, 11, 24))
    (folder / KEY_FILE).write_text(DatabaseKey.new().hex(), encoding="ascii")


def _judge_convert(now: Facts, before: Facts, _after: Facts) -> list[str]:
    """The plain database as it was, or the encrypted one with everything of it; never neither."""
    problems = []
    if now["customers"] != before["customers"]:
        problems.append(f"{now['customers']:,} of {before['customers']:,} customers")
    if now["whole"] != before["whole"]:
        problems.append("the database does not hold what the plain one held")
    return problems


def _plain_or_encrypted(now: Facts, _before: Facts, _after: Facts) -> str:
    return "encrypted" if now.get("encrypted") else "plain"


# --- import ----------------------------------------------------------------------------------------------
IMPORT_FILE = "orders.csv"
IMPORT_CUSTOMERS, IMPORT_ORDERS = 1500, 6000
IMPORT_BIG_ORDERS = 20_000
IMPORT_BATCH = 2000  # services/imports/running.py BATCH_RECORDS: one order per record in this file


def _shop_and_export(folder: Path, orders: int = IMPORT_ORDERS) -> None:
    """An empty shop and a WooCommerce order export of 1,500 people's 6,000 orders beside it."""
    from tests.webshop_exports import write_woocommerce_orders

    cli(folder, "demo", "--customers", "0", "--seed", "7")
    write_woocommerce_orders(folder / IMPORT_FILE, IMPORT_CUSTOMERS, orders)


def _shop_and_big_export(folder: Path) -> None:
    """The same with 20,000 orders: a file over operations/imports.INDEX_AT_END_BYTES, whose search
    index is built once at the end (a kill before it leaves the rebuild owed to the next opening)."""
    _shop_and_export(folder, IMPORT_BIG_ORDERS)


def _import_argv(folder: Path) -> list[str]:
    return ["import", str(folder / IMPORT_FILE)]


def _judge_import(now: Facts, before: Facts, after: Facts) -> list[str]:
    """Whole batches or none: the orders in are a multiple of the batch, each with its payment, and the
    customers they belong to are in with them (an uninterrupted run: all of it)."""
    orders = now["tables"]["orders"] - before["tables"]["orders"]
    total = after["tables"]["orders"] - before["tables"]["orders"]
    problems = []
    if orders % IMPORT_BATCH and orders != total:
        problems.append(f"{orders:,} orders: not whole batches of {IMPORT_BATCH:,}")
    if now["tables"]["payments"] - before["tables"]["payments"] != orders:
        problems.append(f"{orders:,} orders but {now['tables']['payments']:,} payments")
    if orders == total and now["whole"] != after["whole"]:
        problems.append("all orders in, but not what an uninterrupted import makes")
    if orders == 0 and now["customers"] != before["customers"]:
        problems.append(f"no orders but {now['customers']:,} customers")
    return problems


def _orders_in(now: Facts, before: Facts, _after: Facts) -> str:
    return f"{now['tables']['orders'] - before['tables']['orders']:,} orders in"


# --- sync ----------------------------------------------------------------------------------------------
SYNC_CUSTOMERS, SYNC_ORDERS = 4000, 24_000
SYNCED_BEFORE = 18_000  # the orders the shop had at an earlier sync (an incremental sync takes the rest)
SHOP_URL = "shop-url.txt"
_SERVING = contextlib.ExitStack()  # the loopback webshop serves until the fault run's process ends


@functools.cache
def _webshop() -> tuple[GeneratedShop, str]:
    """One WooCommerce-shaped shop on loopback for every run of this process (its pages are made as
    they are asked for, from the same people as the CSV export); its URL."""
    from tests.bench.rest_import_bench import GeneratedShop, serving

    shop = GeneratedShop(SYNC_CUSTOMERS, SYNC_ORDERS)
    return shop, _SERVING.enter_context(serving(shop))


def _shop_never_synced(folder: Path) -> None:
    """An empty shop database with the webshop's connection set up (as the owner does in the app, so
    that the sync keeps its high-water mark); the webshop holds 4,000 people and 24,000 orders."""
    from spaceoptics_desk.domain.clock import SystemClock
    from spaceoptics_desk.operations.demo import DEMO_OWNER_PASSWORD
    from spaceoptics_desk.operations.signing_in import sign_in
    from spaceoptics_desk.operations.sync import set_up_sync
    from tests.woocommerce_server import KEY, SECRET

    cli(folder, "demo", "--customers", "0", "--seed", "7")
    url = _webshop()[1]
    (folder / SHOP_URL).write_text(url, encoding="utf-8")
    context = sign_in(str(folder / DATABASE), "owner", DEMO_OWNER_PASSWORD, SystemClock())
    try:
        set_up_sync(context, url, KEY, SECRET)
    finally:
        context.database.close()


def _shop_synced_earlier(folder: Path) -> None:
    """The same, synced once when the webshop had 18,000 of its orders: the next sync fetches the
    orders modified since the mark (and every customer: WooCommerce cannot filter those by date)."""
    _shop_never_synced(folder)
    shop, _url = _webshop()
    shop.orders = SYNCED_BEFORE
    try:
        cli(folder, *_sync_argv(folder))
    finally:
        shop.orders = SYNC_ORDERS


def _sync_argv(folder: Path) -> list[str]:
    return ["sync", "--url", (folder / SHOP_URL).read_text(encoding="utf-8"), "--by", "owner"]


def _judge_sync(now: Facts, before: Facts, after: Facts) -> list[str]:
    """Whole batches or none: every order in has its payment (and its customer: the inspection's
    unlinked rows); the high-water mark moves only once everything is in, so nothing is skipped (R32).
    That a rerun completes it the runner checks."""
    problems = []
    orders = now["tables"]["orders"] - before["tables"]["orders"]
    payments = now["tables"]["payments"] - before["tables"]["payments"]
    if payments != orders:
        problems.append(f"{orders:,} new orders but {payments:,} new payments")
    if now["sync_marks"] not in (before["sync_marks"], after["sync_marks"]):
        problems.append(f"a high-water mark neither old nor new: {now['sync_marks']}")
    elif now["sync_marks"] != before["sync_marks"] and now["whole"] != after["whole"]:
        problems.append("the high-water mark moved before everything was in")
    return problems


def all_scenarios(today: date) -> list[Scenario]:
    return [
        Scenario(
            "demo",
            {"no file yet": _no_file, "empty database": _empty_database},
            _demo_argv,
            _judge_demo,
            _customers_made,
            create=True,
        ),
        Scenario(
            "review apply",
            {"old shop": _old_shop},
            _review_argv(today),
            _each_customer_before_or_after,
            _customers_done,
        ),
        Scenario(
            "erase",
            {"erasure case": _erasure_case},
            _erase_argv,
            _judge_erase,
            _which_state("not erased", "erased"),
        ),
        Scenario(
            "restore",
            {"backup, then 3 erasures": _backup_then_erasures},
            _restore_argv,
            _judge_restore,
            _which_state("old database", "restored"),
        ),
        Scenario(
            "convert",
            {"plain shop of 3,000": _plain_shop},
            lambda _folder: [],
            _judge_convert,
            _plain_or_encrypted,
            program="tests.faults.convert_database",
            kill_range=1.1,  # the conversion's work is in its last half second, just before the rename
        ),
        Scenario(
            "import",
            {
                "export of 6,000 orders": _shop_and_export,
                "export of 20,000 orders, index at the end": _shop_and_big_export,
            },
            _import_argv,
            _judge_import,
            _orders_in,
            rerun_completes=True,
        ),
        Scenario(
            "sync",
            {"first sync": _shop_never_synced, "sync after an earlier one": _shop_synced_earlier},
            _sync_argv,
            _judge_sync,
            _orders_in,
            rerun_completes=True,
        ),
    ]
