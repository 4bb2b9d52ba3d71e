"""The access copy as JSON and CSV (R17): the same content as the PDF, machine-readable, UTF-8.

Field names are the column keys of copy_model (documented in docs/access-copy-fields.md). A coded
value keeps its code and gets `<field>_text` with the words the PDF shows; amounts are decimal euro
strings ("129.95"); dates and moments are ISO 8601 (moments in Dutch time, with their offset).
The CSV is one long table (part, section, record, field, value, text), so every section fits one file.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date, datetime
from typing import Any

from spaceoptics_desk.reports import texts, wording
from spaceoptics_desk.reports.copy_model import AccessCopy, Code, Money, Table, Value
from spaceoptics_desk.reports.spreadsheet import spreadsheet_safe

FORMAT = "spaceoptics-desk.access-copy"
FORMAT_VERSION = 1
CSV_COLUMNS = ("part", "section", "record", "field", "value", "text")


def _raw(value: Value) -> str | int | list[str] | None:
    match value:
        case Code():
            return value.value
        case Money():
            sign = "-" if value.cents < 0 else ""
            return f"{sign}{abs(value.cents) // 100}.{abs(value.cents) % 100:02d}"
        case datetime() | date():
            return value.isoformat()
        case tuple():
            return [item.value for item in value]
        case _:
            return value


def _explained(value: Value) -> bool:
    return isinstance(value, Code | Money | tuple)


def _rows(table: Table, language: str) -> list[dict[str, Any]]:
    rows = []
    for row in table.rows:
        record: dict[str, Any] = {}
        for key, value in zip(table.columns, row, strict=True):
            record[key] = _raw(value)
            if _explained(value):
                record[f"{key}_text"] = wording.words(language, value)
        rows.append(record)
    return rows


def _statements(copy: AccessCopy) -> dict[str, str]:
    c = copy.controller
    values = {"shop": c.name, "email": c.email, "phone": c.phones[0] if c.phones else c.email}
    lang = copy.language
    return {
        "confirmation": texts.text(lang, "confirmation", **values),
        "automated_decisions": texts.text(lang, "automated_none"),
        "rights": texts.text(lang, "rights", **values),
        "complaint": texts.text(lang, "complaint"),
    }


def access_copy_json(copy: AccessCopy) -> bytes:
    c = copy.controller
    document = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "language": copy.language,
        "created_on": copy.created_on.isoformat(),
        "case_reference": copy.case_reference,
        "customer_number": copy.customer_number,
        "controller": {
            "name": c.name,
            "address": f"{c.street}, {c.postcode} {c.city}",
            "country": c.country_en,
            "email": c.email,
            "phones": list(c.phones),
            "kvk_number": c.kvk,
            "vat_number": c.vat,
        },
        "automated_decisions": copy.automated_decisions,
        "statements": _statements(copy),
        "answers": {t.key: _rows(t, copy.language) for t in copy.answers},
        "data": {t.key: _rows(t, copy.language) for t in copy.data},
    }
    return json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")


def access_copy_csv(copy: AccessCopy) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    meta = {
        "customer_number": copy.customer_number,
        "created_on": copy.created_on.isoformat(),
        "case_reference": copy.case_reference or "",
        "language": copy.language,
        "automated_decisions": copy.automated_decisions,
        **_statements(copy),
    }
    for field, fact in meta.items():
        writer.writerow(["copy", "copy", 1, field, spreadsheet_safe(fact), ""])
    for part, tables in (("answers", copy.answers), ("data", copy.data)):
        for table in tables:
            for number, row in enumerate(table.rows, start=1):
                for key, value in zip(table.columns, row, strict=True):
                    raw = _raw(value)
                    text = wording.words(copy.language, value) if _explained(value) else ""
                    cell = ";".join(raw) if isinstance(raw, list) else "" if raw is None else str(raw)
                    writer.writerow(
                        [part, table.key, number, key, spreadsheet_safe(cell), spreadsheet_safe(text)]
                    )
    # A byte-order mark so that Excel opens the UTF-8 file with its accents intact.
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")
