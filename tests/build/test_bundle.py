"""The PyInstaller one-folder app works on its own, away from the checkout (issue 2, packaging).

The app is built once per session with installer/spaceoptics_desk.spec (the flags of `make build`, but
into a temporary folder so a developer's dist/ is left alone), moved away from the build and started
with a private environment in an empty working folder: a resource, migration or locale that is only
found beside the source tree makes one of these tests fail.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from spaceoptics_desk.operations.demo import DEMO_OWNER_PASSWORD

pytestmark = pytest.mark.build

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "installer" / "spaceoptics_desk.spec"
APP_NAME = "spaceoptics-desk"
BUILD_TIMEOUT = 900  # seconds; a clean build takes about 40 s here
RUN_TIMEOUT = 120


@dataclass(frozen=True)
class Installed:
    """Attributes:
    executable: the app's executable inside its copied folder.
    home: the private SPACEOPTICS_DESK_HOME (data, settings, log).
    workdir: an empty folder the app is started in.
    """

    executable: Path
    home: Path
    workdir: Path

    @property
    def log_file(self) -> Path:
        return self.home / "logs" / f"{APP_NAME}.log"

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        return self.run_with({}, *args)

    def run_with(self, extra_env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(self.executable), *args],
            cwd=self.workdir,
            env={**self.environment(), **extra_env},
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=RUN_TIMEOUT,
            check=False,
        )

    def environment(self) -> dict[str, str]:
        """Nothing of the developer's: no PYTHONPATH, no virtualenv, no real home."""
        env = {key: os.environ[key] for key in ("SYSTEMROOT", "WINDIR", "TEMP", "TMP") if key in os.environ}
        env.update(
            PATH=os.defpath,
            HOME=str(self.workdir),
            SPACEOPTICS_DESK_HOME=str(self.home),
            QT_QPA_PLATFORM="offscreen",
            LANG="C.UTF-8",
            # Only the zone files inside the bundle count, not the system's /usr/share/zoneinfo.
            PYTHONTZPATH="",
            # Every command signs in (issue 12): as the demo's owner, as a scheduled job would.
            SPACEOPTICS_DESK_PASSWORD=DEMO_OWNER_PASSWORD,
        )
        return env


@pytest.fixture(scope="session")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The built app folder, copied away from where it was built; the build folders are removed."""
    work = tmp_path_factory.mktemp("pyinstaller")
    assert not work.is_relative_to(ROOT), "the bundle must not be tested from inside the checkout"
    build = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "build"),
            str(SPEC),
        ],
        cwd=ROOT,
        # PyInstaller's cache goes with the build, not into the real home folder.
        env={**os.environ, "PYINSTALLER_CONFIG_DIR": str(work / "config")},
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT,
        check=False,
    )
    assert build.returncode == 0, build.stderr[-4000:]
    installed = tmp_path_factory.mktemp("installed") / APP_NAME
    shutil.copytree(work / "dist" / APP_NAME, installed, symlinks=True)
    shutil.rmtree(work)
    return installed


@pytest.fixture
def app(bundle: Path, tmp_path: Path) -> Installed:
    executable = bundle / (APP_NAME + (".exe" if sys.platform == "win32" else ""))
    assert executable.is_file()
    workdir = tmp_path / "cwd"
    workdir.mkdir()
    return Installed(executable, tmp_path / "home", workdir)


@pytest.fixture
def demo_db(app: Installed, tmp_path: Path) -> Path:
    path = tmp_path / "demo.db"
    made = app.run("--db", str(path), "demo", "--customers", "50", "--seed", "3")
    assert made.returncode == 0, made.stderr
    assert "50 customers" in made.stdout
    return path


def test_bundle_carries_resources_and_migrations(bundle: Path) -> None:
    inside = {path.relative_to(bundle).as_posix() for path in bundle.rglob("*") if path.is_file()}
    # Alembic reads these as files; the policy and translations are read by resources.py.
    for name in ("env.py", "script.py.mako", "versions/0001_initial_schema.py"):
        assert any(path.endswith("spaceoptics_desk/store/migrations/" + name) for path in inside), name
    for source in sorted((ROOT / "resources").rglob("*")):
        if source.is_file() and source.suffix != ".ts":
            wanted = "resources/" + source.relative_to(ROOT / "resources").as_posix()
            assert any(path.endswith(wanted) for path in inside), wanted
    assert not any(path.endswith(".ts") for path in inside)


def test_demo_find_and_show_work_from_the_bundle(app: Installed, demo_db: Path) -> None:
    shown = app.run("--db", str(demo_db), "show", "K100000", "--json")
    assert shown.returncode == 0, shown.stderr
    profile = json.loads(shown.stdout)["profile"]
    assert profile["customer_number"] == "K100000"

    found = app.run("--db", str(demo_db), "find", profile["last_name"], "--json")
    assert found.returncode == 0, found.stderr
    assert "K100000" in {match["customer_number"] for match in json.loads(found.stdout)}

    staff = app.run("--db", str(demo_db), "staff", "--json")
    assert staff.returncode == 0, staff.stderr
    assert {member["username"] for member in json.loads(staff.stdout)} >= {"owner", "staff"}


def test_smoke_test_signs_in_opens_the_main_window_and_quits(app: Installed, demo_db: Path) -> None:
    # Issue 12: the smoke test signs in as the demo owner (README, Aanmelden): the bundle has the cipher
    # and the key derivation.
    smoke = app.run_with(
        {"SPACEOPTICS_DESK_PASSWORD": "demo-eigenaar"}, "--db", str(demo_db), "--lang", "nl", "--smoke-test"
    )
    assert smoke.returncode == 0, smoke.stderr
    log = app.log_file.read_text(encoding="utf-8")
    assert "session started" in log
    assert "translation not found" not in log


def test_a_missing_database_is_a_clear_message_not_a_traceback(app: Installed, tmp_path: Path) -> None:
    missing = app.run("--db", str(tmp_path / "nowhere.db"), "find", "jansen")
    assert missing.returncode == 3
    assert "Traceback" not in missing.stderr
    assert missing.stderr.count("\n") == 1


def test_an_encrypted_access_copy_is_made_by_the_bundle_with_its_own_fonts(
    app: Installed, demo_db: Path, tmp_path: Path
) -> None:
    """reportlab, pypdf's AES-256 (cryptography) and the bundled DejaVu fonts work frozen (issue 5)."""
    out = tmp_path / "copy"
    out.mkdir()
    made = app.run(
        "--db",
        str(demo_db),
        "export-copy",
        "K100000",
        "--out",
        str(out),
        "--json",
        "--encrypt",
        "--by",
        "owner",
    )
    assert made.returncode == 0, made.stderr
    pdf = Path(made.stdout.splitlines()[0])
    assert pdf.parent == out and pdf.read_bytes().startswith(b"%PDF") and b"/Encrypt" in pdf.read_bytes()
