"""`scan`, `review apply|postpone`, `backup`, `restore`: the retention engine for the owner's
scheduler (issue 6). main.py only adds these parsers and dispatches here."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from spaceoptics_desk.cli.argument_types import candidate_key, day

if TYPE_CHECKING:
    from spaceoptics_desk.services.restore import RestoreResult
    from spaceoptics_desk.services.retention_review import DeletionReport

COMMANDS = ("scan", "review", "backup", "restore")


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


def _print_report(report: DeletionReport) -> int:
    kind = "automatic, set by" if report.automatic else "approved by"
    print(f"Deletion run {report.run_id} on {report.today.isoformat()}, {kind} {report.approver}:")
    for count in report.counts:
        print(f"  {count.rule} ({count.action}): {count.applied} applied, {count.skipped} skipped")
    for reason, number in sorted(report.skipped_reasons.items()):
        print(f"  skipped because {reason}: {number}")
    return 0


def run(args: argparse.Namespace) -> int:
    from spaceoptics_desk.cli.commands import _opened
    from spaceoptics_desk.domain.clock import SystemClock, local_today
    from spaceoptics_desk.services import backups, restore, retention_review, staff
    from spaceoptics_desk.services.retention_scan import scan
    from spaceoptics_desk.store import sqlite
    from spaceoptics_desk.workstation import locations

    clock = SystemClock()
    today = getattr(args, "today", None) or local_today(clock)
    if args.command == "scan":
        with _opened(args) as database, database.reading() as session:
            found = scan(session, today)
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
    if args.command == "review" and args.step == "apply":
        with _opened(args) as database:
            if args.automatic:
                automatic = retention_review.apply_automatic(database, args.by, clock, today)
                if automatic is None:
                    print(f"Nothing due on {today.isoformat()} under a rule set to automatic.")
                    return 0
                return _print_report(automatic)
            with database.reading() as session:
                found = scan(session, today)
            if not args.all:
                wanted = set(args.ids)
                found = [c for c in found if c.key in wanted]
                for missing in sorted(wanted - {c.key for c in found}):
                    print(f"{missing}: not due (any more); left alone")
            report = retention_review.apply_review(database, args.by, clock, today, found)
        return _print_report(report)
    if args.command == "review" and args.step == "postpone":
        with _opened(args) as database, database.transaction() as session:
            actor = staff.acting_user(session, args.by)
            retention_review.postpone(session, actor, clock, args.key, args.until, args.reason, today)
        print(f"{args.key} postponed until {args.until.isoformat()}.")
        return 0
    if args.command == "backup":
        # Opened first: a missing, foreign, damaged or newer database is refused as by every command.
        with _opened(args) as database:
            assert database.file is not None  # open_database refuses anything but an SQLite file
            made = backups.make_backup(database.file, clock)
            # After the rotation no backup is older than the maximum: older journal entries are not needed.
            with database.transaction() as session:
                pruned = backups.prune_journal(session, clock, backups.backups_dir(database.file))
        print(f"Backup {made.path}; {len(made.removed)} older than {backups.MAX_AGE_DAYS} days removed.")
        if pruned:
            print(f"{pruned} erasure journal entries older than any backup removed.")
        return 0
    database_file = sqlite.file_of(sqlite.url_for(args.db or str(locations().default_database)))
    assert database_file is not None
    restored = restore.restore(
        database_file,
        args.file,
        args.by,
        clock,
        replace_damaged=args.replace_damaged,
        without_journal=args.without_journal,
    )
    _print_restore(restored, database_file)
    return 0


def _print_restore(restored: RestoreResult, database_file: Path) -> None:
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
