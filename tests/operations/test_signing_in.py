"""Signing in and the owner's staff list on a real encrypted database (issue 12, AVG 32): a password
opens only its own slot, a deactivated person's password opens nothing, the recovery key gives an owner a
new password, and two desks changing the same person cannot leave the key file and the rows disagreeing.

The same behaviour on a PostgreSQL server (issue 14), where the staff rows hold argon2id hashes instead
of key slots: the tests that take `target` run on both; those about the key file on the file alone."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from spaceoptics_desk.domain.clock import FixedClock
from spaceoptics_desk.domain.permissions import OWNER, STAFF
from spaceoptics_desk.errors import DatabaseUnavailable, SignInRefused
from spaceoptics_desk.operations import signing_in, staff
from spaceoptics_desk.operations.context import Context
from spaceoptics_desk.services.errors import InvalidInput, NotAllowed, NotFound
from spaceoptics_desk.store import key_slots
from spaceoptics_desk.store.models import AuditEntry, StaffUser
from tests.postgres_server import DIALECTS

OWNER_PASSWORD = "Eigenaar-2026"
SAM_PASSWORD = "Sam-wachtwoord"


@pytest.fixture(params=DIALECTS)
def target(request: pytest.FixtureRequest, db_path: Path) -> str:
    """Where the database is: the file, or a new empty database on the test server."""
    if request.param == "postgresql":
        return str(request.getfixturevalue("postgres_url"))
    return str(db_path)


# For the tests about the key file beside a SQLite database.
ON_A_FILE = pytest.mark.parametrize("target", ["sqlite"], indirect=True)


@pytest.fixture
def first(target: str, clock: FixedClock) -> Iterator[signing_in.FirstStart]:
    made = signing_in.create_database(target, "marleen", "Marleen Verhoef", OWNER_PASSWORD, clock)
    yield made
    made.context.database.close()


@pytest.fixture
def owner(first: signing_in.FirstStart) -> Context:
    staff.add_staff(first.context, "sam", "Sam Jansen", STAFF, SAM_PASSWORD)
    return first.context


def _sign_in(target: str | Path, username: str | None, password: str, clock: FixedClock) -> Context:
    context = signing_in.sign_in(str(target), username, password, clock)
    context.database.close()
    return context


def _has_a_way_in(context: Context, username: str) -> bool:
    """Whether `username`'s password can still sign in: a slot in the key file, or a hash on a server."""
    file = context.database.file
    if file is not None:
        return username in key_slots.read(file)
    with context.database.reading() as session:
        query = select(StaffUser.password_hash).where(StaffUser.username == username)
        return session.scalar(query) is not None


def test_the_first_start_makes_an_encrypted_database_with_its_owner_signed_in(
    first: signing_in.FirstStart, target: str, db_path: Path, clock: FixedClock
) -> None:
    from spaceoptics_desk.store.cipher import is_encrypted_file

    assert first.context.staff.username == "marleen" and first.context.staff.role == OWNER
    assert signing_in.database_state(target) is signing_in.DatabaseState.SIGN_IN
    on_a_file = first.context.database.file is not None
    first.context.database.close()
    assert not on_a_file or is_encrypted_file(db_path)
    assert _sign_in(target, "marleen", OWNER_PASSWORD, clock).staff.role == OWNER
    assert _sign_in(target, None, OWNER_PASSWORD, clock).staff.username == "marleen"


def test_a_new_database_needs_a_good_password_and_writes_nothing_without_one(
    target: str, db_path: Path, clock: FixedClock
) -> None:
    with pytest.raises(InvalidInput):
        signing_in.create_database(target, "marleen", "Marleen Verhoef", "kort", clock)
    assert not db_path.exists() and not key_slots.exists(db_path)
    assert signing_in.database_state(target) is signing_in.DatabaseState.NEW


