"""The retention schedule as settings (R23): list the rules, and let the owner change one, logged with why.

The periods are the owner's to set; every change keeps the old and the new value, who and why, in the
rule history and the audit log. "Automatic" is off by default: then nothing is deleted without the
weekly review or an erasure case (issue 6).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from spaceoptics_desk.domain.clock import Clock
from spaceoptics_desk.domain.retention import (
    LEGAL_MINIMUM_MONTHS,
    RetentionAction,
    RetentionCategory,
    RetentionRule,
    Trigger,
    period_allowed,
)
from spaceoptics_desk.errors import QT_TRANSLATE_NOOP
from spaceoptics_desk.services import audit
from spaceoptics_desk.services.errors import InvalidInput, NotFound
from spaceoptics_desk.services.typed_input import checked_text
from spaceoptics_desk.store.models import RetentionRuleChange, RetentionRuleRow, StaffUser

MAX_PERIOD_MONTHS = 1200  # a hundred years: anything longer is a typing error, not a policy
# Which actions fit which trigger ("erase" and "delete" both remove the rows).
_ACTIONS: dict[Trigger, frozenset[RetentionAction]] = {
    Trigger.LAST_ORDER: frozenset({RetentionAction.ERASE}),
    Trigger.DOCUMENT_YEAR_END: frozenset({RetentionAction.ANONYMISE}),
    Trigger.LAST_LOGIN: frozenset({RetentionAction.DELETE_ACCOUNT}),
    Trigger.EVENT: frozenset({RetentionAction.DELETE, RetentionAction.ERASE}),
    Trigger.CONTACT: frozenset({RetentionAction.ERASE, RetentionAction.DELETE}),
    Trigger.CASE_CLOSED: frozenset({RetentionAction.ERASE, RetentionAction.DELETE}),
    Trigger.HOLD_REVIEW: frozenset({RetentionAction.REVIEW}),
}


def actions_for(trigger: Trigger) -> list[RetentionAction]:
    """The actions a rule with this trigger may have (the settings screen offers only these)."""
    return sorted(_ACTIONS[trigger], key=list(RetentionAction).index)


@dataclass(frozen=True)
class RuleChangeView:
    category: str
    setting: str
    old_value: str
    new_value: str
    reason: str
    changed_at: datetime
    changed_by: str


def _rule(row: RetentionRuleRow) -> RetentionRule:
    return RetentionRule(
        RetentionCategory(row.category),
        Trigger(row.trigger),
        row.period_months,
        RetentionAction(row.action),
        row.legal_basis,
        row.automatic,
    )


def list_rules(session: Session) -> list[RetentionRule]:
    """The schedule in policy order, as the settings screen and the scan use it."""
    rows = session.scalars(select(RetentionRuleRow).order_by(RetentionRuleRow.sort_order))
    return [_rule(row) for row in rows]


def rule_history(session: Session) -> list[RuleChangeView]:
    rows = session.execute(
        select(RetentionRuleChange, StaffUser.display_name)
        .join(StaffUser, StaffUser.id == RetentionRuleChange.staff_user_id)
        .order_by(RetentionRuleChange.changed_at.desc(), RetentionRuleChange.id.desc())
    )
    return [
        RuleChangeView(c.category, c.setting, c.old_value, c.new_value, c.reason, c.changed_at, name)
        for c, name in rows
    ]


def change_rule(
    session: Session,
    actor: StaffUser,
    clock: Clock,
    category: str,
    reason: str,
    *,
    period_months: int | None = None,
    action: str | None = None,
    automatic: bool | None = None,
) -> RetentionRule:
    """Changes one rule's period, action or automatic flag; returns the rule as it now is (the owner's
    to set: operations/rules.py enforces it).

    Refused: a period of 0 or less (except fraud's review rule, which has no period by design: its data
    is kept until the hold's review date), an action that does not fit the rule, automatic on the
    review rule, and a change without a reason.
    """
    why = checked_text("reason", reason, multiline=True).strip()
    if not why:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Say why the retention rule is changed."))
    row = session.get(RetentionRuleRow, category, with_for_update=True)
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "There is no retention rule '{rule}'."), rule=category)
    trigger = Trigger(row.trigger)
    changes: list[tuple[str, str, str]] = []
    if period_months is not None and period_months != row.period_months:
        if not period_allowed(trigger, period_months):
            if trigger is Trigger.HOLD_REVIEW:
                raise InvalidInput(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "The fraud rule has no period: its data is kept until the legal hold's review "
                        "date. Set the review date on the hold instead.",
                    )
                )
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "A retention period must be at least 1 month; {months} would delete records as soon "
                    "as they are made. Give the number of months the data is kept.",
                ),
                months=period_months,
            )
        minimum = LEGAL_MINIMUM_MONTHS.get(RetentionCategory(category), 0)
        if period_months < minimum:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Tax law keeps orders, invoices and payments at least {months} months from the end of "
                    "their year (AWR 52); a shorter period is not allowed.",
                ),
                months=minimum,
            )
        if period_months > MAX_PERIOD_MONTHS:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "A retention period is at most {months} months."),
                months=MAX_PERIOD_MONTHS,
            )
        changes.append(("period_months", str(row.period_months), str(period_months)))
        row.period_months = period_months
    if action is not None and action != row.action:
        valid = sorted(a.value for a in _ACTIONS[trigger])
        if action not in valid:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "Rule '{rule}' can only {valid}."),
                rule=category,
                valid=", ".join(valid),
            )
        changes.append(("action", row.action, action))
        row.action = action
    if automatic is not None and automatic != row.automatic:
        if automatic and RetentionAction(row.action) is RetentionAction.REVIEW:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "A rule that asks for a review cannot run automatically.")
            )
        changes.append(("automatic", str(row.automatic).lower(), str(automatic).lower()))
        row.automatic = automatic
    now = clock.now()
    for setting, old, new in changes:
        session.add(
            RetentionRuleChange(
                category=category,
                setting=setting,
                old_value=old,
                new_value=new,
                reason=why,
                changed_at=now,
                staff_user_id=actor.id,
            )
        )
        audit.record(
            session,
            actor,
            clock,
            "retention_rule_changed",
            "retention_rule",
            None,
            {"rule": category, "setting": setting, "old": old, "new": new},
        )
    session.flush()
    return _rule(row)
