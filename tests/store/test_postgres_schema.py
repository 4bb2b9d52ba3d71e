"""The schema on a real PostgreSQL server (issue 14): the same Alembic migrations as on SQLite make the
models' tables there, with nothing missing and nothing extra."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect

from spaceoptics_desk.store import migrate
from spaceoptics_desk.store.models import Base


def test_the_migrations_make_the_models_schema_on_postgresql(postgres_url: str) -> None:
    engine = create_engine(postgres_url)
    try:
        migrate.upgrade(engine, "the test server", None)
        assert migrate.current_revision(engine) == migrate.head_revision()
        assert set(Base.metadata.tables) <= set(inspect(engine).get_table_names())
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"include_object": migrate.in_the_models})
            differences = compare_metadata(context, Base.metadata)
        assert differences == []
    finally:
        engine.dispose()
