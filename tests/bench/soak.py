"""Soak: the real app for 30 minutes of desk work, offscreen (issue 10 §5: the app never aborts).

`make soak` runs `python -m tests.bench.soak` (SOAK_MINUTES=N for a shorter run). It makes a demo
database of 20,000 customers once (.bench/soak-20k.db), copies it, and starts the app in a child
process exactly as `spaceoptics-desk --db COPY --lang nl` starts it, on a workstation that remembers
the owner, under QT_QPA_PLATFORM=offscreen. A driver inside the child then works the main window:

- every second a search, as staff type them (the benchmark's 30 queries, in turn);
- every 10 s the background retention scan (the app itself scans hourly);
- every 5 s the next step of: open a customer from the results, back to the results, open the case
  list, open a case from it, close the case, close the list, open the weekly review, close it.

Once a minute the child prints its resident memory, the reference counts of None and True (a falling
count is the signature of the PySide6 6.12.0 fault that aborted `make bench`), and what ran. The
parent checks the child's exit status (killed by a signal = an abort), reads faults.log and the app's
log for errors, and prints a Markdown table. Memory is flat when the median of the last five minutes
is within 10% of the median of the first five.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import sqlcipher3
from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from spaceoptics_desk import APP_ID
from spaceoptics_desk.cli.main import main as main_entry
from spaceoptics_desk.logfile import FAULT_LOG
from spaceoptics_desk.ui.main_window.window import MainWindow
from spaceoptics_desk.workstation import HOME_ENV

ROOT = Path(__file__).resolve().parents[2]
BENCH_DIR = ROOT / ".bench"
CUSTOMERS = 20_000
DATABASE = BENCH_DIR / f"soak-{CUSTOMERS // 1000}k.db"
MINUTES = float(os.environ.get("SOAK_MINUTES", "30"))
SEARCH_MS = 1_000
SCAN_MS = 10_000
WINDOW_STEP_MS = 5_000
REPORT_MS = 60_000
MEMORY_WINDOW_MINUTES = 5
FLAT_WITHIN = 0.10
# Qt's offscreen platform says this for every top-level window with a layout; it is not our warning.
OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints()"


# --- the child: the real app and a driver inside it ----------------------------------------------------


def _child(database: str, minutes: float, queries: list[str]) -> int:
    app = QApplication([sys.argv[0]])
    driver = _Driver(minutes, queries)
    QTimer.singleShot(100, driver.attach)
    code = main_entry(["--db", database, "--lang", "nl"])  # as `spaceoptics-desk` runs: log, faulthandler
    print(json.dumps({"done": driver.counts, "exit": code}), flush=True)
    app.processEvents()
    return code


class _Driver:
    """Works the main window on timers; its counts say what ran (see the module docstring)."""

    def __init__(self, minutes: float, queries: list[str]) -> None:
        self._minutes = minutes
        self._queries = queries
        self._window: MainWindow | None = None
        self._timers: list[QTimer] = []
        self._step = 0
        self._started = time.monotonic()
        self.counts = dict.fromkeys(
            (
                "searches",
                "results",
                "search_failures",
                "scans",
                "scans_done",
                "customer_views",
                "case_lists",
                "case_views",
                "reviews",
                "dialogs_closed",
            ),
            0,
        )

    @property
    def window(self) -> MainWindow:
        assert self._window is not None
        return self._window

    def attach(self) -> None:
        """Waits for the main window (the app shows it before the database has opened), then drives it."""
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if not shown:
            QTimer.singleShot(100, self.attach)
            return
        window = self._window = shown[0]
        window.results_updated.connect(lambda _count: self._count("results"))
        window.search_failed.connect(lambda: self._count("search_failures"))
        window.retention.scan_started.connect(lambda: self._count("scans"))
        window.retention.status_changed.connect(lambda _status: self._count("scans_done"))
        for interval, action in (
            (SEARCH_MS, self._search),
            (SCAN_MS, window.retention.scan_now),
            (WINDOW_STEP_MS, self._next_window_step),
            (REPORT_MS, self._report),
            (1_000, self._close_message_boxes),
        ):
            timer = QTimer()
            timer.setInterval(interval)
            timer.timeout.connect(action)
            timer.start()
            self._timers.append(timer)
        QTimer.singleShot(int(self._minutes * 60_000), self._finish)
        self._report()

    def _count(self, what: str) -> None:
        self.counts[what] += 1

    def _search(self) -> None:
        query = self._queries[self.counts["searches"] % len(self._queries)]
        self.window.search_box.setText(query)
        self.window.search(query)
        self._count("searches")

    def _next_window_step(self) -> None:
        window, cases = self.window, self.window.cases
        step = self._step % 8
        self._step += 1
        if step == 0 and window.results.rowCount():
            window.open_row(self._step % window.results.rowCount())
            self._count("customer_views")
        elif step == 1:
            window.show_results()
        elif step == 2:
            cases.show_list()
            self._count("case_lists")
        elif step == 3 and cases.list_window is not None and cases.list_window.cases.rowCount():
            cases.list_window.open_row(0)
            self._count("case_views")
        elif step == 4:
            for view in list(cases.views.values()):
                view.close()
        elif step == 5 and cases.list_window is not None:
            cases.list_window.close()
        elif step == 6:
            window.show_retention_review()
            self._count("reviews")
        elif step == 7 and window.retention_review is not None:
            window.retention_review.close()

    def _close_message_boxes(self) -> None:
        """An error dialog would wait for a click forever: count it (the log says what it was), close it."""
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                widget.done(0)
                self._count("dialogs_closed")

    def _report(self) -> None:
        line = {
            "minute": round((time.monotonic() - self._started) / 60, 2),
            "rss_mb": round(_rss_bytes() / 1e6, 1),
            "none_refs": sys.getrefcount(None),
            "true_refs": sys.getrefcount(True),
            "top_level_widgets": len(QApplication.topLevelWidgets()),
            **self.counts,
        }
        print(json.dumps(line), flush=True)

    def _finish(self) -> None:
        self._report()
        for timer in self._timers:
            timer.stop()
        self.window.close()


def _rss_bytes() -> int:
    with Path("/proc/self/statm").open() as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


# --- the parent: database, child process, verdict ---------------------------------------------------


@dataclass
class Outcome:
    exit_status: int
    minutes: float
    reports: list[dict[str, float]] = field(default_factory=list)
    done: dict[str, int] = field(default_factory=dict)
    faults: str = ""
    stderr: str = ""
    errors_logged: int = 0


def _workstation(home: Path) -> dict[str, str]:
    """A workstation of its own; the app signs in as the demo owner (README, Aanmelden)."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONFAULTHANDLER"}
    return dict(
        env, QT_QPA_PLATFORM="offscreen", SPACEOPTICS_DESK_PASSWORD="demo-eigenaar", **{HOME_ENV: str(home)}
    )