def test_staff_added_by_the_owner_sign_in_with_their_own_password(
    owner: Context, target: str, clock: FixedClock
) -> None:
    sam = _sign_in(target, "sam", SAM_PASSWORD, clock)
    assert sam.staff.role == STAFF and sam.staff.display_name == "Sam Jansen"
    with pytest.raises(SignInRefused):
        _sign_in(target, "sam", OWNER_PASSWORD, clock)
    accounts = {a.member.username: a for a in staff.all_staff(owner).result}
    assert accounts["sam"].has_password and accounts["sam"].active


def test_a_deactivated_staff_member_cannot_sign_in_and_their_slot_is_gone(
    owner: Context, target: str, clock: FixedClock
) -> None:
    staff.deactivate_staff(owner, "sam")
    assert not _has_a_way_in(owner, "sam")
    with pytest.raises(SignInRefused):
        _sign_in(target, "sam", SAM_PASSWORD, clock)
    accounts = {a.member.username: a for a in staff.all_staff(owner).result}
    assert not accounts["sam"].active


def test_the_shop_keeps_an_owner_and_nobody_deactivates_themselves(owner: Context) -> None:
    with pytest.raises(NotAllowed, match="yourself"):
        staff.deactivate_staff(owner, "marleen")
    with pytest.raises(NotAllowed, match="needs an owner"):
        staff.change_staff(owner, "marleen", role=STAFF)
    with pytest.raises(InvalidInput):
        staff.change_staff(owner, "sam", role="admin")
    staff.change_staff(owner, "sam", role=OWNER)
    staff.change_staff(owner, "marleen", role=STAFF)  # now there is another owner
    # The staff row counts, not the role the desk signed in with: Marleen is staff from now on.
    with pytest.raises(NotAllowed, match="Only the owner"):
        staff.change_staff(owner, "sam", display_name="Sam J.")


def test_a_taken_or_malformed_sign_in_name_is_refused(owner: Context) -> None:
    from spaceoptics_desk.services.errors import Conflict

    with pytest.raises(Conflict):
        staff.add_staff(owner, "sam", "Sam Tweede", STAFF, SAM_PASSWORD)
    with pytest.raises(InvalidInput):
        staff.add_staff(owner, "Sam Jansen", "Sam", STAFF, SAM_PASSWORD)


def test_a_reset_password_replaces_the_old_one(owner: Context, target: str, clock: FixedClock) -> None:
    staff.reset_password(owner, "sam", "Nieuw-wachtwoord")
    with pytest.raises(SignInRefused):
        _sign_in(target, "sam", SAM_PASSWORD, clock)
    assert _sign_in(target, "sam", "Nieuw-wachtwoord", clock).staff.username == "sam"


def test_changing_your_own_password_needs_the_current_one(
    owner: Context, target: str, clock: FixedClock
) -> None:
    sam = signing_in.sign_in(target, "sam", SAM_PASSWORD, clock)
    try:
        with pytest.raises(SignInRefused):
            staff.change_own_password(sam, "niet-het-huidige", "Ander-wachtwoord")
        staff.change_own_password(sam, SAM_PASSWORD, "Ander-wachtwoord")
    finally:
        sam.database.close()
    assert _sign_in(target, "sam", "Ander-wachtwoord", clock).staff.username == "sam"


def test_the_recovery_key_gives_an_owner_a_new_password_however_it_is_typed(
    owner: Context, first: signing_in.FirstStart, target: str, clock: FixedClock
) -> None:
    typed = first.recovery_key.lower().replace("-", "  ")
    with pytest.raises(SignInRefused, match="owner"):
        signing_in.sign_in_with_recovery_key(target, typed, "sam", "Niet-voor-sam", clock)
    context = signing_in.sign_in_with_recovery_key(target, typed, "marleen", "Vergeten-en-nieuw", clock)
    context.database.close()
    assert _sign_in(target, "marleen", "Vergeten-en-nieuw", clock).staff.role == OWNER
    with pytest.raises(SignInRefused):
        _sign_in(target, "marleen", OWNER_PASSWORD, clock)


