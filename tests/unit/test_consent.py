"""Consent state derived from the append-only ledger (R19, R20): the newest event per purpose wins."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from spaceoptics_desk.domain.consent import (
    ConsentAction,
    ConsentEventFacts,
    ConsentState,
    ConsentStatus,
    current_consent,
)

T0 = datetime(2024, 3, 1, 12, 0, tzinfo=UTC)


def event(
    purpose: str, action: ConsentAction, minutes: int, sequence: int, channel: str = "web"
) -> ConsentEventFacts:
    return ConsentEventFacts(purpose, action, T0 + timedelta(minutes=minutes), channel, sequence)


def test_purpose_without_events_was_never_asked() -> None:
    assert current_consent(["newsletter"], []) == [
        ConsentState("newsletter", ConsentStatus.NEVER_ASKED, None, None)
    ]


def test_R20_withdrawal_after_consent_takes_effect_at_once() -> None:
    events = [
        event("newsletter", ConsentAction.GIVEN, 0, 1),
        event("newsletter", ConsentAction.WITHDRAWN, 5, 2, "phone"),
    ]
    [state] = current_consent(["newsletter"], events)
    assert state == ConsentState("newsletter", ConsentStatus.WITHDRAWN, T0 + timedelta(minutes=5), "phone")


def test_newest_event_wins_regardless_of_the_order_they_are_read_in() -> None:
    events = [
        event("newsletter", ConsentAction.GIVEN, 60, 3, "email"),
        event("newsletter", ConsentAction.WITHDRAWN, 30, 2),
        event("newsletter", ConsentAction.GIVEN, 0, 1),
    ]
    [state] = current_consent(["newsletter"], events)
    assert (state.status, state.since, state.channel) == (
        ConsentStatus.GIVEN,
        T0 + timedelta(hours=1),
        "email",
    )
    [reversed_state] = current_consent(["newsletter"], list(reversed(events)))
    assert reversed_state == state


def test_ledger_order_breaks_a_tie_within_the_same_second() -> None:
    events = [
        event("promotions", ConsentAction.WITHDRAWN, 0, 8),
        event("promotions", ConsentAction.GIVEN, 0, 7),
    ]
    [state] = current_consent(["promotions"], events)
    assert state.status is ConsentStatus.WITHDRAWN


def test_purposes_are_independent_and_come_back_in_the_asked_order() -> None:
    events = [
        event("newsletter", ConsentAction.GIVEN, 0, 1),
        event("promotions", ConsentAction.WITHDRAWN, 1, 2),
    ]
    states = current_consent(["promotions", "personal-advice", "newsletter"], events)
    assert [(s.purpose_key, s.status) for s in states] == [
        ("promotions", ConsentStatus.WITHDRAWN),
        ("personal-advice", ConsentStatus.NEVER_ASKED),
        ("newsletter", ConsentStatus.GIVEN),
    ]


def test_events_for_purposes_not_asked_about_are_ignored() -> None:
    assert current_consent([], [event("newsletter", ConsentAction.GIVEN, 0, 1)]) == []
