"""Issue 10 §2 (R32): a restore validates before it touches anything, and never brings the erased back.

Found in the adversarial run: a foreign SQLite file or a newer schema replaced the live database (and
the command said it was left untouched); a killed restore left erased people back with an empty journal;
restoring to a new path after the live file was lost replayed nothing, because the journal lived only
inside the database it should protect.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
import sqlcipher3
from sqlalchemy import func, select

from spaceoptics_desk.domain.clock import FixedClock
from spaceoptics_desk.services import backups, consent, erasure, recipient_tasks, restore
from spaceoptics_desk.services.staff import acting_user
from spaceoptics_desk.store import database_files, erasure_journal, installation
from spaceoptics_desk.store.cipher import DatabaseKey
from spaceoptics_desk.store.database import Database, open_database
from spaceoptics_desk.store.errors import BackupRefused, DatabaseUnavailable
from spaceoptics_desk.store.models import Customer, ErasureJournalEntry
from tests.records import request_case
from tests.services.conftest import Shop


def erase(database: Database, customer_id: int, clock: FixedClock) -> None:
    """An erasure request as the shop handles it: intake, identity checked (R7), erased."""
    case_id = request_case(database, clock, customer_id, "erasure")
    with database.transaction() as session:
        erasure.erase_customer(session, acting_user(session, "owner"), clock, customer_id, case_id)


def fingerprint(path: Path) -> str:
    """Only with no connection open in this process (DESIGN.md: never read a connected file)."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def customers_present(path: Path, *ids: int, key: DatabaseKey | None = None) -> dict[int, bool]:
    database = open_database(str(path), key=key)
    try:
        with database.reading() as session:
            return {cid: session.get(Customer, cid) is not None for cid in ids}
    finally:
        database.close()


def test_R32_the_journal_is_kept_beside_the_backups_without_personal_data(
    database: Database, db_path: Path, shop: Shop, clock: FixedClock
) -> None:
    erase(database, shop.zoe, clock)
    database.close()
    [journal] = erasure_journal.find_journals([backups.backups_dir(db_path)])
    assert len(journal.lines) == 1 and journal.lines[0].basis == "request"
    raw = journal.path.read_bytes()
    for personal in (b"zoe", b"Zo\xc3\xab", b"Vries", b"K000124", b"Prinsengracht", b"6241111"):
        assert personal.lower() not in raw.lower()
    assert journal.path.stat().st_mode & 0o777 == 0o600
    assert journal.path.parent.stat().st_mode & 0o777 == 0o700


def test_R32_an_entry_the_file_missed_is_copied_out_at_the_next_opening(
    database: Database, db_path: Path, shop: Shop, clock: FixedClock
) -> None:
    erase(database, shop.zoe, clock)
    database.close()
    [journal] = erasure_journal.find_journals([backups.backups_dir(db_path)])
    journal.path.unlink()  # as if the process died between the commit and the append
    open_database(str(db_path)).close()
    [again] = erasure_journal.find_journals([backups.backups_dir(db_path)])
    assert [line.id for line in again.lines] == [line.id for line in journal.lines]


def test_R32_a_restore_to_a_new_path_after_the_live_file_is_lost_keeps_the_erased_erased(
    database: Database, db_path: Path, shop: Shop, clock: FixedClock, tmp_path: Path
) -> None:
    made = backups.make_backup(db_path, clock)
    erase(database, shop.zoe, clock)
    database.close()
    for lost in db_path.parent.glob(f"{db_path.name}*"):
        lost.unlink()  # the laptop's disk died; the backups folder survived (on another disk, say)
    elsewhere = tmp_path / "new-pc" / "shop.db"
    elsewhere.parent.mkdir()
    result = restore.restore(elsewhere, made.path, "owner", clock)
    assert (result.journal_entries, result.erased_again) == (1, 1)
    assert customers_present(elsewhere, shop.zoe, shop.jan) == {shop.zoe: False, shop.jan: True}


