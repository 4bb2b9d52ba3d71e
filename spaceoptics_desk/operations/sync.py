"""The webshop sync (issue 13): the owner sets up the WooCommerce connection once; every desk (the app's
hourly timer, "Nu synchroniseren") and the CLI `sync` (a scheduled job) fetch what changed since the last
sync and import it like a file, in batches.

The high-water mark moves only after everything fetched has been applied: a sync that fails (the shop
unreachable, a wrong key, a 500 that stays) or is killed keeps the old mark, and the next sync fetches the
same changes again (the import is idempotent), so nothing is skipped. A record the shop holds in a shape
the app refuses is listed in the report; when it is corrected at the shop its modification date moves, and
the next sync takes it.
"""

from __future__ import annotations

import dataclasses
import secrets
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from spaceoptics_desk.domain.permissions import Action
from spaceoptics_desk.errors import QT_TRANSLATE_NOOP, InvalidInput
from spaceoptics_desk.operations.changes import EVERYTHING, NOTHING, Changes, Outcome, partly_done
from spaceoptics_desk.operations.context import Context, operation
from spaceoptics_desk.operations.imports import ImportProgress, ImportReport

if TYPE_CHECKING:
    from spaceoptics_desk.services.imports.sources import SyncSource
    from spaceoptics_desk.services.imports.tally import ImportTally
    from spaceoptics_desk.services.imports.woocommerce.client import ApiKey, WooCommerceClient
    from spaceoptics_desk.services.imports.woocommerce.credentials import KeptIn
    from spaceoptics_desk.services.imports.woocommerce.sync import ShopCounts

SYNC_FORMAT = "woocommerce-api"
SETTINGS_CHANGED = Changes(settings=True)


@dataclass(frozen=True)
class SyncSetUp:
    """Attributes:
    kept_in: where the API key is kept (keyring, an owner-only file, the environment).
    """

    shop: str
    kept_in: KeptIn


def _client(shop_url: str, api_key: ApiKey, wait: Callable[[float], None] = time.sleep) -> WooCommerceClient:
    from spaceoptics_desk.services.imports.woocommerce.client import WooCommerceClient

    return WooCommerceClient(shop_url, api_key, sleep=wait)


def _new_mark(fetched_up_to: datetime | None, tally: ImportTally) -> datetime | None:
    """Up to where the shop's changes are in: an order skipped for a restriction or a hold is not, so
    the mark stays before it and it is fetched again until it can be taken (R14, R15, R25)."""
    if fetched_up_to is None or tally.retry_from is None:
        return fetched_up_to
    return min(fetched_up_to, tally.retry_from - timedelta(seconds=1))


@operation(Action.SET_UP_SYNC)
def check_shop_connection(context: Context, shop_url: str, key: str, secret: str) -> Outcome[ShopCounts]:
    """One cheap request per collection: the key can read customers and orders, or why not."""
    from spaceoptics_desk.services.imports.woocommerce.client import ApiKey
    from spaceoptics_desk.services.imports.woocommerce.sync import test_connection

    context.confirm(Action.SET_UP_SYNC)
    return Outcome(test_connection(_client(shop_url, ApiKey(key.strip(), secret.strip()))))


@operation(Action.SET_UP_SYNC)
def set_up_sync(
    context: Context,
    shop_url: str,
    key: str | None,
    secret: str | None,
    *,
    soft_opt_in: bool = False,
    consent_fields: Mapping[str, str] | None = None,
) -> Outcome[SyncSetUp]:
    """Saves the connection (key and secret None: keep the ones kept already)."""
    from spaceoptics_desk.services.imports import sources
    from spaceoptics_desk.services.imports.woocommerce import credentials
    from spaceoptics_desk.services.imports.woocommerce.client import ApiKey, ShopAddress

    shop = ShopAddress.parse(shop_url).display
    folder = context.files_folder()
    with context.acting(Action.SET_UP_SYNC) as act:
        sources.set_up_source(
            act.session,
            act.actor,
            context.clock,
            shop,
            soft_opt_in=soft_opt_in,
            consent_fields=consent_fields or {},
        )
        if key is not None and secret is not None:
            kept_in = credentials.save_api_key(shop, ApiKey(key.strip(), secret.strip()), folder)
        else:
            found = credentials.load_api_key(shop, folder)
            if found is None:
                raise InvalidInput(
                    QT_TRANSLATE_NOOP("errors", "Enter the key and the secret of the shop's API.")
                )
            kept_in = found[1]
    return Outcome(SyncSetUp(shop, kept_in), SETTINGS_CHANGED)


