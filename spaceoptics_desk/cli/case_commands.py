"""`case STEP ...` (issue 4: requests with their legal deadline, R1-R8, R15, R16) and `erase` (R14): the
parsers and what each command does, through the same operations as the app (operations/cases.py,
operations/erasure.py)."""

from __future__ import annotations

import argparse
import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from spaceoptics_desk.cli.argument_types import count, day, identifier, local_moment
from spaceoptics_desk.cli.passwords import add_sign_in_arguments

if TYPE_CHECKING:
    from spaceoptics_desk.operations.cases import StepTaken
    from spaceoptics_desk.operations.changes import Outcome
    from spaceoptics_desk.operations.context import Context

COMMANDS = ("case", "erase")
# A caller not found as a customer yet (`case open unknown`): the request is linked later.
UNKNOWN_CALLER = "unknown"
TRACES_WAIT_FOR_READER = (
    "The erased data is still readable in the database file while another program reads it; "
    "it is removed when that program closes its connection."
)


def add_parsers(commands: argparse._SubParsersAction[Any]) -> None:
    case = commands.add_parser("case", help="request (DSAR) cases with their legal deadline (R1-R7)")
    _add_case_steps(case)
    erasing = commands.add_parser("erase", help="erase a customer for an erasure case (R14)")
    erasing.add_argument("ref", help="customer number or e-mail")
    erasing.add_argument("--case", required=True, type=identifier, metavar="ID")
    add_sign_in_arguments(erasing)


def _add_case_steps(case: argparse.ArgumentParser) -> None:
    # The parsers of the steps are of the same class as `case`: one line on a usage error, not a dump.
    steps = case.add_subparsers(dest="step", metavar="STEP", required=True, parser_class=type(case))
    opening = steps.add_parser("open", help="log a request; prints the new case id")
    opening.add_argument("ref", help="customer number or e-mail; 'unknown' for a caller not found yet")
    opening.add_argument("--rights", required=True, help="comma-separated: access,erasure,...")
    opening.add_argument("--channel", required=True, help="phone, email, letter, in_person")
    opening.add_argument("--received", type=local_moment, metavar="YYYY-MM-DDTHH:MM", help="default: now")
    opening.add_argument("--summary", metavar="TEXT")
    opening.add_argument("--contact", metavar="TEXT", help="contact details the person gave")
    add_sign_in_arguments(opening)
    listing = steps.add_parser("list", help="cases, most urgent first")
    which = listing.add_mutually_exclusive_group()
    which.add_argument("--open", action="store_true")
    which.add_argument("--overdue", action="store_true")
    which.add_argument("--due-within", type=count, metavar="DAYS")
    listing.add_argument("--right", help="only cases invoking this right (access, erasure, ...)")
    listing.add_argument("--staff", metavar="USER", help="only cases taken by this staff member")
    listing.add_argument("--json", action="store_true")
    add_sign_in_arguments(listing)
    showing = steps.add_parser("show", help="one case with its timeline")
    showing.add_argument("case_id", type=identifier, metavar="ID")
    showing.add_argument("--json", action="store_true")
    add_sign_in_arguments(showing)
    verifying = _step_parser(steps, "verify", "record how identity was checked (R7)")
    verifying.add_argument(
        "--method", required=True, help="email-on-file, order-and-postcode, call-back, other"
    )
    verifying.add_argument("--note", metavar="TEXT")
    extending = _step_parser(steps, "extend", "extend by up to two months (R3)")
    extending.add_argument("--reason", required=True, metavar="TEXT")
    extending.add_argument("--told", required=True, type=day, metavar="YYYY-MM-DD")
    pausing = _step_parser(steps, "pause", "more information was asked of the person (R4)")
    pausing.add_argument("--asked", required=True, type=day, metavar="YYYY-MM-DD")
    pausing.add_argument("--note", metavar="TEXT")
    resuming = _step_parser(steps, "resume", "the person answered; the case runs again (R4)")
    resuming.add_argument("--answered", required=True, type=day, metavar="YYYY-MM-DD")
    resuming.add_argument("--note", metavar="TEXT")
    _step_parser(steps, "restrict", "restrict processing of the case's customer (R15)")
    lifting = _step_parser(steps, "lift-restriction", "lift the restriction, with the notice given (R15)")
    lifting.add_argument("--notice", required=True, metavar="TEXT", help="how and when the person was told")
    noting = _step_parser(steps, "note", "add a note to the case's timeline")
    noting.add_argument("--text", required=True, metavar="TEXT")
    telling = steps.add_parser(
        "tell", help="close a recipient task (R16): the recipient was told, or it is not possible"
    )
    telling.add_argument("task_id", type=identifier, metavar="TASK", help="task id from `case show`")
    telling.add_argument("--outcome", required=True, help="told or not_possible")
    telling.add_argument("--note", metavar="TEXT", help="how they were told; why not (required)")
    add_sign_in_arguments(telling)
    closing = _step_parser(steps, "close", "close with the outcome (R5)")
    closing.add_argument("--outcome", required=True, help="complied, partly_refused, refused, withdrawn")
    closing.add_argument("--reasons", metavar="TEXT", help="required for a (partial) refusal")
    closing.add_argument("--complaint-right-told", action="store_true", help="the person was told of the AP")


