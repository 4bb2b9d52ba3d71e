"""Schema upgrades with Alembic: refuse newer schemas, back up before upgrading older ones.

Alembic is loaded only when a schema is not at the newest revision: loading it takes about a tenth of a
second of every command's and every start's time (`python -X importtime`), and a database at the newest
revision (nearly always) is recognised without it: its `alembic_version` row against the revision the
migration files end with.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

from spaceoptics_desk.private_files import create_private_file
from spaceoptics_desk.store import errors, postgresql, sqlite
from spaceoptics_desk.store.cipher import DatabaseKey
from spaceoptics_desk.store.models import Base

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
_REVISION = re.compile(r'^revision = "([^"]+)"$', re.MULTILINE)
_DOWN_REVISION = re.compile(r'^down_revision = (?:None|"([^"]+)")$', re.MULTILINE)


def in_the_models(obj: object, name: str | None, type_: str, _reflected: bool, _compare_to: object) -> bool:
    """For Alembic's comparisons: the search index (SQLite's FTS5 tables, a server's table of keys and
    its indexes) is made by the migrations but has no model."""
    table = name if type_ == "table" else getattr(getattr(obj, "table", None), "name", None)
    return not (table is not None and table.startswith("customer_search"))


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    """Every schema revision this version can open (older ones it upgrades)."""
    from alembic.script import ScriptDirectory

    return {revision.revision for revision in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def head_in_files() -> str | None:
    """The revision the migration files end with, read as text (None when they do not end in one)."""
    revisions, downs = set(), set()
    for script in (MIGRATIONS / "versions").glob("[!_]*.py"):  # not the package's __init__.py
        source = script.read_text(encoding="utf-8")
        revision, down = _REVISION.search(source), _DOWN_REVISION.search(source)
        if revision is None or down is None:
            return None  # a file of another shape: Alembic decides
        revisions.add(revision[1])
        if down[1] is not None:
            downs.add(down[1])
    heads = revisions - downs
    return next(iter(heads)) if len(heads) == 1 else None


def _stored_revision(engine: Engine) -> str | None:
    """The one revision in `alembic_version`, or None when there is no such table or not one row."""
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        rows = connection.execute(text("SELECT version_num FROM alembic_version")).all()
    return str(rows[0][0]) if len(rows) == 1 else None


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(
    engine: Engine, display_path: str, file_path: Path | None, key: DatabaseKey | None = None
) -> Path | None:
    """Upgrades the schema to head. Returns the backup made first, if the database had an older schema
    (encrypted with `key`, as the database is)."""
    stored = _stored_revision(engine)
    if stored is not None and stored == head_in_files():
        _refuse_missing_tables(engine, display_path)
        return None
    from alembic import command

    if postgresql.is_postgresql(engine):
        _upgrade_server(engine, display_path)
        return None
    current = current_revision(engine)
    if not _needs_upgrade(engine, current, display_path):
        return None
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


def _needs_upgrade(bind: Engine | Connection, current: str | None, display_path: str) -> bool:
    """Whether the schema at revision `current` is to be upgraded; refuses a newer or a foreign one."""
    from alembic.script import ScriptDirectory

    if current == ScriptDirectory.from_config(alembic_config()).get_current_head():
        _refuse_missing_tables(bind, display_path)
        return False
    if current is not None and current not in known_revisions():
        raise errors.too_new(display_path)
    if current is None and inspect(bind).get_table_names():
        raise errors.not_a_database(display_path)
    return True


def _upgrade_server(engine: Engine, display_path: str) -> None:
    """On a server everything is decided and done under one advisory lock: desks opening it at once
    (each its own migrations) take turns, and a later one reads the revision the earlier one committed
    and finds nothing left to do. A server copies nothing first: its backups are the server's."""
    from alembic import command
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection, connection.begin():
        postgresql.lock_until_commit(connection, "migrate")
        current = MigrationContext.configure(connection).get_current_revision()
        if _needs_upgrade(connection, current, display_path):
            config = alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, "head")


def _refuse_missing_tables(engine: Engine | Connection, display_path: str) -> None:
    """At the newest schema every table must be there: a damaged or hand-edited file is refused."""
    if set(Base.metadata.tables) - set(inspect(engine).get_table_names()):
        raise errors.not_a_database(display_path)
