"""Writing the copy's files (R11, R17): PDF (optionally AES-256 encrypted), JSON and CSV, all or nothing.

The files are written all or nothing, inside the folder the owner chose (services/output_files.py).
The password is made here, returned once and never stored or logged.
"""

from __future__ import annotations

import io
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader, PdfWriter

from spaceoptics_desk.reports.access_copy import render_access_copy
from spaceoptics_desk.reports.copy_model import AccessCopy
from spaceoptics_desk.reports.portable_copy import access_copy_csv, access_copy_json
from spaceoptics_desk.services.output_files import write_files

# Read out on the phone: no 0/O, 1/l/I, or other look-alikes.
PASSWORD_ALPHABET = "abcdefghjkmnpqrstuvwxyzACDEFGHJKLMNPQRTUVWXY23456789"
PASSWORD_GROUPS = 4
PASSWORD_GROUP_LENGTH = 4


@dataclass(frozen=True)
class CopyFiles:
    """What was written. `password` is set only for an encrypted PDF; show it once, never keep it.

    With encryption, JSON and CSV travel inside the encrypted PDF (`embedded`, R11): as separate files
    they would be the same personal data, unencrypted, in the same e-mail.
    """

    pdf: Path
    json: Path | None
    csv: Path | None
    password: str | None
    embedded: tuple[str, ...] = ()

    @property
    def paths(self) -> list[Path]:
        return [p for p in (self.pdf, self.json, self.csv) if p is not None]

    @property
    def kinds(self) -> list[str]:
        """What was produced, for the case and the audit log (never the content)."""
        kinds = ["pdf_encrypted" if self.password else "pdf"]
        kinds += [f"{name.rsplit('.', 1)[-1]}_in_pdf" for name in self.embedded]
        return kinds + [kind for kind, path in (("json", self.json), ("csv", self.csv)) if path]


def new_password() -> str:
    """Four groups of four characters, ~90 bits of randomness, easy to read out ("Hq7k-…")."""
    return "-".join(
        "".join(secrets.choice(PASSWORD_ALPHABET) for _ in range(PASSWORD_GROUP_LENGTH))
        for _ in range(PASSWORD_GROUPS)
    )


def encrypt_pdf(pdf: bytes, password: str, attachments: Mapping[str, bytes] | None = None) -> bytes:
    """AES-256 with pypdf: reportlab's own AES-256 output cannot be opened by other readers (DESIGN.md).

    `attachments` are embedded first, so they are encrypted with the rest.
    """
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    for name, data in (attachments or {}).items():
        writer.add_attachment(name, data)
    writer.encrypt(user_password=password, owner_password=secrets.token_urlsafe(24), algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def file_stem(copy: AccessCopy) -> str:
    """No name in the file name: an attachment's name is seen by more people than its content."""
    word = "inzage" if copy.language == "nl" else "access-copy"
    return f"{copy.customer_number}-{word}-{copy.created_on.isoformat()}"


def write_copy(
    copy: AccessCopy,
    folder: Path,
    *,
    json: bool = False,
    csv: bool = False,
    encrypt: bool = False,
    database_file: Path | None = None,
) -> CopyFiles:
    """Writes the copy into `folder` (PDF always; JSON and CSV on request, R17), all files or none;
    never over `database_file` (a database that happens to bear the copy's name)."""
    stem = file_stem(copy)
    portable: dict[str, bytes] = {}
    if json:
        portable[f"{stem}.json"] = access_copy_json(copy)
    if csv:
        portable[f"{stem}.csv"] = access_copy_csv(copy)
    password = new_password() if encrypt else None
    embedded: tuple[str, ...] = ()
    if password is not None:
        pdf = encrypt_pdf(render_access_copy(copy, embedded=list(portable)), password, portable)
        embedded, portable = tuple(portable), {}
    else:
        pdf = render_access_copy(copy)
    write_files(
        folder,
        {folder / f"{stem}.pdf": pdf, **{folder / name: data for name, data in portable.items()}},
        database_file=database_file,
    )
    return CopyFiles(
        pdf=folder / f"{stem}.pdf",
        json=folder / f"{stem}.json" if f"{stem}.json" in portable else None,
        csv=folder / f"{stem}.csv" if f"{stem}.csv" in portable else None,
        password=password,
        embedded=embedded,
    )
