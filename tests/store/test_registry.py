"""The personal-data registry: every column of every table is classified (issue 2, "The data model").

A new column that is neither in PERSONAL_DATA nor in TECHNICAL_COLUMNS fails here, so export (R9-R10),
erasure (R14), retention (R23) and the record of processing (R28) never miss personal data.
"""

from __future__ import annotations

from collections import Counter

from sqlalchemy import inspect

from spaceoptics_desk.store.database import Database
from spaceoptics_desk.store.models import Base
from spaceoptics_desk.store.registry import (
    PERSONAL_DATA,
    TECHNICAL_COLUMNS,
    DataCategory,
    Erasure,
    categories_of,
    personal_columns,
    personal_tables,
)
from spaceoptics_desk.store.sqlite import SEARCH_TABLE

PERSONAL = {(c.table, c.column) for c in PERSONAL_DATA}


def _unclassified(columns: dict[str, list[str]]) -> list[str]:
    return [
        f"{table}.{column}"
        for table, names in columns.items()
        for column in names
        if (table, column) not in PERSONAL and column not in TECHNICAL_COLUMNS.get(table, frozenset())
    ]


def test_every_model_column_is_personal_or_technical() -> None:
    columns = {table.name: [c.name for c in table.columns] for table in Base.metadata.sorted_tables}
    assert _unclassified(columns) == []


def test_every_column_of_the_real_database_is_classified(database: Database) -> None:
    inspector = inspect(database.engine)
    # The FTS5 shadow tables (customer_search_data, _idx, ...) are SQLite's own storage of the index;
    # the index itself (customer_search.document) must be classified.
    tables = [t for t in inspector.get_table_names() if t == SEARCH_TABLE or not t.startswith(SEARCH_TABLE)]
    columns = {table: [c["name"] for c in inspector.get_columns(table)] for table in tables}
    assert columns[SEARCH_TABLE] == ["document"]
    assert _unclassified(columns) == []


def test_no_column_is_both_personal_and_technical_nor_listed_twice() -> None:
    both = [(t, c) for t, c in PERSONAL if c in TECHNICAL_COLUMNS.get(t, frozenset())]
    assert both == []
    twice = [key for key, count in Counter((c.table, c.column) for c in PERSONAL_DATA).items() if count > 1]
    assert twice == []


def test_the_registry_names_only_columns_that_exist() -> None:
    tables = Base.metadata.tables
    stale_personal = [
        (c.table, c.column)
        for c in PERSONAL_DATA
        if c.table != SEARCH_TABLE and (c.table not in tables or c.column not in tables[c.table].c)
    ]
    stale_technical = [
        (t, c)
        for t, names in TECHNICAL_COLUMNS.items()
        if t != "alembic_version"
        for c in names
        if t not in tables or c not in tables[t].c
    ]
    assert stale_personal == []
    assert stale_technical == []


def test_the_obvious_personal_data_is_personal() -> None:
    for column in (
        ("customers", "email"),
        ("customers", "phone"),
        ("customers", "last_name"),
        ("addresses", "street"),
        ("addresses", "postcode"),
        ("invoices", "billing_name"),
        ("payments", "account_holder"),
        ("orders", "delivery_address"),
        ("rectifications", "old_value"),
        ("rectifications", "new_value"),
        ("requests", "contact_details"),
        (SEARCH_TABLE, "document"),
    ):
        assert column in PERSONAL, column


def test_R14_fiscal_records_are_anonymised_not_deleted_and_every_entry_is_described() -> None:
    for column in personal_columns("invoices") + personal_columns("payments"):
        assert column.erasure is Erasure.NULLIFY
    assert all(c.description for c in PERSONAL_DATA)


def test_R9_categories_of_the_customer_tables() -> None:
    assert "customers" in personal_tables()
    assert categories_of(["customers"]) == [
        DataCategory.IDENTITY,
        DataCategory.CONTACT,
        DataCategory.BUSINESS,
    ]
    assert categories_of(["staff_users"]) == []


def test_columns_that_are_anonymised_by_nullifying_can_hold_null() -> None:
    not_nullable = [
        (c.table, c.column)
        for c in PERSONAL_DATA
        if c.erasure is Erasure.NULLIFY and not Base.metadata.tables[c.table].c[c.column].nullable
    ]
    assert not_nullable == []


def test_every_table_of_a_persons_data_has_a_name_people_use() -> None:
    """The retention screens name tables as people do ("customer-service contacts"), in their language."""
    from spaceoptics_desk.store.registry import OWNER_LINKS, TABLE_NAMES

    assert set(OWNER_LINKS) <= set(TABLE_NAMES)
