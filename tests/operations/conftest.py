"""The small hand-made shop of the service tests, and contexts of its owner and its staff member."""

from __future__ import annotations

import pytest

from spaceoptics_desk.domain.clock import FixedClock
from spaceoptics_desk.domain.permissions import OWNER, STAFF
from spaceoptics_desk.domain.staff import StaffMember
from spaceoptics_desk.operations.context import Context
from spaceoptics_desk.store.database import Database
from tests.services.conftest import Shop, count_queries, shop

__all__ = ["Shop", "count_queries", "shop"]


@pytest.fixture
def owner(database: Database, clock: FixedClock, shop: Shop) -> Context:
    return Context(database, StaffMember("owner", "Eigenaar", OWNER), clock)


@pytest.fixture
def staff(database: Database, clock: FixedClock, shop: Shop) -> Context:
    return Context(database, StaffMember("staff", "Medewerker", STAFF), clock)