def _run(minutes: float) -> Outcome:
    # Here, not at the top: the benchmark's imports (services, reportlab) must not weigh on the app's RSS.
    from tests.bench.run_bench import _queries, make_demo_database

    make_demo_database(DATABASE, CUSTOMERS)
    raw = sqlcipher3.connect(DATABASE)
    queries = _queries(raw)
    raw.close()
    with tempfile.TemporaryDirectory(dir=BENCH_DIR) as name:
        folder = Path(name)
        shutil.copyfile(DATABASE, folder / "soak.db")
        command = [sys.executable, "-m", "tests.bench.soak", "--child", str(folder / "soak.db"), str(minutes)]
        with (folder / "stderr.txt").open("w") as stderr:
            child = subprocess.Popen(
                command,
                cwd=ROOT,
                env=_workstation(folder / "home"),
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=stderr,
                text=True,
            )
        assert child.stdin is not None and child.stdout is not None
        child.stdin.write(json.dumps(queries))
        child.stdin.close()
        outcome = Outcome(exit_status=0, minutes=minutes)
        _follow(child.stdout, outcome)
        outcome.exit_status = child.wait()
        _read_leftovers(folder, outcome)
    return outcome


def _follow(lines: Iterable[str], outcome: Outcome) -> None:
    """The child's minute reports, shown as they come (a 30-minute run should say it is alive)."""
    for line in lines:
        if not line.startswith("{"):
            continue
        record = json.loads(line)
        if "done" in record:
            outcome.done = record["done"]
            continue
        outcome.reports.append(record)
        print(
            f"minute {record['minute']:5.1f}: RSS {record['rss_mb']:6.1f} MB, references to None "
            f"{record['none_refs']:,} and True {record['true_refs']:,}; {record['searches']} searches, "
            f"{record['scans_done']} scans",
            file=sys.stderr,
            flush=True,
        )


