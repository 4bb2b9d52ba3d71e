"""The newsletter list as it leaves the app, for the newsletter tool (R21): the owner's decision."""

from __future__ import annotations

from pathlib import Path

from spaceoptics_desk.domain.permissions import Action
from spaceoptics_desk.operations.changes import Outcome
from spaceoptics_desk.operations.context import Context, operation

NEWSLETTER = "newsletter"


@operation(Action.EXPORT_MAILING_LIST)
def export_mailing_list(context: Context, target: Path, purpose_key: str = NEWSLETTER) -> Outcome[int]:
    """Writes the CSV of everyone who may receive a mailing for this purpose today to `target` and returns
    how many addresses it holds. Logged (who, when, how many; no addresses). The file is written inside
    the transaction: when writing fails nothing is logged, and a failure never leaves half a list (nor a
    list over the database, issue 10 §1)."""
    from spaceoptics_desk.services import mailing_list
    from spaceoptics_desk.services.output_files import write_file

    with context.acting(Action.EXPORT_MAILING_LIST) as act:
        entries = mailing_list.export_mailing_list(act.session, act.actor, context.clock, purpose_key)
        csv = mailing_list.mailing_csv(entries).encode("utf-8")
        write_file(target, csv, database_file=context.database.file)
    return Outcome(len(entries))
