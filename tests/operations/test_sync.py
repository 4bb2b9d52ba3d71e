"""The webshop sync as the app and the scheduled job run it (issue 13): set up once, fetch what changed,
import it; a failed sync keeps the high-water mark so nothing is skipped (R32)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from spaceoptics_desk.domain.clock import FixedClock
from spaceoptics_desk.errors import KnownError
from spaceoptics_desk.operations.context import Context
from spaceoptics_desk.operations.sync import check_shop_connection, set_up_sync, sync_now, sync_status
from spaceoptics_desk.services import erasure
from spaceoptics_desk.services.errors import NotAllowed
from spaceoptics_desk.services.imports.woocommerce.client import Reason, WooCommerceError
from spaceoptics_desk.services.staff import acting_user
from spaceoptics_desk.store.database import Database
from spaceoptics_desk.store.models import Customer, CustomerLink, Order, OrderLink
from tests.woocommerce_server import KEY, SECRET, WooShop, order_like, touch, woo_shop_fixture

__all__ = ["woo_shop_fixture"]


@pytest.fixture(autouse=True)
def no_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    """This machine has no keyring backend: the key goes in the owner-only file beside the database."""
    monkeypatch.setattr(
        "spaceoptics_desk.services.imports.woocommerce.credentials.keyring_available", lambda: False
    )
    monkeypatch.delenv("SPACEOPTICS_WC_KEY", raising=False)
    monkeypatch.delenv("SPACEOPTICS_WC_SECRET", raising=False)


def counts(database: Database) -> tuple[int, int]:
    with database.reading() as session:
        linked = session.scalar(select(func.count()).select_from(CustomerLink)) or 0
        orders = session.scalar(select(func.count()).select_from(OrderLink)) or 0
        return linked, orders


def test_the_owner_sets_up_the_shop_once_and_a_sync_brings_its_customers_and_orders(
    owner: Context, database: Database, woo_shop: WooShop
) -> None:
    assert check_shop_connection(owner, woo_shop.url, KEY, SECRET).result.orders == len(woo_shop.orders)
    set_up_sync(owner, woo_shop.url, KEY, SECRET, soft_opt_in=False)
    report = sync_now(owner).result
    assert report.applied and report.tally.orders["added"] == len(woo_shop.orders)
    status = sync_status(owner).result
    assert status is not None and status.high_water_mark is not None
    assert status.last_result is not None and status.last_result["refused"] == report.total("refused")
    assert report.report_file is not None and report.report_file.stat().st_mode & 0o077 == 0
    # A second sync right after: nothing new at the shop, nothing changes here.
    again = sync_now(owner).result
    assert again.total("added") == 0 and again.total("changed") == 0


def test_a_failed_sync_keeps_the_mark_and_the_next_one_brings_what_changed(
    owner: Context, database: Database, woo_shop: WooShop, clock: FixedClock
) -> None:
    set_up_sync(owner, woo_shop.url, KEY, SECRET)
    sync_now(owner)
    mark = sync_status(owner).result.high_water_mark  # type: ignore[union-attr]
    assert mark is not None
    assert woo_shop.clock is not None
    later = woo_shop.clock + timedelta(hours=1)
    woo_shop.clock = later
    woo_shop.orders.append(order_like(woo_shop.orders[0], 9001, later))
    woo_shop.faults.server_error_always = True
    waits: list[float] = []
    with pytest.raises(WooCommerceError) as failure:
        sync_now(owner, wait=waits.append)
    assert failure.value.reason is Reason.SERVER_ERROR and waits  # it tried again before giving up
    status = sync_status(owner).result
    assert status is not None and status.high_water_mark == mark
    assert status.last_result == {"failed": "server_error"}
    woo_shop.faults.server_error_always = False
    report = sync_now(owner).result
    assert report.tally.orders["added"] == 1
    with database.reading() as session:
        assert session.scalar(select(Order.id).where(Order.order_number == "9001")) is not None


def test_a_wrong_secret_is_refused_with_the_reason(owner: Context, woo_shop: WooShop) -> None:
    with pytest.raises(WooCommerceError) as failure:
        check_shop_connection(owner, woo_shop.url, KEY, "cs_wrong")
    assert failure.value.reason is Reason.CREDENTIALS_REFUSED
    assert "cs_wrong" not in str(failure.value) and SECRET not in str(failure.value)


def test_staff_may_sync_but_not_set_up_the_connection(
    owner: Context, staff: Context, woo_shop: WooShop
) -> None:
    with pytest.raises(NotAllowed):
        set_up_sync(staff, woo_shop.url, KEY, SECRET)
    set_up_sync(owner, woo_shop.url, KEY, SECRET)
    assert sync_now(staff).result.applied


def test_without_a_connection_the_sync_says_so(owner: Context) -> None:
    with pytest.raises(KnownError):
        sync_now(owner)


def test_an_erased_webshop_customer_is_not_brought_back_by_the_next_sync(
    owner: Context, database: Database, woo_shop: WooShop, clock: FixedClock
) -> None:
    set_up_sync(owner, woo_shop.url, KEY, SECRET)
    sync_now(owner)
    with database.reading() as session:
        linked = session.scalars(select(CustomerLink.customer_id).order_by(CustomerLink.id)).first()
    assert linked is not None
    with database.transaction() as session:
        erasure.erase_person(session, acting_user(session, "owner"), clock, linked, "request", None)
    # The shop still has them (and touches them): the next sync refuses them (R32).
    assert woo_shop.clock is not None
    for record in woo_shop.customers:
        touch(record, woo_shop.clock + timedelta(hours=2))
    woo_shop.clock = woo_shop.clock + timedelta(hours=3)
    report = sync_now(owner).result
    assert report.tally.reasons["refused:erased"] >= 1
    with database.reading() as session:
        assert session.get(Customer, linked) is None
        assert linked not in set(session.scalars(select(CustomerLink.customer_id)))
