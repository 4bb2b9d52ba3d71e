"""The owner's column mappings for CSVs of other systems, saved by name and reused (issue 13)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from spaceoptics_desk.domain.clock import Clock
from spaceoptics_desk.errors import QT_TRANSLATE_NOOP
from spaceoptics_desk.services import audit
from spaceoptics_desk.services.errors import InvalidInput, NotFound
from spaceoptics_desk.services.imports.readers import ColumnMapping
from spaceoptics_desk.services.typed_input import checked_text
from spaceoptics_desk.store.models import ImportMapping, StaffUser

LONGEST_NAME = 60


def mapping_names(session: Session) -> list[str]:
    return list(session.scalars(select(ImportMapping.name).order_by(ImportMapping.name)))


def load_mapping(session: Session, name: str) -> ColumnMapping:
    row = session.get(ImportMapping, name)
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "There is no column mapping named '{name}'."), name=name)
    return ColumnMapping.from_json(row.definition)


def save_mapping(session: Session, actor: StaffUser, clock: Clock, mapping: ColumnMapping) -> None:
    """Saves (or replaces) a mapping under its name; a mapping that could not import anything is refused."""
    name = (checked_text("name", mapping.name) or "").strip()
    if not name or len(name) > LONGEST_NAME:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Give the mapping a name of at most 60 characters."))
    mapping.check()
    row = session.get(ImportMapping, name)
    if row is None:
        session.add(ImportMapping(name=name, definition=mapping.to_json(), saved_at=clock.now()))
    else:
        row.definition = mapping.to_json()
        row.saved_at = clock.now()
    audit.record(session, actor, clock, "import_mapping_saved", "import_mapping", None, {"name": name})
