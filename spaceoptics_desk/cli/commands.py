"""The commands of `spaceoptics-desk`: each opens the database, calls services and prints the result.

Separate from main.py so that starting the app (no command) does not load SQLAlchemy before the window.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, time
from pathlib import Path

from sqlalchemy.exc import OperationalError

from spaceoptics_desk.cli import copy_command, json_output, text_output
from spaceoptics_desk.cli.main import ADDRESS_FIELDS, CUSTOMER_FIELDS
from spaceoptics_desk.domain.clock import AMSTERDAM, Clock, FixedClock, SystemClock, local_today
from spaceoptics_desk.services import consent as consent_service
from spaceoptics_desk.services import customer_view, lookup, staff, trace_cleanup
from spaceoptics_desk.services import holidays as holiday_table
from spaceoptics_desk.services import mailing_list as mailing
from spaceoptics_desk.services.errors import InvalidInput
from spaceoptics_desk.services.output_files import write_file
from spaceoptics_desk.services.rectification import FieldEdit, rectify
from spaceoptics_desk.store.database import Database, open_database
from spaceoptics_desk.store.errors import DatabaseBusy
from spaceoptics_desk.workstation import locations


@contextmanager
def _opened(args: argparse.Namespace, *, create: bool = False) -> Iterator[Database]:
    """The database of `--db` (or the default one) for one command, closed afterwards.

    A clean-up of erased data's traces left pending (R31) is finished first, without waiting: a reader
    that held it up may have gone since.
    """
    database = open_database(args.db or str(locations().default_database), create=create)
    try:
        # Another program writing now (locked, busy): the clean-up stays pending for the next command,
        # and this one goes on (a reading command must not wait for a long write).
        with contextlib.suppress(OperationalError, DatabaseBusy):
            trace_cleanup.finish_pending(database)
        yield database
    finally:
        database.close()


def demo(args: argparse.Namespace) -> int:
    with _opened(args, create=True) as database:
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


def find(args: argparse.Namespace) -> int:
    with _opened(args) as database, database.reading() as session:
        matches = lookup.find_customers(session, args.query, max(1, min(args.limit, 500)))
    if args.json:
        print(json_output.dumps([json_output.match_json(m) for m in matches]))
    else:
        print(text_output.matches_text(matches))
    return 0


def show(args: argparse.Namespace) -> int:
    with _opened(args) as database, database.reading() as session:
        customer_id = customer_view.resolve_customer(session, args.ref)
        view = customer_view.load_customer_view(session, customer_id, SystemClock())
    print(
        json_output.dumps(json_output.customer_json(view)) if args.json else text_output.customer_text(view)
    )
    return 0


def correct(args: argparse.Namespace) -> int:
    changes = {name: getattr(args, name) for name in CUSTOMER_FIELDS if getattr(args, name) is not None}
    address_changes = {
        name: getattr(args, name) for name in ADDRESS_FIELDS if getattr(args, name) is not None
    }
    if not changes and not address_changes:
        raise InvalidInput("Nothing to correct: give at least one field, for example --email.")
    with _opened(args) as database:
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
            written = rectify(session, actor, clock, customer_id, edits, args.request)
    print(
        f"{len(written)} field(s) corrected." if written else "Nothing changed: the values were already so."
    )
    return 0


def staff_list(args: argparse.Namespace) -> int:
    with _opened(args) as database, database.reading() as session:
        members = staff.list_staff(session)
    if args.json:
        print(json_output.dumps(json_output.plain(members)))
    else:
        print(
            text_output.table(
                ("User", "Name", "Role"), ((m.username, m.display_name, m.role) for m in members)
            )
        )
    return 0


def consent(args: argparse.Namespace) -> int:
    if args.purpose is None:
        return _show_consent(args)
    if args.action is None:
        raise InvalidInput("Say what to do with the consent: give or withdraw.")
    if not args.channel or not args.by:
        raise InvalidInput("Changing a consent needs --channel and --by.")
    with _opened(args) as database:
        clock = SystemClock()
        with database.transaction() as session:
            actor = staff.acting_user(session, args.by)
            customer_id = customer_view.resolve_customer(session, args.ref)
            change = consent_service.set_consent(
                session,
                actor,
                clock,
                customer_id,
                args.purpose,
                args.action == "give",
                args.channel,
                wording_read_out=args.read_out,
                note=args.note,
            )
    if change is None:
        state = "given" if args.action == "give" else "withdrawn"
        print(f"Nothing recorded: {args.purpose} was already {state}.")
    else:
        print(f"Recorded: {change.purpose_key} {change.action} ({change.channel}).")
    return 0


def _show_consent(args: argparse.Namespace) -> int:
    with _opened(args) as database:
        clock = SystemClock()
        with database.reading() as session:
            customer_id = customer_view.resolve_customer(session, args.ref)
            toggles = consent_service.purpose_toggles(session, customer_id, clock)
            history = customer_view.load_customer_view(session, customer_id, clock).consent_history
    if args.json:
        print(json_output.dumps(json_output.consent_json(toggles, history)))
    else:
        print(text_output.consent_text(toggles, history))
    return 0


def object_marketing(args: argparse.Namespace) -> int:
    with _opened(args) as database:
        clock = SystemClock()
        with database.transaction() as session:
            actor = staff.acting_user(session, args.by)
            customer_id = customer_view.resolve_customer(session, args.ref)
            changes = consent_service.object_to_marketing(
                session, actor, clock, customer_id, args.channel, args.note
            )
    print(f"All direct marketing stopped; {len(changes)} change(s) recorded.")
    return 0


def mailing_list(args: argparse.Namespace) -> int:
    target = Path(args.out)
    with _opened(args) as database, database.reading() as session:
        entries = mailing.mailing_list(session, args.purpose)
    # Never half a list, and never over the database (a database named shop.csv, issue 10 §1).
    write_file(target, mailing.mailing_csv(entries).encode("utf-8"), database_file=database.file)
    print(f"{len(entries)} address(es) written to {target}.")
    return 0


def holidays(args: argparse.Namespace) -> int:
    with _opened(args) as database:
        clock = SystemClock()
        if args.step in (None, "list"):
            year = getattr(args, "year", None) or local_today(clock).year
            with database.reading() as session:
                for holiday in holiday_table.holidays_in(session, year):
                    print(f"{holiday.day.isoformat()}  {holiday.name}")
            return 0
        with database.transaction() as session:
            actor = staff.acting_user(session, args.by)
            if args.step == "add":
                holiday_table.add_holiday(session, actor, clock, args.day, args.name)
                print(f"{args.day.isoformat()} added; due dates of open cases follow it.")
            else:
                holiday_table.remove_holiday(session, actor, clock, args.day)
                print(f"{args.day.isoformat()} removed; due dates of open cases follow it.")
    return 0


COMMANDS = {
    "demo": demo,
    "find": find,
    "show": show,
    "correct": correct,
    "staff": staff_list,
    "consent": consent,
    "object-marketing": object_marketing,
    "mailing-list": mailing_list,
    "holidays": holidays,
    copy_command.COMMAND: copy_command.export_copy,
}
