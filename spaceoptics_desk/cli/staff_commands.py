"""`staff ...`: who can work in the database (issue 12, AVG 32). Everyone lists the staff and changes
their own password; the owner adds, changes and deactivates staff, resets a password and sets the idle
time before a desk locks (operations/staff.py checks it, as in the app). `staff recover` is an owner's
way back in with the recovery key. New passwords: cli/passwords.new_password."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from spaceoptics_desk.cli import passwords
from spaceoptics_desk.cli.argument_types import count
from spaceoptics_desk.cli.passwords import add_new_password_argument, add_sign_in_arguments
from spaceoptics_desk.domain.permissions import Action, Role

if TYPE_CHECKING:
    from spaceoptics_desk.operations.context import Context

COMMANDS = ("staff",)
ROLES = tuple(role.value for role in Role)


def add_parsers(commands: argparse._SubParsersAction[Any]) -> None:
    staff = commands.add_parser("staff", help="the staff members; the owner keeps the list (issue 12)")
    staff.add_argument("--json", action="store_true")
    add_sign_in_arguments(staff)  # `staff` alone lists them
    steps = staff.add_subparsers(dest="step", metavar="STEP", parser_class=type(staff))

    listing = steps.add_parser("list", help="the active staff members (the default step)")
    listing.add_argument("--all", action="store_true", help="also who left, and who has no password yet")
    listing.add_argument("--json", action="store_true")
    add_sign_in_arguments(listing)

    adding = steps.add_parser("add", help="a new staff member with a first password (owner only)")
    adding.add_argument("username", metavar="USERNAME")
    adding.add_argument("--name", required=True, metavar="TEXT", help="the name shown in the app")
    adding.add_argument("--role", required=True, choices=ROLES)
    add_new_password_argument(adding)
    add_sign_in_arguments(adding)

    setting = steps.add_parser("set", help="change a name or role, or reset a password (owner only)")
    setting.add_argument("username", metavar="USERNAME")
    setting.add_argument("--name", metavar="TEXT")
    setting.add_argument("--role", dest="new_role", choices=ROLES)
    setting.add_argument("--reset-password", action="store_true", help="give them a new password")
    add_new_password_argument(setting)
    add_sign_in_arguments(setting)

    deactivating = steps.add_parser("deactivate", help="they can no longer sign in (owner only)")
    deactivating.add_argument("username", metavar="USERNAME")
    add_sign_in_arguments(deactivating)

    own = steps.add_parser("password", help="change your own password (the sign-in password is the current)")
    add_new_password_argument(own)
    add_sign_in_arguments(own)

    locking = steps.add_parser("lock-after", help="idle minutes before a desk locks (owner sets; all see)")
    locking.add_argument("minutes", type=count, nargs="?", metavar="MINUTES", help="default: show it")
    add_sign_in_arguments(locking)

    recovering = steps.add_parser(
        "recover", help="an owner who forgot their password: the recovery key sets a new one"
    )
    recovering.add_argument("username", metavar="USERNAME", help="the owner")
    recovering.add_argument(
        "--recovery-key-file",
        type=Path,
        metavar="FILE",
        help="the recovery key, owner-only file (else typed)",
    )
    add_new_password_argument(recovering)


def run(args: argparse.Namespace) -> int:
    from spaceoptics_desk.cli.command_context import context_for

    if args.step == "recover":
        return _recover(args)
    if args.step == "password":
        # The password this command signs in with is the current one: asked once, proved by signing in.
        current = passwords.sign_in_password(args)
        with context_for(args, password=current) as context:
            return _own_password(args, context, current)
    with context_for(args) as context:
        if args.step in (None, "list"):
            return _list(args, context)
        if args.step == "add":
            return _add(args, context)
        if args.step == "set":
            return _set(args, context)
        if args.step == "deactivate":
            return _deactivate(args, context)
        return _lock_after(args, context)


def _list(args: argparse.Namespace, context: Context) -> int:
    from spaceoptics_desk.cli import json_output, text_output
    from spaceoptics_desk.operations import staff

    if getattr(args, "all", False):
        accounts = staff.all_staff(context).result
        if args.json:
            print(json_output.dumps(json_output.plain(accounts)))
        else:
            rows = (
                (
                    a.member.username,
                    a.member.display_name,
                    a.member.role,
                    "active" if a.active else "deactivated",
                    "yes" if a.has_password else "no",
                )
                for a in accounts
            )
            print(text_output.table(("User", "Name", "Role", "State", "Password"), rows))
        return 0
    members = staff.list_staff(context).result
    if args.json:
        print(json_output.dumps(json_output.plain(members)))
    else:
        print(
            text_output.table(
                ("User", "Name", "Role"), ((m.username, m.display_name, m.role) for m in members)
            )
        )
    return 0


def _add(args: argparse.Namespace, context: Context) -> int:
    from spaceoptics_desk.operations import staff

    context.require(Action.MANAGE_STAFF)  # before a new password is asked for
    added = staff.add_staff(context, args.username, args.name, args.role, passwords.new_password(args)).result
    print(
        f"{added.username} ({added.display_name}, {added.role}) added; they sign in with the password given."
    )
    return 0


def _set(args: argparse.Namespace, context: Context) -> int:
    from spaceoptics_desk.cli.command_context import IncompleteCommand
    from spaceoptics_desk.operations import staff

    if args.name is None and args.new_role is None and not args.reset_password:
        raise IncompleteCommand("Say what to change: --name, --role or --reset-password.")
    context.require(Action.MANAGE_STAFF)  # before a new password is asked for
    new_password = passwords.new_password(args) if args.reset_password else None
    if args.name is not None or args.new_role is not None:
        changed = staff.change_staff(
            context, args.username, display_name=args.name, role=args.new_role
        ).result
        print(f"{changed.username}: {changed.display_name}, {changed.role}.")
    if new_password is not None:
        staff.reset_password(context, args.username, new_password)
        print(f"{args.username} has a new password; ask them to change it (spaceoptics-desk staff password).")
    return 0


def _deactivate(args: argparse.Namespace, context: Context) -> int:
    from spaceoptics_desk.operations import staff

    staff.deactivate_staff(context, args.username)
    print(f"{args.username} is deactivated and can no longer sign in.")
    return 0


def _own_password(args: argparse.Namespace, context: Context, current: str) -> int:
    from spaceoptics_desk.operations import staff

    staff.change_own_password(context, current, passwords.new_password(args))
    print(f"{context.staff.username}: your password is changed.")
    return 0


def _lock_after(args: argparse.Namespace, context: Context) -> int:
    from spaceoptics_desk.operations import staff

    if args.minutes is None:
        minutes = staff.lock_after_minutes(context).result
        print(f"A desk locks after {minutes} idle minutes.")
        return 0
    minutes = staff.set_lock_after_minutes(context, args.minutes).result
    print(f"A desk now locks after {minutes} idle minutes.")
    return 0


def _recover(args: argparse.Namespace) -> int:
    from spaceoptics_desk.cli.command_context import database_target
    from spaceoptics_desk.domain.clock import SystemClock
    from spaceoptics_desk.operations import opening, signing_in

    target = database_target(args)
    opening.refuse_unless_encrypted(target)
    recovery_key = passwords.recovery_key(args)
    context = signing_in.sign_in_with_recovery_key(
        target, recovery_key, args.username, passwords.new_password(args), SystemClock()
    )
    with signing_in.signed_in_context(context):
        print(f"{args.username} has a new password and is signed in with it from now on.")
    return 0
