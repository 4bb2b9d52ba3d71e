"""Sending the access copy by e-mail (issue 5, part B; R7, R8, R11, R30), against a real SMTP server on
loopback (aiosmtpd), and the SMTP settings and password that sending needs."""

from __future__ import annotations

import asyncio
import email
import errno
import json
import os
import socket
from collections.abc import Iterator
from email.message import EmailMessage, Message
from io import BytesIO
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backends import fail
from pypdf import PdfWriter
from sqlalchemy import select

from spaceoptics_desk import smtp_secret
from spaceoptics_desk.domain.clock import FixedClock
from spaceoptics_desk.services.cases import case_detail, open_case, verify_identity
from spaceoptics_desk.services.delivery import (
    DeliveryRecord,
    PreparedCopy,
    SendingFailed,
    SmtpSettings,
    prepare_copy_email,
    save_for_email,
    send_copy,
)
from spaceoptics_desk.services.errors import Conflict, InvalidInput, NotAllowed, NotFound
from spaceoptics_desk.services.staff import acting_user
from spaceoptics_desk.store.database import Database
from spaceoptics_desk.store.models import AuditEntry, Customer
from spaceoptics_desk.workstation import WorkstationSettings
from tests.mail_server import (
    AUTH_WITHOUT_TLS_WARNING,
    PASSWORD,
    MailServer,
    MemoryKeyring,
    free_port,
    mail_server_fixture,  # noqa: F401 (a fixture)
    restore_keyring_fixture,  # noqa: F401 (a fixture)
)
from tests.records import at
from tests.services.conftest import Shop

PDF_PASSWORD = "Kx7-pR2q-Lm9w"

# aiosmtpd warns (UserWarning, raised in its own thread for every connection) when AUTH is required
# without TLS. On loopback that is what these tests need: the server checks the login over plain text;
# the app itself refuses an unencrypted connection to any other host (SmtpSettings.check).
pytestmark = pytest.mark.filterwarnings(AUTH_WITHOUT_TLS_WARNING)


# --- a case with its copy ----------------------------------------------------------------------------


def encrypted_pdf(text: str = "kopie") -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    writer.add_metadata({"/Title": text})
    writer.encrypt(PDF_PASSWORD, algorithm="AES-256")
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.fixture
def copy_files(tmp_path: Path) -> list[Path]:
    folder = tmp_path / "copy"
    folder.mkdir()
    pdf = folder / "K000123-kopie-gegevens.pdf"
    pdf.write_bytes(encrypted_pdf())
    data = folder / "K000123-gegevens.json"
    data.write_text(json.dumps({"customer_number": "K000123", "name": "Jan van der Berg"}), encoding="utf-8")
    table = folder / "K000123-bestellingen.csv"
    table.write_text("order_number;total\n2019-000042;129,95\n'=1+1;0\n", encoding="utf-8")
    return [pdf, data, table]


def open_access_case(
    database: Database,
    customer_id: int,
    clock: FixedClock,
    *,
    verified: bool = True,
    rights: tuple[str, ...] = ("access",),
) -> int:
    with database.transaction() as session:
        actor = acting_user(session, "owner")
        case_id = open_case(
            session,
            actor,
            clock,
            customer_id=customer_id,
            channel="email",
            received_at=at(2026, 11, 20, 9),
            rights=rights,
        )
        if verified:
            verify_identity(session, actor, clock, case_id, "email-on-file")
        return case_id


@pytest.fixture
def case_id(database: Database, shop: Shop, clock: FixedClock) -> int:
    return open_access_case(database, shop.jan, clock)


def prepared_copy(database: Database, case_id: int, files: list[Path], **options: Any) -> PreparedCopy:
    with database.reading() as session:
        return prepare_copy_email(session, case_id, files, **options)


def timeline(database: Database, case_id: int, clock: FixedClock) -> list[tuple[str, str | None]]:
    with database.reading() as session:
        return [(t.kind, t.note) for t in case_detail(session, clock, case_id).timeline if "copy" in t.kind]


def audit_actions(database: Database) -> list[str]:
    with database.reading() as session:
        return list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))


