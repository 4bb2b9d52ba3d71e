"""Where the shipped data files are: resources/ beside the package, or inside a PyInstaller bundle."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any


def resources_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def load_json(*parts: str) -> Any:
    with resource_path(*parts).open(encoding="utf-8") as handle:
        return json.load(handle)
