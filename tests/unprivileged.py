"""Read-only files for real: root ignores permission bits, so as root a check runs in a child process
as the unprivileged user `nobody` (setpriv); as any other user, the permission bits apply directly."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path


def _as_unprivileged_user() -> list[str]:
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    assert setpriv is not None, "setpriv (util-linux) is needed to test read-only files as root"
    return [setpriv, "--reuid=nobody", "--regid=nogroup", "--clear-groups"]


def run_unprivileged(script: str, *args: str) -> dict[str, object]:
    """Runs `script` (which prints one JSON object) as an unprivileged user; returns what it printed."""
    completed = subprocess.run(
        [*_as_unprivileged_user(), sys.executable, "-c", script, *args],
        capture_output=True,
        text=True,
        check=True,
        cwd="/",
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )
    result: dict[str, object] = json.loads(completed.stdout)
    return result


def give_to_unprivileged_user(path: Path) -> None:
    if os.geteuid() == 0:
        shutil.chown(path, "nobody", "nogroup")
