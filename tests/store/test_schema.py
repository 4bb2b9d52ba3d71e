"""The schema: migrations and models agree, and a new database has exactly the declared tables."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from spaceoptics_desk.store import migrate
from spaceoptics_desk.store.database import Database
from spaceoptics_desk.store.models import Base, Purpose, Recipient, RetentionRuleRow
from spaceoptics_desk.store.sqlite import SEARCH_TABLE


def _not_search_index(obj: object, name: str | None, type_: str, reflected: bool, compare_to: object) -> bool:
    return not (type_ == "table" and name is not None and name.startswith(SEARCH_TABLE))


def test_new_database_has_exactly_the_tables_the_models_declare(database: Database) -> None:
    tables = set(inspect(database.engine).get_table_names())
    ours = {name for name in tables if not name.startswith(SEARCH_TABLE)}
    assert ours == set(Base.metadata.tables) | {"alembic_version"}
    assert SEARCH_TABLE in tables


def test_migrations_and_models_do_not_differ(database: Database) -> None:
    with database.engine.connect() as connection:
        context = MigrationContext.configure(
            connection,
            opts={"include_object": _not_search_index, "compare_type": True, "compare_server_default": True},
        )
        assert compare_metadata(context, Base.metadata) == []


def test_new_database_is_at_the_head_revision(database: Database) -> None:
    assert migrate.current_revision(database.engine) == migrate.head_revision()


def test_R31_pragmas_foreign_keys_secure_delete_and_wal(database: Database) -> None:
    with database.engine.connect() as connection:
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA secure_delete")).scalar() == 1
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"


def test_reference_data_is_seeded_once(database: Database) -> None:
    with database.transaction() as session:
        counts = (
            session.query(Purpose).count(),
            session.query(Recipient).count(),
            session.query(RetentionRuleRow).count(),
        )
        assert all(counts)
        from spaceoptics_desk.store.reference_data import seed_reference_data

        seed_reference_data(session)
        session.flush()
        again = (
            session.query(Purpose).count(),
            session.query(Recipient).count(),
            session.query(RetentionRuleRow).count(),
        )
    assert again == counts


def test_a_transaction_that_fails_leaves_nothing(database: Database) -> None:
    class Boom(Exception):
        pass

    try:
        with database.transaction() as session:
            session.execute(text("DELETE FROM retention_rules"))
            raise Boom
    except Boom:
        pass
    with database.reading() as session:
        assert session.query(RetentionRuleRow).count() == 7
