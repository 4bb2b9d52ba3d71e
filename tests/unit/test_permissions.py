"""The one table of who may take which action (issue 10 §3, issue 11; R7, R11, R14, R21, R23, R32)."""

from __future__ import annotations

from spaceoptics_desk.domain.permissions import (
    OWNER,
    PERMISSIONS,
    STAFF,
    Action,
    may,
    refusal,
)


def test_only_the_owner_erases_restores_and_lets_a_copy_leave_the_app() -> None:
    for action in (Action.ERASE, Action.RESTORE, Action.EXPORT_COPY):
        assert may(OWNER, action)
        assert not may(STAFF, action)
        assert refusal(OWNER, action) is None
    assert refusal(STAFF, Action.ERASE) == "Only the owner can erase a customer."
    assert refusal(STAFF, Action.RESTORE) == "Only the owner can restore a backup."
    assert refusal(STAFF, Action.EXPORT_COPY) == (
        "Only the owner can make, save or send a copy of a customer's data."
    )


def test_an_unknown_role_may_do_nothing_and_every_action_has_a_reason() -> None:
    assert all(not may("intern", action) for action in Action)
    assert set(PERMISSIONS) == set(Action)
    assert all(p.refusal.startswith("Only ") for p in PERMISSIONS.values())


def test_what_only_the_owner_may_do() -> None:
    # Irreversible (erase, restore, the review's decisions), data leaving the app (copies, the mailing
    # list, the mail server they go out by), the rules every deadline and erasure follows, and the check
    # of the audit log (issue 12: what it finds is for the one who answers for the records), and who may
    # sign in with which role (issue 12). Issue 13: many people's data coming in (an import), and the
    # webshop connection (its key reads every customer of the shop); the sync it sets up runs at any desk.
    # Issue 14: every row of the database copied to a server.
    owner_only = {action for action in Action if not may(STAFF, action)}
    assert owner_only == {
        Action.ERASE,
        Action.RESTORE,
        Action.EXPORT_COPY,
        Action.MAIL_SERVER,
        Action.DECIDE_RETENTION,
        Action.CHANGE_RULES,
        Action.CHANGE_HOLIDAYS,
        Action.EXPORT_MAILING_LIST,
        Action.VERIFY_AUDIT,
        Action.MANAGE_STAFF,
        Action.IMPORT,
        Action.SET_UP_SYNC,
        Action.MOVE_DATABASE,
    }
    assert may(STAFF, Action.SYNC)
    assert all(may(OWNER, action) for action in Action)
