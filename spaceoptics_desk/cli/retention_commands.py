"""`scan`, `review apply|postpone`, `backup`, `restore`, `holidays`: the retention engine for the owner's
scheduler (issue 6) and the holiday table (R2). main.py only adds these parsers and dispatches
here; every handler calls the operations (spaceoptics_desk/operations/), as the app does."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from spaceoptics_desk.cli.argument_types import candidate_key, day, year

if TYPE_CHECKING:
    from datetime import date

    from spaceoptics_desk.domain.clock import Clock
    from spaceoptics_desk.operations.backups import Restored
    from spaceoptics_desk.operations.context import Context
    from spaceoptics_desk.operations.retention import ReviewApplied

COMMANDS = ("scan", "review", "backup", "restore", "holidays")


def add_parsers(commands: argparse._SubParsersAction[Any]) -> None:
    scanning = commands.add_parser("scan", help="what the retention schedule says may go (R23)")
    scanning.add_argument("--today", type=day, metavar="YYYY-MM-DD", help="default: today")
    scanning.add_argument("--json", action="store_true")
    review = commands.add_parser("review", help="apply or postpone retention candidates (R23-R26)")
    # The parsers of the steps are of the same class as `review`: one line on a usage error, not a dump.
    steps = review.add_subparsers(dest="step", metavar="STEP", required=True, parser_class=type(review))
    applying = steps.add_parser("apply", help="approve and carry out candidates, one customer at a time")
    which = applying.add_mutually_exclusive_group(required=True)
    which.add_argument("--all", action="store_true")
    which.add_argument("--ids", nargs="+", metavar="KEY", help="candidate keys from `scan --json`")
    which.add_argument(
        "--automatic",
        action="store_true",
        help="only the rules the owner set to run without review (for a daily scheduled task)",
    )
    applying.add_argument("--today", type=day, metavar="YYYY-MM-DD")
    applying.add_argument("--by", required=True, metavar="USER", help="the owner approving")
    postponing = steps.add_parser("postpone", help="keep a candidate out of the review until a date")
    postponing.add_argument("key", type=candidate_key, metavar="KEY")
    postponing.add_argument("--until", required=True, type=day, metavar="YYYY-MM-DD")
    postponing.add_argument("--reason", required=True, metavar="TEXT")
    postponing.add_argument("--today", type=day, metavar="YYYY-MM-DD")
    postponing.add_argument("--by", required=True, metavar="USER")
    commands.add_parser("backup", help="a backup in the data folder; older than 35 days are removed (R32)")
    restoring = commands.add_parser("restore", help="restore a backup, then re-erase who was erased (R32)")
    restoring.add_argument("file", type=Path, metavar="FILE")
    restoring.add_argument("--by", metavar="USER", help="default: the owner")
    restoring.add_argument(
        "--replace-damaged",
        action="store_true",
        help="the database is damaged: move it aside and restore in its place",
    )
    restoring.add_argument(
        "--without-journal",
        action="store_true",
        help="no erasure journal is at hand and nobody was erased since the backup",
    )
    holidays = commands.add_parser("holidays", help="the public holidays no due date falls on (R2)")
    holiday_steps = holidays.add_subparsers(dest="step", metavar="STEP", parser_class=type(holidays))
    holiday_list = holiday_steps.add_parser("list", help="the holidays of a year (the default step)")
    holiday_list.add_argument("--year", type=year, help="default: this year")
    holiday_add = holiday_steps.add_parser("add", help="add a day (owner only)")
    holiday_add.add_argument("day", type=day, metavar="YYYY-MM-DD")
    holiday_add.add_argument("name")
    holiday_add.add_argument("--by", required=True, metavar="USER")
    holiday_remove = holiday_steps.add_parser("remove", help="remove a day (owner only)")
    holiday_remove.add_argument("day", type=day, metavar="YYYY-MM-DD")
    holiday_remove.add_argument("--by", required=True, metavar="USER")


def _print_report(applied: ReviewApplied) -> int:
    from spaceoptics_desk.cli.case_commands import TRACES_WAIT_FOR_READER

    report = applied.report
    kind = "automatic, set by" if report.automatic else "approved by"
    print(f"Deletion run {report.run_id} on {report.today.isoformat()}, {kind} {report.approver}:")
    for count in report.counts:
        print(f"  {count.rule} ({count.action}): {count.applied} applied, {count.skipped} skipped")
    for reason, number in sorted(report.skipped_reasons.items()):
        print(f"  skipped because {reason}: {number}")
    if not applied.traces_gone:
        print(TRACES_WAIT_FOR_READER)
    return 0


def _scan(args: argparse.Namespace, context: Context, today: date) -> int:
    from spaceoptics_desk.operations import retention

    found = retention.scan(context, today).result
    if args.json:
        rows = [
            {
                "key": c.key,
                "rule": c.rule.value,
                "customer": c.reference,
                "due": c.due_on.isoformat(),
                "action": c.action.value,
                "records": c.record_count,
                "description": c.description,
            }
            for c in found
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=1))
    else:
        for c in found:
            print(f"{c.key}\t{c.reference}\t{c.due_on.isoformat()}\t{c.action.value}\t{c.record_count}")
        print(f"{len(found)} due on {today.isoformat()}")
    return 0


def _apply(args: argparse.Namespace, context: Context, today: date) -> int:
    from spaceoptics_desk.operations import retention

    _check_audit(context)
    if args.automatic:
        automatic = retention.apply_automatic(context, today).result
        if automatic is None:
            print(f"Nothing due on {today.isoformat()} under a rule set to automatic.")
            return 0
        return _print_report(automatic)
    found = retention.scan(context, today).result
    if not args.all:
        wanted = set(args.ids)
        found = [c for c in found if c.key in wanted]
        for missing in sorted(wanted - {c.key for c in found}):
            print(f"{missing}: not due (any more); left alone")
    return _print_report(retention.apply_review(context, found, today).result)


def _check_audit(context: Context) -> None:
    """Issue 12: the weekly review checks the audit log too, and says so when it was changed around the
    app (the review still runs: its own entries are written as always)."""
    from spaceoptics_desk.cli.audit_commands import describe
    from spaceoptics_desk.operations.audit import verify_audit

    first = verify_audit(context).result.first_broken
    if first is not None:
        print(
            f"De auditlog is aangepast buiten de app om: {describe(first)} (spaceoptics-desk audit verify)."
        )


def _postpone(args: argparse.Namespace, context: Context, today: date) -> int:
    from spaceoptics_desk.operations import retention

    retention.postpone(context, args.key, args.until, args.reason, today)
    print(f"{args.key} postponed until {args.until.isoformat()}.")
    return 0


def _backup(context: Context) -> int:
    from spaceoptics_desk.operations import backups

    made = backups.make_backup(context).result
    print(f"Backup {made.path}; {len(made.removed)} older than {made.max_age_days} days removed.")
    if made.journal_entries_removed:
        print(f"{made.journal_entries_removed} erasure journal entries older than any backup removed.")
    return 0


def _restore(args: argparse.Namespace, clock: Clock) -> int:
    from spaceoptics_desk.cli.command_context import TRACE_CLEANUP_WAIT_MS, database_target
    from spaceoptics_desk.operations import backups, opening
    from spaceoptics_desk.operations.context import Context

    target = database_target(args)
    staff = opening.restoring_staff(target, args.by)
    with opening.database_at(target) as live:
        context = Context(live, staff, clock, trace_wait_ms=TRACE_CLEANUP_WAIT_MS)
        restored = backups.restore_backup(
            context, args.file, replace_damaged=args.replace_damaged, without_journal=args.without_journal
        ).result
        assert live.file is not None  # restore_backup refuses a database that is not a file
        _print_restore(restored, live.file)
    return 0


def _holidays(args: argparse.Namespace, context: Context) -> int:
    from spaceoptics_desk.domain.clock import local_today
    from spaceoptics_desk.operations import holidays

    if args.step in (None, "list"):
        year = getattr(args, "year", None) or local_today(context.clock).year
        for holiday in holidays.holidays_in(context, year).result:
            print(f"{holiday.day.isoformat()}  {holiday.name}")
        return 0
    if args.step == "add":
        holidays.add_holiday(context, args.day, args.name)
        print(f"{args.day.isoformat()} added; due dates of open cases follow it.")
    else:
        holidays.remove_holiday(context, args.day)
        print(f"{args.day.isoformat()} removed; due dates of open cases follow it.")
    return 0


def run(args: argparse.Namespace) -> int:
    from spaceoptics_desk.cli.command_context import context_for
    from spaceoptics_desk.domain.clock import SystemClock, local_today

    clock = SystemClock()
    today = getattr(args, "today", None) or local_today(clock)
    if args.command == "restore":
        return _restore(args, clock)
    # R31: a command that erased waits a few seconds for another program's reader, as `erase` does,
    # before it leaves the clean-up pending.
    with context_for(args, clock) as context:
        if args.command == "scan":
            return _scan(args, context, today)
        if args.command == "review" and args.step == "apply":
            return _apply(args, context, today)
        if args.command == "review":
            return _postpone(args, context, today)
        if args.command == "backup":
            return _backup(context)
        return _holidays(args, context)


def _print_restore(done: Restored, database_file: Path) -> None:
    from spaceoptics_desk.cli.case_commands import TRACES_WAIT_FOR_READER

    restored = done.restore
    if restored.set_aside is not None:
        print(f"The damaged database was moved to {restored.set_aside}; delete it once you are sure.")
    if restored.orphaned_log_removed:
        print(f"A write-ahead log left without its database beside {database_file} was removed.")
    print(
        f"Restored {restored.restored_from} as {database_file}; {restored.erased_again} erased again from "
        f"{restored.journal_entries} journal entries."
    )
    if restored.kept_choices:
        kept = restored.kept_choices
        print(f"Kept from after the backup: {kept} objection(s), withdrawal(s) and suppression(s).")
    if restored.undone:
        changes = ", ".join(f"{action} {count}" for action, count in sorted(restored.undone.items()))
        print(f"Undone by the restore (recorded after the backup, now gone): {changes}.")
    if not done.traces_gone:
        print(TRACES_WAIT_FOR_READER)