@operation(Action.SYNC)
def sync_status(context: Context) -> Outcome[SyncSource | None]:
    """The connection and the last sync's result (the status bar), None when none is set up."""
    from spaceoptics_desk.services.imports.sources import sync_source

    with context.reading(Action.SYNC) as session:
        return Outcome(sync_source(session))


@operation(Action.SYNC)
def sync_now(
    context: Context,
    shop_url: str | None = None,
    *,
    dry_run: bool = False,
    progress: Callable[[ImportProgress], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    wait: Callable[[float], None] = time.sleep,
) -> Outcome[ImportReport]:
    """Fetches what changed at the shop since the last sync and imports it. `wait` is how the client
    waits before retrying a busy or failing shop (tests pass one that does not sleep)."""
    from spaceoptics_desk.domain.incoming import SourceKind
    from spaceoptics_desk.services.imports import sources
    from spaceoptics_desk.services.imports.importing import ImportSettings
    from spaceoptics_desk.services.imports.running import apply_records
    from spaceoptics_desk.services.imports.woocommerce import credentials
    from spaceoptics_desk.services.imports.woocommerce.client import WooCommerceError
    from spaceoptics_desk.services.imports.woocommerce.sync import fetch_changes

    with context.reading(Action.SYNC) as session:
        source = sources.sync_source(session)
    if source is None and shop_url is None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "No webshop connection is set up yet (the owner sets it up once).")
        )
    shop = shop_url or (source.url if source else "")
    found = credentials.load_api_key(shop, context.files_folder())
    if found is None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "No API key is kept for this shop; set up the connection.")
        )
    client = _client(shop, found[0], wait)
    # The connection set up in the app, when this is its shop (`--url` may name another: from the start).
    known = source if source is not None and source.url == client.shop.display else None
    same_shop = known is not None
    feed = fetch_changes(
        client,
        known.high_water_mark if known else None,
        consent_keys=known.consent_fields if known else {},
    )
    started = context.clock.now()
    settings = ImportSettings(SourceKind.WOOCOMMERCE, secrets.token_hex(8), bool(known and known.soft_opt_in))

    def tell(tally: ImportTally) -> None:
        if progress is not None:
            progress(ImportProgress(tally.records + tally.problem_count, None))

    with context.acting_database(Action.SYNC) as database:
        try:
            run = apply_records(
                database,
                context.staff.username,
                context.clock,
                settings,
                feed,
                dry_run=dry_run,
                progress=tell,
                cancelled=cancelled,
            )
        except WooCommerceError as failure:
            applied_some = database.committed
            if same_shop and not dry_run:
                # The mark stays: the next sync fetches the same changes again (R32: nothing is skipped).
                with database.transaction() as session:
                    sources.record_result(session, context.clock, {"failed": failure.reason.value})
            if applied_some:
                raise partly_done(failure, EVERYTHING) from failure
            raise
        except Exception as failure:
            if not database.committed:
                raise
            raise partly_done(failure, EVERYTHING) from failure
        report = ImportReport(
            SourceKind.WOOCOMMERCE.value,
            SYNC_FORMAT,
            started,
            run.seconds,
            dry_run,
            not dry_run,
            run.cancelled,
            run.tally,
        )
        if same_shop and not dry_run:
            with database.transaction() as session:
                counts = {key: value for key, value in report.as_json().items() if isinstance(value, int)}
                sources.record_result(
                    session,
                    context.clock,
                    counts,
                    # A cancelled sync keeps the old mark: what it did not fetch comes next time.
                    high_water_mark=None if run.cancelled else _new_mark(feed.high_water_mark(), run.tally),
                )
    from spaceoptics_desk.services.imports.report_file import save_report

    saved = save_report(context.files_folder(), report.as_json(), started, dry_run)
    return Outcome(
        dataclasses.replace(report, report_file=saved), EVERYTHING if database.committed else NOTHING
    )
