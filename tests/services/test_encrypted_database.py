"""Issue 12 (AVG 32, 34(3)(a)): the database encrypted at rest. A stolen disk or backup shows nothing
readable; only the key opens it; a wrong or missing key, a plain file given a key and a key for a server
database are refused with a clear message; the key reaches no log, message or repr."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.pool import QueuePool

from spaceoptics_desk.domain.clock import FixedClock
from spaceoptics_desk.services import backups, restore
from spaceoptics_desk.services.staff import ensure_staff
from spaceoptics_desk.store import cipher, encrypting, key_slots
from spaceoptics_desk.store.cipher import DatabaseKey
from spaceoptics_desk.store.database import Database, open_database
from spaceoptics_desk.store.errors import (
    BackupRefused,
    DatabaseDamaged,
    DatabaseUnavailable,
    NotEncrypted,
    NotOurDatabase,
    WrongKey,
)
from spaceoptics_desk.store.models import Customer, Holiday
from tests.damaged_files import damaged_copy
from tests.raw_files import readable_in_files, readable_in_raw_bytes
from tests.readers import reader_holding_a_snapshot
from tests.records import add_customer
from tests.services.conftest import Shop
from tests.services.test_restore import customers_present, erase

# Not shorter than six characters: three random bytes of ciphertext spell "Jan" once in ~8 MB.
PEOPLE = [
    "Maurik",
    "Amsterdam",
    "jan.vdberg@example.nl",
    "zoe.devries@example.nl",
    "Prinsengracht",
    "K000123",
]


@pytest.fixture
def database_key() -> DatabaseKey:
    return DatabaseKey.new()


def test_the_key_is_never_shown_and_compares_by_value() -> None:
    key = DatabaseKey.new()
    assert key.hex() not in repr(key) and key.hex() not in str(key) and "hidden" in repr(key)
    assert DatabaseKey(key.raw) == key and DatabaseKey.new() != key
    with pytest.raises(ValueError, match="32 bytes"):
        DatabaseKey(b"too short")


def test_the_file_its_log_and_a_backup_hold_no_readable_name_or_email(
    database: Database, db_path: Path, database_key: DatabaseKey, shop: Shop, clock: FixedClock
) -> None:
    wal = db_path.with_name(db_path.name + "-wal")
    assert wal.stat().st_size > 0  # the people are in the write-ahead log now
    # The same probe with the key finds them: so finding nothing without it means something.
    assert set(readable_in_files(db_path, PEOPLE, database_key)) == set(PEOPLE)
    made = backups.make_backup(db_path, clock, key=database_key)
    files = [db_path, wal, made.path]
    assert readable_in_raw_bytes(files, [*PEOPLE, "SQLite format 3"]) == []
    assert set(readable_in_files(made.path, PEOPLE, database_key)) == set(PEOPLE)


def test_an_encrypted_database_opens_with_its_key_over_a_pool_of_keyed_connections(
    database: Database, db_path: Path, database_key: DatabaseKey
) -> None:
    assert isinstance(database.engine.pool, QueuePool)
    assert database.key == database_key
    assert database_key.hex() not in repr(database.engine.url)
    add = Holiday(day=date(2041, 7, 1), name="Zomerfeest")
    with database.transaction() as session:
        session.add(add)
    database.close()
    reopened = open_database(str(db_path), key=DatabaseKey(database_key.raw))
    try:
        with reopened.reading() as session:
            assert session.scalar(select(Holiday.name).where(Holiday.day == date(2041, 7, 1))) == "Zomerfeest"
    finally:
        reopened.close()


def test_R31_secure_delete_is_on_and_temporary_data_stays_in_memory_on_a_keyed_connection(
    database: Database,
) -> None:
    raw = database.engine.raw_connection()
    try:
        connection = raw.driver_connection
        assert connection is not None
        assert connection.execute("PRAGMA cipher_version").fetchone()[0].startswith("4.")
        assert connection.execute("PRAGMA secure_delete").fetchone() == (1,)
        # Temporary tables and indexes (a sort, VACUUM's copy) are not encrypted: never in a file.
        assert ("TEMP_STORE=2",) in connection.execute("PRAGMA compile_options").fetchall()
        assert connection.execute("PRAGMA temp_store").fetchone() == (0,)  # the default: memory (above)
    finally:
        raw.close()


def test_a_wrong_key_is_refused_and_neither_key_reaches_the_log_the_message_or_stderr(
    database: Database,
    db_path: Path,
    database_key: DatabaseKey,
    caplog: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture[str],
) -> None:
    database.close()
    other = DatabaseKey.new()
    with caplog.at_level(logging.DEBUG), pytest.raises(WrongKey) as caught:
        open_database(str(db_path), key=other)
    assert (
        str(caught.value) == f"The database {db_path} could not be opened with this key; nothing was changed."
    )
    told = str(caught.value) + repr(caught.value) + caplog.text + "".join(capfd.readouterr())
    for key in (database_key, other):
        assert key.hex() not in told and key.hex().upper() not in told
    assert "hmac" not in told  # SQLCipher's own log of the failed decryption is off


def test_an_encrypted_database_without_a_key_asks_for_a_sign_in_when_its_key_file_is_there(
    database: Database, db_path: Path, database_key: DatabaseKey
) -> None:
    database.close()
    with pytest.raises(NotOurDatabase):  # without its key file it is noise like any other file
        open_database(str(db_path))
    key_slots.write(db_path, {"owner": key_slots.wrap(database_key.raw, "owner", "Eigenaar-2026")})
    with pytest.raises(WrongKey, match="is encrypted: sign in to open it"):
        open_database(str(db_path))


def test_a_plain_database_given_a_key_is_left_for_the_conversion(tmp_path: Path) -> None:
    plain = tmp_path / "plain.db"
    open_database(str(plain), create=True).close()
    before = plain.read_bytes()
    with pytest.raises(NotEncrypted, match="is not encrypted yet; it was left untouched"):
        open_database(str(plain), key=DatabaseKey.new())
    assert plain.read_bytes() == before


def test_a_key_for_a_server_database_is_refused() -> None:
    with pytest.raises(DatabaseUnavailable, match="is not a kind of database this version can use"):
        open_database("postgresql://desk@server/shop", key=DatabaseKey.new())


@pytest.mark.parametrize("how", ["cut in half", "garbage after the header"])
def test_a_damaged_encrypted_database_is_refused_and_left_as_it_was(
    database: Database, db_path: Path, database_key: DatabaseKey, tmp_path: Path, how: str
) -> None:
    """Cut in half: page 1 decrypts, later pages are missing: damaged. Noise over page 1 itself cannot be
    told from another key (its HMAC fails either way): the key's message, nothing changed."""
    with database.transaction() as session:
        session.add_all(Holiday(day=date(2040, 1 + n % 9, 10 + n), name="dag " * 300) for n in range(18))
    database.close()
    damaged = damaged_copy(db_path, tmp_path / "damaged.db", how)
    before = damaged.read_bytes()
    expected = DatabaseDamaged if how == "cut in half" else WrongKey
    with pytest.raises(expected):
        open_database(str(damaged), key=database_key)
    assert damaged.read_bytes() == before


