"""The import report as a file (issue 13): counts, reason codes, customer numbers of this shop and row
numbers, never personal data; owner-only, in `import-reports/` beside the database (a server database's:
in this desk's data folder)."""

from __future__ import annotations

import json
import secrets
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path

from spaceoptics_desk.private_files import private_folder, replace_privately

REPORTS_FOLDER = "import-reports"


def save_report(
    files_folder: Path, document: Mapping[str, object], started_at: datetime, dry_run: bool
) -> Path:
    """Where the report was saved: `import-reports/` in `files_folder` (Context.files_folder)."""
    folder = private_folder(files_folder / REPORTS_FOLDER)
    kind = "dry-run" if dry_run else "import"
    path = folder / f"{started_at:%Y%m%d-%H%M%S}-{kind}-{secrets.token_hex(3)}.json"
    replace_privately(path, (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode())
    return path
