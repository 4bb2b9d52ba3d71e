"""Consent through the doors (issue 11; R18-R20): every staff member may record a change, and the
operation says which customer's ledger changed (nothing when nothing was recorded)."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from spaceoptics_desk.operations import consent
from spaceoptics_desk.operations.changes import Changes
from spaceoptics_desk.operations.context import Context
from spaceoptics_desk.store.database import Database
from spaceoptics_desk.store.models import ConsentEvent
from tests.services.conftest import Shop


def _events(database: Database) -> int:
    with database.reading() as session:
        return session.scalar(select(func.count()).select_from(ConsentEvent)) or 0


@pytest.mark.parametrize("who", ["staff", "owner"])
def test_a_consent_switched_says_whose_ledger_changed(
    who: str, request: pytest.FixtureRequest, database: Database, shop: Shop
) -> None:
    context: Context = request.getfixturevalue(who)
    given = consent.switch_consent(context, shop.jan, "newsletter", True, "email")
    assert given.result is not None and given.result.action == "given"
    assert given.changes == Changes(customers=frozenset({shop.jan}))
    again = consent.switch_consent(context, shop.jan, "newsletter", True, "email")
    assert again.result is None and not again.changes
    assert _events(database) == 1


def test_stopping_all_marketing_says_whose_ledger_changed(
    staff: Context, database: Database, shop: Shop
) -> None:
    consent.switch_consent(staff, shop.zoe, "promotions", True, "web")
    stopped = consent.object_to_marketing(staff, shop.zoe, "phone", "called")
    assert [c.purpose_key for c in stopped.result] == ["promotions", "social-media-ads"]
    assert stopped.changes == Changes(customers=frozenset({shop.zoe}))
    again = consent.object_to_marketing(staff, shop.zoe, "phone")
    assert again.result == [] and not again.changes
