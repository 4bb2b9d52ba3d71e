"""What a database file is after a kill, seen by a fresh process (issue 10 "Done when"; R31, R32).

Run as `python -m tests.faults.inspect_database DB [--owners TEMPLATE] [--people FILE] [--create]`; prints
one JSON object:

- `problems`: what must never be, whatever the moment of the kill: `PRAGMA integrity_check` not ok,
  broken references (`PRAGMA foreign_key_check`), a search index that disagrees with the customers table
  (a customer without its document, a document without its customer, a document that is not the
  customer's current one, the FTS5 index inconsistent with its content), a kept fiscal record whose
  customer is gone but that still names them, a database the app cannot open afterwards, and a
  `<db>.restoring` sibling still there after that opening, and (R31) the customer number or phone
  number of anyone erased still readable in the file or its write-ahead log after that opening, and
  (R32) an erasure of the database's journal missing from the journal file beside the backups.
- `customers`: how many; `tables`: rows per table of people's data.
- `fingerprints`: per customer of the template (`--owners`, the database before the command) a hash of
  every row that belongs to them, found through the foreign keys: in the template (their rows stay
  theirs after an erasure unlinked them) and now (rows the command added). The caller compares them with
  the state before the command and after an uninterrupted run: each customer must be one or the other.
- `whole`: one hash of everything people's data holds (every fingerprint, and the rows of nobody).
- `sync_marks`: per webshop connection, its high-water mark (issue 13).
- `people_present`: of the people in `--people` (customer numbers, e-mail addresses and phone numbers of
  the erased), the ones the database holds again (by number or e-mail).

The file is opened only through SQLite (DESIGN.md: never read the bytes of a connected file), first
with plain SQL for the facts, then once the way the app opens it; an encrypted one (issue 12) with the
key in `--key-file` (`encrypted` says which it is: read before anything opens it).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Connection, create_engine

from spaceoptics_desk.store import cipher, erasure_journal, registry
from spaceoptics_desk.store.cipher import DatabaseKey
from spaceoptics_desk.store.database_files import restoring_path
from spaceoptics_desk.store.installation import DATABASE_ID
from spaceoptics_desk.store.models import Base
from spaceoptics_desk.store.search import customer_documents
from spaceoptics_desk.store.sqlite import SEARCH_TABLE
from tests.raw_files import decrypted_pages

# Tables of the shop's own settings and of the app itself: not people's data.
_NOT_PEOPLE = {
    "alembic_version",
    "staff_users",
    "purposes",
    "consent_wordings",
    "recipients",
    "retention_rules",
    "retention_rule_changes",
    "holidays",
    "installation_secrets",
    "pending_cleanups",
    "desk_writes",
    "audit_log",
    "retention_runs",
    "erasure_journal",
    "marketing_suppressions",
    "import_sources",  # the webshop connection: its high-water mark is a fact of its own (`sync_marks`)
}
# Values made by the clock or by chance while the command runs: two uninterrupted runs of the same
# command on the same file differ only in these, so they are left out of the fingerprints.
_MOMENTS = {
    ("case_events", "occurred_at"),
    ("recipient_tasks", "created_at"),
    ("retention_decisions", "decided_at"),
    # Issue 12: the random salts of the audit chain's seals, made with each row.
    ("case_events", "seal_salt"),
    ("case_events", "note_salt"),
    ("rectifications", "seal_salt"),
    # Issue 13: the id of the import run that last wrote an order (random per run).
    ("order_links", "import_run"),
}
_ERASURE_REFERENCE = re.compile(r"E-[0-9a-f]{16}")

Rows = dict[str, dict[int, tuple[Any, ...]]]  # table -> rowid -> row
Owned = dict[int, set[tuple[str, int]]]  # customer id -> (table, rowid)


def _people_tables() -> list[str]:
    return [name for name in Base.metadata.tables if name not in _NOT_PEOPLE and name != SEARCH_TABLE]


def _links() -> dict[str, list[tuple[str, str]]]:
    """Per table, its columns that point at a customer, an order or a request (whose owner is theirs)."""
    owners = {"customers", "orders", "requests"}
    found: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for table in Base.metadata.sorted_tables:
        for key in table.foreign_keys:
            if key.column.table.name in owners and table.name in _people_tables():
                found[table.name].append((key.parent.name, key.column.table.name))
    return found


def _read_rows(connection: Connection) -> tuple[Rows, dict[str, list[str]]]:
    rows: Rows = {}
    columns: dict[str, list[str]] = {}
    for table in _people_tables():
        result = connection.exec_driver_sql(f"SELECT rowid, * FROM {table}")
        columns[table] = list(result.keys())[1:]
        rows[table] = {row[0]: tuple(row[1:]) for row in result}
    return rows, columns


def _ownership(rows: Rows, columns: dict[str, list[str]], start: Owned | None = None) -> Owned:
    """Which rows are whose: linked to the customer, or to an order or request of theirs (a fixpoint)."""
    owned: Owned = defaultdict(set)
    for customer, keys in (start or {}).items():
        owned[customer] |= keys
    for rowid in rows["customers"]:
        owned[rowid].add(("customers", rowid))
    links = _links()
    for _ in range(3):  # customer -> order/request -> their lines, invoices, events
        parent_of: dict[tuple[str, int], int] = {
            key: customer for customer, keys in owned.items() for key in keys
        }
        for table, table_links in links.items():
            for column, parent in table_links:
                at = columns[table].index(column)
                for rowid, row in rows[table].items():
                    owner = parent_of.get((parent, row[at])) if row[at] is not None else None
                    if owner is not None:
                        owned[owner].add((table, rowid))
    return owned


def _comparable(row: tuple[Any, ...] | None, moments: frozenset[int]) -> str:
    if row is None:
        return "gone"
    values = [
        _ERASURE_REFERENCE.sub("E-…", value) if isinstance(value, str) and "E-" in value else value
        for at, value in enumerate(row)
        if at not in moments
    ]
    return repr(values)


def _moments(table: str, columns: list[str]) -> frozenset[int]:
    return frozenset(at for at, column in enumerate(columns) if (table, column) in _MOMENTS)


def _fingerprints(rows: Rows, columns: dict[str, list[str]], owned: Owned) -> dict[int, str]:
    moments = {table: _moments(table, names) for table, names in columns.items()}
    prints = {}
    for customer, keys in owned.items():
        digest = hashlib.sha256()
        for table, rowid in sorted(keys):
            row = rows[table].get(rowid)
            digest.update(f"{table}:{rowid}:{_comparable(row, moments[table])}\n".encode())
        prints[customer] = digest.hexdigest()
    return prints


def _whole(rows: Rows, columns: dict[str, list[str]], owned: Owned, prints: dict[int, str]) -> str:
    digest = hashlib.sha256()
    for customer in sorted(prints):
        digest.update(f"{customer}:{prints[customer]}\n".encode())
    someones = {key for keys in owned.values() for key in keys}
    for table in sorted(rows):
        moments = _moments(table, columns[table])
        for rowid, row in sorted(rows[table].items()):
            if (table, rowid) not in someones:
                digest.update(f"{table}:{rowid}:{_comparable(row, moments)}\n".encode())
    return digest.hexdigest()


def _index_problems(connection: Connection) -> list[str]:
    problems = []
    try:
        connection.exec_driver_sql(f"INSERT INTO {SEARCH_TABLE}({SEARCH_TABLE}) VALUES('integrity-check')")
    except Exception as error:  # any failure here is what the check is for
        return [f"search index: {SEARCH_TABLE} unusable ({type(error).__name__}: {error})"]
    customer_ids = [row[0] for row in connection.exec_driver_sql("SELECT id FROM customers ORDER BY id")]
    indexed: dict[int, str] = dict(
        connection.exec_driver_sql(f"SELECT rowid, document FROM {SEARCH_TABLE}").all()
    )
    missing = [cid for cid in customer_ids if cid not in indexed]
    stray = sorted(set(indexed) - set(customer_ids))
    if missing:
        problems.append(
            f"search index: {len(missing)} customers without a document (first ids {missing[:5]})"
        )
    if stray:
        problems.append(f"search index: {len(stray)} documents of customers that are gone ({stray[:5]})")
    stale = [
        cid
        for start in range(0, len(customer_ids), 5000)
        for cid, document in customer_documents(connection, customer_ids[start : start + 5000])
        if cid in indexed and indexed[cid] != document
    ]
    if stale:
        problems.append(f"search index: {len(stale)} documents out of date (first ids {stale[:5]})")
    return problems


def _unlinked_problems(connection: Connection) -> list[str]:
    """R14/R31: a fiscal record kept after its customer went names nobody (a business invoice excepted)."""
    problems = []
    orphans = "SELECT id FROM orders WHERE customer_id IS NULL"
    for table in ("orders", "invoices", "payments", "shipments"):
        emptied = [
            c.column
            for c in registry.personal_columns(table)
            if c.erasure is registry.Erasure.NULLIFY and c.column != "customer_id"
        ]
        where = "id" if table == "orders" else "order_id"
        for column in emptied:
            kept_for_vat = (table, column) in registry.KEPT_FOR_BUSINESS
            private = " AND vat_number IS NULL" if kept_for_vat else ""
            still_there = f"{where} IN ({orphans}) AND {column} IS NOT NULL{private}"
            count = connection.exec_driver_sql(
                f"SELECT count(*) FROM {table} WHERE {still_there}"
            ).scalar_one()
            if count:
                problems.append(f"{table}.{column}: {count} kept rows of a gone customer still hold it")
    return problems


def _people_present(connection: Connection, people: dict[str, list[str]]) -> list[str]:
    present = []
    for number in people.get("numbers", []):
        if connection.exec_driver_sql("SELECT 1 FROM customers WHERE customer_number = ?", (number,)).first():
            present.append(number)
    by_email = "SELECT 1 FROM customers WHERE lower(email) = lower(?)"
    for email in people.get("emails", []):
        if connection.exec_driver_sql(by_email, (email,)).first():
            present.append(email)
    return present


def _facts(connection: Connection, template: Owned | None, people: dict[str, list[str]]) -> dict[str, Any]:
    problems = []
    verdict = [row[0] for row in connection.exec_driver_sql("PRAGMA integrity_check")]
    if verdict != ["ok"]:
        problems.append(f"integrity_check: {verdict[:3]}")
    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
    if broken:
        problems.append(f"foreign_key_check: {len(broken)} broken references, e.g. {list(broken[0])}")
    # Issue 13: a big import builds the index once at its end and records the rebuild as owed in each
    # batch's transaction; killed before it, the index is checked after the next opening has paid it.
    owed = (
        connection.exec_driver_sql("SELECT 1 FROM pending_cleanups WHERE kind = 'search_rebuild'").first()
        is not None
    )
    if not owed:
        problems += _index_problems(connection)
    problems += _unlinked_problems(connection)
    rows, columns = _read_rows(connection)
    owned = _ownership(rows, columns, template)
    prints = _fingerprints(rows, columns, owned)
    return {
        "problems": problems,
        "index_owed": owed,
        "customers": len(rows["customers"]),
        "tables": {table: len(table_rows) for table, table_rows in rows.items()},
        "fingerprints": {str(customer): value for customer, value in prints.items()},
        "whole": _whole(rows, columns, owned, prints),
        "people_present": _people_present(connection, people),
        "ownership": {str(c): sorted(keys) for c, keys in owned.items()},
        "contacts": _contacts(rows, columns),
        "journal": _journal(connection),
        "sync_marks": _sync_marks(connection),
    }


def _sync_marks(connection: Connection) -> dict[str, str | None]:
    """Per webshop connection, up to when its changes are in (issue 13: moved only after a whole sync)."""
    found = connection.exec_driver_sql("SELECT key, high_water_mark FROM import_sources")
    return {key: mark for key, mark in found}


def _journal(connection: Connection) -> dict[str, Any]:
    """The database's id and the ids of its erasure journal entries (R32)."""
    identity = connection.exec_driver_sql(
        "SELECT value FROM installation_secrets WHERE key = ?", (DATABASE_ID,)
    ).scalar()
    entries = [row[0] for row in connection.exec_driver_sql("SELECT id FROM erasure_journal")]
    return {"database": identity, "entries": entries}


