"""The retention schedule as settings (R23): the rules with their history, and the owner changing one.

A change publishes `rules`: what is due follows the new period at once (the review window, the badge).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from spaceoptics_desk.domain.permissions import Action
from spaceoptics_desk.operations.changes import Changes, Outcome
from spaceoptics_desk.operations.context import Context, operation

if TYPE_CHECKING:
    from spaceoptics_desk.domain.retention import RetentionAction, RetentionRule
    from spaceoptics_desk.services.retention_rules import RuleChangeView


@dataclass(frozen=True)
class Schedule:
    """Attributes:
    rules: the rules in policy order.
    history: every change made so far, newest first.
    actions: per rule (its category), the actions its trigger allows (the settings screen offers these).
    """

    rules: list[RetentionRule]
    history: list[RuleChangeView]
    actions: dict[str, list[RetentionAction]]


@operation(Action.SCAN_RETENTION)
def schedule(context: Context) -> Outcome[Schedule]:
    """The rules, their history and their possible actions (whoever may see what is due may see why)."""
    from spaceoptics_desk.services.retention_rules import actions_for, list_rules, rule_history

    with context.reading(Action.SCAN_RETENTION) as session:
        rules = list_rules(session)
        return Outcome(
            Schedule(rules, rule_history(session), {r.category.value: actions_for(r.trigger) for r in rules})
        )


@operation(Action.CHANGE_RULES)
def change_rule(
    context: Context,
    category: str,
    reason: str,
    *,
    period_months: int | None = None,
    action: str | None = None,
    automatic: bool | None = None,
) -> Outcome[RetentionRule]:
    """Changes one rule's period, action or automatic flag, with the reason; returns the rule as it is now."""
    from spaceoptics_desk.services import retention_rules

    with context.acting(Action.CHANGE_RULES) as act:
        rule = retention_rules.change_rule(
            act.session,
            act.actor,
            context.clock,
            category,
            reason,
            period_months=period_months,
            action=action,
            automatic=automatic,
        )
    return Outcome(rule, Changes(rules=True))