@pytest.mark.parametrize(
    "make_file",
    [
        pytest.param(
            lambda path: sqlcipher3.connect(path).execute("CREATE TABLE notes(x)").connection.commit(),
            id="foreign",
        ),
        pytest.param(
            lambda path: path.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 40), id="garbage"
        ),
        pytest.param(lambda path: path.write_bytes(b"%PDF-1.7 not a database at all"), id="not-sqlite"),
    ],
)
def test_a_file_that_is_not_our_backup_is_refused_and_the_database_is_untouched(
    database: Database,
    db_path: Path,
    shop: Shop,
    clock: FixedClock,
    tmp_path: Path,
    make_file: Callable[[Path], object],
) -> None:
    database.close()
    before = fingerprint(db_path)
    other = tmp_path / "other.db"
    make_file(other)
    with pytest.raises(BackupRefused) as refused:
        restore.restore(db_path, other, "owner", clock)
    assert str(refused.value) == (
        f"{other} is not a backup of a SpaceOptics Desk database. Nothing was restored; the database "
        "was left untouched."
    )
    assert fingerprint(db_path) == before
    assert not list(db_path.parent.glob("*.restoring*"))


def test_a_backup_of_a_newer_schema_is_refused_and_the_database_is_untouched(
    database: Database, db_path: Path, shop: Shop, clock: FixedClock
) -> None:
    made = backups.make_backup(db_path, clock)
    database.close()
    newer = sqlcipher3.connect(made.path)
    with newer:
        newer.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    newer.close()
    before = fingerprint(db_path)
    with pytest.raises(BackupRefused, match="made by a newer version"):
        restore.restore(db_path, made.path, "owner", clock)
    assert fingerprint(db_path) == before


