"""`spaceoptics-desk export-copy`: a customer's access copy (R9-R12) and, on request, JSON/CSV (R17).

Its parser and its handler, together (a module of main.py's COMMAND_MODULES). The copy is
made by the same operation as in the app (operations/copies.py), which refuses staff (R11).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from spaceoptics_desk.cli.argument_types import identifier
from spaceoptics_desk.cli.passwords import add_sign_in_arguments
from spaceoptics_desk.workstation import LANGUAGES

COMMAND = "export-copy"
COMMANDS = (COMMAND,)


def add_parsers(commands: argparse._SubParsersAction[Any]) -> None:
    parser = commands.add_parser(
        COMMAND, help="write a customer's access copy (PDF; JSON and CSV on request) into a folder (R9-R12)"
    )
    parser.add_argument("ref", help="customer number or e-mail")
    parser.add_argument("--out", required=True, metavar="DIR", help="an existing folder")
    # `--lang` of the copy, not of the app (the top-level --lang): its own destination.
    parser.add_argument("--lang", dest="copy_language", choices=LANGUAGES, help="default: the customer's")
    parser.add_argument("--json", action="store_true", help="also the data as JSON (R17)")
    parser.add_argument("--csv", action="store_true", help="also the data as CSV (R17)")
    parser.add_argument(
        "--encrypt", action="store_true", help="AES-256 encrypted PDF; prints the password once (R11)"
    )
    parser.add_argument(
        "--case", type=identifier, metavar="ID", help="the access case; the copy is noted on it"
    )
    parser.add_argument(
        "--omit-holds",
        action="store_true",
        help="leave out fraud/dispute holds where telling would harm the investigation (R10)",
    )
    add_sign_in_arguments(
        parser, by_help="the staff member making the copy (default: whoever the password belongs to)"
    )


def run(args: argparse.Namespace) -> int:
    # Loaded here, not at the top: the parser is built on every start, also the GUI's.
    from spaceoptics_desk.cli.command_context import context_for
    from spaceoptics_desk.operations import copies

    with context_for(args) as context:
        files = copies.make_copy(
            context,
            Path(args.out),
            customer_ref=args.ref,
            case_id=args.case,
            language=args.copy_language,
            json=args.json,
            csv=args.csv,
            encrypt=args.encrypt,
            disclose_holds=not args.omit_holds,
        ).result.files
    for path in files.paths:
        print(path)
    if files.embedded:
        # R11: with encryption the machine-readable files travel inside the PDF, never beside it.
        print(f"Inside the encrypted PDF: {', '.join(files.embedded)}")
    if files.password:
        # R11: shown once, here; it is stored nowhere. The owner passes it on by phone or SMS.
        print(f"Password (tell the customer by phone or SMS; it is not stored): {files.password}")
    if args.case is not None:
        print(f"Noted on case {args.case}.")
    return 0
