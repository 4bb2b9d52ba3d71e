"""The key file: a password opens only its own slot, and a damaged or missing file unlocks nothing
(issue 12, AVG 32)."""

from __future__ import annotations

import json
import os
import secrets
import stat
import time
from pathlib import Path

import pytest

from spaceoptics_desk.store import key_slots
from spaceoptics_desk.store.errors import KeyFileUnusable

KEY = secrets.token_bytes(32)


def test_a_slot_opens_with_its_password_only() -> None:
    slot = key_slots.wrap(KEY, "sam", "geheim wachtwoord")
    assert key_slots.unwrap(slot, "geheim wachtwoord") == KEY
    assert key_slots.unwrap(slot, "geheim wachtwoorD") is None
    assert key_slots.unwrap(slot, "") is None


def test_a_slot_renamed_in_the_file_does_not_open(db_path: Path) -> None:
    """The name is part of what the slot seals: copying Sam's slot under the owner's name gives nothing."""
    key_slots.write(db_path, {"sam": key_slots.wrap(KEY, "sam", "sams wachtwoord")})
    document = json.loads(key_slots.key_file(db_path).read_text())
    document["slots"][0]["name"] = "owner"
    key_slots.key_file(db_path).write_text(json.dumps(document))
    slot = key_slots.read(db_path)["owner"]
    assert key_slots.unwrap(slot, "sams wachtwoord") is None


def test_the_file_holds_no_key_and_no_password_and_is_owner_only(db_path: Path) -> None:
    password = "Zomer2026!Maurik"
    key_slots.write(db_path, {"owner": key_slots.wrap(KEY, "owner", password)})
    for path in (key_slots.key_file(db_path), key_slots.key_file_copy(db_path)):
        raw = path.read_bytes()
        assert KEY not in raw and KEY.hex().encode() not in raw
        assert password.encode() not in raw
        if os.name == "posix":
            assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert key_slots.read(db_path)["owner"].name == "owner"


@pytest.mark.parametrize(
    "damage",
    [
        b"",
        b"{not json",
        b'{"format": "spaceoptics-desk key slots", "version": 1}',
        b'{"format": "something else", "version": 1, "slots": []}',
        b"\x00" * 300,
    ],
)
def test_a_damaged_key_file_is_named_and_points_to_its_copy(db_path: Path, damage: bytes) -> None:
    key_slots.write(db_path, {"owner": key_slots.wrap(KEY, "owner", "wachtwoord1")})
    key_slots.key_file(db_path).write_bytes(damage)
    with pytest.raises(KeyFileUnusable) as refused:
        key_slots.read(db_path)
    assert str(key_slots.key_file_copy(db_path)) in str(refused.value)
    # The copy beside the backups is whole and opens with the password.
    copy = key_slots.key_file_copy(db_path)
    key_slots.key_file(db_path).write_bytes(copy.read_bytes())
    assert key_slots.unwrap(key_slots.read(db_path)["owner"], "wachtwoord1") == KEY


def test_a_slot_with_a_damaged_field_does_not_open(db_path: Path) -> None:
    key_slots.write(db_path, {"owner": key_slots.wrap(KEY, "owner", "wachtwoord1")})
    document = json.loads(key_slots.key_file(db_path).read_text())
    wrapped = bytearray(__import__("base64").b64decode(document["slots"][0]["wrapped"]))
    wrapped[0] ^= 1
    document["slots"][0]["wrapped"] = __import__("base64").b64encode(bytes(wrapped)).decode()
    key_slots.key_file(db_path).write_text(json.dumps(document))
    assert key_slots.unwrap(key_slots.read(db_path)["owner"], "wachtwoord1") is None


def test_a_missing_key_file_says_so(db_path: Path) -> None:
    with pytest.raises(KeyFileUnusable, match="missing"):
        key_slots.read(db_path)


def test_the_default_cost_is_memory_hard_and_takes_a_sign_in_s_time() -> None:
    """Issue 12: argon2id, memory-hard; sign-in 100-500 ms (make bench measures it with the opening)."""
    cost = key_slots.KdfCost()
    assert cost.memory_kib >= 64 * 1024 and cost.passes >= 2
    started = time.perf_counter()
    key_slots.unwrap(key_slots.wrap(KEY, "owner", "wachtwoord1", cost), "wachtwoord1")
    # Two derivations (wrap and unwrap): each well above a fast hash's microseconds.
    assert time.perf_counter() - started > 0.05


def test_two_writers_at_once_never_leave_half_a_file_or_fail(db_path: Path) -> None:
    """Two desks replacing the key file at the same moment: each writes its own sibling first."""
    import threading

    from spaceoptics_desk.private_files import replace_privately

    target = key_slots.key_file(db_path)
    failures: list[BaseException] = []

    def write(marker: bytes) -> None:
        try:
            for _ in range(200):
                replace_privately(target, marker * 5000)
        except BaseException as error:
            failures.append(error)

    writers = [threading.Thread(target=write, args=(m,)) for m in (b"a", b"b")]
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join()
    assert failures == []
    assert target.read_bytes() in (b"a" * 5000, b"b" * 5000)
    assert [p.name for p in db_path.parent.iterdir() if p.name.endswith(".writing")] == []