def test_a_file_encrypted_by_another_program_is_refused_with_the_key_message(
    tmp_path: Path, database_key: DatabaseKey
) -> None:
    theirs = tmp_path / "theirs.db"
    other = DatabaseKey.new()
    connection = cipher.connect(theirs, other)
    connection.execute("CREATE TABLE notes(text)")
    connection.commit()
    connection.close()
    before = theirs.read_bytes()
    with pytest.raises(WrongKey):
        open_database(str(theirs), key=database_key)
    assert theirs.read_bytes() == before


def test_a_new_customer_is_stored_encrypted_from_the_first_write(
    database: Database, db_path: Path, database_key: DatabaseKey
) -> None:
    with database.transaction() as session:
        add_customer(session, "K777001", "Wilhelmina", "", "Zonnebloem", email="w.zonnebloem@example.nl")
    found = ["Zonnebloem", "w.zonnebloem@example.nl"]
    assert readable_in_raw_bytes([db_path, db_path.with_name(db_path.name + "-wal")], found) == []
    assert readable_in_files(db_path, found, database_key) == found


def test_R32_an_encrypted_backup_restores_with_the_key_and_keeps_the_erased_erased(
    database: Database, db_path: Path, database_key: DatabaseKey, shop: Shop, clock: FixedClock
) -> None:
    made = backups.make_backup(db_path, clock, key=database_key)
    erase(database, shop.jan, clock)
    database.close()
    result = restore.restore(db_path, made.path, "owner", clock, key=database_key)
    assert result.erased_again == 1
    assert customers_present(db_path, shop.jan, shop.zoe, key=database_key) == {
        shop.jan: False,
        shop.zoe: True,
    }
    assert cipher.is_encrypted_file(db_path)
    assert readable_in_raw_bytes([db_path, db_path.with_name(db_path.name + "-wal")], PEOPLE) == []