def text_of(message: Message) -> str:
    body = message.get_body(preferencelist=("plain",)) if isinstance(message, EmailMessage) else None
    part = body or next(p for p in message.walk() if p.get_content_type() == "text/plain")
    payload = part.get_payload(decode=True)
    assert isinstance(payload, bytes)
    return payload.decode(part.get_content_charset() or "utf-8")


def attachments_of(message: Message) -> dict[str, tuple[str, bytes]]:
    found: dict[str, tuple[str, bytes]] = {}
    for part in message.walk():
        filename = part.get_filename()
        if filename:
            payload = part.get_payload(decode=True)
            assert isinstance(payload, bytes)
            found[filename] = (part.get_content_type(), payload)
    return found


def send_files(
    database: Database,
    clock: FixedClock,
    case_id: int,
    files: list[Path],
    settings: SmtpSettings,
    password: str | None = PASSWORD,
) -> DeliveryRecord:
    return send_copy(database, "owner", clock, prepared_copy(database, case_id, files), settings, password)


# --- sending -----------------------------------------------------------------------------------------


def test_R8_R11_the_copy_goes_to_the_address_on_file_with_its_files(
    database: Database, case_id: int, copy_files: list[Path], mail_server: MailServer, clock: FixedClock
) -> None:
    prepared = prepared_copy(database, case_id, copy_files)
    record = send_copy(database, "owner", clock, prepared, mail_server.settings(), PASSWORD)

    [envelope] = mail_server.envelopes
    assert envelope.rcpt_tos == ["jan.vdberg@example.nl"]
    assert envelope.mail_from == "info@space-optics.com"
    assert mail_server.logins == [b"winkel"]
    [message] = mail_server.messages()
    assert message["To"] == "Jan van der Berg <jan.vdberg@example.nl>"
    assert message["From"] == "Space Optics <info@space-optics.com>"
    assert message["Subject"] == f"Uw gegevens bij Space Optics (verzoek {case_id})"
    assert message["Message-ID"] == record.message_id and record.message_id.endswith("@space-optics.com>")
    assert message["Date"] == "Wed, 25 Nov 2026 09:30:00 +0000"
    assert attachments_of(message) == {
        "K000123-kopie-gegevens.pdf": ("application/pdf", copy_files[0].read_bytes()),
        "K000123-gegevens.json": ("application/json", copy_files[1].read_bytes()),
        "K000123-bestellingen.csv": ("text/csv", copy_files[2].read_bytes()),
    }
    body = text_of(message)
    assert "Beste Jan van der Berg," in body and "20 november 2026" in body
    assert "telefonisch of per sms" in body  # R11: the password travels another way ...
    assert envelope.original_content is not None
    assert PDF_PASSWORD not in envelope.original_content.decode()  # ... and is never in the message

    # Recorded: what and where to (the domain), not the content and not the full address.
    [(kind, note)] = timeline(database, case_id, clock)
    assert kind == "copy_sent" and record.kind == "copy_sent"
    assert note is not None and note.startswith("pdf, json, csv → @example.nl")
    assert "K000123" not in note  # the file names carry the customer number; the note outlives an erasure
    assert "jan.vdberg" not in note and record.delivery_id in note
    assert audit_actions(database)[-2:] == ["case_copy_sending", "case_copy_sent"]


@pytest.mark.parametrize(
    ("language", "subject", "phrases"),
    [
        ("nl", "Uw gegevens bij Space Optics (verzoek {case})", ["Beste Zoë de Vries,", "per sms"]),
        ("en", "Your data held by Space Optics (request {case})", ["Dear Zoë de Vries,", "text message"]),
    ],
)
def test_R8_the_mail_speaks_the_customers_language(
    database: Database,
    shop: Shop,
    clock: FixedClock,
    copy_files: list[Path],
    mail_server: MailServer,
    language: str,
    subject: str,
    phrases: list[str],
) -> None:
    with database.transaction() as session:
        customer = session.get(Customer, shop.zoe)
        assert customer is not None
        customer.language = language
    case_id = open_access_case(database, shop.zoe, clock)
    send_files(database, clock, case_id, copy_files, mail_server.settings())
    [message] = mail_server.messages()
    assert message["Subject"] == subject.format(case=case_id)
    assert message["Content-Language"] == language
    body = text_of(message)
    assert all(phrase in body for phrase in phrases), body


