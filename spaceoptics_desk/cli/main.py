"""`spaceoptics-desk`: the GUI without a subcommand, and a thin command line over the same operations.

Exit codes: cli/exit_codes.py. Errors are one line on stderr. Each command module adds its own parsers
(COMMAND_MODULES); this module only builds the parser and runs the command with the exit code it earns.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from types import ModuleType
from typing import NoReturn

from spaceoptics_desk import APP_ID, __version__
from spaceoptics_desk.cli import copy_command, customer_commands, database_commands, retention_commands
from spaceoptics_desk.cli.argument_types import count, day, identifier, local_moment
from spaceoptics_desk.cli.exit_codes import EXIT_BUG, EXIT_DATABASE, EXIT_REFUSED, EXIT_USAGE
from spaceoptics_desk.errors import DatabaseUnavailable, KnownError
from spaceoptics_desk.logfile import configure_logging, enable_fault_log
from spaceoptics_desk.workstation import LANGUAGES, locations

log = logging.getLogger(__name__)


# The command modules. Each keeps its parsers and handlers together: `add_parsers(subcommands)` adds
# its parsers, `COMMANDS` names its commands and `run(args)` runs one. They import no service or store
# (the parser is built at every start, the GUI's too); their operations load what they need when run.
COMMAND_MODULES: tuple[ModuleType, ...] = (customer_commands, database_commands, retention_commands)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # One line, not a usage dump (the issue: errors are one clear line on stderr).
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see --help)\n")


def _case_parser(case: argparse.ArgumentParser) -> None:
    steps = case.add_subparsers(dest="step", metavar="STEP", required=True, parser_class=_Parser)
    opening = steps.add_parser("open", help="log a request; prints the new case id")
    opening.add_argument("ref", help="customer number or e-mail; 'unknown' for a caller not found yet")
    opening.add_argument("--rights", required=True, help="comma-separated: access,erasure,...")
    opening.add_argument("--channel", required=True, help="phone, email, letter, in_person")
    opening.add_argument("--received", type=local_moment, metavar="YYYY-MM-DDTHH:MM", help="default: now")
    opening.add_argument("--summary", metavar="TEXT")
    opening.add_argument("--contact", metavar="TEXT", help="contact details the person gave")
    opening.add_argument("--by", required=True, metavar="USER")
    listing = steps.add_parser("list", help="cases, most urgent first")
    which = listing.add_mutually_exclusive_group()
    which.add_argument("--open", action="store_true")
    which.add_argument("--overdue", action="store_true")
    which.add_argument("--due-within", type=count, metavar="DAYS")
    listing.add_argument("--right", help="only cases invoking this right (access, erasure, ...)")
    listing.add_argument("--staff", metavar="USER", help="only cases taken by this staff member")
    listing.add_argument("--json", action="store_true")
    showing = steps.add_parser("show", help="one case with its timeline")
    showing.add_argument("case_id", type=identifier, metavar="ID")
    showing.add_argument("--json", action="store_true")
    verifying = steps.add_parser("verify", help="record how identity was checked (R7)")
    verifying.add_argument("case_id", type=identifier, metavar="ID")
    verifying.add_argument(
        "--method", required=True, help="email-on-file, order-and-postcode, call-back, other"
    )
    verifying.add_argument("--note", metavar="TEXT")
    verifying.add_argument("--by", required=True, metavar="USER")
    extending = steps.add_parser("extend", help="extend by up to two months (R3)")
    extending.add_argument("case_id", type=identifier, metavar="ID")
    extending.add_argument("--reason", required=True, metavar="TEXT")
    extending.add_argument("--told", required=True, type=day, metavar="YYYY-MM-DD")
    extending.add_argument("--by", required=True, metavar="USER")
    pausing = steps.add_parser("pause", help="more information was asked of the person (R4)")
    pausing.add_argument("case_id", type=identifier, metavar="ID")
    pausing.add_argument("--asked", required=True, type=day, metavar="YYYY-MM-DD")
    pausing.add_argument("--note", metavar="TEXT")
    pausing.add_argument("--by", required=True, metavar="USER")
    resuming = steps.add_parser("resume", help="the person answered; the case runs again (R4)")
    resuming.add_argument("case_id", type=identifier, metavar="ID")
    resuming.add_argument("--answered", required=True, type=day, metavar="YYYY-MM-DD")
    resuming.add_argument("--note", metavar="TEXT")
    resuming.add_argument("--by", required=True, metavar="USER")
    restricting = steps.add_parser("restrict", help="restrict processing of the case's customer (R15)")
    restricting.add_argument("case_id", type=identifier, metavar="ID")
    restricting.add_argument("--by", required=True, metavar="USER")
    lifting = steps.add_parser("lift-restriction", help="lift the restriction, with the notice given (R15)")
    lifting.add_argument("case_id", type=identifier, metavar="ID")
    lifting.add_argument("--notice", required=True, metavar="TEXT", help="how and when the person was told")
    lifting.add_argument("--by", required=True, metavar="USER")
    noting = steps.add_parser("note", help="add a note to the case's timeline")
    noting.add_argument("case_id", type=identifier, metavar="ID")
    noting.add_argument("--text", required=True, metavar="TEXT")
    noting.add_argument("--by", required=True, metavar="USER")
    telling = steps.add_parser(
        "tell", help="close a recipient task (R16): the recipient was told, or it is not possible"
    )
    telling.add_argument("task_id", type=identifier, metavar="TASK", help="task id from `case show`")
    telling.add_argument("--outcome", required=True, help="told or not_possible")
    telling.add_argument("--note", metavar="TEXT", help="how they were told; why not (required)")
    telling.add_argument("--by", required=True, metavar="USER")
    closing = steps.add_parser("close", help="close with the outcome (R5)")
    closing.add_argument("case_id", type=identifier, metavar="ID")
    closing.add_argument("--outcome", required=True, help="complied, partly_refused, refused, withdrawn")
    closing.add_argument("--reasons", metavar="TEXT", help="required for a (partial) refusal")
    closing.add_argument("--complaint-right-told", action="store_true", help="the person was told of the AP")
    closing.add_argument("--by", required=True, metavar="USER")


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

    _case_parser(commands.add_parser("case", help="request (DSAR) cases with their legal deadline (R1-R7)"))
    copy_command.add_parser(commands)
    for module in COMMAND_MODULES:
        module.add_parsers(commands)
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
        for module in COMMAND_MODULES:
            if args.command in module.COMMANDS:
                return int(module.run(args))
        from spaceoptics_desk.cli.commands import COMMANDS  # the commands not moved to a module yet

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