def _read_leftovers(folder: Path, outcome: Outcome) -> None:
    """What the app left: its stderr (without Qt's offscreen noise), faults.log, errors in its log."""
    stderr = (folder / "stderr.txt").read_text(encoding="utf-8", errors="replace")
    outcome.stderr = "".join(line for line in stderr.splitlines(keepends=True) if OFFSCREEN_NOISE not in line)
    logs = folder / "home" / "logs"
    if (logs / FAULT_LOG).exists():
        outcome.faults = (logs / FAULT_LOG).read_text(encoding="utf-8", errors="replace")
    log_file = logs / f"{APP_ID}.log"
    if log_file.exists():
        outcome.errors_logged = sum(" ERROR " in line for line in log_file.read_text("utf-8").splitlines())


def _describe_exit(status: int) -> str:
    if status < 0:
        return f"killed by {signal.Signals(-status).name}"
    return f"exit {status}"


@dataclass(frozen=True)
class Row:
    what: str
    ours: str
    target: str = ""
    met: bool = True


def _memory_row(reports: list[dict[str, float]]) -> Row:
    window = max(1, min(MEMORY_WINDOW_MINUTES, len(reports) // 2))
    first = statistics.median(r["rss_mb"] for r in reports[:window])
    last = statistics.median(r["rss_mb"] for r in reports[-window:])
    return Row(
        f"RSS median, first {window} min → last {window} min",
        f"{first:.0f} MB → {last:.0f} MB ({(last - first) / first:+.1%})",
        f"≤ +{FLAT_WITHIN:.0%}",
        last <= first * (1 + FLAT_WITHIN),
    )


def _reference_row(reports: list[dict[str, float]], key: str, name: str) -> Row:
    """A count that falls minute after minute reaches zero some day, and then Python aborts."""
    first, last = int(reports[0][key]), int(reports[-1][key])
    minutes = reports[-1]["minute"] - reports[0]["minute"]
    rate = f" ({(last - first) / minutes:+,.0f} a minute)" if minutes >= 1 else ""
    return Row(
        f"{name}'s reference count, first → last minute",
        f"{first:,} → {last:,}{rate}",
        "not falling (≥ 90%)",
        last >= first * 0.9,
    )


def _verdict(outcome: Outcome) -> list[Row]:
    reports = [r for r in outcome.reports if r["minute"] >= 0.5] or outcome.reports
    counts = outcome.done or (outcome.reports[-1] if outcome.reports else {})
    aborted = outcome.exit_status != 0
    rows = [
        Row("Run", f"{outcome.minutes:g} min, PySide6 {pyside_version}, Python {sys.version.split()[0]}"),
        Row("Aborts", "1" if aborted else "0", "0", not aborted),
        Row("Exit status", _describe_exit(outcome.exit_status), "exit 0", not aborted),
    ]
    if reports:
        rows += [
            _memory_row(reports),
            _reference_row(reports, "none_refs", "None"),
            _reference_row(reports, "true_refs", "True"),
        ]
    else:
        rows.append(Row("Minute reports", "none", "one a minute", False))
    failures = counts.get("search_failures", 0)
    dialogs = counts.get("dialogs_closed", 0)
    rows += [
        Row(
            "Searches (results / failures)",
            f"{counts.get('searches', 0):,} ({counts.get('results', 0):,} / {failures})",
            "0 failures",
            failures == 0,
        ),
        Row("Background retention scans finished", f"{counts.get('scans_done', 0):,}"),
        Row(
            "Customer views / case lists / case views / weekly reviews opened and closed",
            f"{counts.get('customer_views', 0)} / {counts.get('case_lists', 0)} / "
            f"{counts.get('case_views', 0)} / {counts.get('reviews', 0)}",
        ),
        Row(
            "Errors logged / error dialogs",
            f"{outcome.errors_logged} / {dialogs}",
            "0 / 0",
            outcome.errors_logged == 0 and dialogs == 0,
        ),
    ]
    return rows


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        return _child(sys.argv[2], float(sys.argv[3]), json.loads(sys.stdin.read()))
    outcome = _run(MINUTES)
    rows = _verdict(outcome)
    print("| Soak | Result | Target | Met |")
    print("|---|---|---|---|")
    for row in rows:
        met = ("yes" if row.met else "**no**") if row.target else ""
        print(f"| {row.what} | {row.ours} | {row.target} | {met} |")
    if outcome.stderr:
        print("\nThe app's stderr:\n" + outcome.stderr, file=sys.stderr)
    if outcome.faults:
        print("\nfaults.log of the app:\n" + outcome.faults, file=sys.stderr)
    return 0 if all(row.met for row in rows) else 1


if __name__ == "__main__":
    raise SystemExit(main())
