"""The column mapping as the import screen makes it: plain column labels and target codes (issue 13).

The screen may not build a `ColumnMapping` itself (screens import no services, DESIGN.md), so it hands
over what the owner picked, label -> target code, and this door builds, checks and saves the mapping.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from spaceoptics_desk.domain.permissions import Action
from spaceoptics_desk.operations.changes import Outcome
from spaceoptics_desk.operations.context import Context, operation
from spaceoptics_desk.operations.import_mappings import MAPPINGS_CHANGED


@operation(Action.IMPORT)
def mapping_targets(context: Context) -> Outcome[tuple[str, ...]]:
    """Every target a column can be mapped to, "ignore" first (the screen's choices, in this order)."""
    from spaceoptics_desk.services.imports.readers import Target

    del context  # nothing is read: the door only checks who asks
    return Outcome((Target.IGNORE.value, *(target.value for target in Target if target is not Target.IGNORE)))


@operation(Action.IMPORT)
def save_column_mapping(
    context: Context, name: str, targets: Mapping[str, str], labels: Sequence[str]
) -> Outcome[str]:
    """Checks the mapping against the file's `labels` and saves it under `name` (replacing one of that
    name); returns the name as saved. Raises MappingRefused (an InvalidInput) saying what to change."""
    from spaceoptics_desk.services.imports import mappings
    from spaceoptics_desk.services.imports.readers import ColumnMapping, Target

    mapping = ColumnMapping(name.strip(), {label: Target(code) for label, code in targets.items()})
    mapping.check(labels)
    with context.acting(Action.IMPORT) as act:
        mappings.save_mapping(act.session, act.actor, context.clock, mapping)
    return Outcome(mapping.name, MAPPINGS_CHANGED)
