"""`make faults`: kills real command-line processes with SIGKILL at random moments (issues 10-13, R31, R32).

For each scenario (`demo`, `review apply`, `erase`, `restore`, `convert`, `import`, `sync`: scenarios.py) the
template is made once, then the command is run once uninterrupted on a copy of it: how long it takes is
the range of the random moments, and what it leaves is the "after" the runs are compared with. Each run
then starts the command on a fresh copy and sends SIGKILL after a random delay between 0 and that
duration (seeded: the seed is printed, and `--seed S --only erase:7` repeats run 7 of erase exactly).
After each kill a fresh process inspects the file (inspect_database.py); for an import or a sync the
command then runs again and must leave what an uninterrupted run leaves. Prints a summary table; exits 1
on any problem.

    python -m tests.faults.run_faults [--runs 20] [--seed S] [--only NAME[:RUN]] [--keep]
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from tests.faults.convert_database import KEY_FILE
from tests.faults.scenarios import DATABASE, PEOPLE, Facts, Scenario, all_scenarios, environment

REPOSITORY = Path(__file__).resolve().parents[2]


@dataclass
class Outcome:
    """One run of a command: how long it ran, and whether the kill came before it ended."""

    seconds: float
    killed: bool
    exit_code: int
    stderr: str


@dataclass
class Tally:
    name: str
    uninterrupted: dict[str, float]
    runs: int = 0
    killed: int = 0
    failed_runs: list[str] = field(default_factory=list)
    killed_after: list[float] = field(default_factory=list)
    run_and_check: list[float] = field(default_factory=list)


def run_command(folder: Path, argv: list[str], kill_after: float | None, program: str) -> Outcome:
    """The command line (or another `program`) on the folder's database; SIGKILL after `kill_after`
    seconds if still running."""
    errors = folder / "stderr.txt"
    with errors.open("wb") as stderr:
        started = time.monotonic()
        process = subprocess.Popen(
            [sys.executable, "-m", program, "--db", str(folder / DATABASE), *argv],
            cwd=REPOSITORY,
            env=environment(folder),
            stdout=subprocess.DEVNULL,
            stderr=stderr,
        )
        killed = False
        try:
            process.wait(timeout=kill_after)
        except subprocess.TimeoutExpired:
            os.kill(process.pid, signal.SIGKILL)
            killed = True
            process.wait()
        seconds = time.monotonic() - started
    return Outcome(seconds, killed, process.returncode, errors.read_text(encoding="utf-8", errors="replace"))


def inspect(folder: Path, scenario: Scenario, owners: Path | None) -> Facts:
    """The facts of the folder's database, found by a fresh process."""
    out = folder / "facts.json"
    argv = [sys.executable, "-m", "tests.faults.inspect_database", str(folder / DATABASE), "--out", str(out)]
    if owners is not None:
        argv += ["--owners", str(owners)]
    if (folder / PEOPLE).exists():
        argv += ["--people", str(folder / PEOPLE)]
    if scenario.create:
        argv.append("--create")
    if (folder / KEY_FILE).exists():
        argv += ["--key-file", str(folder / KEY_FILE)]
    done = subprocess.run(argv, cwd=REPOSITORY, env=environment(folder), capture_output=True, text=True)
    if done.returncode != 0:
        return {"problems": [f"the inspection itself failed: {done.stderr.strip().splitlines()[-1:]}"]}
    facts: Facts = json.loads(out.read_text(encoding="utf-8"))
    return facts


def copy_of(template: Path, target: Path) -> Path:
    """A fresh copy of a template folder (its database closed: no write-ahead log beside it)."""
    assert not (template / f"{DATABASE}-wal").exists(), f"{template} was left open"
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(template, target)
    return target


@dataclass
class Variant:
    name: str
    template: Path
    before: Facts
    owners: Path | None
    after: Facts
    seconds: float


def prepare(scenario: Scenario, work: Path) -> list[Variant]:
    variants = []
    for number, (name, make) in enumerate(scenario.variants.items()):
        template = work / f"template-{number}"
        template.mkdir(parents=True)
        make(template)
        before = inspect(copy_of(template, work / "before"), scenario, None)
        owners = work / f"before-{number}.json"
        owners.write_text(json.dumps(before), encoding="utf-8")
        known_owners = owners if "ownership" in before else None
        # Twice uninterrupted: the second run must be judged whole against the first, or the comparison
        # would count what the clock and chance make differ as a problem (and mean nothing).
        seconds, facts = [], []
        for attempt in range(2):
            reference = copy_of(template, work / f"uninterrupted-{attempt}")
            outcome = run_command(reference, scenario.argv(reference), None, scenario.program)
            if outcome.exit_code != 0:
                raise RuntimeError(f"{scenario.name} ({name}) fails without a kill: {outcome.stderr.strip()}")
            seconds.append(outcome.seconds)
            facts.append(inspect(reference, scenario, known_owners))
            shutil.rmtree(reference)
        after, again = facts
        sanity = before["problems"] + after["problems"] + scenario.judge(again, before, after)
        if sanity:
            raise RuntimeError(
                f"{scenario.name} ({name}): an uninterrupted run is not judged whole: {sanity}"
            )
        duration = statistics.mean(seconds)
        print(f"  {scenario.name} [{name}]: uninterrupted {duration:.2f} s (mean of 2)")
        variants.append(Variant(name, template, before, known_owners, after, duration))
    return variants