def test_the_lock_screen_takes_the_same_or_another_staff_member(owner: Context) -> None:
    assert signing_in.confirm_password(owner, "sam", SAM_PASSWORD).role == STAFF
    assert signing_in.confirm_password(owner, "marleen", OWNER_PASSWORD).role == OWNER
    with pytest.raises(SignInRefused):
        signing_in.confirm_password(owner, "sam", OWNER_PASSWORD)


def test_two_desks_changing_the_same_staff_member_leave_the_rows_and_slots_agreeing(
    owner: Context, target: str, clock: FixedClock
) -> None:
    other_desk = signing_in.sign_in(target, "marleen", OWNER_PASSWORD, clock)
    try:
        staff.deactivate_staff(owner, "sam")
        with pytest.raises(NotFound):
            staff.reset_password(other_desk, "sam", "Toch-nog-een")
    finally:
        other_desk.database.close()
    assert not _has_a_way_in(owner, "sam")
    with pytest.raises(SignInRefused):
        _sign_in(target, "sam", "Toch-nog-een", clock)


@ON_A_FILE
def test_a_damaged_key_file_unlocks_nothing_and_says_where_its_copy_is(
    owner: Context, db_path: Path, clock: FixedClock
) -> None:
    key_slots.key_file(db_path).write_text(
        '{"format": "spaceoptics-desk key slots", "version": 1, "slots": [{}]}'
    )
    with pytest.raises(DatabaseUnavailable, match="backups"):
        _sign_in(db_path, "marleen", OWNER_PASSWORD, clock)
    key_slots.key_file(db_path).write_bytes(key_slots.key_file_copy(db_path).read_bytes())
    assert _sign_in(db_path, "marleen", OWNER_PASSWORD, clock).staff.role == OWNER


@ON_A_FILE
def test_the_key_file_of_another_database_opens_nothing_here(
    owner: Context, db_path: Path, tmp_path: Path, clock: FixedClock
) -> None:
    elsewhere = tmp_path / "other" / "shop.db"
    elsewhere.parent.mkdir()
    signing_in.create_database(str(elsewhere), "marleen", "M", OWNER_PASSWORD, clock).context.database.close()
    key_slots.key_file(db_path).write_bytes(key_slots.key_file(elsewhere).read_bytes())
    with pytest.raises(DatabaseUnavailable):
        _sign_in(db_path, "marleen", OWNER_PASSWORD, clock)


def test_no_password_reaches_the_audit_log(owner: Context) -> None:
    staff.reset_password(owner, "sam", "Geheim-voor-sam")
    with owner.database.reading() as session:
        details = [e.details or "" for e in session.scalars(select(AuditEntry))]
    assert any(json.loads(d).get("how") == "reset" for d in details if d)
    assert not any("Geheim" in d or "Sam-wachtwoord" in d for d in details)


def test_a_database_from_before_is_encrypted_once_after_a_plain_copy(
    db_path: Path, clock: FixedClock
) -> None:
    from spaceoptics_desk.services.staff import ensure_staff
    from spaceoptics_desk.store.cipher import is_encrypted_file
    from spaceoptics_desk.store.database import open_database
    from spaceoptics_desk.store.models import StaffUser

    plain = open_database(str(db_path), create=True)
    with plain.transaction() as session:
        ensure_staff(session, "marleen", "Marleen Verhoef", OWNER)
        ensure_staff(session, "sam", "Sam Jansen", STAFF)
    plain.close()
    assert signing_in.database_state(str(db_path)) is signing_in.DatabaseState.PLAIN
    with pytest.raises(NotAllowed):
        signing_in.encrypt_database(str(db_path), "sam", OWNER_PASSWORD, clock)
    made = signing_in.encrypt_database(str(db_path), "marleen", OWNER_PASSWORD, clock)
    try:
        with made.context.database.reading() as session:
            assert set(session.scalars(select(StaffUser.username))) == {"marleen", "sam"}
        accounts = {a.member.username: a for a in staff.all_staff(made.context).result}
        assert not accounts["sam"].has_password  # the owner gives staff their passwords next
    finally:
        made.context.database.close()
    assert is_encrypted_file(db_path)
    assert made.plain_copy is not None and made.plain_copy.exists()
    assert signing_in.database_state(str(db_path)) is signing_in.DatabaseState.SIGN_IN
    assert _sign_in(db_path, "marleen", OWNER_PASSWORD, clock).staff.role == OWNER