def _journal_problems(path: Path, journal: dict[str, Any]) -> list[str]:
    """R32: after the next opening, the journal file beside the backups holds every erasure the
    database knows (a kill between an erasure's commit and the file's append is made good then)."""
    if not journal.get("entries"):
        return []
    if not journal.get("database"):
        return ["erasures in the journal, but the database has no id to name its journal file"]
    kept = erasure_journal.read_journal(
        erasure_journal.journal_path(erasure_journal.backups_folder(path), journal["database"])
    )
    missing = set(journal["entries"]) - ({line.id for line in kept.lines} if kept else set())
    return [f"R32: {len(missing)} erasures missing from the journal file"] if missing else []


def _open_like_the_app(path: Path, create: bool, key: DatabaseKey | None) -> list[str]:
    """The next command's opening: it must work, it finishes an erasure's clean-up of the files a kill
    left owed (R31), and it removes what a killed restore left. A database with key slots is signed in
    to with the password the commands had (SPACEOPTICS_DESK_PASSWORD, operations/opening.command_context);
    one without (the conversion's, or a plain one) is opened with `key`. A first start killed before its
    database was there (`create`): the next first start makes it anew."""
    import os

    from spaceoptics_desk.cli.passwords import PASSWORD_ENV
    from spaceoptics_desk.domain.clock import SystemClock
    from spaceoptics_desk.errors import KnownError
    from spaceoptics_desk.operations.signing_in import DatabaseState, database_state, sign_in
    from spaceoptics_desk.services import trace_cleanup
    from spaceoptics_desk.store import key_slots
    from spaceoptics_desk.store.database import DatabaseAccess, open_database

    if create and database_state(str(path)) is DatabaseState.NEW:
        return []
    try:
        database: DatabaseAccess
        if key_slots.exists(path):
            database = sign_in(str(path), None, os.environ[PASSWORD_ENV], SystemClock()).database
        else:
            database = open_database(str(path), create=create, key=key)
    except KnownError as error:
        return [f"the next opening is refused: {error}"]
    try:
        if not trace_cleanup.finish_pending(database):
            return ["the clean-up of erased data's traces could not finish, with no other program open"]
    finally:
        database.close()
    if restoring_path(path).exists():
        return [f"{restoring_path(path).name} is still there after the next opening"]
    return []


