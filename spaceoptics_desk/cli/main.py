"""`spaceoptics-desk`: the GUI without a subcommand, and a thin command line over the same services.

Exit codes: 0 done; 1 refused, not found or invalid input; 2 wrong usage; 3 the database cannot be used;
70 an unexpected error (details in the log file, never on screen). Errors are one line on stderr.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from datetime import UTC, date, datetime, time
from typing import NoReturn

from spaceoptics_desk import APP_ID, __version__
from spaceoptics_desk.cli import json_output, text_output
from spaceoptics_desk.domain.clock import AMSTERDAM, Clock, FixedClock, SystemClock
from spaceoptics_desk.errors import KnownError
from spaceoptics_desk.logfile import configure_logging
from spaceoptics_desk.services import customer_view, lookup, staff
from spaceoptics_desk.services.errors import InvalidInput
from spaceoptics_desk.services.rectification import FieldEdit, rectify
from spaceoptics_desk.store.database import Database, open_database
from spaceoptics_desk.store.errors import DatabaseUnavailable
from spaceoptics_desk.workstation import LANGUAGES, locations

log = logging.getLogger(__name__)

EXIT_REFUSED = 1
EXIT_USAGE = 2
EXIT_DATABASE = 3
EXIT_BUG = 70

# Option name -> (customer field, address field): what `correct` can change (R13).
_CUSTOMER_OPTIONS = ("first_name", "name_prefix", "last_name", "company_name", "email", "phone", "mobile")
_ADDRESS_OPTIONS = ("street", "house_number", "house_number_suffix", "postcode", "city")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # One line, not a usage dump (the issue: errors are one clear line on stderr).
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see --help)\n")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=APP_ID,
        description="The privacy back office of Space Optics. Without a command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_ID} {__version__}")
    parser.add_argument(
        "--db", metavar="PATH|URL", help="database file or SQLAlchemy URL (default: user data folder)"
    )
    parser.add_argument("--lang", choices=LANGUAGES, help="language of the app (default: the system's)")
    parser.add_argument(
        "--smoke-test", action="store_true", help="open the main window, search once, and quit"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    demo = commands.add_parser("demo", help="create a demo database with invented customers")
    demo.add_argument("--customers", type=int, default=2000, metavar="N")
    demo.add_argument("--seed", type=int, default=7, metavar="S")
    demo.add_argument(
        "--busiest-orders", type=int, default=0, metavar="N", help="give the first customer N orders"
    )
    demo.add_argument(
        "--as-of", type=date.fromisoformat, metavar="YYYY-MM-DD", help="history ends on this day"
    )
    demo.add_argument(
        "--if-missing", action="store_true", help="do nothing when the database already has customers"
    )

    find = commands.add_parser("find", help="find customers as the search box does")
    find.add_argument("query")
    find.add_argument("--limit", type=int, default=lookup.DEFAULT_LIMIT, metavar="N")
    find.add_argument("--json", action="store_true")

    show = commands.add_parser("show", help="everything about one customer (REF = customer number or e-mail)")
    show.add_argument("ref")
    show.add_argument("--json", action="store_true")

    correct = commands.add_parser("correct", help="correct a customer's details; every change is kept (R13)")
    correct.add_argument("ref")
    correct.add_argument("--by", required=True, metavar="USER", help="the staff member making the change")
    for name in _CUSTOMER_OPTIONS + _ADDRESS_OPTIONS:
        correct.add_argument("--" + name.replace("_", "-"), dest=name, metavar="VALUE")

    staff_list = commands.add_parser("staff", help="list the staff members")
    staff_list.add_argument("--json", action="store_true")
    return parser


def _open(args: argparse.Namespace, *, create: bool = False) -> Database:
    return open_database(args.db or str(locations().default_database), create=create)


def _demo(args: argparse.Namespace) -> int:
    if args.customers < 0:
        raise InvalidInput("The number of demo customers cannot be negative.")
    database = _open(args, create=True)
    try:
        with database.reading() as session:
            has_customers = bool(lookup.customer_count(session))
        if has_customers and args.if_missing:
            print(f"The demo database at {database.location} is already there.")
            return 0
        clock: Clock = SystemClock()
        if args.as_of:
            clock = FixedClock(datetime.combine(args.as_of, time(17, 0), AMSTERDAM).astimezone(UTC))

        def progress(done: int, total: int) -> None:
            print(f"\r{done:,} of {total:,} customers", end="", file=sys.stderr, flush=True)

        from spaceoptics_desk.services import demo_data  # Faker is needed only here

        summary = demo_data.create_demo_data(
            database,
            customers=args.customers,
            seed=args.seed,
            clock=clock,
            busiest_customer_orders=args.busiest_orders,
            progress=progress if sys.stderr.isatty() else None,
        )
        if sys.stderr.isatty():
            print(file=sys.stderr)
        print(
            f"Demo database {database.location}: {summary.customers:,} customers, {summary.orders:,} orders."
        )
        return 0
    finally:
        database.close()


def _find(args: argparse.Namespace) -> int:
    database = _open(args)
    try:
        with database.reading() as session:
            matches = lookup.find_customers(session, args.query, max(1, min(args.limit, 500)))
    finally:
        database.close()
    if args.json:
        print(json_output.dumps([json_output.match_json(m) for m in matches]))
    else:
        print(text_output.matches_text(matches))
    return 0


def _show(args: argparse.Namespace) -> int:
    database = _open(args)
    try:
        with database.reading() as session:
            customer_id = customer_view.resolve_customer(session, args.ref)
            view = customer_view.load_customer_view(session, customer_id, SystemClock())
    finally:
        database.close()
    print(
        json_output.dumps(json_output.customer_json(view)) if args.json else text_output.customer_text(view)
    )
    return 0


def _correct(args: argparse.Namespace) -> int:
    changes = {name: getattr(args, name) for name in _CUSTOMER_OPTIONS if getattr(args, name) is not None}
    address_changes = {
        name: getattr(args, name) for name in _ADDRESS_OPTIONS if getattr(args, name) is not None
    }
    if not changes and not address_changes:
        raise InvalidInput("Nothing to correct: give at least one field, for example --email.")
    database = _open(args)
    try:
        clock = SystemClock()
        with database.transaction() as session:
            actor = staff.acting_user(session, args.by)
            customer_id = customer_view.resolve_customer(session, args.ref)
            view = customer_view.load_customer_view(session, customer_id, clock)
            # The command line sees the current values: what it replaces is what is there now.
            edits = [FieldEdit(name, getattr(view.profile, name), value) for name, value in changes.items()]
            if address_changes:
                billing = next((a for a in view.addresses if a.kind == "billing"), None)
                if billing is None:
                    raise InvalidInput("This customer has no billing address to correct.")
                edits += [
                    FieldEdit(name, getattr(billing, name), value, billing.address_id)
                    for name, value in address_changes.items()
                ]
            written = rectify(session, actor, clock, customer_id, edits)
    finally:
        database.close()
    print(
        f"{len(written)} field(s) corrected." if written else "Nothing changed: the values were already so."
    )
    return 0


def _staff(args: argparse.Namespace) -> int:
    database = _open(args)
    try:
        with database.reading() as session:
            members = staff.list_staff(session)
    finally:
        database.close()
    if args.json:
        print(json_output.dumps(json_output.plain(members)))
    else:
        print(
            text_output.table(
                ("User", "Name", "Role"), ((m.username, m.display_name, m.role) for m in members)
            )
        )
    return 0


_COMMANDS = {"demo": _demo, "find": _find, "show": _show, "correct": _correct, "staff": _staff}


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    configure_logging(locations().log_file)
    if args.command is None:
        from spaceoptics_desk.app import run_gui  # Qt is loaded only for the window

        return run_gui(args.db or str(locations().default_database), args.lang, smoke_test=args.smoke_test)
    try:
        return _COMMANDS[args.command](args)
    except DatabaseUnavailable as error:
        print(f"{APP_ID}: {error.text()}", file=sys.stderr)
        return EXIT_DATABASE
    except KnownError as error:
        print(f"{APP_ID}: {error.text()}", file=sys.stderr)
        return EXIT_REFUSED
    except KeyboardInterrupt:
        print(f"{APP_ID}: interrupted; nothing of the unfinished step was saved.", file=sys.stderr)
        return 130
    except Exception:
        log.exception("unexpected error in command %s", args.command)
        print(
            f"{APP_ID}: an unexpected error happened; details are in {locations().log_file}", file=sys.stderr
        )
        return EXIT_BUG