def test_a_file_of_another_program_is_named_before_any_password_is_asked(db_path: Path) -> None:
    db_path.write_bytes(b"PK\x03\x04 not a database at all" + bytes(5000))
    with pytest.raises(DatabaseUnavailable, match="not a SpaceOptics Desk database"):
        signing_in.database_state(str(db_path))
    assert db_path.read_bytes().startswith(b"PK\x03\x04")


def test_an_empty_file_left_by_a_killed_first_start_is_a_first_start(
    db_path: Path, clock: FixedClock
) -> None:
    db_path.touch()
    assert signing_in.database_state(str(db_path)) is signing_in.DatabaseState.NEW
    made = signing_in.create_database(str(db_path), "marleen", "Marleen Verhoef", OWNER_PASSWORD, clock)
    made.context.database.close()
    assert _sign_in(db_path, "marleen", OWNER_PASSWORD, clock).staff.role == OWNER


@ON_A_FILE
def test_a_missing_database_with_its_key_file_and_backups_is_no_first_start(
    owner: Context, db_path: Path, clock: FixedClock
) -> None:
    """A first start would make a new key, and every backup (encrypted with the old one) would be lost."""
    from spaceoptics_desk.operations import backups

    made = backups.make_backup(owner).result
    owner.database.close()
    keys_before = key_slots.key_file(db_path).read_bytes()
    db_path.rename(db_path.with_name("elsewhere.db"))
    with pytest.raises(DatabaseUnavailable, match="restore the latest backup"):
        signing_in.database_state(str(db_path))
    with pytest.raises(DatabaseUnavailable):
        signing_in.create_database(str(db_path), "nieuw", "Iemand Nieuw", "Nieuw-wachtwoord", clock)
    assert key_slots.key_file(db_path).read_bytes() == keys_before
    assert made.path.exists()


def test_a_second_desk_encrypting_at_the_same_time_is_refused_and_writes_no_key_file(
    db_path: Path, clock: FixedClock
) -> None:
    """Issue 12 review: two key files written by two desks would leave a database nobody can open."""
    from spaceoptics_desk.private_files import held_exclusively
    from spaceoptics_desk.services.errors import Conflict
    from spaceoptics_desk.services.staff import ensure_staff
    from spaceoptics_desk.store.database import open_database

    plain = open_database(str(db_path), create=True)
    with plain.transaction() as session:
        ensure_staff(session, "marleen", "Marleen Verhoef", OWNER)
    plain.close()
    with held_exclusively(db_path.with_name(db_path.name + ".encrypting.lock")) as first_desk:
        assert first_desk
        with pytest.raises(Conflict, match="Another desk"):
            signing_in.encrypt_database(str(db_path), "marleen", OWNER_PASSWORD, clock)
        assert not key_slots.exists(db_path)
        assert signing_in.database_state(str(db_path)) is signing_in.DatabaseState.PLAIN
    made = signing_in.encrypt_database(str(db_path), "marleen", OWNER_PASSWORD, clock)
    made.context.database.close()
    with pytest.raises(Conflict):  # and once it is done, a late second desk changes nothing either
        signing_in.encrypt_database(str(db_path), "marleen", "Ander-wachtwoord", clock)
    assert _sign_in(db_path, "marleen", OWNER_PASSWORD, clock).staff.role == OWNER


