"""Looking at a file before importing it, and the owner's saved column mappings (issue 13)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from spaceoptics_desk.domain.permissions import Action
from spaceoptics_desk.operations.changes import Changes, Outcome
from spaceoptics_desk.operations.context import Context, operation

if TYPE_CHECKING:
    from spaceoptics_desk.services.imports.readers import ColumnMapping, Preview

MAPPINGS_CHANGED = Changes(settings=True)


@dataclass(frozen=True)
class FileLook:
    """What the import screen shows of a chosen file before anything is read into the database.

    Attributes:
        format: the export's format as told from its header, None when it fits no known export.
        preview: its header and first rows (for the column mapping).
        fitting_mappings: the saved mappings whose columns are all in this file.
    """

    format: str | None
    preview: Preview
    fitting_mappings: tuple[str, ...]


@operation(Action.IMPORT)
def look_at_file(context: Context, path: Path) -> Outcome[FileLook]:
    from spaceoptics_desk.services.errors import InvalidInput
    from spaceoptics_desk.services.imports import mappings
    from spaceoptics_desk.services.imports.readers import preview
    from spaceoptics_desk.services.imports.readers.formats import detect_format

    seen = preview(path)
    found = detect_format(seen.labels)
    fitting = []
    with context.reading(Action.IMPORT) as session:
        for name in mappings.mapping_names(session):
            try:
                mappings.load_mapping(session, name).check(seen.labels)
            except InvalidInput:
                continue
            fitting.append(name)
    return Outcome(FileLook(None if found is None else found.value, seen, tuple(fitting)))


@operation(Action.IMPORT)
def saved_mapping(context: Context, name: str) -> Outcome[ColumnMapping]:
    from spaceoptics_desk.services.imports import mappings

    with context.reading(Action.IMPORT) as session:
        return Outcome(mappings.load_mapping(session, name))


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
    """Checks the owner's choices (column label -> target code; the screen builds no ColumnMapping, it
    imports no services) against the file's `labels` and saves them under `name`, replacing one of that
    name; returns the name as saved. Raises MappingRefused (an InvalidInput) saying what to change."""
    from spaceoptics_desk.services.imports import mappings
    from spaceoptics_desk.services.imports.readers import ColumnMapping, Target

    mapping = ColumnMapping(name.strip(), {label: Target(code) for label, code in targets.items()})
    mapping.check(labels)
    with context.acting(Action.IMPORT) as act:
        mappings.save_mapping(act.session, act.actor, context.clock, mapping)
    return Outcome(mapping.name, MAPPINGS_CHANGED)
