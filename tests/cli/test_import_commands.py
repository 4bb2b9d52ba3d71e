"""`import` and `sync` as the owner types them or a scheduled job runs them (issue 13): the JSON report's
keys, dry run, all or nothing, skip bad rows, no personal data in the report, exit codes."""

from __future__ import annotations

import json
import stat
from pathlib import Path
from typing import Any

import pytest

from tests.cli.conftest import Run
from tests.woocommerce_server import KEY, SECRET, WooShop, woo_shop_fixture

__all__ = ["woo_shop_fixture"]

FIXTURES = Path(__file__).parents[1] / "fixtures" / "imports"
WOO_ORDERS = FIXTURES / "woocommerce_orders_aoe.csv"
REPORT_KEYS = {
    "source",
    "format",
    "started_at",
    "seconds",
    "dry_run",
    "applied",
    "cancelled",
    "records",
    "added",
    "changed",
    "merged",
    "unchanged",
    "skipped",
    "refused",
    "customers",
    "orders",
    "reasons",
    "examples",
    "consents",
    "problem_count",
    "problems",
    "ignored_columns",
    "report_file",
}


def found(run: Run, db: Path, text: str) -> int:
    result = run("--db", str(db), "find", text, "--json")
    assert result.code == 0, result.err
    return len(json.loads(result.out))


def imported(run: Run, db: Path, *argv: str) -> dict[str, Any]:
    result = run("--db", str(db), "import", *argv, "--json")
    assert result.code == 0, result.err
    report: dict[str, Any] = json.loads(result.out)
    return report


def test_a_dry_run_says_what_would_happen_and_writes_nothing(run: Run, demo_db: Path) -> None:
    report = imported(run, demo_db, str(WOO_ORDERS), "--dry-run")
    assert set(report) == REPORT_KEYS
    assert report["dry_run"] is True and report["applied"] is False
    assert report["format"] == "woocommerce-orders" and report["source"] == "woocommerce"
    assert report["orders"]["added"] == 3
    assert found(run, demo_db, "jan.vdberg@example.nl") == 0


def test_an_import_adds_the_webshop_customers_and_a_second_import_changes_nothing(
    run: Run, demo_db: Path
) -> None:
    first = imported(run, demo_db, str(WOO_ORDERS))
    assert first["applied"] is True and first["added"] == 3
    assert found(run, demo_db, "jan.vdberg@example.nl") == 1
    assert found(run, demo_db, "1201") == 1  # the webshop's order number finds its customer
    second = imported(run, demo_db, str(WOO_ORDERS))
    assert (second["added"], second["changed"], second["merged"]) == (0, 0, 0)
    assert second["unchanged"] == 3
    # The IP address and user agent columns are left out, and said so (issue 13).
    assert {"Customer IP address", "Customer User Agent"} <= set(second["ignored_columns"])


def bad_copy(tmp_path: Path) -> Path:
    """The fixture with one buyer's e-mail address mistyped."""
    text = WOO_ORDERS.read_text(encoding="utf-8").replace("Jan.vdBerg@Example.nl", "jan.vdberg(at)example.nl")
    path = tmp_path / "orders-with-a-typo.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_all_or_nothing_refuses_a_file_with_a_bad_row_and_writes_nothing(
    run: Run, demo_db: Path, tmp_path: Path
) -> None:
    result = run("--db", str(demo_db), "import", str(bad_copy(tmp_path)), "--json")
    assert result.code == 1
    report = json.loads(result.out)
    assert report["applied"] is False and report["added"] == 0
    assert {"reason": "invalid_email", "field": "Email (Billing)"}.items() <= report["problems"][0].items()
    assert found(run, demo_db, "'t hart") == 0  # the good rows are not in either


def test_skip_bad_rows_applies_the_rest_and_lists_the_bad_ones_without_their_values(
    run: Run, demo_db: Path, tmp_path: Path
) -> None:
    result = run("--db", str(demo_db), "import", str(bad_copy(tmp_path)), "--skip-bad-rows")
    assert result.code == 0, result.err
    assert "ongeldig e-mailadres" in result.out and "(at)" not in result.out
    assert found(run, demo_db, "jan.vdberg") == 0
    report_file = Path(result.out.strip().splitlines()[-1].removeprefix("Rapport: "))
    assert stat.S_IMODE(report_file.stat().st_mode) == 0o600
    saved = report_file.read_text(encoding="utf-8")
    # R31: counts, reason codes, row and customer numbers; no name, address or e-mail of anyone.
    for personal in ("vdberg", "Berg", "Dorpsstraat", "Maurik", "06-22993969", "tr_WDqYK6llA2", "192.0.2.10"):
        assert personal not in saved


def test_a_file_that_is_not_an_export_is_refused_in_one_line(run: Run, demo_db: Path, tmp_path: Path) -> None:
    picture = tmp_path / "foto.csv"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    result = run("--db", str(demo_db), "import", str(picture))
    assert result.code == 1 and result.out == ""
    assert len(result.err.strip().splitlines()) == 1


def test_staff_may_not_import(run: Run, demo_db: Path) -> None:
    result = run("--db", str(demo_db), "import", str(WOO_ORDERS), "--by", "staff")
    assert result.code == 1
    assert "owner" in result.err.lower() or "eigenaar" in result.err.lower()
    assert found(run, demo_db, "jan.vdberg@example.nl") == 0


def test_sync_for_a_scheduled_job_with_the_key_from_the_environment(
    run: Run, demo_db: Path, woo_shop: WooShop, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SPACEOPTICS_WC_KEY", KEY)
    monkeypatch.setenv("SPACEOPTICS_WC_SECRET", SECRET)
    result = run("--db", str(demo_db), "sync", "--url", woo_shop.url, "--json")
    assert result.code == 0, result.err
    report = json.loads(result.out)
    assert set(report) == REPORT_KEYS and report["format"] == "woocommerce-api"
    assert report["orders"]["added"] == len(woo_shop.orders)
    monkeypatch.setenv("SPACEOPTICS_WC_SECRET", "cs_wrong")
    refused = run("--db", str(demo_db), "sync", "--url", woo_shop.url)
    assert refused.code == 1 and "cs_wrong" not in refused.err and refused.out == ""
