"""Filling an empty database with a demo shop of invented customers (spaceoptics_desk/demo/)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from spaceoptics_desk.domain.permissions import Action
from spaceoptics_desk.operations.changes import EVERYTHING, Outcome
from spaceoptics_desk.operations.context import Context, operation

if TYPE_CHECKING:
    from spaceoptics_desk.demo.shop import DemoSummary

# The demo's two people and their passwords (README "Demo passwords"); demo/shop.py ensure_staff()s the
# same names. Invented people with published passwords: a demo database holds invented customers only.
DEMO_OWNER = ("owner", "Marleen Verhoef")
DEMO_OWNER_PASSWORD = "demo-eigenaar"
DEMO_STAFF = ("staff", "Sam Jansen")
DEMO_STAFF_PASSWORD = "demo-medewerker"


@operation(Action.FILL_DEMO)
def fill_demo_database(
    context: Context,
    customers: int,
    seed: int,
    busiest_customer_orders: int = 0,
    progress: Callable[[int, int], None] | None = None,
    only_if_empty: bool = False,
) -> Outcome[DemoSummary | None]:
    """Invented customers with their history up to the context's clock, and the staff `owner` and
    `staff`; None when `only_if_empty` and the database already has customers (nothing is made).

    The demo writes in its own single transaction, not as a staff member: it makes the staff itself."""
    from spaceoptics_desk.demo.shop import create_demo_data  # Faker loads only here
    from spaceoptics_desk.services.lookup import customer_count

    if only_if_empty:
        with context.reading(Action.FILL_DEMO) as session:
            if customer_count(session):
                return Outcome(None)
    summary = create_demo_data(
        context.database,
        customers=customers,
        seed=seed,
        clock=context.clock,
        busiest_customer_orders=busiest_customer_orders,
        progress=progress,
    )
    return Outcome(summary, EVERYTHING)
