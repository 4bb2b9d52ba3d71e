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
from spaceoptics_desk.cli import (
    audit_commands,
    case_commands,
    copy_command,
    customer_commands,
    database_commands,
    import_commands,
    retention_commands,
    staff_commands,
)
from spaceoptics_desk.cli.exit_codes import (
    EXIT_BUG,
    EXIT_DATABASE,
    EXIT_REFUSED,
    EXIT_SIGN_IN,
    EXIT_USAGE,
)
from spaceoptics_desk.errors import DatabaseUnavailable, KnownError, SignInRefused
from spaceoptics_desk.logfile import configure_logging, enable_fault_log
from spaceoptics_desk.workstation import LANGUAGES, locations

log = logging.getLogger(__name__)


# The command modules. Each keeps its parsers and handlers together: `add_parsers(subcommands)` adds
# its parsers, `COMMANDS` names its commands and `run(args)` runs one. They import no service or store
# (the parser is built at every start, the GUI's too); their operations load what they need when run.
COMMAND_MODULES: tuple[ModuleType, ...] = (
    audit_commands,
    customer_commands,
    case_commands,
    copy_command,
    retention_commands,
    database_commands,
    staff_commands,
    import_commands,
)


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
        from spaceoptics_desk.cli.command_context import chosen_database

        return run_gui(chosen_database(args.db), args.lang, smoke_test=args.smoke_test)
    try:
        module = next(m for m in COMMAND_MODULES if args.command in m.COMMANDS)
        return int(module.run(args))
    except SignInRefused as error:
        # One line: what was wrong (never what was typed), and how long to wait when too many were.
        print(f"{APP_ID}: {error.text()}", file=sys.stderr)
        return EXIT_SIGN_IN
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
