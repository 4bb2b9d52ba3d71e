"""Upgrading an older schema (issue 2: "the app upgrades a database made by an older version on start,
after a backup copy"), tried against a next release's migration directory with one more revision."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import sqlcipher3
from alembic import command
from sqlalchemy import create_engine

from spaceoptics_desk.store import migrate
from spaceoptics_desk.store.database import open_database
from spaceoptics_desk.store.errors import DatabaseUnavailable

SHIPPED_HEAD = migrate.head_revision()  # before any test points migrate at another folder

NEXT_REVISION = '''"""a later release adds a table"""

import sqlalchemy as sa
from alembic import op

revision = "9001"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("release_notes", sa.Column("id", sa.Integer(), primary_key=True))


def downgrade() -> None:
    op.drop_table("release_notes")
'''


@pytest.fixture
def next_release(tmp_path: Path) -> Path:
    """The shipped migrations plus a revision 9001, as a later version of the app would carry them."""
    scripts = tmp_path / "next-release-migrations"
    shutil.copytree(migrate.MIGRATIONS, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "9001_release_notes.py").write_text(
        NEXT_REVISION.format(head=SHIPPED_HEAD), encoding="utf-8"
    )
    return scripts


def _rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    connection = sqlcipher3.connect(path)
    try:
        rows: list[tuple[object, ...]] = connection.execute(sql).fetchall()
        return rows
    finally:
        connection.close()


def test_an_older_schema_is_backed_up_then_upgraded(
    db_path: Path, next_release: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_database(str(db_path), create=True).close()  # made by this release: the newest schema
    connection = sqlcipher3.connect(db_path)
    connection.execute(
        "INSERT INTO staff_users (username, display_name, role, active) "
        "VALUES ('owner', 'Eigenaar', 'owner', 1)"
    )
    connection.commit()
    connection.close()

    monkeypatch.setattr(migrate, "MIGRATIONS", next_release)
    database = open_database(str(db_path))
    database.close()

    backup = database.backup_made
    assert backup is not None and backup.is_file()
    assert backup.parent == db_path.parent and backup.name.startswith(f"shop.db.before-{SHIPPED_HEAD}-")
    assert _rows(backup, "SELECT version_num FROM alembic_version") == [(SHIPPED_HEAD,)]
    assert _rows(backup, "SELECT username FROM staff_users") == [("owner",)]
    assert _rows(backup, "SELECT name FROM sqlite_master WHERE name = 'release_notes'") == []
    assert _rows(db_path, "SELECT version_num FROM alembic_version") == [("9001",)]
    assert _rows(db_path, "SELECT username FROM staff_users") == [("owner",)]
    assert _rows(db_path, "SELECT name FROM sqlite_master WHERE name = 'release_notes'") == [
        ("release_notes",)
    ]


def test_a_database_already_at_the_newest_revision_gets_no_backup(
    db_path: Path, next_release: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(migrate, "MIGRATIONS", next_release)
    open_database(str(db_path), create=True).close()
    database = open_database(str(db_path))
    database.close()
    assert database.backup_made is None
    assert [p.name for p in db_path.parent.iterdir() if p.suffix == ".bak"] == []


def test_the_newest_revision_read_from_the_files_is_alembics(
    next_release: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The quick check at every open (no Alembic loaded) must name the revision Alembic would."""
    assert migrate.head_in_files() == SHIPPED_HEAD
    monkeypatch.setattr(migrate, "MIGRATIONS", next_release)
    assert migrate.head_in_files() == "9001" == migrate.head_revision()


def test_a_database_at_the_newest_revision_opens_without_loading_alembic(db_path: Path) -> None:
    """Every command and every start opens the database: Alembic is loaded only to upgrade."""
    open_database(str(db_path), create=True).close()
    opening = (
        "import sys; from spaceoptics_desk.store.database import open_database; "
        "open_database(sys.argv[1]).close(); "
        "print(sorted(name for name in sys.modules if name.split('.')[0] == 'alembic'))"
    )
    opened = subprocess.run(
        [sys.executable, "-c", opening, str(db_path)], capture_output=True, text=True, check=True, timeout=60
    )
    assert opened.stdout.strip() == "[]"