def test_R11_a_typed_address_must_be_the_one_on_file(
    database: Database, case_id: int, copy_files: list[Path]
) -> None:
    with pytest.raises(NotAllowed, match="not the e-mail address on file"):
        prepared_copy(database, case_id, copy_files, address="jan@elders.example")
    same = prepared_copy(database, case_id, copy_files, address=" Jan.vdBerg@example.nl ")
    assert same.recipient == "jan.vdberg@example.nl"


def test_R7_R11_no_copy_before_the_identity_is_checked(
    database: Database, shop: Shop, clock: FixedClock, copy_files: list[Path]
) -> None:
    case_id = open_access_case(database, shop.jan, clock, verified=False)
    with pytest.raises(NotAllowed, match="identity"):
        prepared_copy(database, case_id, copy_files)


def test_R11_no_copy_without_an_address_on_file(
    database: Database, shop: Shop, clock: FixedClock, copy_files: list[Path]
) -> None:
    with database.transaction() as session:
        customer = session.get(Customer, shop.johan)
        assert customer is not None
        customer.email = None
    case_id = open_access_case(database, shop.johan, clock)
    with pytest.raises(NotAllowed, match="no e-mail address on file"):
        prepared_copy(database, case_id, copy_files)


def test_R8_only_a_case_that_asks_for_a_copy_gets_one(
    database: Database, shop: Shop, clock: FixedClock, copy_files: list[Path]
) -> None:
    case_id = open_access_case(database, shop.jan, clock, rights=("marketing",))
    with pytest.raises(NotAllowed, match="does not ask for a copy"):
        prepared_copy(database, case_id, copy_files)


def test_R11_an_unencrypted_pdf_is_not_sent(database: Database, case_id: int, copy_files: list[Path]) -> None:
    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    with copy_files[0].open("wb") as out:
        writer.write(out)
    with pytest.raises(NotAllowed, match="is not encrypted"):
        prepared_copy(database, case_id, copy_files)


@pytest.mark.parametrize(
    ("files", "error", "message"),
    [
        ([], InvalidInput, "Choose the files"),
        (["notes.txt"], InvalidInput, "only PDF, JSON and CSV"),
        (["missing.pdf"], NotFound, "no longer there"),
        (["K000123-gegevens.json"], InvalidInput, "PDF is missing"),
        (["K000123-kopie-gegevens.pdf", "K000123-KOPIE-gegevens.pdf"], InvalidInput, "same file name"),
    ],
)
def test_files_that_cannot_be_attached_are_refused(
    database: Database,
    case_id: int,
    copy_files: list[Path],
    files: list[str],
    error: type[Exception],
    message: str,
) -> None:
    folder = copy_files[0].parent
    (folder / "notes.txt").write_text("x", encoding="utf-8")
    with pytest.raises(error, match=message):
        prepared_copy(database, case_id, [folder / name for name in files])


def test_R11_R30_an_address_changed_after_preparing_is_not_used(
    database: Database,
    case_id: int,
    shop: Shop,
    copy_files: list[Path],
    mail_server: MailServer,
    clock: FixedClock,
) -> None:
    prepared = prepared_copy(database, case_id, copy_files)
    with database.transaction() as session:
        customer = session.get(Customer, shop.jan)
        assert customer is not None
        customer.email = "jan@nieuw.example"
    with pytest.raises(Conflict, match="address changed"):
        send_copy(database, "owner", clock, prepared, mail_server.settings(), PASSWORD)
    assert mail_server.envelopes == [] and timeline(database, case_id, clock) == []


def test_R11_a_copy_sent_once_is_not_sent_twice_unless_confirmed(
    database: Database, case_id: int, copy_files: list[Path], mail_server: MailServer, clock: FixedClock
) -> None:
    first = send_files(database, clock, case_id, copy_files, mail_server.settings())
    # Prepared again from the same files (the GUI after a restart): still the same copy.
    again = prepared_copy(database, case_id, copy_files)
    assert again.delivery_id == first.delivery_id
    with pytest.raises(Conflict, match="was sent on 25-11-2026 10:30 already"):
        send_copy(database, "owner", clock, again, mail_server.settings(), PASSWORD)
    assert len(mail_server.envelopes) == 1

    second = send_copy(database, "owner", clock, again, mail_server.settings(), PASSWORD, send_again=True)
    assert len(mail_server.envelopes) == 2
    assert second.message_id != first.message_id  # a new send is a new message, not a duplicate
    assert [kind for kind, _ in timeline(database, case_id, clock)] == ["copy_sent", "copy_sent"]