def test_a_damaged_backup_is_refused(
    database: Database, db_path: Path, shop: Shop, clock: FixedClock
) -> None:
    made = backups.make_backup(db_path, clock)
    database.close()
    data = bytearray(made.path.read_bytes())
    data[len(data) // 2 : len(data) // 2 + 4096] = bytes(4096)  # a block of zeros over a table page
    made.path.write_bytes(bytes(data))
    before = fingerprint(db_path)
    with pytest.raises(BackupRefused, match=r"damaged|not a backup"):
        restore.restore(db_path, made.path, "owner", clock)
    assert fingerprint(db_path) == before


def test_a_backup_of_another_database_is_refused(
    database: Database, db_path: Path, shop: Shop, clock: FixedClock, tmp_path: Path
) -> None:
    database.close()
    other_path = tmp_path / "other-shop" / "shop.db"
    other_path.parent.mkdir()
    open_database(str(other_path), create=True).close()
    made = backups.make_backup(other_path, clock)
    before = fingerprint(db_path)
    with pytest.raises(BackupRefused, match="of another database"):
        restore.restore(db_path, made.path, "owner", clock)
    assert fingerprint(db_path) == before


def test_the_live_database_itself_is_not_a_backup(
    database: Database, db_path: Path, shop: Shop, clock: FixedClock
) -> None:
    database.close()
    with pytest.raises(BackupRefused):
        restore.restore(db_path, db_path, "owner", clock)


HOLDER = """
import sqlcipher3, sys
connection = sqlcipher3.connect(sys.argv[1])
connection.execute("SELECT count(*) FROM customers").fetchall()
print("open", flush=True)
sys.stdin.read()
"""


def test_a_restore_while_another_program_has_the_database_open_is_refused(
    database: Database, db_path: Path, shop: Shop, clock: FixedClock
) -> None:
    made = backups.make_backup(db_path, clock)
    erase(database, shop.zoe, clock)
    database.close()
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db_path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        with pytest.raises(DatabaseUnavailable, match="open in another program"):
            restore.restore(db_path, made.path, "owner", clock)
    finally:
        holder.communicate("")
    assert customers_present(db_path, shop.zoe) == {shop.zoe: False}


def test_R32_the_restored_database_keeps_its_identity_and_journal(
    database: Database, db_path: Path, shop: Shop, clock: FixedClock
) -> None:
    made = backups.make_backup(db_path, clock)
    erase(database, shop.zoe, clock)
    database.close()
    [before] = erasure_journal.find_journals([backups.backups_dir(db_path)])
    result = restore.restore(db_path, made.path, "owner", clock)
    assert result.erased_again == 1
    [after] = erasure_journal.find_journals([backups.backups_dir(db_path)])
    assert after.database_id == before.database_id
    assert {line.id for line in before.lines} < {line.id for line in after.lines}  # + the re-erasure
    # The restored copy's own journal holds them too, so the next restore needs no file at all.
    reopened = open_database(str(db_path))
    try:
        with reopened.reading() as session:
            assert session.scalar(select(func.count()).select_from(ErasureJournalEntry)) == 2
    finally:
        reopened.close()
    header = json.loads(after.path.read_text(encoding="utf-8").splitlines()[0])
    assert header["kind"] == "spaceoptics-desk erasure journal"


# --- found by the adversarial run -------------------------------------------------------------------


def test_R32_an_erasure_made_at_another_desk_while_the_restore_prepares_stays(
    database: Database, db_path: Path, shop: Shop, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = backups.make_backup(db_path, clock)
    database.close()
    carry_over = restore._carry_over

    def another_desk_erases_meanwhile(
        restored: Database, live_file: Path, marks: restore._Marks, key: DatabaseKey | None
    ) -> tuple[int, dict[str, int]]:
        other = open_database(str(live_file))
        try:
            erase(other, shop.johan, clock)  # after the restore read the live journal, before it replaces
        finally:
            other.close()
        return carry_over(restored, live_file, marks, key)

    monkeypatch.setattr(restore, "_carry_over", another_desk_erases_meanwhile)
    result = restore.restore(db_path, made.path, "owner", clock)
    assert result.erased_again == 1
    assert customers_present(db_path, shop.johan, shop.jan) == {shop.johan: False, shop.jan: True}


def test_R32_a_person_sharing_an_erased_persons_email_is_not_erased_by_a_restore(
    database: Database, db_path: Path, shop: Shop, clock: FixedClock
) -> None:
    with database.transaction() as session:
        johan = session.get(Customer, shop.johan)
        assert johan is not None
        johan.email = "zoe.devries@example.nl"
    made = backups.make_backup(db_path, clock)
    erase(database, shop.zoe, clock)
    database.close()
    result = restore.restore(db_path, made.path, "owner", clock)
    assert result.erased_again == 1
    assert customers_present(db_path, shop.zoe, shop.johan) == {shop.zoe: False, shop.johan: True}


DYING_WRITER = """
import os, signal, sqlcipher3, sys
writer = sqlcipher3.connect(sys.argv[1], isolation_level=None)
writer.execute("PRAGMA wal_autocheckpoint = 0")
for number in range(200):
    writer.execute("UPDATE customers SET first_name = ? WHERE id = ?", (f"x{number}", int(sys.argv[2])))
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_a_log_left_without_its_database_is_not_replayed_into_the_restored_one(
    database: Database, db_path: Path, shop: Shop, clock: FixedClock
) -> None:
    made = backups.make_backup(db_path, clock)
    erase(database, shop.zoe, clock)
    database.close()
    # A program writes pages into the log, never into the file, and dies; then the file is lost.
    subprocess.run([sys.executable, "-c", DYING_WRITER, str(db_path), str(shop.jan)], check=False)
    assert db_path.with_name(db_path.name + "-wal").stat().st_size > 0
    db_path.unlink()
    result = restore.restore(db_path, made.path, "owner", clock)
    assert result.orphaned_log_removed
    check = sqlcipher3.connect(db_path)
    assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    check.close()
    assert customers_present(db_path, shop.zoe, shop.jan) == {shop.zoe: False, shop.jan: True}


def test_a_damaged_live_database_is_set_aside_only_when_asked_and_the_journal_file_is_replayed(
    database: Database, db_path: Path, shop: Shop, clock: FixedClock
) -> None:
    made = backups.make_backup(db_path, clock)
    erase(database, shop.zoe, clock)
    database.close()
    data = db_path.read_bytes()
    db_path.write_bytes(data[: len(data) // 2])  # cut in half
    with pytest.raises(DatabaseUnavailable, match="--replace-damaged"):
        restore.restore(db_path, made.path, "owner", clock)
    result = restore.restore(db_path, made.path, "owner", clock, replace_damaged=True)
    assert result.set_aside is not None and result.set_aside.exists()
    assert result.set_aside.stat().st_mode & 0o777 == 0o600
    assert result.erased_again == 1
    assert customers_present(db_path, shop.zoe, shop.jan) == {shop.zoe: False, shop.jan: True}


def test_without_the_live_database_and_without_a_journal_a_restore_is_refused(
    database: Database, db_path: Path, shop: Shop, clock: FixedClock, tmp_path: Path
) -> None:
    made = backups.make_backup(db_path, clock)
    erase(database, shop.zoe, clock)
    database.close()
    alone = tmp_path / "usb-stick" / made.path.name
    alone.parent.mkdir()
    alone.write_bytes(made.path.read_bytes())  # the backup copied without its folder's journal
    elsewhere = tmp_path / "new-pc" / "shop.db"
    with pytest.raises(BackupRefused, match="No erasure journal"):
        restore.restore(elsewhere, alone, "owner", clock)
    assert not elsewhere.exists()
    # The owner knows better (nobody was erased since): then it is their word.
    assert restore.restore(elsewhere, alone, "owner", clock, without_journal=True).erased_again == 0


def test_a_backup_older_than_the_journal_reaches_back_is_refused(
    database: Database, db_path: Path, shop: Shop, clock: FixedClock
) -> None:
    made = backups.make_backup(db_path, clock)
    erase(database, shop.zoe, clock)
    later = FixedClock(clock.now() + timedelta(days=backups.MAX_AGE_DAYS + 5))
    with database.transaction() as session:
        backups.prune_journal(session, later, backups.backups_dir(db_path))
    database.close()
    with pytest.raises(BackupRefused, match="older than the erasure journal reaches back"):
        restore.restore(db_path, made.path, "owner", later)
    assert customers_present(db_path, shop.zoe) == {shop.zoe: False}


def test_a_damaged_journal_line_stops_the_restore_instead_of_skipping_an_erasure(
    database: Database, db_path: Path, shop: Shop, clock: FixedClock, tmp_path: Path
) -> None:
    made = backups.make_backup(db_path, clock)
    erase(database, shop.zoe, clock)
    erase(database, shop.johan, clock)
    database.close()
    [journal] = erasure_journal.find_journals([backups.backups_dir(db_path)])
    rows = journal.path.read_text(encoding="utf-8").splitlines()
    rows[1] = rows[1][:20]  # a line in the middle cut short
    journal.path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    db_path.unlink()
    with pytest.raises(erasure_journal.JournalDamaged, match="line 2"):
        restore.restore(db_path, made.path, "owner", clock)


def test_R32_the_journal_file_holds_no_salt_to_test_guesses_with(
    database: Database, db_path: Path, shop: Shop, clock: FixedClock
) -> None:
    erase(database, shop.zoe, clock)
    with database.reading() as session:
        salt = installation.salt(session)
    database.close()
    [journal] = erasure_journal.find_journals([backups.backups_dir(db_path)])
    assert salt.encode() not in journal.path.read_bytes()


def test_R16_R18_what_the_restore_undoes_is_said_and_a_persons_no_is_kept(
    database: Database, db_path: Path, shop: Shop, clock: FixedClock
) -> None:
    case_id = request_case(database, clock, shop.zoe, "erasure")
    made = backups.make_backup(db_path, clock)
    with database.transaction() as session:
        erasure.erase_customer(session, acting_user(session, "owner"), clock, shop.zoe, case_id)
        consent.object_to_marketing(session, acting_user(session, "owner"), clock, shop.jan, "phone", None)
    database.close()
    result = restore.restore(db_path, made.path, "owner", clock)
    assert result.kept_choices >= 1 and "customer_erased" in result.undone
    reopened = open_database(str(db_path))
    try:
        with reopened.reading() as session:
            toggles = consent.purpose_toggles(session, shop.jan, clock)
            tasks = recipient_tasks.tasks_of(session, case_id)
    finally:
        reopened.close()
    # Every marketing purpose off, and the objection to social-media ads on, as Jan said after the backup.
    assert {t.key: t.on for t in toggles if t.legal_basis == "consent"} == dict.fromkeys(
        [t.key for t in toggles if t.legal_basis == "consent"], False
    )
    assert [t.on for t in toggles if t.legal_basis == "objection"] == [True]
    assert tasks, "the erasure request's recipients are to be told again (R16)"


def test_a_sibling_left_by_a_killed_restore_to_a_new_path_is_removed_at_the_next_command(
    database: Database, db_path: Path, shop: Shop, clock: FixedClock, tmp_path: Path
) -> None:
    made = backups.make_backup(db_path, clock)
    database.close()
    elsewhere = tmp_path / "new-pc" / "shop.db"
    elsewhere.parent.mkdir()
    left = database_files.restoring_path(elsewhere)
    left.write_bytes(made.path.read_bytes())  # people's data, erased ones too, and no database yet
    with pytest.raises(DatabaseUnavailable, match="There is no database"):
        open_database(str(elsewhere))
    assert not left.exists()


def test_a_second_restore_while_one_runs_is_refused_and_leaves_the_first_ones_work(
    database: Database, db_path: Path, shop: Shop, clock: FixedClock
) -> None:
    made = backups.make_backup(db_path, clock)
    database.close()
    with database_files.preparing(db_path) as running:
        with pytest.raises(DatabaseUnavailable, match="running already"):
            restore.restore(db_path, made.path, "owner", clock)
        open_database(str(db_path)).close()  # the next command leaves a running restore's sibling alone
        assert running.exists()
    assert not running.exists()


def test_R32_a_renamed_backup_still_says_when_it_was_made(
    database: Database, db_path: Path, shop: Shop, clock: FixedClock, tmp_path: Path
) -> None:
    """A backup renamed by hand ('kopie van maandag') keeps its own date: a quiet shop's newest audit entry
    may be weeks older than the backup, which would refuse a good backup as too old."""
    made = backups.make_backup(db_path, clock)
    renamed = tmp_path / "kopie van maandag"
    renamed.write_bytes(made.path.read_bytes())
    later = FixedClock(clock.now() + timedelta(days=30))
    with database.transaction() as session:
        backups.prune_journal(session, later, backups.backups_dir(db_path))  # complete since 6 days ago
    database.close()
    assert restore.restore(db_path, renamed, "owner", later).erased_again == 0
    # The restored database knows how far its journal reaches, and a month later the copy is too old.
    much_later = FixedClock(clock.now() + timedelta(days=40))
    reopened = open_database(str(db_path))
    try:
        with reopened.transaction() as session:
            assert installation.journal_complete_since(session) == later.now() - timedelta(days=36)
            backups.prune_journal(session, much_later, backups.backups_dir(db_path))
    finally:
        reopened.close()
    with pytest.raises(BackupRefused, match="older than the erasure journal"):
        restore.restore(db_path, renamed, "owner", much_later)