def test_this_release_refuses_what_the_next_release_made(
    db_path: Path, next_release: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with monkeypatch.context() as patched:
        patched.setattr(migrate, "MIGRATIONS", next_release)
        open_database(str(db_path), create=True).close()
    assert _rows(db_path, "SELECT version_num FROM alembic_version") == [("9001",)]
    with pytest.raises(DatabaseUnavailable, match="newer version"):
        open_database(str(db_path))
    assert _rows(db_path, "SELECT version_num FROM alembic_version") == [("9001",)]


def test_a_database_of_the_first_release_gets_the_suppression_list(db_path: Path) -> None:
    """Release 0001 had no suppression list (R18); opening its database adds it, after a backup."""
    engine = create_engine(f"sqlite:///{db_path}")
    with engine.begin() as connection:
        config = migrate.alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
    engine.dispose()
    assert ("marketing_suppressions",) not in _rows(db_path, "SELECT name FROM sqlite_master")

    database = open_database(str(db_path))
    database.close()

    assert database.backup_made is not None and database.backup_made.name.startswith("shop.db.before-0001-")
    assert _rows(database.backup_made, "SELECT version_num FROM alembic_version") == [("0001",)]
    assert _rows(db_path, "SELECT version_num FROM alembic_version") == [(SHIPPED_HEAD,)]
    assert ("marketing_suppressions",) in _rows(db_path, "SELECT name FROM sqlite_master")


def test_an_upgrade_that_rebuilds_a_table_keeps_every_row_that_refers_to_it(db_path: Path) -> None:
    """0004 rebuilds `requests`; their rights and the corrections made within them must survive."""
    engine = create_engine(f"sqlite:///{db_path}")
    with engine.begin() as connection:
        config = migrate.alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "0003")
    engine.dispose()
    raw = sqlcipher3.connect(db_path)
    raw.executescript(
        """
        PRAGMA foreign_keys = ON;
        INSERT INTO staff_users (id, username, display_name, role, active)
            VALUES (1, 'owner', 'E', 'owner', 1);
        INSERT INTO customers (id, customer_number, kind, first_name, name_prefix, last_name, language,
                               source, created_at)
            VALUES (1, 'K1', 'private', 'Jan', '', 'Berg', 'nl', 'webshop', '2020-01-01 00:00:00');
        INSERT INTO requests (id, customer_id, channel, received_at, status, staff_user_id)
            VALUES (7, 1, 'phone', '2026-11-01 10:00:00', 'open', 1);
        INSERT INTO request_rights (request_id, "right") VALUES (7, 'access'), (7, 'rectification');
        INSERT INTO rectifications (customer_id, field, old_value, new_value, changed_at, staff_user_id,
                                    request_id)
            VALUES (1, 'email', 'a@b.nl', 'c@d.nl', '2026-11-02 10:00:00', 1, 7);
        """
    )
    raw.close()

    open_database(str(db_path)).close()

    assert _rows(db_path, 'SELECT request_id, "right" FROM request_rights ORDER BY id') == [
        (7, "access"),
        (7, "rectification"),
    ]
    assert _rows(db_path, "SELECT request_id FROM rectifications") == [(7,)]
    assert _rows(db_path, "SELECT complaint_right_told FROM requests") == [(0,)]


def test_0007_gives_open_recipient_tasks_an_empty_reference(db_path: Path) -> None:
    """Issue 10 §3 (R16): tasks made before the reference was kept survive the upgrade, still open."""
    engine = create_engine(f"sqlite:///{db_path}")
    with engine.begin() as connection:
        config = migrate.alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "0006")
    engine.dispose()
    raw = sqlcipher3.connect(db_path)
    raw.executescript(
        """
        INSERT INTO staff_users (id, username, display_name, role, active)
            VALUES (1, 'owner', 'E', 'owner', 1);
        INSERT INTO recipients (id, key, name, category, role, country, transfer_safeguard)
            VALUES (1, 'postnl', 'PostNL', 'carrier', 'processor', 'NL', 'none_needed');
        INSERT INTO requests (id, channel, received_at, status, staff_user_id)
            VALUES (7, 'phone', '2026-11-01 10:00:00', 'open', 1);
        INSERT INTO recipient_tasks (request_id, recipient_id, "trigger", created_at, status)
            VALUES (7, 1, 'erasure', '2026-11-02 10:00:00', 'open');
        """
    )
    raw.commit()
    raw.close()

    open_database(str(db_path)).close()

    assert _rows(db_path, "SELECT request_id, status, reference FROM recipient_tasks") == [(7, "open", None)]
