"""The doors of an erasure request (R14): what erasing the case's customer would do, and doing it.

The erasure's follow-up, removing the erased data's traces from the database files (R31), is run by
`Context.acting` right after the commit: no caller has to remember it, and `Erased.traces_gone` says
whether another program's reader held it up.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from spaceoptics_desk.domain.permissions import Action
from spaceoptics_desk.operations.cases import CustomerChoice, _customer_id
from spaceoptics_desk.operations.changes import Changes, Outcome
from spaceoptics_desk.operations.context import Context, operation

if TYPE_CHECKING:
    from spaceoptics_desk.services.cases import CaseDetail
    from spaceoptics_desk.services.erasure import ErasureResult
    from spaceoptics_desk.services.erasure_preview import ErasurePreview


@dataclass(frozen=True)
class Erased:
    """Attributes:
    erasure: the reference, what was deleted, what another law keeps, where the reply goes.
    plan: what the confirmation lists (what goes, what is emptied, who is told), read in the erasure's
        own transaction, just before it.
    case: the case after the erasure (its timeline notes what was kept).
    traces_gone: False when the erased data stays readable in the files until another program's reader
        has gone (R31: the clean-up is pending and finished then).
    """

    erasure: ErasureResult
    plan: ErasurePreview
    case: CaseDetail
    traces_gone: bool


@operation(Action.HANDLE_CASE)
def erasure_preview(context: Context, case_id: int) -> Outcome[ErasurePreview]:
    """What erasing the case's customer would do, shown before anyone confirms it; nothing changes.
    Everyone handling the case may see it, also those who may not erase."""
    from spaceoptics_desk.services.erasure_preview import erasure_preview as preview

    with context.reading(Action.HANDLE_CASE) as session:
        return Outcome(preview(session, context.clock, case_id))


@operation(Action.ERASE)
def erase_customer(context: Context, case_id: int, customer: CustomerChoice) -> Outcome[Erased]:
    """R14: carries out the erasure request of case `case_id` for `customer` (refused when the case is
    about someone else, closed, does not ask for erasure, has no identity check (R7), or the customer is
    under a legal hold (R25)); then removes its traces from the files (R31)."""
    from spaceoptics_desk.services import erasure
    from spaceoptics_desk.services.cases import case_detail
    from spaceoptics_desk.services.erasure_preview import erasure_preview as preview

    with context.acting(Action.ERASE) as act:
        customer_id = _customer_id(act.session, customer)
        assert customer_id is not None, "an erasure names its customer"
        plan = preview(act.session, context.clock, case_id)
        result = erasure.erase_customer(act.session, act.actor, context.clock, customer_id, case_id)
        case = case_detail(act.session, context.clock, case_id)
    erased = Erased(result, plan, case, act.traces_gone)
    return Outcome(erased, Changes(erased=frozenset({customer_id}), cases=frozenset({case_id})))
