"""This workstation: where the database, log and settings live, and what it remembers between starts.

Everything is under the user's platform folders (platformdirs). `SPACEOPTICS_DESK_HOME` puts all of it
under one folder instead (tests, a portable install, a second shop on the same PC).
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from platformdirs import PlatformDirs

from spaceoptics_desk import APP_ID
from spaceoptics_desk.private_files import private_folder, private_opener, tighten

# The mail server is a setting of this workstation: its screen builds SmtpSettings from what was typed.
from spaceoptics_desk.services.smtp_settings import DEFAULT_PORTS as DEFAULT_PORTS
from spaceoptics_desk.services.smtp_settings import DEFAULT_SENDER as DEFAULT_SENDER
from spaceoptics_desk.services.smtp_settings import SECURITIES
from spaceoptics_desk.services.smtp_settings import SmtpSettings as SmtpSettings

HOME_ENV = "SPACEOPTICS_DESK_HOME"
DATABASE_FILE = "spaceoptics-desk.db"
LANGUAGES = ("nl", "en")
DEFAULT_RETENTION_SCAN_MINUTES = 60
MAX_RETENTION_SCAN_MINUTES = 7 * 24 * 60


@dataclass(frozen=True)
class Locations:
    """Attributes:
    data_dir: the default database and its backups.
    config_dir: workstation settings (settings.json).
    log_dir: the log file (no personal data is ever written to it).
    """

    data_dir: Path
    config_dir: Path
    log_dir: Path

    @property
    def default_database(self) -> Path:
        return self.data_dir / DATABASE_FILE

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def server_journals(self) -> Path:
        """Where this desk keeps the erasure journals of the server databases it works on (issue 14):
        outside the server, so a restore of the server from an older dump erases again (R32)."""
        return self.data_dir / "server-journals"

    @property
    def log_file(self) -> Path:
        return self.log_dir / f"{APP_ID}.log"


def locations() -> Locations:
    home = os.environ.get(HOME_ENV)
    if home:
        base = Path(home).expanduser()
        return Locations(base / "data", base / "config", base / "logs")
    dirs = PlatformDirs(APP_ID, appauthor=False)
    data = Path(dirs.user_data_dir)
    # The log sits beside the database (issue 2): one folder to send along when something went wrong.
    return Locations(data, Path(dirs.user_config_dir), data / "logs")


@dataclass
class WorkstationSettings:
    """What this workstation remembers; every setting and its default are here.

    Attributes:
        language: "nl" or "en"; empty means the system language.
        smtp_host, smtp_port, smtp_security, smtp_username, smtp_sender, smtp_timeout_seconds: the mail
            server for sending copies (services/delivery/); no host means "save for e-mail" instead.
            The SMTP password is never here: it lives in the OS keyring or is asked (smtp_secret.py).
        copy_folder: where data copies (and their e-mail drafts) are written; empty means the default
            folder under the user's Documents (chosen by the screen, which knows that folder).
        retention_scan_minutes: how often the background retention scan runs (issue 6); at start too.
        retention_notified_on: the day (ISO date) the tray last said records are due: at most once a day.
        server_database: the PostgreSQL database this desk works on (issue 14: chosen at the first start,
            "Gedeelde database"), without its password (server_secret.py); empty: the file of this computer.
    """

    language: str = ""
    smtp_host: str = ""
    smtp_port: int = DEFAULT_PORTS["starttls"]
    smtp_security: str = "starttls"
    smtp_username: str = ""
    smtp_sender: str = DEFAULT_SENDER
    smtp_timeout_seconds: float = 30.0
    copy_folder: str = ""
    retention_scan_minutes: int = DEFAULT_RETENTION_SCAN_MINUTES
    retention_notified_on: str = ""
    server_database: str = ""

    @classmethod
    def load(cls, path: Path) -> WorkstationSettings:
        """The saved settings; defaults when the file is missing or unreadable (never stops a start)."""
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        if not isinstance(raw, dict):
            return cls()
        settings = cls()
        # Files from before issue 12 also hold the remembered staff member (last_staff...): nobody is
        # remembered now (everyone signs in), so those keys are read past.
        if raw.get("language") in LANGUAGES:
            settings.language = raw["language"]
        # Older files have no smtp_* keys; a wrong value falls back to its default, never stops a start.
        for name in ("smtp_host", "smtp_username", "smtp_sender", "copy_folder"):
            if isinstance(raw.get(name), str):
                setattr(settings, name, raw[name].strip())
        if raw.get("smtp_security") in SECURITIES:
            settings.smtp_security = raw["smtp_security"]
        port = raw.get("smtp_port")
        if isinstance(port, int) and not isinstance(port, bool) and 1 <= port <= 65535:
            settings.smtp_port = port
        timeout = raw.get("smtp_timeout_seconds")
        if isinstance(timeout, int | float) and not isinstance(timeout, bool) and 0 < timeout <= 600:
            settings.smtp_timeout_seconds = float(timeout)
        minutes = raw.get("retention_scan_minutes")
        if (
            isinstance(minutes, int)
            and not isinstance(minutes, bool)
            and 1 <= minutes <= MAX_RETENTION_SCAN_MINUTES
        ):
            settings.retention_scan_minutes = minutes
        server = raw.get("server_database")
        if isinstance(server, str) and server.startswith(("postgresql://", "postgresql+psycopg://")):
            settings.server_database = server
        notified = raw.get("retention_notified_on")
        if isinstance(notified, str) and len(notified) == 10:
            settings.retention_notified_on = notified
        return settings

    def smtp_settings(self) -> SmtpSettings | None:
        """The mail server settings for sending, or None when none is set up (offer "Save for e-mail")."""
        if not self.smtp_host:
            return None
        return SmtpSettings(
            host=self.smtp_host,
            port=self.smtp_port,
            security=self.smtp_security,
            username=self.smtp_username,
            sender=self.smtp_sender or DEFAULT_SENDER,
            timeout_seconds=self.smtp_timeout_seconds,
        )

    def remember_smtp(self, smtp: SmtpSettings | None) -> None:
        """Keeps the settings from the settings dialog (None: no mail server on this workstation)."""
        smtp = smtp or SmtpSettings(host="")
        self.smtp_host, self.smtp_port, self.smtp_security = smtp.host.strip(), smtp.port, smtp.security
        self.smtp_username, self.smtp_sender = smtp.username.strip(), smtp.sender.strip()
        self.smtp_timeout_seconds = smtp.timeout_seconds

    def save(self, path: Path) -> None:
        """Writes atomically: a crash mid-write leaves the old file, not half a file."""
        private_folder(path.parent)
        temporary = path.with_suffix(".tmp")
        with open(temporary, "w", encoding="utf-8", opener=private_opener) as stream:
            stream.write(json.dumps(asdict(self), indent=2))
        temporary.replace(path)
        tighten(path)