# Customer numbers and phone numbers as they stand in a file: the table's "K100042" and "+31622993969",
# the search document's "k100042" and "31622993969" (whole tokens: not the middle of a longer number).
_CUSTOMER_NUMBERS = re.compile(rb"(?<![0-9A-Za-z])[Kk]\d{6,7}(?![0-9])")
_PHONE_DIGITS = re.compile(rb"(?<![0-9])\d{10,15}(?![0-9])")


def _readable(
    path: Path, numbers: Iterable[str], phones: Iterable[str], key: DatabaseKey | None
) -> list[str]:
    """R31: which of these customer numbers and phone numbers can still be read in the database file or
    its write-ahead log (an encrypted file's pages decrypted with its key first: what the key's holder
    could read). Only with no connection open (DESIGN.md)."""
    wanted = {number.lower().encode() for number in numbers}
    wanted |= {"".join(ch for ch in phone if ch.isdigit()).encode() for phone in phones}
    found: set[bytes] = set()
    log = path.with_name(path.name + "-wal")
    if key is not None:
        pages = decrypted_pages(key.raw, path.read_bytes(), log.read_bytes() if log.exists() else b"")
        contents = [b"".join(pages)]
    else:
        contents = [part.read_bytes() for part in (path, log) if part.exists()]
    for content in contents:
        if content:
            found |= {match.lower() for match in _CUSTOMER_NUMBERS.findall(content)} & wanted
            found |= set(_PHONE_DIGITS.findall(content)) & wanted
    return sorted(value.decode() for value in found)


