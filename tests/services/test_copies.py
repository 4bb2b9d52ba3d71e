"""The access copy read back as a person reads it (R9, R10, R11, R12, R17): real PDFs, real files."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

import pdfplumber
import pytest
from pdfplumber.utils.exceptions import PdfminerException
from pypdf import PdfReader
from pypdf.generic import DictionaryObject
from sqlalchemy import select

from spaceoptics_desk.domain.clock import FixedClock, to_local
from spaceoptics_desk.reports import fonts, texts
from spaceoptics_desk.reports.access_copy import render_access_copy
from spaceoptics_desk.reports.portable_copy import access_copy_csv, access_copy_json
from spaceoptics_desk.services import audit
from spaceoptics_desk.services.consent import set_consent
from spaceoptics_desk.services.copies import (
    build_access_copy,
    create_access_copy,
    new_password,
    write_copy,
)
from spaceoptics_desk.services.errors import InvalidInput
from spaceoptics_desk.services.output_files import FileNotWritten
from spaceoptics_desk.services.staff import acting_user
from spaceoptics_desk.store.database import Database
from spaceoptics_desk.store.models import AuditEntry, CaseEvent, Customer
from tests.records import add_customer, add_order, at, request_case
from tests.services.conftest import Shop

ART15_HEADINGS = (
    "confirmation_title",
    "purposes_title",
    "categories_title",
    "recipients_title",
    "retention_title",
    "sources_title",
    "transfers_title",
    "automated_title",
    "rights_title",
    "complaint_title",
)


def _text(pdf: bytes, password: str | None = None) -> str:
    with pdfplumber.open(io.BytesIO(pdf), password=password or "") as document:
        return "\n".join(page.extract_text() or "" for page in document.pages)


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def jan_with_history(database: Database, shop: Shop, clock: FixedClock) -> int:
    """Jan gave the newsletter by e-mail a year ago and withdrew it on the web, and asked for access."""
    earlier = FixedClock(clock.now() - timedelta(days=400))
    later = FixedClock(clock.now() - timedelta(days=30))
    with database.transaction() as session:
        owner = acting_user(session, "owner")
        set_consent(session, owner, earlier, shop.jan, "newsletter", True, "email")
        set_consent(session, owner, later, shop.jan, "newsletter", False, "web")
        set_consent(session, owner, later, shop.jan, "promotions", True, "web")
    return shop.jan


def test_R9_R10_R12_pdf_has_letter_every_art15_section_every_order_and_consent_event(
    database: Database, shop: Shop, clock: FixedClock, jan_with_history: int
) -> None:
    case_id = request_case(database, clock, shop.jan, "access")
    with database.reading() as session:
        copy = build_access_copy(session, shop.jan, clock, case_reference=str(case_id))
    text = _text(render_access_copy(copy))
    flat = _flat(text)
    # R12: the cover letter comes first, addressed to the customer, with the case reference.
    first_page = _text(render_access_copy(copy)).split(texts.text("nl", "part_answers"))[0]
    assert "Jan van der Berg" in first_page
    assert "Dorpsstraat 151" in first_page
    assert f"Ons kenmerk {case_id}" in first_page
    assert "KvK 64935264" in first_page and "NL855911062B01" in first_page
    for key in ART15_HEADINGS:
        assert texts.text("nl", key) in text, key
    assert "Autoriteit Persoonsgegevens" in flat
    for number in ("2019-000042", "2025-000123", "F2019-000042", "3S2025-000123"):
        assert number in text
    history = copy.table("consent_history")
    assert len(history.rows) == 3
    for row in history.rows:
        moment = row[0]
        assert isinstance(moment, datetime)
        assert to_local(moment).strftime("%d-%m-%Y") in text
    # Given twice and withdrawn once in the history; the purposes table adds one of each as the state.
    assert len(re.findall(r"\bGegeven\b", flat)) == 3
    assert len(re.findall(r"\bIngetrokken\b", flat)) == 2
    # R10: the exact wording consented to.
    assert "Ja, ik wil de nieuwsbrief van Space Optics per e-mail ontvangen." in flat
    # R9(c): recipients by name; (h) no automated decisions; the request itself is among the data.
    assert "PostNL" in flat or "DHL" in flat
    assert texts.text("nl", "automated_none")[:40] in flat
    assert "Inzage" in flat
    assert "pagina 1 van" in text


def test_R10_another_customers_data_never_appears_in_the_copy(
    database: Database, shop: Shop, clock: FixedClock, jan_with_history: int
) -> None:
    with database.reading() as session:
        copy = build_access_copy(session, shop.jan, clock)
        zoe = session.get(Customer, shop.zoe)
        assert zoe is not None
    outputs = [
        _text(render_access_copy(copy)),
        access_copy_json(copy).decode("utf-8"),
        access_copy_csv(copy).decode("utf-8"),
    ]
    for output in outputs:
        for foreign in ("Zoë", "zoe.devries@example.nl", "2024-000777", "Prinsengracht", "Johan", "Smit"):
            assert foreign not in output


def test_R10_accents_and_the_euro_sign_survive_in_the_pdf(database: Database, clock: FixedClock) -> None:
    with database.transaction() as session:
        from spaceoptics_desk.services.staff import ensure_staff

        ensure_staff(session, "owner", "Eigenaar", "owner")
        customer = add_customer(
            session,
            "K000200",
            "Zoë Renée",
            "",
            "Łukasiewicz-Erdős Müller",
            email="zoe@example.pl",
            address=("Rue de l'Église", "3", "4021HR", "Maurik"),
        )
        add_order(session, customer, "2026-000001", at(2026, 1, 5), total_cents=123_456)
        customer_id = customer.id
    with database.reading() as session:
        copy = build_access_copy(session, customer_id, clock)
    text = _text(render_access_copy(copy))
    for word in ("Zoë Renée", "Łukasiewicz-Erdős Müller", "Église", "€ 1.234,56"):
        assert word in text


def test_R9_english_copy_uses_english_texts_and_amounts(
    database: Database, shop: Shop, clock: FixedClock
) -> None:
    with database.reading() as session:
        copy = build_access_copy(session, shop.jan, clock, language="en")
    text = _text(render_access_copy(copy))
    for key in ART15_HEADINGS:
        assert texts.text("en", key) in text
    assert "page 1 of" in text and "€129.95" in text
    assert "Waarvoor" not in text


def test_bad_input_markup_long_names_rtl_emoji_and_newlines_do_not_break_the_pdf(
    database: Database, clock: FixedClock
) -> None:
    with database.transaction() as session:
        from spaceoptics_desk.services.staff import ensure_staff

        ensure_staff(session, "owner", "Eigenaar", "owner")
        customer = add_customer(
            session,
            "K000300",
            "A<b>&amp; Co",
            "",
            "X" * 200,
            email="odd@example.nl",
            address=("Straat\nmet\nregels", "1", "4021HR", "Maurik"),
            notes="שלום עולם 🔭🌟 & <script>",
        )
        customer.last_name = "Ö" * 200  # with the first name about 300 characters of name
        customer_id = customer.id
    with database.reading() as session:
        copy = build_access_copy(session, customer_id, clock)
    pdf = render_access_copy(copy)
    text = _text(pdf)
    assert "A<b>&amp; Co" in text  # printed as typed, not read as markup
    assert "שלום" in text or "םולש" in text
    assert "<script>" in text
    assert len(PdfReader(io.BytesIO(pdf)).pages) >= 3


def test_R10_a_customer_without_orders_gets_a_complete_copy(
    database: Database, shop: Shop, clock: FixedClock
) -> None:
    with database.reading() as session:
        copy = build_access_copy(session, shop.johan, clock)
    assert copy.table("orders").rows == []
    text = _text(render_access_copy(copy))
    assert "Bestellingen" in text and "Geen." in text
    for key in ART15_HEADINGS:
        assert texts.text("nl", key) in text


def test_R11_encrypted_copy_opens_with_the_password_only(
    database: Database, shop: Shop, clock: FixedClock, tmp_path: Path
) -> None:
    with database.reading() as session:
        copy = build_access_copy(session, shop.jan, clock)
    written = write_copy(copy, tmp_path, encrypt=True)
    assert written.password is not None
    data = written.pdf.read_bytes()
    reader = PdfReader(io.BytesIO(data))
    assert reader.is_encrypted
    assert reader.decrypt("wrong-password").name == "NOT_DECRYPTED"
    with pytest.raises(PdfminerException):
        _text(data)
    assert "2025-000123" in _text(data, written.password)
    encryption = reader.trailer["/Encrypt"].get_object()
    assert isinstance(encryption, DictionaryObject)
    assert "/AESV3" in str(encryption.get("/CF"))  # AES-256


def test_R11_passwords_are_readable_and_never_repeat() -> None:
    passwords = {new_password() for _ in range(200)}
    assert len(passwords) == 200
    for password in passwords:
        groups = password.split("-")
        assert [len(g) for g in groups] == [4, 4, 4, 4]
        assert not set(password) & set("0O1lI")


def test_R17_json_and_csv_hold_the_same_records_with_words_for_codes(
    database: Database, shop: Shop, clock: FixedClock, jan_with_history: int, tmp_path: Path
) -> None:
    with database.reading() as session:
        copy = build_access_copy(session, shop.jan, clock)
    written = write_copy(copy, tmp_path, json=True, csv=True)
    assert written.json is not None and written.csv is not None
    document = json.loads(written.json.read_text(encoding="utf-8"))
    assert [o["order_number"] for o in document["data"]["orders"]] == ["2019-000042", "2025-000123"]
    assert document["data"]["payments"][0]["payment_method_text"] == "iDEAL"
    assert document["data"]["orders"][0]["total"] == "129.95"
    assert len(document["data"]["consent_history"]) == 3
    assert document["automated_decisions"] == "none"
    assert set(document["answers"]) == {
        "purposes",
        "categories",
        "recipients",
        "retention",
        "sources",
        "transfers",
    }
    rows = list(csv.DictReader(io.StringIO(written.csv.read_text(encoding="utf-8-sig"))))
    numbers = {r["value"] for r in rows if r["section"] == "orders" and r["field"] == "order_number"}
    assert numbers == {"2019-000042", "2025-000123"}
    # The two consents carry the text agreed to; the withdrawal has none.
    wordings = [r["value"] for r in rows if r["field"] == "wording" and r["value"]]
    assert len(wordings) == 2


def test_R17_csv_cells_a_spreadsheet_would_run_are_escaped(
    database: Database, shop: Shop, clock: FixedClock
) -> None:
    with database.transaction() as session:
        customer = session.get(Customer, shop.zoe)
        assert customer is not None
        customer.notes = '=HYPERLINK("http://evil")'
        customer.first_name = "+31 gevaar"
    with database.reading() as session:
        copy = build_access_copy(session, shop.zoe, clock)
    rows = list(csv.reader(io.StringIO(access_copy_csv(copy).decode("utf-8-sig"))))
    values = {r[3]: r[4] for r in rows if r[1] == "profile"}
    assert values["notes"].startswith("'=")
    assert values["first_name"] == "'+31 gevaar"


def test_R17_texts_exist_in_both_languages_with_the_same_keys() -> None:
    assert set(texts.TEXTS["nl"]) == set(texts.TEXTS["en"])
    assert set(texts.COLUMNS["nl"]) == set(texts.COLUMNS["en"])
    assert set(texts.LABELS["nl"]) == set(texts.LABELS["en"])
    for kind in texts.LABELS["nl"]:
        assert set(texts.LABELS["nl"][kind]) == set(texts.LABELS["en"][kind]), kind


def test_every_column_of_the_copy_has_a_heading(database: Database, shop: Shop, clock: FixedClock) -> None:
    with database.reading() as session:
        copy = build_access_copy(session, shop.jan, clock)
    for table in [*copy.answers, *copy.data]:
        assert f"{table.key}_title" in texts.TEXTS["nl"]
        for column in table.columns:
            assert column in texts.COLUMNS["nl"], column


def test_R10_copy_is_noted_on_its_case_without_content(
    database: Database, shop: Shop, clock: FixedClock, tmp_path: Path
) -> None:
    case_id = request_case(database, clock, shop.jan, "access")
    with database.transaction() as session:
        owner = acting_user(session, "owner")
        written = create_access_copy(
            session, owner, clock, shop.jan, tmp_path, case_id=case_id, json=True, encrypt=True
        )
    with database.reading() as session:
        event = session.scalar(select(CaseEvent).where(CaseEvent.kind == "copy_created"))
        assert event is not None and event.request_id == case_id
        assert event.note == "pdf_encrypted, json_in_pdf; nl"
        audit = session.scalar(select(AuditEntry).where(AuditEntry.action == "access_copy_created"))
        assert audit is not None and audit.details is not None
        assert written.password is not None and written.password not in audit.details
        assert "Jan" not in audit.details


def test_R30_a_case_of_another_customer_is_refused(
    database: Database, shop: Shop, clock: FixedClock, tmp_path: Path
) -> None:
    case_id = request_case(database, clock, shop.zoe, "access")
    folder = tmp_path / "out"
    folder.mkdir()
    with database.transaction() as session, pytest.raises(InvalidInput, match="another customer"):
        owner = acting_user(session, "owner")
        create_access_copy(session, owner, clock, shop.jan, folder, case_id=case_id)
    assert list(folder.iterdir()) == []


def test_a_read_only_folder_gives_a_clear_message_and_leaves_nothing(
    database: Database, shop: Shop, clock: FixedClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    if os.access(folder, os.W_OK):  # root ignores the mode: the file system's answer, simulated

        def refused(*_args: object, **_kwargs: object) -> tuple[int, str]:
            raise PermissionError(13, "Permission denied")

        monkeypatch.setattr(tempfile, "mkstemp", refused)
    with database.reading() as session:
        copy = build_access_copy(session, shop.jan, clock)
    try:
        with pytest.raises(FileNotWritten, match="nothing was saved"):
            write_copy(copy, folder, json=True)
    finally:
        folder.chmod(0o700)
    assert list(folder.iterdir()) == []


def test_a_full_disk_leaves_no_half_written_file_and_says_so(
    database: Database, shop: Shop, clock: FixedClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with database.reading() as session:
        copy = build_access_copy(session, shop.jan, clock)
    real_replace = os.replace
    calls: list[str] = []

    def full_disk(source: str | Path, target: str | Path) -> None:
        calls.append(str(target))
        if len(calls) == 2:  # the PDF is in place, then the JSON fails
            raise OSError(28, "No space left on device")
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", full_disk)
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(FileNotWritten, match="is full"):
        write_copy(copy, folder, json=True, csv=True)
    assert list(folder.iterdir()) == []


def test_a_missing_folder_and_an_unknown_language_are_refused(
    database: Database, shop: Shop, clock: FixedClock, tmp_path: Path
) -> None:
    with database.transaction() as session:
        owner = acting_user(session, "owner")
        with pytest.raises(FileNotWritten, match="does not exist"):
            create_access_copy(session, owner, clock, shop.jan, tmp_path / "nope")
        with pytest.raises(InvalidInput, match="not a language"):
            create_access_copy(session, owner, clock, shop.jan, tmp_path, language="de")


def test_a_missing_font_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(fonts.FontMissing, match=r"DejaVuSans\.ttf was not found"):
        fonts.register_fonts((tmp_path,))


def test_R11_R17_with_encryption_the_machine_readable_files_are_inside_the_encrypted_pdf(
    database: Database, shop: Shop, clock: FixedClock, tmp_path: Path
) -> None:
    """JSON and CSV are the same personal data: they are encrypted with the PDF, never sent beside it."""
    plain_folder, sealed_folder = tmp_path / "plain", tmp_path / "sealed"
    plain_folder.mkdir()
    sealed_folder.mkdir()
    with database.reading() as session:
        copy = build_access_copy(session, shop.jan, clock)
    plain = write_copy(copy, plain_folder, json=True, csv=True)
    sealed = write_copy(copy, sealed_folder, json=True, csv=True, encrypt=True)
    assert (sealed.json, sealed.csv) == (None, None)
    assert [p.name for p in sealed_folder.iterdir()] == [sealed.pdf.name]
    assert sealed.kinds == ["pdf_encrypted", "json_in_pdf", "csv_in_pdf"]
    locked = PdfReader(sealed.pdf)
    assert locked.is_encrypted
    raw = sealed.pdf.read_bytes()
    assert b"jan.vdberg@example.nl" not in raw and b"K000123" not in raw  # attachments encrypted too
    assert locked.decrypt(sealed.password or "")
    assert plain.json is not None and plain.csv is not None
    assert locked.attachments[sealed.embedded[0]] == [plain.json.read_bytes()]
    assert locked.attachments[sealed.embedded[1]] == [plain.csv.read_bytes()]
    assert "als bijlage in dit PDF-bestand" in _text(sealed.pdf.read_bytes(), sealed.password)


def test_a_copy_the_database_cannot_note_is_not_left_on_disk(
    database: Database, shop: Shop, clock: FixedClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """R10/R30: every copy that exists is on the case and in the audit log; else it is removed."""

    def refused(*_args: object, **_kwargs: object) -> None:
        raise InvalidInput("The database refused the note.")

    monkeypatch.setattr(audit, "record", refused)
    folder = tmp_path / "copies"
    folder.mkdir()
    with pytest.raises(InvalidInput, match="refused the note"), database.transaction() as session:
        create_access_copy(session, acting_user(session, "owner"), clock, shop.jan, folder, json=True)
    assert list(folder.iterdir()) == []
