"""Fixtures of the store tests."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture
def shared_dir() -> Iterator[Path]:
    """A folder outside pytest's private (0700) temp root, so `nobody` can reach it (unprivileged.py)."""
    with tempfile.TemporaryDirectory(prefix="spaceoptics-ro-") as name:
        folder = Path(name)
        folder.chmod(0o755)
        yield folder
