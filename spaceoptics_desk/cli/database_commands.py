"""`demo`, `encrypt` and `move-to-server`: a demo database, made encrypted with its demo staff (README
"Demo passwords"), the one-time encryption of a database from before issue 12 (AVG 32), and the move of a
database file to a PostgreSQL server (issue 14). Output formatting is imported by the handlers: see
customer_commands.py."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from spaceoptics_desk.cli import passwords
from spaceoptics_desk.cli.argument_types import count, day
from spaceoptics_desk.cli.command_context import database_target
from spaceoptics_desk.domain.clock import AMSTERDAM, Clock, FixedClock, SystemClock
from spaceoptics_desk.domain.permissions import Role
from spaceoptics_desk.operations import demo as demo_operations

if TYPE_CHECKING:
    from spaceoptics_desk.operations.context import Context
    from spaceoptics_desk.operations.signing_in import FirstStart

COMMANDS = ("demo", "encrypt", "move-to-server")


def add_parsers(commands: argparse._SubParsersAction[Any]) -> None:
    demo = commands.add_parser(
        "demo", help="create an encrypted demo database with invented customers and two demo staff"
    )
    demo.add_argument("--customers", type=count, default=2000, metavar="N")
    demo.add_argument("--seed", type=int, default=7, metavar="S")
    demo.add_argument(
        "--busiest-orders", type=count, default=0, metavar="N", help="give the first customer N orders"
    )
    demo.add_argument("--as-of", type=day, metavar="YYYY-MM-DD", help="history ends on this day")
    demo.add_argument(
        "--if-missing", action="store_true", help="do nothing when the database already has customers"
    )
    demo.add_argument(
        "--owner-password",
        metavar="TEXT",
        help=f"the demo owner's password (default: {demo_operations.DEMO_OWNER_PASSWORD})",
    )

    encrypt = commands.add_parser(
        "encrypt", help="encrypt a database from before sign-in existed, once; prints its recovery key"
    )
    encrypt.add_argument("--by", required=True, metavar="OWNER", help="the owner who gets the first password")
    encrypt.add_argument(
        "--password-file",
        type=Path,
        metavar="FILE",
        help="the owner's new password, as for signing in "
        f"(else ${passwords.PASSWORD_ENV}, else typed twice)",
    )

    moving = commands.add_parser(
        "move-to-server",
        help="copy every row of the database file into an empty database on a PostgreSQL server (owner)",
    )
    moving.add_argument("server", metavar="URL", help="postgresql://USER@HOST/DATABASE")
    moving.add_argument("--dry-run", action="store_true", help="count the rows and check the server only")
    moving.add_argument("--json", action="store_true")
    passwords.add_sign_in_arguments(moving, by_help="the owner who moves (signs in there with this password)")


def run(args: argparse.Namespace) -> int:
    if args.command == "move-to-server":
        return move_to_server(args)
    return demo(args) if args.command == "demo" else encrypt(args)


def move_to_server(args: argparse.Namespace) -> int:
    import json

    from spaceoptics_desk.cli.command_context import context_for
    from spaceoptics_desk.operations import moving

    def progress(table: str, done: int, total: int) -> None:
        print(f"\r{table}: {done:,} of {total:,} rows", end="\033[K", file=sys.stderr, flush=True)

    typed = passwords.sign_in_password(args)
    with context_for(args, password=typed) as context:
        report = moving.move_to_server(
            context,
            args.server,
            typed,
            dry_run=args.dry_run,
            progress=progress if sys.stderr.isatty() and not args.json else None,
        ).result
    if sys.stderr.isatty() and not args.json and report.moved:
        print(file=sys.stderr)
    if args.json:
        document = {
            "moved": report.moved,
            "rows": report.rows,
            "server_had_schema": report.server_had_schema,
            "without_password": report.without_password,
        }
        print(json.dumps(document, indent=2))
        return 0
    for table, rows in sorted(report.rows.items()):
        print(f"{table:<28}{rows:>10,}")
    total = sum(report.rows.values())
    if not report.moved:
        print(f"Dry run: {total:,} rows in {len(report.rows)} tables would move; the server can take them.")
        return 0
    print(f"Moved: {total:,} rows in {len(report.rows)} tables; the server has the same counts.")
    print(f"The file {context.database.location} is as it was. Point every desk at the server now.")
    for username in report.without_password:
        print(
            f"{username} has no password on the server yet: "
            f"spaceoptics-desk --db SERVER staff set {username} --reset-password"
        )
    return 0


def demo(args: argparse.Namespace) -> int:
    from spaceoptics_desk.operations import opening, signing_in

    # The history ends at five in the afternoon, Dutch time, of --as-of.
    clock: Clock = (
        FixedClock(datetime.combine(args.as_of, time(17, 0), AMSTERDAM).astimezone(UTC))
        if args.as_of
        else SystemClock()
    )
    target = database_target(args)
    owner_password = args.owner_password or demo_operations.DEMO_OWNER_PASSWORD
    if signing_in.database_state(target) is signing_in.DatabaseState.NEW:
        first = _create_demo_database(target, owner_password, clock)
        context = first.context
        # Before the customers are made: a failure while filling must not lose the only copy of it.
        _print_recovery_key(first.recovery_key)
    else:
        opening.refuse_unless_encrypted(target)
        context = signing_in.sign_in(target, demo_operations.DEMO_OWNER[0], owner_password, clock)
    with signing_in.signed_in_context(context):
        return _fill(args, context)


def _create_demo_database(target: str, owner_password: str, clock: Clock) -> FirstStart:
    """A new encrypted database with the demo's owner (signed in, `owner_password`) and its staff member
    (DEMO_STAFF_PASSWORD), still without customers."""
    from spaceoptics_desk.operations import signing_in, staff

    first = signing_in.create_database(target, *demo_operations.DEMO_OWNER, owner_password, clock)
    try:
        staff.add_staff(
            first.context, *demo_operations.DEMO_STAFF, Role.STAFF, demo_operations.DEMO_STAFF_PASSWORD
        )
    except BaseException:
        first.context.database.close()
        raise
    return first


def _fill(args: argparse.Namespace, context: Context) -> int:
    def progress(done: int, total: int) -> None:
        print(f"\r{done:,} of {total:,} customers", end="", file=sys.stderr, flush=True)

    summary = demo_operations.fill_demo_database(
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


def encrypt(args: argparse.Namespace) -> int:
    from spaceoptics_desk.operations import opening, signing_in

    target = database_target(args)
    opening.refuse_unless_plain(target)  # before a password is asked for
    done = signing_in.encrypt_database(target, args.by, passwords.first_password(args), SystemClock())
    with signing_in.signed_in_context(done.context):
        print(f"{target} is encrypted; {args.by} signs in with the new password.")
        _print_recovery_key(done.recovery_key)
        if done.plain_copy is not None:
            print(
                f"The unencrypted copy taken first is {done.plain_copy}: keep it as safe as the database "
                "was, or delete it once you are sure."
            )
        print(
            "The other staff get a password from the owner: spaceoptics-desk staff set USER --reset-password"
        )
    return 0


def _print_recovery_key(recovery_key: str) -> None:
    # Shown once, here; it is stored nowhere readable (operations/signing_in.FirstStart).
    print(f"Recovery key (print it and keep it safe; it is shown only now): {recovery_key}")