def test_a_backup_encrypted_with_another_key_is_refused_and_the_database_is_untouched(
    database: Database,
    db_path: Path,
    database_key: DatabaseKey,
    shop: Shop,
    clock: FixedClock,
    tmp_path: Path,
) -> None:
    elsewhere = tmp_path / "elders" / "shop.db"
    other_key = DatabaseKey.new()
    open_database(str(elsewhere), create=True, key=other_key).close()
    theirs = backups.make_backup(elsewhere, clock, key=other_key)
    database.close()
    before = db_path.read_bytes()
    with pytest.raises(BackupRefused, match="is not a backup of a SpaceOptics Desk database"):
        restore.restore(db_path, theirs.path, "owner", clock, key=database_key)
    assert db_path.read_bytes() == before


def test_the_one_time_encryption_keeps_everyone_and_leaves_a_plain_copy_beside_the_backups(
    db_path: Path, clock: FixedClock, tmp_path: Path
) -> None:
    plain = open_database(str(db_path), create=True)
    people = _people(plain)
    plain.close()
    key = DatabaseKey.new()
    sibling = encrypting.sibling_path(db_path)
    sibling.write_bytes(b"left by a conversion that was killed")
    copy = encrypting.convert_to_encrypted(db_path, key)
    assert copy.parent == backups.backups_dir(db_path) and copy.name.startswith("shop-")
    assert not cipher.is_encrypted_file(copy)  # the owner is told to keep it safe: it is readable
    assert not sibling.exists() and not db_path.with_name(db_path.name + "-wal").exists()
    assert cipher.is_encrypted_file(db_path)
    assert readable_in_raw_bytes([db_path], PEOPLE) == []
    for path, opened_with in ((db_path, key), (copy, None)):
        database = open_database(str(path), key=opened_with)
        try:
            assert _people(database, add=False) == people
        finally:
            database.close()


def test_a_plain_backup_from_before_the_encryption_restores_into_the_encrypted_database(
    db_path: Path, clock: FixedClock
) -> None:
    plain = open_database(str(db_path), create=True)
    people = _people(plain)
    plain.close()
    key = DatabaseKey.new()
    copy = encrypting.convert_to_encrypted(db_path, key)
    restore.restore(db_path, copy, "owner", clock, key=key)
    assert cipher.is_encrypted_file(db_path)
    database = open_database(str(db_path), key=key)
    try:
        assert _people(database, add=False) == people
    finally:
        database.close()
    assert readable_in_raw_bytes([db_path, db_path.with_name(db_path.name + "-wal")], PEOPLE) == []


def test_the_encryption_is_refused_while_another_program_has_the_database_open(
    db_path: Path, clock: FixedClock
) -> None:
    plain = open_database(str(db_path), create=True)
    _people(plain)
    plain.close()
    before = db_path.read_bytes()
    with reader_holding_a_snapshot(db_path), pytest.raises(DatabaseUnavailable, match="is open in another"):
        encrypting.convert_to_encrypted(db_path, DatabaseKey.new())
    assert db_path.read_bytes() == before
    assert not encrypting.sibling_path(db_path).exists()


def _people(database: Database, *, add: bool = True) -> set[tuple[str, str]]:
    """Customers (number, e-mail address); with `add`, the shop's people are put in first."""
    if add:
        with database.transaction() as session:
            ensure_staff(session, "owner", "Eigenaar", "owner")
            add_customer(session, "K000123", "Jan", "van der", "Berg", email="jan.vdberg@example.nl")
            add_customer(session, "K000124", "Zoë", "de", "Vries", email="zoe.devries@example.nl")
            add_customer(session, "K000125", "Anna", "", "Prinsengracht", email="anna@example.nl")
    with database.reading() as session:
        return {(c.customer_number, str(c.email)) for c in session.scalars(select(Customer))}