def test_R11_a_new_copy_of_the_same_case_is_a_new_send(
    database: Database, case_id: int, copy_files: list[Path], mail_server: MailServer, clock: FixedClock
) -> None:
    send_files(database, clock, case_id, copy_files, mail_server.settings())
    copy_files[0].write_bytes(encrypted_pdf("corrected"))  # created again, e.g. after a correction
    send_files(database, clock, case_id, copy_files, mail_server.settings())
    assert len(mail_server.envelopes) == 2


def test_login_refused_is_recorded_as_failed_and_a_retry_sends_once(
    database: Database, case_id: int, copy_files: list[Path], mail_server: MailServer, clock: FixedClock
) -> None:
    prepared = prepared_copy(database, case_id, copy_files)
    with pytest.raises(SendingFailed, match="refused the user name or password") as failure:
        send_copy(database, "owner", clock, prepared, mail_server.settings(), "fout")
    assert failure.value.reason == "login refused" and not failure.value.outcome_unknown
    assert mail_server.envelopes == []
    [(kind, note)] = timeline(database, case_id, clock)
    assert kind == "copy_send_failed" and note is not None and note.endswith("login refused")

    send_copy(database, "owner", clock, prepared, mail_server.settings(), PASSWORD)
    assert len(mail_server.envelopes) == 1
    assert [kind for kind, _ in timeline(database, case_id, clock)] == ["copy_send_failed", "copy_sent"]
    assert "case_copy_send_failed" in audit_actions(database)


def test_a_rejected_recipient_is_a_clear_message_without_the_servers_text(
    database: Database, case_id: int, copy_files: list[Path], mail_server: MailServer, clock: FixedClock
) -> None:
    mail_server.refuse_recipients = True
    with pytest.raises(SendingFailed) as failure:
        send_files(database, clock, case_id, copy_files, mail_server.settings())
    text = failure.value.text()
    assert "refused the customer's e-mail address" in text and "Nothing was sent" in text
    assert "jan.vdberg" not in text and "User unknown" not in text  # the server's reply echoes the address
    assert mail_server.envelopes == []
    assert [kind for kind, _ in timeline(database, case_id, clock)] == ["copy_send_failed"]


def test_a_closed_port_is_connection_refused(
    database: Database, case_id: int, copy_files: list[Path], clock: FixedClock
) -> None:
    settings = SmtpSettings("127.0.0.1", free_port(), "none", "winkel", timeout_seconds=5)
    with pytest.raises(SendingFailed, match="refused the connection on port") as failure:
        send_copy(database, "owner", clock, prepared_copy(database, case_id, copy_files), settings, PASSWORD)
    assert failure.value.reason == "connection refused"
    assert [kind for kind, _ in timeline(database, case_id, clock)] == ["copy_send_failed"]


def test_a_server_that_does_not_answer_times_out(
    database: Database, case_id: int, copy_files: list[Path], clock: FixedClock
) -> None:
    with socket.socket() as silent:  # accepts connections (backlog) but never greets
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)
        settings = SmtpSettings("127.0.0.1", silent.getsockname()[1], "none", timeout_seconds=0.3)
        with pytest.raises(SendingFailed, match=r"did not answer within 0\.3 seconds") as failure:
            send_copy(database, "owner", clock, prepared_copy(database, case_id, copy_files), settings)
    assert failure.value.reason == "timeout" and not failure.value.outcome_unknown
    assert [kind for kind, _ in timeline(database, case_id, clock)] == ["copy_send_failed"]


