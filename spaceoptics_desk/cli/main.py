"""`spaceoptics-desk`: the GUI without a subcommand, and a thin command line over the same services.

Exit codes: 0 done; 1 refused, not found or invalid input; 2 wrong usage; 3 the database cannot be used;
70 an unexpected error (details in the log file, never on screen). Errors are one line on stderr.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from typing import NoReturn

from spaceoptics_desk import APP_ID, __version__
from spaceoptics_desk.cli.argument_types import count, day, identifier, positive, year
from spaceoptics_desk.errors import KnownError
from spaceoptics_desk.logfile import configure_logging, enable_fault_log
from spaceoptics_desk.store.errors import DatabaseUnavailable
from spaceoptics_desk.workstation import LANGUAGES, locations

log = logging.getLogger(__name__)

EXIT_REFUSED = 1
EXIT_USAGE = 2
EXIT_DATABASE = 3
EXIT_BUG = 70

DEFAULT_FIND_LIMIT = 50
# What `correct` can change (R13): customer fields, and fields of the billing address.
CUSTOMER_FIELDS = ("first_name", "name_prefix", "last_name", "company_name", "email", "phone", "mobile")
ADDRESS_FIELDS = ("street", "house_number", "house_number_suffix", "postcode", "city")


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
    demo.add_argument("--customers", type=count, default=2000, metavar="N")
    demo.add_argument("--seed", type=int, default=7, metavar="S")
    demo.add_argument(
        "--busiest-orders", type=count, default=0, metavar="N", help="give the first customer N orders"
    )
    demo.add_argument("--as-of", type=day, metavar="YYYY-MM-DD", help="history ends on this day")
    demo.add_argument(
        "--if-missing", action="store_true", help="do nothing when the database already has customers"
    )

    find = commands.add_parser("find", help="find customers as the search box does")
    find.add_argument("query")
    find.add_argument("--limit", type=positive, default=DEFAULT_FIND_LIMIT, metavar="N")
    find.add_argument("--json", action="store_true")

    show = commands.add_parser("show", help="everything about one customer (REF = customer number or e-mail)")
    show.add_argument("ref")
    show.add_argument("--json", action="store_true")

    correct = commands.add_parser("correct", help="correct a customer's details; every change is kept (R13)")
    correct.add_argument("ref")
    correct.add_argument("--by", required=True, metavar="USER", help="the staff member making the change")
    correct.add_argument(
        "--request",
        type=identifier,
        metavar="ID",
        help="the open request this correction answers (needed when restricted)",
    )
    for name in CUSTOMER_FIELDS + ADDRESS_FIELDS:
        correct.add_argument("--" + name.replace("_", "-"), dest=name, metavar="VALUE")

    staff_list = commands.add_parser("staff", help="list the staff members")
    staff_list.add_argument("--json", action="store_true")

    consent = commands.add_parser(
        "consent", help="show a customer's consents, or give/withdraw one (R19, R20)"
    )
    consent.add_argument("ref")
    consent.add_argument(
        "purpose", nargs="?", help="newsletter, promotions, personal-advice, feedback, social-media-ads"
    )
    consent.add_argument("action", nargs="?", choices=("give", "withdraw"))
    consent.add_argument("--channel", metavar="C", help="phone, email, web, counter, letter")
    consent.add_argument("--by", metavar="USER", help="the staff member recording it")
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
    objection.add_argument("--by", required=True, metavar="USER")
    objection.add_argument("--note", metavar="TEXT")

    from spaceoptics_desk.cli import case_commands  # argparse only; operations load when it runs

    case_commands.add_parsers(commands)
    holidays = commands.add_parser("holidays", help="the public holidays no due date falls on (R2)")
    holiday_steps = holidays.add_subparsers(dest="step", metavar="STEP", parser_class=_Parser)
    holiday_list = holiday_steps.add_parser("list", help="the holidays of a year (the default step)")
    holiday_list.add_argument("--year", type=year, help="default: this year")
    holiday_add = holiday_steps.add_parser("add", help="add a day (owner only)")
    holiday_add.add_argument("day", type=day, metavar="YYYY-MM-DD")
    holiday_add.add_argument("name")
    holiday_add.add_argument("--by", required=True, metavar="USER")
    holiday_remove = holiday_steps.add_parser("remove", help="remove a day (owner only)")
    holiday_remove.add_argument("day", type=day, metavar="YYYY-MM-DD")
    holiday_remove.add_argument("--by", required=True, metavar="USER")

    mailing = commands.add_parser(
        "mailing-list", help="CSV of who may receive a marketing mailing today (R21), for the newsletter tool"
    )
    mailing.add_argument("--purpose", default="newsletter")
    mailing.add_argument("--out", required=True, metavar="FILE")

    from spaceoptics_desk.cli import copy_command  # argparse only; services load when it runs

    copy_command.add_parser(commands)
    from spaceoptics_desk.cli import retention_commands  # issue 6: scan, review, erase, backup, restore

    retention_commands.add_parsers(commands)
    return parser


def _not_text(arguments: Sequence[str]) -> str | None:
    """The first argument that is not UTF-8 text. Python keeps such bytes as lone surrogates (PEP 383),
    which SQLite can neither store nor look up: every command would fail on it (issue 10 §4)."""
    for argument in arguments:
        try:
            argument.encode("utf-8")
        except UnicodeEncodeError:
            return argument.encode("utf-8", "backslashreplace").decode("utf-8")
    return None


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    not_text = _not_text(arguments)
    if not_text is not None:
        print(f"{APP_ID}: '{not_text}' is not UTF-8 text; type it again (see --help)", file=sys.stderr)
        return EXIT_USAGE
    args = _parser().parse_args(arguments)
    where = locations()
    configure_logging(where.log_file)
    enable_fault_log(where.log_dir)  # issue 10 §5: a crash or abort (Qt, a library) leaves its stack
    if args.command is None:
        from spaceoptics_desk.app import run_gui  # Qt is loaded only for the window

        return run_gui(args.db or str(locations().default_database), args.lang, smoke_test=args.smoke_test)
    try:
        from spaceoptics_desk.cli import case_commands, retention_commands
        from spaceoptics_desk.cli.commands import COMMANDS  # SQLAlchemy loads only for a command

        if args.command in case_commands.COMMANDS:
            return case_commands.run(args)
        if args.command in retention_commands.COMMANDS:
            return retention_commands.run(args)
        return COMMANDS[args.command](args)
    except DatabaseUnavailable as error:
        print(f"{APP_ID}: {error.text()}", file=sys.stderr)
        return EXIT_DATABASE
    except KnownError as error:
        print(f"{APP_ID}: {error.text()}", file=sys.stderr)
        return EXIT_REFUSED
    except BrokenPipeError:
        # The reader went away (`... | head`): not an error of ours; stop quietly, as Unix tools do.
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        print(f"{APP_ID}: interrupted; nothing of the unfinished step was saved.", file=sys.stderr)
        return 130
    except Exception:
        log.exception("unexpected error in command %s", args.command)
        print(
            f"{APP_ID}: an unexpected error happened; details are in {locations().log_file}", file=sys.stderr
        )
        return EXIT_BUG