def _key(path: Path) -> DatabaseKey | None:
    """The database's key, unwrapped with the password the commands signed in with
    (SPACEOPTICS_DESK_PASSWORD); None for a file without a key file (not encrypted)."""
    import os

    from spaceoptics_desk.cli.passwords import PASSWORD_ENV
    from spaceoptics_desk.domain.clock import SystemClock
    from spaceoptics_desk.services.signing_in import unlock
    from spaceoptics_desk.store import key_slots

    if not key_slots.exists(path):
        return None
    return DatabaseKey(unlock(path, None, os.environ[PASSWORD_ENV], SystemClock()).key)


def _contacts(rows: Rows, columns: dict[str, list[str]]) -> dict[str, list[str]]:
    """Per customer: customer number, phone and mobile (what `_readable` looks for once they are gone)."""
    at = [columns["customers"].index(name) for name in ("customer_number", "phone", "mobile")]
    return {str(rowid): [row[i] for i in at if row[i]] for rowid, row in rows["customers"].items()}


def _read_facts(
    path: Path, key: DatabaseKey | None, template: Owned | None, people: dict[str, list[str]]
) -> dict[str, Any]:
    """The facts of the file as it is, read through SQLite (the app's driver, keyed when encrypted)."""
    facts: dict[str, Any]
    if path.stat().st_size == 0:
        facts = {"exists": True, "problems": [], "customers": 0, "tables": {}}
        return facts
    engine = create_engine(f"sqlite:///{path}", module=sqlcipher3, creator=lambda: cipher.connect(path, key))
    try:
        with engine.connect() as connection:
            # A new file killed before its schema was committed: SQLite rolls it back to nothing.
            tables = connection.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar_one()
            if tables:
                facts = _facts(connection, template, people)
            else:
                facts = {"problems": [], "customers": 0, "tables": {}}
            connection.rollback()
    finally:
        engine.dispose()
    facts["exists"] = True
    return facts