def test_R11_a_delivery_that_broke_off_may_have_arrived_so_a_retry_needs_confirming(
    database: Database, case_id: int, copy_files: list[Path], mail_server: MailServer, clock: FixedClock
) -> None:
    mail_server.hold_data = asyncio.Event()
    prepared = prepared_copy(database, case_id, copy_files)
    with pytest.raises(SendingFailed, match="It may have arrived") as failure:
        send_copy(database, "owner", clock, prepared, mail_server.settings(timeout_seconds=0.5), PASSWORD)
    assert failure.value.outcome_unknown
    assert [kind for kind, _ in timeline(database, case_id, clock)] == ["copy_sending"]
    with pytest.raises(Conflict, match="without a clear outcome"):
        send_copy(database, "owner", clock, prepared, mail_server.settings(), PASSWORD)


def test_R11_starttls_is_required_when_chosen(
    database: Database, case_id: int, copy_files: list[Path], mail_server: MailServer, clock: FixedClock
) -> None:
    with pytest.raises(SendingFailed, match="does not offer STARTTLS"):
        send_files(database, clock, case_id, copy_files, mail_server.settings(security="starttls"))
    assert mail_server.envelopes == [] and mail_server.logins == []  # no password over plain text


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"host": "smtp.example.nl", "security": "none"}, "only allowed to this computer"),
        ({"security": "plain"}, "Unknown security"),
        ({"port": 0}, "port must be"),
        ({"sender": "info at space-optics"}, "sender is not a valid"),
        ({"host": " "}, "name of the mail server"),
    ],
)
def test_R11_settings_that_cannot_be_safe_are_refused(changes: dict[str, Any], message: str) -> None:
    values: dict[str, Any] = {"host": "127.0.0.1", "port": 2525, "security": "none"}
    values.update(changes)
    with pytest.raises(InvalidInput, match=message):
        SmtpSettings(**values).check()
    SmtpSettings("::1", 2525, "none").check()
    SmtpSettings("smtp.example.nl", 465, "ssl").check()


def test_a_login_needs_a_password(
    database: Database, case_id: int, copy_files: list[Path], mail_server: MailServer, clock: FixedClock
) -> None:
    with pytest.raises(InvalidInput, match="Enter the password"):
        send_files(database, clock, case_id, copy_files, mail_server.settings(), None)
    assert timeline(database, case_id, clock) == []


# --- saving as a draft -------------------------------------------------------------------------------


def test_R8_save_for_email_writes_a_draft_a_mail_program_opens(
    database: Database, case_id: int, copy_files: list[Path], tmp_path: Path, clock: FixedClock
) -> None:
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    record = save_for_email(database, "owner", clock, prepared_copy(database, case_id, copy_files), drafts)

    assert record.draft == drafts / f"kopie-gegevens-verzoek-{case_id}.eml"
    assert sorted(p.name for p in drafts.iterdir()) == [record.draft.name]  # no temporary file left
    message = email.message_from_bytes(record.draft.read_bytes())
    assert message["X-Unsent"] == "1"
    assert message["To"] == "Jan van der Berg <jan.vdberg@example.nl>"
    assert {name: data for name, (_, data) in attachments_of(message).items()} == {
        path.name: path.read_bytes() for path in copy_files
    }
    assert [kind for kind, _ in timeline(database, case_id, clock)] == ["copy_draft_saved"]

    # A second draft does not overwrite the first.
    second = save_for_email(database, "owner", clock, prepared_copy(database, case_id, copy_files), drafts)
    assert second.draft is not None and second.draft.name == f"kopie-gegevens-verzoek-{case_id}-2.eml"


def test_R11_a_saved_draft_blocks_sending_it_again_unconfirmed(
    database: Database,
    case_id: int,
    copy_files: list[Path],
    tmp_path: Path,
    mail_server: MailServer,
    clock: FixedClock,
) -> None:
    prepared = prepared_copy(database, case_id, copy_files)
    save_for_email(database, "owner", clock, prepared, tmp_path)
    with pytest.raises(Conflict, match="saved as an e-mail draft"):
        send_copy(database, "owner", clock, prepared, mail_server.settings(), PASSWORD)
    assert mail_server.envelopes == []


