"""`import FILE` and `sync` (issue 13): a webshop export in, with a dry run, all or nothing or skip bad
rows; what changed at the WooCommerce shop since the last sync. Both print a report without personal data
(README "import" and "sync" list the JSON keys). Exit 0 when applied (or a dry run was made), 1 when "all
or nothing" found bad rows and wrote nothing or the shop refused or could not be reached (the reason on
stderr)."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from spaceoptics_desk.cli.exit_codes import EXIT_OK, EXIT_REFUSED
from spaceoptics_desk.cli.passwords import add_sign_in_arguments

if TYPE_CHECKING:
    from spaceoptics_desk.operations.imports import ImportProgress, ImportReport

COMMANDS = ("import", "sync")
FORMATS = (
    "auto",
    "woocommerce-orders",
    "woocommerce-customers",
    "shopify-customers",
    "shopify-orders",
    "lightspeed-customers",
    "mapped",
)
_OUTCOME_WORDS = (
    ("added", "nieuw"),
    ("changed", "gewijzigd"),
    ("merged", "samengevoegd"),
    ("unchanged", "ongewijzigd"),
    ("skipped", "overgeslagen"),
    ("refused", "geweigerd"),
)
# The reasons in the owner's words (the app shows the same through its translations).
REASON_WORDS = {
    "erased": "eerder gewist (AVG art. 17)",
    "suppressed": "op de lijst 'nooit meer mailen' (bezwaar, R18)",
    "restricted": "verwerking beperkt (AVG art. 18)",
    "legal_hold": "bewaarplicht (juridische blokkade)",
    "ambiguous_match": "e-mailadres hoort bij meerdere klanten",
    "no_identity": "geen klantnummer en geen e-mailadres",
    "invalid_value": "waarde afgekeurd door de controle van de app",
    "conflicting_order": "hetzelfde ordernummer met andere inhoud",
    "cannot_open": "bestand niet te openen",
    "not_a_table": "geen CSV-bestand",
    "empty_file": "leeg bestand",
    "unknown_format": "onbekend formaat",
    "missing_field": "verplicht veld leeg",
    "cell_too_long": "cel te lang",
    "formula_cell": "formule in een cel",
    "invalid_email": "ongeldig e-mailadres",
    "invalid_phone": "ongeldig telefoonnummer",
    "invalid_postcode": "ongeldige postcode",
    "invalid_country": "onbekend land",
    "invalid_house_number": "ongeldig huisnummer",
    "invalid_date": "ongeldige datum",
    "invalid_amount": "ongeldig bedrag",
    "invalid_quantity": "ongeldig aantal",
    "invalid_status": "onbekende orderstatus",
    "unknown_customer": "bestelling van een onbekende klant",
    "broken_record": "record niet in de gedocumenteerde vorm",
}


def add_parsers(commands: argparse._SubParsersAction[Any]) -> None:
    importing = commands.add_parser(
        "import", help="customers and orders from a webshop export (WooCommerce, Shopify, Lightspeed, CSV)"
    )
    importing.add_argument("file", type=Path, metavar="FILE")
    importing.add_argument("--format", choices=FORMATS, default="auto", help="default: from the header")
    importing.add_argument(
        "--mapping", metavar="NAME", help="a column mapping saved in the app (for 'mapped')"
    )
    importing.add_argument("--dry-run", action="store_true", help="say what would happen, write nothing")
    importing.add_argument(
        "--skip-bad-rows",
        action="store_true",
        help="apply the good rows and list the bad ones (default: one bad row and nothing is written)",
    )
    importing.add_argument(
        "--soft-opt-in",
        action="store_true",
        help="newsletter by soft opt-in for buyers who never chose (Tw 11.7; only if the shop offered it)",
    )
    importing.add_argument("--json", action="store_true")
    add_sign_in_arguments(importing, by_help="the owner importing (default: whoever the password belongs to)")
    syncing = commands.add_parser(
        "sync", help="fetch what changed at the WooCommerce shop since the last sync (for a scheduled job)"
    )
    syncing.add_argument(
        "--url",
        metavar="URL",
        help="the shop (default: the connection set up in the app); key and secret from "
        "SPACEOPTICS_WC_KEY / SPACEOPTICS_WC_SECRET when set, else the stored ones",
    )
    syncing.add_argument("--dry-run", action="store_true", help="say what would happen, write nothing")
    syncing.add_argument("--json", action="store_true")
    add_sign_in_arguments(syncing)


class _ProgressLine:
    """A progress line on stderr for a person watching (not in a scheduled job's log)."""

    def __init__(self) -> None:
        self.shown = sys.stderr.isatty()
        self.last = 0.0

    def __call__(self, progress: ImportProgress) -> None:
        now = time.monotonic()
        if not self.shown or now - self.last < 0.5:
            return
        self.last = now
        share = f" ({progress.fraction:.0%})" if progress.fraction is not None else ""
        sys.stderr.write(f"\r{progress.records} records gelezen{share} ")
        sys.stderr.flush()

    def done(self) -> None:
        if self.shown and self.last:
            sys.stderr.write("\n")


def report_text(report: ImportReport) -> str:
    tally = report.tally
    if report.dry_run:
        title = f"Proefimport ({report.format}): er is niets opgeslagen."
    elif not report.applied:
        title = (
            f"Niet geïmporteerd ({report.format}): {tally.problem_count} rijen zijn afgekeurd, "
            "er is niets opgeslagen."
        )
    elif report.cancelled:
        title = f"Import gestopt ({report.format}) na {tally.records} records; wat al binnen was, blijft."
    else:
        title = f"Geïmporteerd ({report.format}) in {report.seconds:.1f} s."
    lines = [title]
    for label, counts in (("klanten", tally.customers), ("bestellingen", tally.orders)):
        if sum(counts.values()):
            lines.append(f"  {label}: " + ", ".join(f"{counts[key]} {word}" for key, word in _OUTCOME_WORDS))
    if tally.problem_count:
        lines.append(f"  afgekeurde rijen: {tally.problem_count}")
    for key, count in sorted(tally.reasons.items()):
        outcome, reason = key.split(":", 1)
        words = dict(_OUTCOME_WORDS)[outcome]
        examples = ", ".join(tally.examples.get(key, []))
        lines.append(
            f"  {words}: {REASON_WORDS.get(reason, reason)} ({count}){': ' + examples if examples else ''}"
        )
    if tally.examples.get("merged"):
        lines.append("  samengevoegd (gast en account): " + ", ".join(tally.examples["merged"]))
    if report.ignored_columns:
        lines.append("  niet overgenomen kolommen: " + ", ".join(report.ignored_columns))
    if report.report_file is not None:
        lines.append(f"Rapport: {report.report_file}")
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    import json

    from spaceoptics_desk.cli.command_context import context_for
    from spaceoptics_desk.operations.imports import import_file
    from spaceoptics_desk.operations.sync import sync_now

    progress = _ProgressLine()
    with context_for(args) as context:
        if args.command == "sync":
            report = sync_now(context, args.url, dry_run=args.dry_run, progress=progress).result
        else:
            report = import_file(
                context,
                args.file,
                args.format,
                args.mapping,
                dry_run=args.dry_run,
                skip_bad_rows=args.skip_bad_rows,
                soft_opt_in=args.soft_opt_in,
                progress=progress,
            ).result
    progress.done()
    if args.json:
        document = report.as_json()
        document["report_file"] = None if report.report_file is None else str(report.report_file)
        print(json.dumps(document, ensure_ascii=False))
    else:
        print(report_text(report))
    return EXIT_OK if report.applied or report.dry_run else EXIT_REFUSED
