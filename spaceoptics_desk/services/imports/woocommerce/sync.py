"""What changed in the shop since the last sync: customers, then orders, as incoming records (issue 13).

`fetch_changes(client, since)` reads; the caller applies what it yields and, only once it has applied all
of it, stores `feed.high_water_mark()` as the next `since`. A sync that fails halfway (a timeout, a 500
that does not go away, a kill) stores nothing, so the next one starts from the old mark and nothing is
skipped. Records that come twice (the overlap below, or a record that changed while it was being read)
are harmless: the importer is idempotent, and the feed passes each version of a record once.

Why the mark is the shop's clock at the start and not the highest `date_modified_gmt` read: customers are
read before orders, so a customer changed while the orders were being read would have an earlier date
than the last order and be skipped next time. Everything changed before the first answer has been read by
the end of both passes; what changed later comes again next time.

Orders are read as WooCommerce allows, ordered by `date_modified` (then id), oldest first, from a cursor:
each request asks for page 1 of "modified after the last date seen, minus one second" (WordPress's
`after` is exclusive and its dates have whole seconds, so an order in the same second as the last one of a
page is not lost). A page number would not do: an order that changes while pages are read moves to the
end, every later order moves up one place, and the first order of the next page would never be seen. Only
when a whole page shares one second (a bulk action) does the feed page on within that second; if an order
of such a run changes or disappears meanwhile, the run is read again.

Customers: WooCommerce cannot filter or sort them by modification date (WP_User_Query), so all are read by
id, oldest first (new sign-ups come last and push nothing), and those unchanged since `since` are passed
over here. When the count drops while reading (a customer deleted, which shifts the pages), they are read
once more.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from spaceoptics_desk.domain.incoming import ReadResult
from spaceoptics_desk.errors import QT_TRANSLATE_NOOP
from spaceoptics_desk.services.imports.woocommerce.client import (
    PER_PAGE,
    Page,
    Reason,
    WooCommerceClient,
    WooCommerceError,
)
from spaceoptics_desk.services.imports.woocommerce.records import (
    NO_CONSENT_KEYS,
    modified_at,
    read_customer,
    read_order,
    record_id,
)

# Changes committed a little late, or a shop clock a little off, still fall inside the next sync.
OVERLAP = timedelta(minutes=5)
MOST_PASSES = 3  # re-reads of a run or of the customers before the sync gives up (the mark stays)
_ONE_SECOND = timedelta(seconds=1)


@dataclass(frozen=True)
class ShopCounts:
    """What "test connection" shows: how many customers and orders the key can read."""

    customers: int | None
    orders: int | None


def test_connection(client: WooCommerceClient) -> ShopCounts:
    """Two one-record requests: the key works and can read both collections, or the reason it cannot."""
    customers = client.get("customers", {"per_page": 1})
    orders = client.get("orders", {"per_page": 1})
    return ShopCounts(customers=customers.total, orders=orders.total)


def fetch_changes(
    client: WooCommerceClient,
    since: datetime | None,
    *,
    consent_keys: Mapping[str, str] = NO_CONSENT_KEYS,
    overlap: timedelta = OVERLAP,
) -> ChangeFeed:
    """Customers and then orders changed after `since` (None: everything), as the shop has them now."""
    return ChangeFeed(client, since, consent_keys=consent_keys, overlap=overlap)


class ChangeFeed(Iterator[ReadResult]):
    """The records of one sync, read page by page while the caller iterates.

    Attributes:
        since: the previous high-water mark (None: a first, full sync).
        complete: True once every customer and order has been yielded.
        customers, orders: how many of each were yielded (bad ones included). Each result's `row` is
            its place in the feed, 1, 2, ... over customers and orders (a problem never names an id).
        highest_modified: the latest `date_modified_gmt` among them (for the report).
        shop_time_at_start: the shop's clock when it first answered.
    """

    def __init__(
        self,
        client: WooCommerceClient,
        since: datetime | None,
        *,
        consent_keys: Mapping[str, str] = NO_CONSENT_KEYS,
        overlap: timedelta = OVERLAP,
    ) -> None:
        if since is not None and since.tzinfo is None:
            raise ValueError("since must be timezone-aware (UTC)")
        self.since = since
        self.complete = False
        self.customers = 0
        self.orders = 0
        self.highest_modified: datetime | None = None
        self.shop_time_at_start: datetime | None = None
        self._client = client
        self._consent_keys = consent_keys
        self._floor = None if since is None else since.astimezone(UTC) - overlap
        self._records = self._read()

    def __next__(self) -> ReadResult:
        return next(self._records)

    def high_water_mark(self) -> datetime | None:
        """The `since` for the next sync, to be stored only after everything yielded was applied.

        The shop's clock at the first answer; the old mark when the shop sent no Date header (nothing is
        skipped, the next sync reads the same again). Raises if the feed was not read to the end.
        """
        if not self.complete:
            raise RuntimeError("the feed was not read to the end: keep the old high-water mark")
        return self.shop_time_at_start if self.shop_time_at_start is not None else self.since

    def _read(self) -> Iterator[ReadResult]:
        yield from self._changed_customers()
        yield from self._changed_orders()
        self.complete = True

    def _get(self, endpoint: str, params: dict[str, str | int]) -> Page:
        page = self._client.get(endpoint, params)
        if self.shop_time_at_start is None:
            self.shop_time_at_start = page.shop_time
        return page

    def _note(self, moment: datetime | None) -> None:
        if moment is not None and (self.highest_modified is None or moment > self.highest_modified):
            self.highest_modified = moment

    def _changed_customers(self) -> Iterator[ReadResult]:
        seen: dict[int, datetime | None] = {}
        for _ in range(MOST_PASSES):
            shrank = False
            first_total: int | None = None
            page_number = 1
            while True:
                page = self._get(
                    "customers", {"per_page": PER_PAGE, "page": page_number, "orderby": "id", "order": "asc"}
                )
                if first_total is None:
                    first_total = page.total
                elif _fewer(page.total, first_total):
                    shrank = True
                for record in page.records:
                    moment = modified_at(record)
                    if self._floor is not None and moment is not None and moment <= self._floor:
                        continue  # unchanged since the last sync
                    if not _new_version(seen, record, moment):
                        continue
                    self.customers += 1
                    self._note(moment)
                    yield read_customer(record, self.customers + self.orders, self._consent_keys)
                if _last_page(page, page_number):
                    break
                page_number += 1
            if not shrank:
                return
        raise _kept_changing(self._client)

    def _changed_orders(self) -> Iterator[ReadResult]:
        seen: dict[int, datetime | None] = {}
        cursor = self._floor
        page_number = 1  # above 1 only inside a run of more than a page within one second
        run: dict[int, datetime | None] = {}  # ids read inside such a run -> the cursor it was read from
        run_total: int | None = None
        again = _Rewind()
        forgotten_before: datetime | None = None
        while True:
            params: dict[str, str | int] = {
                "per_page": PER_PAGE,
                "page": page_number,
                "orderby": "modified",
                "order": "asc",
                "dates_are_gmt": "true",
            }
            if cursor is not None:
                params["modified_after"] = cursor.strftime("%Y-%m-%dT%H:%M:%S")
            page = self._get("orders", params)
            if page_number > 1 and _fewer(page.total, run_total):
                again.back_to(cursor)  # an order of the run was deleted meanwhile: the places shifted
            run_total = page.total
            latest: datetime | None = None
            for record in page.records:
                moment = modified_at(record)
                if moment is not None and (latest is None or moment > latest):
                    latest = moment
                identity = record_id(record)
                if identity in run and identity in seen and _newer(moment, seen[identity]):
                    again.back_to(run[identity])  # it left its run while the run was being read
                if not _new_version(seen, record, moment):
                    continue
                self.orders += 1
                self._note(moment)
                yield read_order(record, self.customers + self.orders, self._consent_keys)
            if _last_page(page, page_number):
                if not again.wanted:
                    return
                if again.count >= MOST_PASSES:
                    raise _kept_changing(self._client)
                cursor, page_number, run = again.cursor, 1, {}
                again.done()
                continue
            following = None if latest is None else (latest - _ONE_SECOND).replace(microsecond=0)
            if following is not None and (cursor is None or following > cursor):
                cursor, page_number = following, 1
                forgotten_before = _forget_passed(seen, [cursor, *run.values()], forgotten_before)
                continue
            # A whole page within one second (a bulk action), or without dates: page on in this query.
            for record in page.records:
                identity = record_id(record)
                if identity is not None:
                    run.setdefault(identity, cursor)
            page_number += 1


class _Rewind:
    """Whether part of the orders must be read again, and from which cursor (None: the beginning)."""

    def __init__(self) -> None:
        self.wanted = False
        self.cursor: datetime | None = None
        self.count = 0

    def back_to(self, cursor: datetime | None) -> None:
        if not self.wanted:
            self.wanted, self.cursor = True, cursor
        elif self.cursor is not None:
            self.cursor = None if cursor is None else min(self.cursor, cursor)

    def done(self) -> None:
        self.wanted = False
        self.count += 1


def _new_version(seen: dict[int, datetime | None], record: object, moment: datetime | None) -> bool:
    """Whether this record has not been passed on yet in this version (then it is noted as passed)."""
    identity = record_id(record)
    if identity is None:
        return True  # a broken record: passed on, to be reported
    if identity in seen and not _newer(moment, seen[identity]):
        return False
    seen[identity] = moment
    return True


def _forget_passed(
    seen: dict[int, datetime | None], cursors: list[datetime | None], before: datetime | None
) -> datetime | None:
    """Drops what no later query can bring again unchanged: versions from before every cursor the read
    may still go back to (the current one, those of a run within one second that a rewind returns to).
    A first sync of a whole shop would otherwise keep a million orders here (120 MB, make bench).
    `before`: what was forgotten already (returned anew), so a cursor held back by an early run costs no
    second look at everything."""
    if None in cursors:
        return before  # a rewind may go back to the beginning
    earliest = min(cursor for cursor in cursors if cursor is not None)
    if before is not None and earliest <= before:
        return before
    for identity in [key for key, moment in seen.items() if moment is not None and moment < earliest]:
        del seen[identity]
    return earliest


def _newer(moment: datetime | None, before: datetime | None) -> bool:
    return moment is not None and (before is None or moment > before)


def _fewer(total: int | None, before: int | None) -> bool:
    return total is not None and before is not None and total < before


def _last_page(page: Page, page_number: int) -> bool:
    return len(page.records) < PER_PAGE or (page.total_pages is not None and page_number >= page.total_pages)


def _kept_changing(client: WooCommerceClient) -> WooCommerceError:
    return WooCommerceError(
        QT_TRANSLATE_NOOP(
            "errors",
            "The shop {host} changed faster than the app could read it. Try again later; nothing was "
            "skipped.",
        ),
        Reason.KEPT_CHANGING,
        host=client.shop.host,
    )