@pytest.fixture
def read_only_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o555)
    if os.access(folder, os.W_OK):  # root ignores the mode: let the OS call fail as it would for a user

        def refuse(*_args: object, **_kwargs: object) -> tuple[int, str]:
            raise PermissionError(errno.EACCES, "Permission denied")

        monkeypatch.setattr("spaceoptics_desk.services.output_files.tempfile.mkstemp", refuse)
    yield folder
    folder.chmod(0o755)


def test_a_read_only_folder_is_a_clear_message_and_nothing_is_recorded(
    database: Database, case_id: int, copy_files: list[Path], read_only_folder: Path, clock: FixedClock
) -> None:
    with pytest.raises(InvalidInput, match=r"is read-only\. Choose another folder; nothing was saved"):
        save_for_email(
            database, "owner", clock, prepared_copy(database, case_id, copy_files), read_only_folder
        )
    assert list(read_only_folder.iterdir()) == []
    assert timeline(database, case_id, clock) == []


def test_a_full_disk_leaves_no_half_written_draft(
    database: Database,
    case_id: int,
    copy_files: list[Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    clock: FixedClock,
) -> None:
    def disk_full(_fd: int) -> None:  # the data is written, then the flush to disk fails
        raise OSError(errno.ENOSPC, "No space left on device")

    drafts = tmp_path / "drafts"
    drafts.mkdir()
    monkeypatch.setattr("spaceoptics_desk.services.output_files.os.fsync", disk_full)
    with pytest.raises(InvalidInput, match="is full"):
        save_for_email(database, "owner", clock, prepared_copy(database, case_id, copy_files), drafts)
    assert list(drafts.iterdir()) == []  # neither the draft nor its temporary file
    assert timeline(database, case_id, clock) == []


# --- the password in the keyring, the settings in settings.json --------------------------------------


@pytest.mark.usefixtures("restore_keyring")
def test_the_smtp_password_lives_in_the_keyring() -> None:
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    assert smtp_secret.keyring_available()
    assert smtp_secret.set_password("winkel", PASSWORD)
    assert backend.passwords == {("spaceoptics-desk-smtp", "winkel"): PASSWORD}
    assert smtp_secret.get_password("winkel") == PASSWORD
    smtp_secret.delete_password("winkel")
    smtp_secret.delete_password("winkel")  # forgetting twice is fine
    assert smtp_secret.get_password("winkel") is None


@pytest.mark.usefixtures("restore_keyring")
def test_without_a_keyring_the_password_is_asked_each_time() -> None:
    keyring.set_keyring(fail.Keyring())
    assert not smtp_secret.keyring_available()
    assert smtp_secret.set_password("winkel", PASSWORD) is False  # the GUI keeps it in memory instead
    assert smtp_secret.get_password("winkel") is None
    smtp_secret.delete_password("winkel")


def test_smtp_settings_are_saved_without_a_password(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    settings = WorkstationSettings(language="nl")
    assert settings.smtp_settings() is None  # no mail server: "Save for e-mail"
    settings.remember_smtp(SmtpSettings("smtp.example.nl", 465, "ssl", "winkel", "info@space-optics.com", 20))
    settings.save(path)

    saved = path.read_text(encoding="utf-8")
    assert "password" not in saved.lower() and PASSWORD not in saved
    assert WorkstationSettings.load(path).smtp_settings() == SmtpSettings(
        "smtp.example.nl", 465, "ssl", "winkel", "info@space-optics.com", 20.0
    )


def test_old_or_damaged_settings_files_fall_back_to_the_defaults(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"last_staff": "owner", "language": "en"}), encoding="utf-8")
    old = WorkstationSettings.load(path)
    # The remembered staff member of files from before issue 12 is read past (everyone signs in now).
    assert (old.language, old.smtp_host, old.smtp_port, old.smtp_security) == (
        "en",
        "",
        587,
        "starttls",
    )
    path.write_text(
        json.dumps(
            {"smtp_host": 12, "smtp_port": True, "smtp_security": "plain", "smtp_timeout_seconds": -1}
        ),
        encoding="utf-8",
    )
    damaged = WorkstationSettings.load(path)
    assert (damaged.smtp_host, damaged.smtp_port, damaged.smtp_security, damaged.smtp_timeout_seconds) == (
        "",
        587,
        "starttls",
        30.0,
    )
