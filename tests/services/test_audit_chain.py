"""The audit log shows tampering (issue 12, AVG 5(2)): an edit, a deletion, an insertion and a reorder
made directly in the database file (or on the PostgreSQL server, issue 14), a forged timeline entry, an
edited correction and a deleted one are each named by the check; what the app itself does (cases,
corrections, an erasure, an upgrade) keeps it intact; an attacker who recomputes every hash is caught by
a backup's anchor."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import psycopg
import pytest
from alembic import command
from sqlalchemy import select

from spaceoptics_desk.domain.clock import FixedClock
from spaceoptics_desk.domain.permissions import OWNER, PERMISSIONS, STAFF, Action
from spaceoptics_desk.domain.staff import StaffMember
from spaceoptics_desk.operations import audit as audit_operations
from spaceoptics_desk.operations import backups as backup_operations
from spaceoptics_desk.operations import erasure
from spaceoptics_desk.operations.context import Context
from spaceoptics_desk.services import cases
from spaceoptics_desk.services.audit_verify import AuditCheck, Break, Problem
from spaceoptics_desk.services.errors import NotAllowed
from spaceoptics_desk.services.rectification import FieldEdit, rectify
from spaceoptics_desk.services.staff import acting_user
from spaceoptics_desk.store import migrate, postgresql
from spaceoptics_desk.store.database import Database, open_database
from spaceoptics_desk.store.models import AuditEntry, CaseEvent, Rectification
from tests.postgres_server import DIALECTS, PostgresServer, both_databases
from tests.records import request_case
from tests.services.conftest import Shop


def owner(database: Database, clock: FixedClock) -> Context:
    return Context(database, StaffMember("owner", "Eigenaar", OWNER), clock)


def check(database: Database, clock: FixedClock) -> AuditCheck:
    return audit_operations.verify_audit(owner(database, clock)).result


def raw(db_path: Path, *statements: str) -> None:
    """Statements through a plain sqlite3 connection of another program, as someone with the file would."""
    script = (
        "import sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1])\n"
        "for s in sys.argv[2:]:\n"
        "    c.execute(s)\n"
        "c.commit()\n"
        "c.close()\n"
    )
    subprocess.run([sys.executable, "-c", script, str(db_path), *statements], check=True)


Tamper = Callable[..., None]
# Issue 14: these hold on a PostgreSQL server too (tests/postgres_server.py); the rest work on the file.
ON_BOTH_DATABASES = pytest.mark.parametrize("database", DIALECTS, indirect=True)


@pytest.fixture
def database(request: pytest.FixtureRequest, db_path: Path) -> Iterator[Database]:
    yield from both_databases(request, db_path)


@pytest.fixture
def tamper(database: Database, db_path: Path) -> Tamper:
    """Statements run as someone with direct access would run them: on the file (another program's
    plain sqlite3 connection) or on the server (psql's way, around the app)."""
    if not postgresql.is_postgresql(database.engine):
        return lambda *statements: raw(db_path, *statements)
    url = database.engine.url.set(drivername="postgresql").render_as_string(hide_password=False)

    def on_the_server(*statements: str) -> None:
        with psycopg.connect(url, autocommit=True) as connection:
            for statement in statements:
                connection.execute(statement)

    return on_the_server


@pytest.fixture
def history(database: Database, shop: Shop, clock: FixedClock) -> int:
    """A case with a note and a correction made under it, and a correction of another customer; returns the
    case id."""
    case_id = request_case(database, clock, shop.jan, "rectification")
    with database.transaction() as session:
        staff = acting_user(session, "staff")
        cases.add_note(session, staff, clock, case_id, "Belde terug over het nieuwe adres")
        rectify(session, staff, clock, shop.jan, [FieldEdit("mobile", "06-22993969", "06-12345678")], case_id)
        rectify(session, staff, clock, shop.zoe, [FieldEdit("first_name", "Zoë", "Zoe")])
    return case_id


def entry_ids(database: Database) -> list[int]:
    with database.reading() as session:
        return list(session.scalars(select(AuditEntry.id).order_by(AuditEntry.id)))


@ON_BOTH_DATABASES
def test_what_the_app_writes_verifies_intact(database: Database, history: int, clock: FixedClock) -> None:
    found = check(database, clock)
    assert found.intact and found.first_broken is None
    assert found.entries == len(entry_ids(database)) >= 6


@ON_BOTH_DATABASES
def test_an_edited_entry_is_named(
    database: Database, tamper: Tamper, history: int, clock: FixedClock
) -> None:
    third = entry_ids(database)[2]
    # Another hashed field than on the file before: a server refuses a staff id nobody has.
    tamper(f"UPDATE audit_log SET entity_id = coalesce(entity_id, 0) + 1000 WHERE id = {third}")
    assert check(database, clock).first_broken == Break("audit_log", third, Problem.EDITED)


@ON_BOTH_DATABASES
def test_a_deleted_entry_is_named_by_the_one_after_it(
    database: Database, tamper: Tamper, history: int, clock: FixedClock
) -> None:
    ids = entry_ids(database)
    tamper(f"DELETE FROM audit_log WHERE id = {ids[2]}")
    assert check(database, clock).first_broken == Break("audit_log", ids[3], Problem.DELETED_OR_INSERTED)


@ON_BOTH_DATABASES
def test_an_inserted_entry_is_named(
    database: Database, tamper: Tamper, history: int, clock: FixedClock
) -> None:
    tamper(  # with the next id, as the app gives them (a server's sequence is not used for the log)
        "INSERT INTO audit_log (id, occurred_at, staff_user_id, action, entity) "
        "SELECT max(id) + 1, '2026-11-25 10:00:00.000000', 1, 'case_note', 'request' FROM audit_log",
    )
    inserted = entry_ids(database)[-1]
    assert check(database, clock).first_broken == Break("audit_log", inserted, Problem.DELETED_OR_INSERTED)


@ON_BOTH_DATABASES
def test_two_swapped_entries_are_named_as_reordered(
    database: Database, tamper: Tamper, history: int, clock: FixedClock
) -> None:
    ids = entry_ids(database)
    a, b = ids[2], ids[3]
    tamper(
        f"UPDATE audit_log SET id = -1 WHERE id = {a}",
        f"UPDATE audit_log SET id = {a} WHERE id = {b}",
        f"UPDATE audit_log SET id = {b} WHERE id = -1",
    )
    found = check(database, clock)
    assert found.first_broken == Break("audit_log", a, Problem.REORDERED)
    assert Break("audit_log", b, Problem.REORDERED) in found.breaks


@ON_BOTH_DATABASES
def test_a_forged_timeline_entry_is_named(
    database: Database, tamper: Tamper, history: int, clock: FixedClock
) -> None:
    tamper(
        "INSERT INTO case_events (request_id, occurred_at, kind, staff_user_id, note) "
        f"VALUES ({history}, '2026-11-25 10:00:00.000000', 'note', 1, 'Klant gaf toestemming')",
    )
    with database.reading() as session:
        forged = session.scalar(select(CaseEvent.id).order_by(CaseEvent.id.desc()).limit(1))
    assert forged is not None
    assert check(database, clock).first_broken == Break("case_events", forged, Problem.NOT_AUDITED)


@ON_BOTH_DATABASES
def test_an_edited_timeline_note_is_named(
    database: Database, tamper: Tamper, history: int, clock: FixedClock
) -> None:
    with database.reading() as session:
        noted = session.scalars(select(CaseEvent.id).where(CaseEvent.kind == "note")).one()
    tamper(f"UPDATE case_events SET note = 'Niets bijzonders' WHERE id = {noted}")
    assert check(database, clock).first_broken == Break("case_events", noted, Problem.SEAL_MISMATCH)


@ON_BOTH_DATABASES
def test_an_edited_correction_is_named(
    database: Database, tamper: Tamper, history: int, clock: FixedClock
) -> None:
    with database.reading() as session:
        first = session.scalars(select(Rectification.id).order_by(Rectification.id)).first() or 0
    tamper(f"UPDATE rectifications SET old_value = '06-00000000' WHERE id = {first}")
    assert check(database, clock).first_broken == Break("rectifications", first, Problem.SEAL_MISMATCH)


@ON_BOTH_DATABASES
def test_a_deleted_timeline_entry_of_an_existing_case_is_named(
    database: Database, tamper: Tamper, history: int, clock: FixedClock
) -> None:
    with database.reading() as session:
        noted = session.scalars(select(CaseEvent.id).where(CaseEvent.kind == "note")).one()
    tamper(f"DELETE FROM case_events WHERE id = {noted}")
    assert check(database, clock).first_broken == Break("case_events", noted, Problem.ROW_MISSING)


@ON_BOTH_DATABASES
def test_R14_an_erased_customer_leaves_the_chain_intact(
    database: Database, shop: Shop, history: int, clock: FixedClock
) -> None:
    """The rectifications go with the customer, the case keeps its timeline without its notes (R31); the
    audit log is not touched, and nothing of that counts as tampering."""
    case_id = request_case(database, clock, shop.jan, "erasure", verified=True)
    erasure.erase_customer(owner(database, clock), case_id, shop.jan)
    with database.reading() as session:
        assert session.scalars(select(Rectification.customer_id)).all() == [shop.zoe]
        notes = session.scalars(select(CaseEvent.note).where(CaseEvent.request_id == history)).all()
        assert notes and all(n is None for n in notes)
    assert check(database, clock).intact


@pytest.mark.parametrize("forged_restore", [False, True])
def test_a_chain_rewritten_with_every_hash_recomputed_is_caught_by_a_backups_anchor(
    database: Database, db_path: Path, history: int, clock: FixedClock, forged_restore: bool
) -> None:
    """Also when the rewrite ends with a well-chained "backup restored" entry claiming an older head:
    only a restore's renaming of the anchors on disk sets them aside (issue 12 review)."""
    made = backup_operations.make_backup(owner(database, clock)).result
    anchor = made.path.with_name(made.path.name + ".audit-head")
    assert anchor.is_file() and anchor.stat().st_mode & 0o077 == 0  # owner-only
    head = entry_ids(database)[-1]  # what the anchor names
    second = entry_ids(database)[1]
    # The attacker knows the algorithm (it is open source): edit, then re-chain from there on.
    rewrite = (
        "import sqlite3, sys\n"
        "from datetime import UTC, datetime\n"
        "from spaceoptics_desk.domain.audit_chain import GENESIS, ChainFields, entry_hash\n"
        "c = sqlite3.connect(sys.argv[1])\n"
        f"c.execute('UPDATE audit_log SET staff_user_id = staff_user_id + 1 WHERE id = {second}')\n"
        "previous = GENESIS\n"
        "rows = c.execute('SELECT id, occurred_at, staff_user_id, action, entity, entity_id, details '\n"
        "                 'FROM audit_log ORDER BY id').fetchall()\n"
        "for i, at, who, action, entity, eid, details in rows:\n"
        "    moment = datetime.fromisoformat(at).replace(tzinfo=UTC)\n"
        "    own = entry_hash(ChainFields(i, moment, who, action, entity, eid, details, previous))\n"
        "    c.execute('UPDATE audit_log SET previous_hash = ?, entry_hash = ? WHERE id = ?',\n"
        "              (previous, own, i))\n"
        "    previous = own\n"
        + (
            "nxt = rows[-1][0] + 1\n"
            "moment = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)\n"
            'details = \'{"erased_again": 0, "restored_head": 0}\'\n'
            "own = entry_hash(ChainFields(nxt, moment, 1, 'backup_restored', 'database', None, details,"
            " previous))\n"
            "c.execute('INSERT INTO audit_log (id, occurred_at, staff_user_id, action, entity, entity_id,'\n"
            "          ' details, previous_hash, entry_hash) VALUES (?, ?, 1, ?, ?, NULL, ?, ?, ?)',\n"
            "          (nxt, '2026-11-25 12:00:00.000000', 'backup_restored', 'database', details,"
            " previous, own))\n"
            if forged_restore
            else ""
        )
        + "c.commit()\n"
    )
    subprocess.run([sys.executable, "-c", rewrite, str(db_path)], check=True)
    from spaceoptics_desk.services.audit_verify import verify

    with database.reading() as session:
        assert verify(session).intact  # the chain alone is fooled ...
    assert check(database, clock).first_broken == Break(
        "anchor", head, Problem.ANCHOR_MISMATCH
    )  # not the anchor


def test_an_upgraded_database_verifies(
    database: Database, db_path: Path, history: int, clock: FixedClock
) -> None:
    """Migration 0011 seals the rows already there and chains the log: a database of the version before
    verifies after its upgrade."""
    config = migrate.alembic_config()
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0010")
    assert migrate.current_revision(database.engine) == "0010"  # no hashes, no seals
    upgraded = open_database(str(db_path))
    try:
        found = audit_operations.verify_audit(owner(upgraded, clock)).result
    finally:
        upgraded.close()
    assert found.intact and found.entries == len(entry_ids(database))


@ON_BOTH_DATABASES
def test_a_staff_member_is_refused_with_the_reason(database: Database, shop: Shop, clock: FixedClock) -> None:
    staff = Context(database, StaffMember("staff", "Medewerker", STAFF), clock)
    with pytest.raises(NotAllowed) as refused:
        audit_operations.verify_audit(staff)
    assert (
        refused.value.text()
        == PERMISSIONS[Action.VERIFY_AUDIT].refusal
        == "Only the owner can check the audit log."
    )


@ON_BOTH_DATABASES
def test_a_break_marked_seen_is_no_longer_unseen(
    database: Database, tamper: Tamper, history: int, clock: FixedClock
) -> None:
    third = entry_ids(database)[2]
    tamper(f"UPDATE audit_log SET action = 'case_closed' WHERE id = {third}")
    found = check(database, clock)
    assert found.first_unseen == Break("audit_log", third, Problem.EDITED)
    audit_operations.mark_audit_breaks_seen(owner(database, clock), [b.key for b in found.breaks])
    again = check(database, clock)
    assert again.first_broken == Break("audit_log", third, Problem.EDITED) and again.first_unseen is None


TAMPERING: dict[str, tuple[Callable[[list[int]], list[str]], int, Problem]] = {
    "edit": (lambda ids: [f"UPDATE audit_log SET details = NULL WHERE id = {ids[1]}"], 1, Problem.EDITED),
    # The entry after the deleted one no longer chains to what it was written after.
    "deletion": (lambda ids: [f"DELETE FROM audit_log WHERE id = {ids[1]}"], 1, Problem.DELETED_OR_INSERTED),
    "insertion": (
        lambda ids: [
            "INSERT INTO audit_log (occurred_at, staff_user_id, action, entity) "
            "VALUES ('2026-11-25 10:00:00.000000', 1, 'staff_added', 'staff_user')"
        ],
        -1,
        Problem.DELETED_OR_INSERTED,
    ),
    "reorder": (
        lambda ids: [
            f"UPDATE audit_log SET id = -1 WHERE id = {ids[1]}",
            f"UPDATE audit_log SET id = {ids[1]} WHERE id = {ids[2]}",
            f"UPDATE audit_log SET id = {ids[2]} WHERE id = -1",
        ],
        1,
        Problem.REORDERED,
    ),
}


@pytest.mark.parametrize("tampering", sorted(TAMPERING))
def test_tampering_through_a_raw_connection_that_has_the_key_is_named(
    tampering: str, db_path: Path, clock: FixedClock
) -> None:
    """Done when of issue 12: on the encrypted database, someone with the key (a staff member's password
    unwraps it) edits, deletes, inserts or reorders entries with SQLCipher directly."""
    from spaceoptics_desk.operations import signing_in, staff

    made = signing_in.create_database(str(db_path), "marleen", "Marleen Verhoef", "Eigenaar-2026", clock)
    context = made.context
    try:
        staff.add_staff(context, "sam", "Sam Jansen", STAFF, "Sam-wachtwoord")
        staff.change_staff(context, "sam", display_name="Sam Jansen-Bos")
        staff.reset_password(context, "sam", "Ander-wachtwoord")
        key = context.database.key
        assert key is not None
        with context.database.reading() as session:
            ids = list(session.scalars(select(AuditEntry.id).order_by(AuditEntry.id)))
        assert len(ids) >= 4 and audit_operations.verify_audit(context).result.intact
        statements, named, problem = TAMPERING[tampering]
        script = (
            "import sqlcipher3, sys\n"
            "c = sqlcipher3.connect(sys.argv[1])\n"
            'c.execute("PRAGMA key = \\"x\'" + sys.argv[2] + "\'\\"")\n'
            "for s in sys.argv[3:]:\n"
            "    c.execute(s)\n"
            "c.commit()\n"
            "c.close()\n"
        )
        subprocess.run([sys.executable, "-c", script, str(db_path), key.hex(), *statements(ids)], check=True)
        with context.database.reading() as session:
            after = list(session.scalars(select(AuditEntry.id).order_by(AuditEntry.id)))
        assert audit_operations.verify_audit(context).result.first_broken == Break(
            "audit_log", after[named], problem
        )
    finally:
        context.database.close()


def test_a_moment_edited_into_no_date_is_named_not_a_crash(
    database: Database, db_path: Path, history: int, clock: FixedClock
) -> None:
    third = entry_ids(database)[2]
    raw(db_path, f"UPDATE audit_log SET occurred_at = 'yesterday' WHERE id = {third}")
    assert check(database, clock).first_broken == Break("audit_log", third, Problem.EDITED)


@ON_BOTH_DATABASES
def test_a_seen_mark_by_someone_who_may_not_check_the_log_hides_nothing(
    database: Database, tamper: Tamper, history: int, clock: FixedClock
) -> None:
    """A staff member with the key could append a well-chained "Gezien" of their own (issue 12 review)."""
    from spaceoptics_desk.services import audit, audit_verify

    third = entry_ids(database)[2]
    tamper(f"UPDATE audit_log SET action = 'case_closed' WHERE id = {third}")
    found = check(database, clock)
    with database.transaction() as session:
        staff = acting_user(session, "staff")
        keys = ";".join(b.key for b in found.breaks)
        audit.record(session, staff, clock, audit_verify.SEEN, "audit_log", None, {"breaks": keys})
    assert check(database, clock).first_unseen == Break("audit_log", third, Problem.EDITED)


def test_two_desks_appending_at_the_same_moment_on_a_server_keep_one_chain(
    postgres_server: PostgresServer, clock: FixedClock
) -> None:
    """Issue 14: without SQLite's one writer at a time, the second desk must wait for the first desk's
    entry before it reads the chain's head (else both take the same id and one action fails)."""
    from spaceoptics_desk.services import audit
    from spaceoptics_desk.services.audit_verify import verify
    from spaceoptics_desk.services.staff import ensure_staff

    url = postgres_server.url(postgres_server.new_database(postgres_server.shop_template()))
    first, second = open_database(url), open_database(url)
    try:
        with first.transaction() as session:
            ensure_staff(session, "owner", "Eigenaar", "owner")
        entries_before = len(entry_ids(first))
        appended = threading.Event()

        def first_desk() -> None:
            with first.transaction() as session:
                audit.record(session, acting_user(session, "owner"), clock, "case_note", "request", 1)
                appended.set()
                time.sleep(0.3)  # its action is not done yet: the transaction stays open

        desk = threading.Thread(target=first_desk)
        desk.start()
        assert appended.wait(5)
        with second.transaction() as session:
            audit.record(session, acting_user(session, "owner"), clock, "case_note", "request", 2)
        desk.join(5)
        with second.reading() as session:
            found = verify(session)
        assert found.intact and found.entries == entries_before + 2
    finally:
        first.close()
        second.close()
