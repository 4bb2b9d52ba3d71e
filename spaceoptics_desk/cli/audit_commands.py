"""`audit verify`: whether the audit log, the case timelines and the corrections were changed around the
app (issue 12). Exit 0 when intact, 1 naming the first break (never what the records say)."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

from spaceoptics_desk.cli.exit_codes import EXIT_OK, EXIT_REFUSED

if TYPE_CHECKING:
    from spaceoptics_desk.services.audit_verify import Break

COMMANDS = ("audit",)

# What a break is, in the words the owner reads (the app says the same through its translations).
_TABLES = {"audit_log": "regel", "case_events": "tijdlijnregel", "rectifications": "correctie"}
_PROBLEMS = {
    "edited": "{what} #{id} is gewijzigd",
    "deleted_or_inserted": "vóór {what} #{id} is een regel verwijderd of ingevoegd",
    "reordered": "{what} #{id} staat op een andere plaats (volgorde gewijzigd)",
    "seal_mismatch": "{what} #{id} is gewijzigd",
    "not_audited": "{what} #{id} staat niet in de auditlog (vervalst of ingevoegd)",
    "row_missing": "{what} #{id} is verwijderd",
    "anchor_mismatch": (
        "het controlegetal bij een back-up (regel #{id}) past niet meer: de auditlog is herschreven"
    ),
}


def add_parsers(commands: argparse._SubParsersAction[Any]) -> None:
    audit = commands.add_parser("audit", help="check the audit log for changes made around the app")
    steps = audit.add_subparsers(dest="step", metavar="STEP", required=True, parser_class=type(audit))
    verify = steps.add_parser("verify", help="exit 0 when the audit log is intact, 1 naming the first break")
    verify.add_argument("--json", action="store_true")
    verify.add_argument("--by", metavar="USER", help="default: the owner")


def describe(found: Break) -> str:
    what = _TABLES.get(found.table, found.table)
    return _PROBLEMS[found.problem.value].format(what=what, id=found.row_id)


def run(args: argparse.Namespace) -> int:
    from spaceoptics_desk.cli.command_context import context_for
    from spaceoptics_desk.operations.audit import verify_audit

    with context_for(args) as context:
        check = verify_audit(context).result
    first = check.first_broken
    if args.json:
        broken = None
        if first is not None:
            broken = {"table": first.table, "id": first.row_id, "problem": first.problem.value}
        print(json.dumps({"intact": check.intact, "entries": check.entries, "first_broken": broken}))
    elif first is None:
        print(f"De auditlog is intact ({check.entries} regels).")
    else:
        print(f"De auditlog is aangepast buiten de app om: {describe(first)} ({check.entries} regels).")
    return EXIT_OK if check.intact else EXIT_REFUSED