def test_an_owner_demoted_at_another_desk_reads_nothing_owner_only_here(
    owner: Context, target: str, clock: FixedClock
) -> None:
    """The desk still remembers Marleen as owner; the staff row, changed at another desk, counts."""
    staff.change_staff(owner, "sam", role=OWNER)
    other_desk = signing_in.sign_in(target, "sam", SAM_PASSWORD, clock)
    try:
        staff.change_staff(other_desk, "marleen", role=STAFF)
    finally:
        other_desk.database.close()
    assert owner.staff.role == OWNER  # what this desk signed in with
    with pytest.raises(NotAllowed, match="Only the owner"):
        staff.all_staff(owner)


def test_wrong_passwords_make_every_desk_wait_on_a_server_too(
    owner: Context, target: str, clock: FixedClock
) -> None:
    """The count is kept where every desk and every command sees it: beside the file, or in the server's
    database. The right password after five wrong ones waits too; then it starts the count again."""
    from datetime import timedelta

    for _ in range(5):
        with pytest.raises(SignInRefused, match="not right"):
            _sign_in(target, "sam", "verkeerd-1", clock)
    with pytest.raises(SignInRefused, match="Try again in 1 seconds") as waiting:
        _sign_in(target, "sam", SAM_PASSWORD, clock)
    assert waiting.value.wait_seconds == 1
    with pytest.raises(SignInRefused, match="Try again"):  # another desk's lock screen waits as well
        signing_in.confirm_password(owner, "marleen", OWNER_PASSWORD)
    later = FixedClock(clock.now() + timedelta(seconds=1))
    assert _sign_in(target, "sam", SAM_PASSWORD, later).staff.username == "sam"
    with pytest.raises(SignInRefused) as fresh:
        _sign_in(target, "sam", "verkeerd-1", later)
    assert fresh.value.wait_seconds == 0


@pytest.mark.parametrize("target", ["postgresql"], indirect=True)
def test_a_server_keeps_a_memory_hard_hash_and_never_the_password(owner: Context, target: str) -> None:
    with owner.database.reading() as session:
        query = select(StaffUser.username, StaffUser.password_hash)
        stored = {name: hash_ or "" for name, hash_ in session.execute(query)}
    assert stored["sam"] and stored["sam"].startswith("$argon2id$")
    cost = key_slots.DEFAULT_COST  # the key slots' cost (the tests' is low: tests/conftest.py)
    assert f"m={cost.memory_kib},t={cost.passes},p={cost.lanes}$" in stored["sam"]
    assert SAM_PASSWORD not in stored["sam"] and OWNER_PASSWORD not in stored["marleen"]


@pytest.mark.parametrize("target", ["postgresql"], indirect=True)
def test_a_second_first_start_on_the_same_server_database_is_refused(
    first: signing_in.FirstStart, target: str, clock: FixedClock
) -> None:
    """Two desks at their first start against one server: the second is told to sign in, and gets no
    owner of its own (anyone who can connect would otherwise make themselves owner)."""
    from spaceoptics_desk.services.errors import Conflict

    with pytest.raises(Conflict, match="sign in"):
        signing_in.create_database(target, "indringer", "Iemand Anders", "Ander-wachtwoord", clock)
    with first.context.database.reading() as session:
        assert set(session.scalars(select(StaffUser.username))) == {"marleen"}
    with pytest.raises(SignInRefused):
        _sign_in(target, "indringer", "Ander-wachtwoord", clock)


@pytest.mark.parametrize("target", ["postgresql"], indirect=True)
def test_a_server_database_nobody_can_sign_in_to_yet_is_named_so(target: str) -> None:
    from sqlalchemy import make_url

    from spaceoptics_desk.operations.opening import refuse_unless_encrypted

    with pytest.raises(DatabaseUnavailable, match="Nobody can sign in") as refused:
        refuse_unless_encrypted(target)
    password = make_url(target).password
    assert password and str(password) not in refused.value.text() + str(refused.value)  # never shown
