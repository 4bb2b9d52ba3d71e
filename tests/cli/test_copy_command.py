"""`export-copy`: the access copy from the command line (R9-R11, R17)."""

from __future__ import annotations

import io
import re
from pathlib import Path

import sqlcipher3
from pypdf import PdfReader

from tests.cli.conftest import Run


def test_R11_export_copy_prints_the_paths_and_the_password_once(
    run: Run, demo_db: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    done = run(
        "--db",
        str(demo_db),
        "export-copy",
        "K100000",
        "--out",
        str(out),
        "--json",
        "--csv",
        "--encrypt",
        "--lang",
        "en",
        "--by",
        "owner",
    )
    assert done.code == 0, done.err
    printed = done.out.splitlines()
    pdf = Path(printed[0])
    assert pdf.suffix == ".pdf"
    assert printed[1] == f"Inside the encrypted PDF: {pdf.stem}.json, {pdf.stem}.csv"
    password = printed[2].rsplit(": ", 1)[1]
    assert done.out.count(password) == 1
    reader = PdfReader(io.BytesIO(pdf.read_bytes()))
    assert reader.is_encrypted and reader.decrypt(password)
    assert "page 1 of" in reader.pages[0].extract_text()
    assert sorted(reader.attachments) == [f"{pdf.stem}.csv", f"{pdf.stem}.json"]
    # Nothing unencrypted beside the PDF (R11).
    assert [p.name for p in out.iterdir()] == [pdf.name]


def test_R10_export_copy_notes_the_copy_on_its_case(run: Run, demo_db: Path, tmp_path: Path) -> None:
    opened = run(
        "--db",
        str(demo_db),
        "case",
        "open",
        "K100001",
        "--rights",
        "access",
        "--channel",
        "email",
        "--by",
        "owner",
    )
    assert opened.code == 0, opened.err
    case_id = re.findall(r"\d+", opened.out)[0]
    verified = run("--db", str(demo_db), "case", "verify", case_id, "--method", "call-back", "--by", "owner")
    assert verified.code == 0, verified.err
    done = run(
        "--db",
        str(demo_db),
        "export-copy",
        "K100001",
        "--out",
        str(tmp_path),
        "--case",
        case_id,
        "--by",
        "owner",
    )
    assert done.code == 0, done.err
    with sqlcipher3.connect(demo_db) as connection:
        notes = connection.execute(
            "select note from case_events where kind = 'copy_created' and request_id = ?", (int(case_id),)
        ).fetchall()
    assert notes == [("pdf; nl",)] or notes == [("pdf; en",)]


def test_export_copy_refuses_a_missing_folder_in_one_line(run: Run, demo_db: Path, tmp_path: Path) -> None:
    done = run(
        "--db", str(demo_db), "export-copy", "K100000", "--out", str(tmp_path / "nope"), "--by", "owner"
    )
    assert done.code == 1
    assert len(done.err.strip().splitlines()) == 1 and "does not exist" in done.err


def test_R11_staff_are_refused_a_copy_in_one_line_and_nothing_is_written(
    run: Run, demo_db: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    done = run("--db", str(demo_db), "export-copy", "K100000", "--out", str(out), "--by", "staff")
    assert done.code == 1
    assert done.err.strip().endswith("Only the owner can make, save or send a copy of a customer's data.")
    assert len(done.err.strip().splitlines()) == 1 and done.out == ""
    assert list(out.iterdir()) == []
