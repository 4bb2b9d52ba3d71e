"""Schema upgrades with Alembic: refuse newer schemas, back up before upgrading older ones."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

from spaceoptics_desk.private_files import create_private_file
from spaceoptics_desk.store import errors, sqlite
from spaceoptics_desk.store.cipher import DatabaseKey
from spaceoptics_desk.store.models import Base

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    """Every schema revision this version can open (older ones it upgrades)."""
    return {revision.revision for revision in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(
    engine: Engine, display_path: str, file_path: Path | None, key: DatabaseKey | None = None
) -> Path | None:
    """Upgrades the schema to head. Returns the backup made first, if the database had an older schema
    (encrypted with `key`, as the database is)."""
    script = ScriptDirectory.from_config(alembic_config())
    known = known_revisions()
    current = current_revision(engine)
    if current == script.get_current_head():
        # At the newest schema, every table must be there: a damaged or hand-edited file is refused.
        if set(Base.metadata.tables) - set(inspect(engine).get_table_names()):
            raise errors.not_a_database(display_path)
        return None
    if current is not None and current not in known:
        raise errors.too_new(display_path)
    if current is None and inspect(engine).get_table_names():
        raise errors.not_a_database(display_path)
    backup = None
    if current is not None and file_path is not None:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
        backup = file_path.with_name(f"{file_path.name}.before-{current}-{stamp}.bak")
        create_private_file(backup)
        sqlite.backup_file(file_path, backup, key)
    with engine.connect() as connection, sqlite.foreign_keys_off(connection), connection.begin():
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
        sqlite.check_foreign_keys(connection)
    return backup
