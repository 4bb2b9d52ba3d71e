"""Runs the command line in-process, as a user would type it, capturing what they would see."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from spaceoptics_desk.cli.main import main


@dataclass(frozen=True)
class Outcome:
    code: int
    out: str
    err: str


Run = Callable[..., Outcome]


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Run:
    def _run(*argv: str) -> Outcome:
        try:
            code = main(list(argv))
        except SystemExit as stop:  # argparse's --help and usage errors
            code = stop.code if isinstance(stop.code, int) else 1
        captured = capsys.readouterr()
        return Outcome(code, captured.out, captured.err)

    return _run


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One 300-customer demo database for the session; tests copy it so none sees another's changes."""
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    code = main(["--db", str(path), "demo", "--customers", "300", "--seed", "11", "--as-of", "2026-11-20"])
    assert code == 0
    return path


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "demo.db"
    target.write_bytes(demo_template.read_bytes())
    return target
