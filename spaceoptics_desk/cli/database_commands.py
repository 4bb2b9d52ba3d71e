"""`demo` and `staff`: filling a demo database, and who can work in a database (output formatting is
imported by the handlers: see customer_commands.py)."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime, time
from typing import Any

from spaceoptics_desk.cli.argument_types import count, day
from spaceoptics_desk.cli.command_context import context_for
from spaceoptics_desk.domain.clock import AMSTERDAM, Clock, FixedClock
from spaceoptics_desk.operations.demo import fill_demo_database
from spaceoptics_desk.operations.staff import list_staff

COMMANDS = ("demo", "staff")


def add_parsers(commands: argparse._SubParsersAction[Any]) -> None:
    demo = commands.add_parser("demo", help="create a demo database with invented customers")
    demo.add_argument("--customers", type=count, default=2000, metavar="N")
    demo.add_argument("--seed", type=int, default=7, metavar="S")
    demo.add_argument(
        "--busiest-orders", type=count, default=0, metavar="N", help="give the first customer N orders"
    )
    demo.add_argument("--as-of", type=day, metavar="YYYY-MM-DD", help="history ends on this day")
    demo.add_argument(
        "--if-missing", action="store_true", help="do nothing when the database already has customers"
    )

    staff = commands.add_parser("staff", help="list the staff members")
    staff.add_argument("--json", action="store_true")


def run(args: argparse.Namespace) -> int:
    return demo(args) if args.command == "demo" else staff(args)


def demo(args: argparse.Namespace) -> int:
    # The history ends at five in the afternoon, Dutch time, of --as-of.
    clock: Clock | None = (
        FixedClock(datetime.combine(args.as_of, time(17, 0), AMSTERDAM).astimezone(UTC))
        if args.as_of
        else None
    )

    def progress(done: int, total: int) -> None:
        print(f"\r{done:,} of {total:,} customers", end="", file=sys.stderr, flush=True)

    with context_for(args, clock, create=True) as context:
        summary = fill_demo_database(
            context,
            args.customers,
            args.seed,
            busiest_customer_orders=args.busiest_orders,
            progress=progress if sys.stderr.isatty() else None,
            only_if_empty=args.if_missing,
        ).result
        location = context.database.location
    if summary is None:
        print(f"The demo database at {location} is already there.")
        return 0
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(f"Demo database {location}: {summary.customers:,} customers, {summary.orders:,} orders.")
    return 0


def staff(args: argparse.Namespace) -> int:
    from spaceoptics_desk.cli import json_output, text_output

    with context_for(args) as context:
        members = list_staff(context).result
    if args.json:
        print(json_output.dumps(json_output.plain(members)))
    else:
        print(
            text_output.table(
                ("User", "Name", "Role"), ((m.username, m.display_name, m.role) for m in members)
            )
        )
    return 0
