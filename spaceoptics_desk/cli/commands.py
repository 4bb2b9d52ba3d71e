"""The commands not yet moved to a command module of their own (main.py COMMAND_MODULES): each opens
the database, calls services and prints the result.

Separate from main.py so that starting the app (no command) does not load SQLAlchemy before the window.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, cast

from sqlalchemy.orm import Session

from spaceoptics_desk.cli import copy_command, json_output, text_output
from spaceoptics_desk.cli.command_context import TRACE_CLEANUP_WAIT_MS, database_target
from spaceoptics_desk.domain.clock import Clock, SystemClock
from spaceoptics_desk.operations.opening import command_context
from spaceoptics_desk.services import cases, customer_view, recipient_tasks, staff, trace_cleanup

if TYPE_CHECKING:
    from spaceoptics_desk.store.database import Database

TRACES_WAIT_FOR_READER = (
    "The erased data is still readable in the database file while another program reads it; "
    "it is removed when that program closes its connection."
)


@contextmanager
def _opened(args: argparse.Namespace, *, create: bool = False) -> Iterator[Database]:
    """The database of `--db` (or the default one) for one command, closed afterwards, for the commands
    that call services themselves (command_context.context_for gives the others their Context).

    A clean-up of erased data's traces left pending (R31) is finished first (operations/opening.py)."""
    with command_context(database_target(args), None, SystemClock(), create=create) as context:
        yield cast("Database", context.database)


def finish_trace_cleanup(database: Database) -> None:
    """After a command erased or emptied personal data: its traces leave the files now, or the user is
    told that another program's reader holds them (exit 0: the erasure itself is done)."""
    if not trace_cleanup.finish_pending(database, wait_ms=TRACE_CLEANUP_WAIT_MS):
        print(TRACES_WAIT_FOR_READER)


def case(args: argparse.Namespace) -> int:
    with _opened(args) as database:
        clock = SystemClock()
        if args.step in ("list", "show"):
            with database.reading() as session:
                return _show_cases(args, session, clock)
        with database.transaction() as session:
            actor = staff.acting_user(session, args.by)
            if args.step == "open":
                customer_id = (
                    None if args.ref == "unknown" else customer_view.resolve_customer(session, args.ref)
                )
                case_id = cases.open_case(
                    session,
                    actor,
                    clock,
                    customer_id=customer_id,
                    channel=args.channel,
                    received_at=args.received or clock.now(),
                    rights=[r.strip() for r in args.rights.split(",") if r.strip()],
                    summary=args.summary,
                    contact_details=args.contact,
                )
                print(case_id)
            elif args.step == "verify":
                cases.verify_identity(session, actor, clock, args.case_id, args.method, args.note)
                print(f"Case {args.case_id}: identity checked ({args.method}).")
            elif args.step == "pause":
                cases.pause(session, actor, clock, args.case_id, args.asked, args.note)
                print(f"Case {args.case_id}: waiting for the person since {args.asked.isoformat()}.")
            elif args.step == "resume":
                cases.resume(session, actor, clock, args.case_id, args.answered, args.note)
                print(f"Case {args.case_id}: answer received on {args.answered.isoformat()}.")
            elif args.step == "restrict":
                cases.restrict(session, actor, clock, args.case_id)
                print(f"Case {args.case_id}: processing of the customer is restricted.")
            elif args.step == "lift-restriction":
                cases.lift_restriction(session, actor, clock, args.case_id, args.notice)
                print(f"Case {args.case_id}: restriction lifted.")
            elif args.step == "note":
                cases.add_note(session, actor, clock, args.case_id, args.text)
                print(f"Case {args.case_id}: note added.")
            elif args.step == "tell":
                recipient_tasks.close_task(session, actor, clock, args.task_id, args.outcome, args.note)
                print(f"Recipient task {args.task_id}: {args.outcome.replace('_', ' ')}.")
            elif args.step == "extend":
                due = cases.extend(session, actor, clock, args.case_id, args.reason, args.told)
                print(f"Case {args.case_id}: extended; now due {due.isoformat()}.")
            else:
                cases.close(
                    session,
                    actor,
                    clock,
                    args.case_id,
                    args.outcome,
                    reasons=args.reasons,
                    complaint_right_told=args.complaint_right_told,
                )
                print(f"Case {args.case_id}: closed ({args.outcome}).")
        if args.step in ("tell", "close"):
            finish_trace_cleanup(database)  # a reference or a case's free text may just have been emptied
    return 0


def _show_cases(args: argparse.Namespace, session: Session, clock: Clock) -> int:
    if args.step == "show":
        detail = cases.case_detail(session, clock, args.case_id)
        print(
            json_output.dumps(json_output.case_json(detail)) if args.json else text_output.case_text(detail)
        )
        return 0
    found = cases.list_cases(
        session,
        clock,
        open_only=args.open,
        overdue=args.overdue,
        due_within=args.due_within,
        right=args.right,
        staff_username=args.staff,
    )
    if args.json:
        print(json_output.dumps([json_output.case_summary_json(c) for c in found]))
    else:
        print(text_output.cases_text(found))
    return 0


COMMANDS = {
    "case": case,
    copy_command.COMMAND: copy_command.export_copy,
}
