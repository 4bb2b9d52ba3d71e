"""`find`, `show`, `correct`, `consent`, `object-marketing`, `mailing-list`: a customer on the command
line (R9, R13, R18-R21), through the same operations as the app.

The output formatting is imported by the handlers, not here: main.py imports this module at every
start, the app's too, and formatting loads phonenumbers (the cold-start figure in README.md)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from spaceoptics_desk.cli.argument_types import identifier, positive
from spaceoptics_desk.cli.command_context import IncompleteCommand, context_for
from spaceoptics_desk.cli.passwords import add_sign_in_arguments
from spaceoptics_desk.domain import corrections
from spaceoptics_desk.operations import consent as consent_operations
from spaceoptics_desk.operations import customers, mailing_list

COMMANDS = ("find", "show", "correct", "consent", "object-marketing", "mailing-list")

DEFAULT_FIND_LIMIT = 50
MAX_FIND_LIMIT = 500
# What `correct` can change (R13): customer fields, and fields of the billing address (not its country).
CUSTOMER_FIELDS = corrections.CUSTOMER_FIELDS
ADDRESS_FIELDS = tuple(name for name in corrections.ADDRESS_FIELDS if name != "country")


def add_parsers(commands: argparse._SubParsersAction[Any]) -> None:
    find = commands.add_parser("find", help="find customers as the search box does")
    find.add_argument("query")
    find.add_argument("--limit", type=positive, default=DEFAULT_FIND_LIMIT, metavar="N")
    find.add_argument("--json", action="store_true")
    add_sign_in_arguments(find)

    show = commands.add_parser("show", help="everything about one customer (REF = customer number or e-mail)")
    show.add_argument("ref")
    show.add_argument("--json", action="store_true")
    add_sign_in_arguments(show)

    correct = commands.add_parser("correct", help="correct a customer's details; every change is kept (R13)")
    correct.add_argument("ref")
    add_sign_in_arguments(
        correct, by_help="the staff member making the change (default: whoever the password belongs to)"
    )
    correct.add_argument(
        "--request",
        type=identifier,
        metavar="ID",
        help="the open request this correction answers (needed when restricted)",
    )
    for name in CUSTOMER_FIELDS + ADDRESS_FIELDS:
        correct.add_argument("--" + name.replace("_", "-"), dest=name, metavar="VALUE")

    consent = commands.add_parser(
        "consent", help="show a customer's consents, or give/withdraw one (R19, R20)"
    )
    consent.add_argument("ref")
    consent.add_argument(
        "purpose", nargs="?", help="newsletter, promotions, personal-advice, feedback, social-media-ads"
    )
    consent.add_argument("action", nargs="?", choices=("give", "withdraw"))
    consent.add_argument("--channel", metavar="C", help="phone, email, web, counter, letter")
    add_sign_in_arguments(
        consent, by_help="the staff member recording it (default: whoever the password belongs to)"
    )
    consent.add_argument(
        "--read-out", action="store_true", help="confirms the standard wording was read out (phone, counter)"
    )
    consent.add_argument("--note", metavar="TEXT")
    consent.add_argument("--json", action="store_true")

    objection = commands.add_parser(
        "object-marketing", help="stop all direct marketing for a customer at once (R18; never refused)"
    )
    objection.add_argument("ref")
    objection.add_argument("--channel", required=True, metavar="C")
    add_sign_in_arguments(objection)
    objection.add_argument("--note", metavar="TEXT")

    mailing = commands.add_parser(
        "mailing-list", help="CSV of who may receive a marketing mailing today (R21), for the newsletter tool"
    )
    mailing.add_argument("--purpose", default=mailing_list.NEWSLETTER)
    mailing.add_argument("--out", required=True, metavar="FILE")
    add_sign_in_arguments(mailing)


def run(args: argparse.Namespace) -> int:
    handlers = {
        "find": find,
        "show": show,
        "correct": correct,
        "consent": consent,
        "object-marketing": object_marketing,
        "mailing-list": export_mailing_list,
    }
    return handlers[args.command](args)


def find(args: argparse.Namespace) -> int:
    from spaceoptics_desk.cli import json_output, text_output

    with context_for(args) as context:
        matches = customers.search(context, args.query, min(args.limit, MAX_FIND_LIMIT)).result
    if args.json:
        print(json_output.dumps([json_output.match_json(m) for m in matches]))
    else:
        print(text_output.matches_text(matches))
    return 0


def show(args: argparse.Namespace) -> int:
    from spaceoptics_desk.cli import json_output, text_output

    with context_for(args) as context:
        customer_id = customers.customer_id_of(context, args.ref).result
        view = customers.open_customer(context, customer_id).result.view
    print(
        json_output.dumps(json_output.customer_json(view)) if args.json else text_output.customer_text(view)
    )
    return 0


def correct(args: argparse.Namespace) -> int:
    values = {name: getattr(args, name) for name in CUSTOMER_FIELDS if getattr(args, name) is not None}
    billing = {name: getattr(args, name) for name in ADDRESS_FIELDS if getattr(args, name) is not None}
    with context_for(args) as context:
        customer_id = customers.customer_id_of(context, args.ref).result
        # The command line sees the current values: what it replaces is what is there now.
        written = customers.correct_to(context, customer_id, values, billing, args.request).result
    print(
        f"{len(written)} field(s) corrected." if written else "Nothing changed: the values were already so."
    )
    return 0


def consent(args: argparse.Namespace) -> int:
    if args.purpose is None:
        return _show_consent(args)
    if args.action is None:
        raise IncompleteCommand("Say what to do with the consent: give or withdraw.")
    if not args.channel:
        raise IncompleteCommand("Changing a consent needs --channel.")
    with context_for(args) as context:
        customer_id = customers.customer_id_of(context, args.ref).result
        change = consent_operations.switch_consent(
            context,
            customer_id,
            args.purpose,
            args.action == "give",
            args.channel,
            wording_read_out=args.read_out,
            note=args.note,
        ).result
    if change is None:
        state = "given" if args.action == "give" else "withdrawn"
        print(f"Nothing recorded: {args.purpose} was already {state}.")
    else:
        print(f"Recorded: {change.purpose_key} {change.action} ({change.channel}).")
    return 0


def _show_consent(args: argparse.Namespace) -> int:
    from spaceoptics_desk.cli import json_output, text_output

    with context_for(args) as context:
        shown = customers.open_customer(context, customers.customer_id_of(context, args.ref).result).result
    toggles, history = shown.consent.toggles, shown.view.consent_history
    if args.json:
        print(json_output.dumps(json_output.consent_json(toggles, history)))
    else:
        print(text_output.consent_text(toggles, history))
    return 0


def object_marketing(args: argparse.Namespace) -> int:
    with context_for(args) as context:
        customer_id = customers.customer_id_of(context, args.ref).result
        changes = consent_operations.object_to_marketing(context, customer_id, args.channel, args.note).result
    print(f"All direct marketing stopped; {len(changes)} change(s) recorded.")
    return 0


def export_mailing_list(args: argparse.Namespace) -> int:
    target = Path(args.out)
    # R21: the owner's export (a scheduled job signs in with the owner's password file).
    with context_for(args) as context:
        count = mailing_list.export_mailing_list(context, target, args.purpose).result
    print(f"{count} address(es) written to {target}.")
    return 0