def _step_parser(
    steps: argparse._SubParsersAction[Any], name: str, help_text: str
) -> argparse.ArgumentParser:
    """A step of one case, taken by a staff member: `case NAME ID ... --by USER`."""
    step: argparse.ArgumentParser = steps.add_parser(name, help=help_text)
    step.add_argument("case_id", type=identifier, metavar="ID")
    add_sign_in_arguments(step)
    return step


def run(args: argparse.Namespace) -> int:
    from spaceoptics_desk.cli.command_context import context_for

    with context_for(args) as context:
        if args.command == "erase":
            return _erase(args, context)
        if args.step == "list":
            return _list(args, context)
        if args.step == "show":
            return _show(args, context)
        if args.step == "open":
            return _open(args, context)
        return _take_step(args, context)


def _list(args: argparse.Namespace, context: Context) -> int:
    from spaceoptics_desk.cli import json_output, text_output
    from spaceoptics_desk.operations import cases

    found = cases.list_cases(
        context,
        open_only=args.open,
        overdue=args.overdue,
        due_within=args.due_within,
        right=args.right,
        staff_username=args.staff,
    ).result
    if args.json:
        print(json_output.dumps([json_output.case_summary_json(c) for c in found]))
    else:
        print(text_output.cases_text(found))
    return 0


def _show(args: argparse.Namespace, context: Context) -> int:
    from spaceoptics_desk.cli import json_output, text_output
    from spaceoptics_desk.operations import cases

    detail = cases.show_case(context, args.case_id).result
    print(json_output.dumps(json_output.case_json(detail)) if args.json else text_output.case_text(detail))
    return 0


def _open(args: argparse.Namespace, context: Context) -> int:
    from spaceoptics_desk.operations import cases

    opened = cases.open_case(
        context,
        customer=None if args.ref == UNKNOWN_CALLER else args.ref,
        channel=args.channel,
        received_at=args.received,
        rights=[r.strip() for r in args.rights.split(",") if r.strip()],
        summary=args.summary,
        contact_details=args.contact,
    ).result
    print(opened.case_id)
    return 0


def _take_step(args: argparse.Namespace, context: Context) -> int:
    """A step of a case: what it says when done. R31: one that forgot personal data (a closed task's
    reference, a closed case's free text) says so when another program's reader holds its traces."""
    from spaceoptics_desk.operations import cases

    step: Callable[[Context], Outcome[StepTaken]]
    case_id: int = getattr(args, "case_id", 0)  # every step but `tell`, which names a task
    if args.step == "tell":
        step = functools.partial(
            cases.close_recipient_task, task_id=args.task_id, outcome=args.outcome, note=args.note
        )
        done = f"Recipient task {args.task_id}: {args.outcome.replace('_', ' ')}."
    elif args.step == "verify":
        step = functools.partial(cases.verify_identity, case_id=case_id, method=args.method, note=args.note)
        done = f"Case {case_id}: identity checked ({args.method})."
    elif args.step == "pause":
        step = functools.partial(cases.pause, case_id=case_id, asked_on=args.asked, note=args.note)
        done = f"Case {case_id}: waiting for the person since {args.asked.isoformat()}."
    elif args.step == "resume":
        step = functools.partial(cases.resume, case_id=case_id, answered_on=args.answered, note=args.note)
        done = f"Case {case_id}: answer received on {args.answered.isoformat()}."
    elif args.step == "restrict":
        step = functools.partial(cases.restrict, case_id=case_id)
        done = f"Case {case_id}: processing of the customer is restricted."
    elif args.step == "lift-restriction":
        step = functools.partial(cases.lift_restriction, case_id=case_id, notice=args.notice)
        done = f"Case {case_id}: restriction lifted."
    elif args.step == "note":
        step = functools.partial(cases.add_note, case_id=case_id, note=args.text)
        done = f"Case {case_id}: note added."
    elif args.step == "extend":
        step = functools.partial(cases.extend, case_id=case_id, reason=args.reason, told_on=args.told)
        done = f"Case {case_id}: extended; now due"  # ... the new due date, once it is known
    else:
        step = functools.partial(
            cases.close,
            case_id=case_id,
            outcome=args.outcome,
            reasons=args.reasons,
            complaint_right_told=args.complaint_right_told,
        )
        done = f"Case {case_id}: closed ({args.outcome})."
    taken = step(context).result
    print(f"{done} {taken.case.summary.due.isoformat()}." if args.step == "extend" else done)
    if not taken.traces_gone:
        print(TRACES_WAIT_FOR_READER)
    return 0


def _erase(args: argparse.Namespace, context: Context) -> int:
    from spaceoptics_desk.operations import erasure

    erased = erasure.erase_customer(context, args.case, args.ref).result
    plan, result = erased.plan, erased.erasure
    print(f"Erased {plan.customer} ({result.reference}); noted on case {args.case}.")
    print("  gone: " + ", ".join(dict.fromkeys(g.label for g in plan.erased)))
    for group in plan.anonymised:
        print(f"  emptied: {group}")
    for kept in result.kept:
        until = kept.until.isoformat() if kept.until else "its own retention"
        print(f"  kept: {kept.what} ({kept.count}) until {until} ({kept.why})")
    if plan.keeps_reply_contact:
        print("  kept until the case is closed: the contact details given for the reply")
    if plan.told:
        # R16: see `case show`; each task forgets it when it is closed.
        print(f"  kept until told: what {', '.join(plan.told)} know the person by")
    if not erased.traces_gone:
        print(TRACES_WAIT_FOR_READER)
    return 0
