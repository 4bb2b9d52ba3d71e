"""Database files damaged as a crash, a full disk or a bad copy leaves them."""

from __future__ import annotations

import os
import random
import shutil
from pathlib import Path


def damaged_copy(source: Path, target: Path, how: str) -> Path:
    shutil.copyfile(source, target)
    size = target.stat().st_size
    if how == "cut in half":
        os.truncate(target, size // 2)
    else:  # the 100-byte header stays, everything after it is noise
        noise = random.Random(10).randbytes(size - 100)
        with target.open("r+b") as handle:
            handle.seek(100)
            handle.write(noise)
    return target