def inspect(
    path: Path,
    owners: Path | None,
    people: dict[str, list[str]],
    create: bool,
    key_file: Path | None = None,
) -> dict[str, Any]:
    if not path.exists():
        facts: dict[str, Any] = {"exists": False, "problems": [], "customers": 0}
        if restoring_path(path).exists() and not create:
            facts["problems"].append(f"{restoring_path(path).name} left without a database")
        return facts
    before = _load(owners) if owners is not None else {}
    template: Owned | None = None
    if before:
        template = {int(c): {tuple(k) for k in keys} for c, keys in before["ownership"].items()}
    encrypted = cipher.is_encrypted_file(path)  # before anything opens it
    key = None
    if encrypted and key_file is not None:  # the conversion's key, beside it
        key = DatabaseKey(bytes.fromhex(key_file.read_text(encoding="ascii").strip()))
    elif encrypted:
        key = _key(path)  # a signed-in database's, unwrapped by the commands' password
    facts = _read_facts(path, key, template, people)
    facts["encrypted"] = encrypted
    opened = _open_like_the_app(path, create, key)
    if facts.get("index_owed"):
        facts = {**_read_facts(path, key, template, people), "encrypted": encrypted}
        if facts.get("index_owed"):
            facts["problems"].append("the search index's owed rebuild was not done by the next opening")
    facts["problems"] += opened
    facts["problems"] += _journal_problems(path, facts.get("journal", {}))
    # Everyone erased: by this command (in the template, not any more) or before it (--people).
    now = facts.get("contacts", {})
    gone = [contact for customer, contact in before.get("contacts", {}).items() if customer not in now]
    numbers = [contact[0] for contact in gone] + people.get("numbers", [])
    phones = [phone for contact in gone for phone in contact[1:]] + people.get("phones", [])
    still = _readable(path, numbers, phones, key)
    if still:
        facts["problems"].append(
            f"R31: {len(still)} numbers of erased people readable in the file after the next opening "
            f"(first {still[:3]})"
        )
    return facts


def _load(path: Path) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return loaded


def main(argv: Iterable[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("database", type=Path)
    parser.add_argument("--owners", type=Path, help="facts of the template (JSON from this script)")
    parser.add_argument("--people", type=Path, help="JSON: numbers and emails of the people erased")
    parser.add_argument("--create", action="store_true", help="open as `demo` does (it may make the file)")
    parser.add_argument("--key-file", type=Path, help="the key's hex, for an encrypted database")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(list(argv) if argv is not None else None)
    people = _load(args.people) if args.people else {}
    facts = inspect(args.database, args.owners, people, args.create, args.key_file)
    args.out.write_text(json.dumps(facts), encoding="utf-8")


if __name__ == "__main__":
    main()