def one_run(
    scenario: Scenario, variant: Variant, work: Path, seed: str, index: int
) -> tuple[Outcome, list[str]]:
    delay = random.Random(f"{seed}/{scenario.name}/{index}").uniform(0, variant.seconds * scenario.kill_range)
    folder = copy_of(variant.template, work / f"run-{index:02d}")
    outcome = run_command(folder, scenario.argv(folder), delay, scenario.program)
    facts = inspect(folder, scenario, variant.owners)
    problems = list(facts["problems"])
    if not facts.get("exists", True) and not scenario.create:
        problems.append("the database file is gone")
    if not outcome.killed and outcome.exit_code != 0:
        problems.append(f"exit {outcome.exit_code} without a kill: {outcome.stderr.strip()[-300:]}")
    if "whole" in facts or scenario.create:
        problems += scenario.judge(facts, variant.before, variant.after)
    if scenario.rerun_completes and outcome.killed and not problems:
        problems += _rerun_problems(scenario, variant, folder)
    ended = f"killed at {outcome.seconds:.3f} s" if outcome.killed else f"finished in {outcome.seconds:.3f} s"
    state = scenario.describe(facts, variant.before, variant.after) if "whole" in facts else "no database"
    verdict = "ok" if not problems else "PROBLEM: " + "; ".join(problems)
    print(f"  {scenario.name} #{index} [{variant.name}] delay {delay:.3f} s, {ended}, {state}: {verdict}")
    if not problems:
        shutil.rmtree(folder)
    return outcome, problems


def _rerun_problems(scenario: Scenario, variant: Variant, folder: Path) -> list[str]:
    """The command again, uninterrupted, after the kill: it must finish what the killed one began."""
    outcome = run_command(folder, scenario.argv(folder), None, scenario.program)
    if outcome.exit_code != 0:
        return [f"the rerun failed (exit {outcome.exit_code}): {outcome.stderr.strip()[-300:]}"]
    facts = inspect(folder, scenario, variant.owners)
    if facts["problems"]:
        return ["after the rerun: " + "; ".join(facts["problems"])]
    problems = [] if facts.get("whole") == variant.after["whole"] else ["the rerun did not complete it"]
    if facts.get("sync_marks") != variant.after["sync_marks"]:
        problems.append("the rerun did not move the high-water mark")
    return problems


def _wanted(only: list[str], name: str) -> set[int] | None:
    """None: every run of the scenario; else the runs asked for; empty: the scenario is not asked for."""
    if not only:
        return None
    runs: set[int] = set()
    for item in only:
        wanted, _, number = item.partition(":")
        if wanted.replace("-", " ") == name or wanted == name.split()[0]:
            if not number:
                return None
            runs.add(int(number))
    return runs


def _seconds(samples: list[float]) -> str:
    if not samples:
        return "–"
    return f"{statistics.median(samples):.2f} / {max(samples):.2f} s"


def summary(tallies: list[Tally], seed: str, total: float) -> str:
    lines = [
        f"Fault injection, seed {seed}: {total / 60:.1f} minutes in all",
        "",
        "| Scenario | Runs | Killed | Problems | Uninterrupted run | Killed after (median / max) "
        "| Run + check (median / max) |",
        "|---|---|---|---|---|---|---|",
    ]
    for tally in tallies:
        normal = ", ".join(f"{seconds:.2f} s" for seconds in tally.uninterrupted.values())
        lines.append(
            f"| {tally.name} | {tally.runs} | {tally.killed} | {len(tally.failed_runs)} | {normal} "
            f"| {_seconds(tally.killed_after)} | {_seconds(tally.run_and_check)} |"
        )
    for tally in tallies:
        lines += [f"{tally.name}: {failure}" for failure in tally.failed_runs]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20, help="runs per scenario (default 20)")
    parser.add_argument("--seed", default=None, help="default: a new one, printed")
    parser.add_argument("--only", action="append", default=[], metavar="NAME[:RUN]")
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    args = parser.parse_args(argv)
    assert isinstance(sys.stdout, io.TextIOWrapper)  # a terminal, a pipe or a file
    sys.stdout.reconfigure(line_buffering=True)  # a line per run, as it ends
    seed = args.seed or str(random.SystemRandom().randrange(10**6))
    print(f"Fault injection with seed {seed} (repeat: --seed {seed})")
    started = time.monotonic()
    work = Path(tempfile.mkdtemp(prefix="spaceoptics-faults-"))
    tallies: list[Tally] = []
    any_kept = False
    for scenario in all_scenarios(date.today()):
        runs = _wanted(args.only, scenario.name)
        if runs is not None and not runs and args.only:
            continue
        folder = work / scenario.name.replace(" ", "-")
        variants = prepare(scenario, folder)
        tally = Tally(scenario.name, {v.name: v.seconds for v in variants})
        for index in sorted(runs) if runs else range(args.runs):
            variant = variants[index % len(variants)]
            run_started = time.monotonic()
            outcome, problems = one_run(scenario, variant, folder, seed, index)
            tally.runs += 1
            tally.run_and_check.append(time.monotonic() - run_started)
            if outcome.killed:
                tally.killed += 1
                tally.killed_after.append(outcome.seconds)
            if problems:
                any_kept = True
                tally.failed_runs.append(f"#{index} [{variant.name}]: " + "; ".join(problems))
        tallies.append(tally)
    print()
    print(summary(tallies, seed, time.monotonic() - started))
    if any_kept or args.keep:
        print(f"\nThe databases of the runs with a problem are in {work}")
    else:
        shutil.rmtree(work)
    return 1 if any(tally.failed_runs for tally in tallies) else 0


if __name__ == "__main__":
    sys.exit(main())
