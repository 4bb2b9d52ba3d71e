"""The deletion report of one retention run as a PDF (R26): rule, counts, date, approver.

Made with reportlab from a `DeletionSheet` (plain data, built by services/deletion_report_file.py); it
never queries. The sheet holds no personal data of customers by construction: rule codes, counts, dates
and the approving staff member's name.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from spaceoptics_desk.domain.clock import to_local
from spaceoptics_desk.reports import texts
from spaceoptics_desk.reports.fonts import register_fonts

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 18 * mm
BRAND = colors.HexColor("#1d3557")
HEADER_FILL = colors.HexColor("#e8edf3")
RULE = colors.HexColor("#b8c2cc")


@dataclass(frozen=True)
class DeletionSheetRow:
    rule: str  # the rule's code ("profile", "fiscal", …)
    action: str
    applied: int
    skipped: int
    records: int


@dataclass(frozen=True)
class DeletionSheet:
    """Attributes:
    skipped_reasons: (reason code, count) pairs, e.g. ("held", 2).
    made_at: when the document was made (UTC).
    """

    language: str
    shop: str
    run_id: int
    today: date
    started_at: datetime
    finished_at: datetime | None
    approver: str
    automatic: bool
    rows: tuple[DeletionSheetRow, ...]
    skipped_reasons: tuple[tuple[str, int], ...]
    made_at: datetime
    audit_head: tuple[int, str] | None = None  # issue 12: the audit chain's head, an anchor on paper


def _moment(value: datetime | None) -> str:
    return to_local(value).strftime("%d-%m-%Y %H:%M") if value is not None else ""


def _day(value: date) -> str:
    return value.strftime("%d-%m-%Y")


def render_deletion_report(sheet: DeletionSheet) -> bytes:
    """The report as PDF bytes: a header block, one table row per rule, and why anything was skipped."""
    regular, bold = register_fonts()
    lang = sheet.language

    def t(key: str, **values: object) -> str:
        return texts.text(lang, key, **values)

    body = ParagraphStyle("body", fontName=regular, fontSize=9.5, leading=13, spaceAfter=6)
    title = ParagraphStyle("title", fontName=bold, fontSize=15, leading=19, spaceAfter=8, textColor=BRAND)
    heading = ParagraphStyle(
        "heading", fontName=bold, fontSize=10.5, leading=14, spaceBefore=10, spaceAfter=4, textColor=BRAND
    )
    cell = ParagraphStyle("cell", fontName=regular, fontSize=8.5, leading=11)
    head = ParagraphStyle("head", parent=cell, fontName=bold)

    def para(text: str, style: ParagraphStyle = body) -> Paragraph:
        return Paragraph(escape(text), style)

    kind = t("deletion_kind_automatic") if sheet.automatic else t("deletion_kind_review")
    facts = [
        (t("deletion_run"), str(sheet.run_id)),
        (t("deletion_date"), _day(sheet.today)),
        (t("deletion_started"), _moment(sheet.started_at)),
        (t("deletion_finished"), _moment(sheet.finished_at) or t("deletion_not_finished")),
        (t("deletion_approver"), sheet.approver),
        (t("deletion_kind"), kind),
    ]
    width = PAGE_WIDTH - 2 * MARGIN - 12
    facts_table = Table(
        [[para(k, head), para(v, cell)] for k, v in facts], colWidths=[45 * mm, width - 45 * mm]
    )
    facts_table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
            ]
        )
    )
    story: list[Any] = [
        para(sheet.shop, body),
        para(t("deletion_title"), title),
        para(t("deletion_intro")),
        facts_table,
        para(t("deletion_rules_title"), heading),
    ]
    if sheet.rows:
        header = [
            para(t(k), head)
            for k in (
                "deletion_rule",
                "deletion_action",
                "deletion_applied",
                "deletion_skipped",
                "deletion_records",
            )
        ]
        rows: list[Sequence[Any]] = [header]
        for row in sheet.rows:
            rows.append(
                [
                    para(texts.label(lang, "retention_category", row.rule), cell),
                    para(texts.label(lang, "retention_action", row.action), cell),
                    para(str(row.applied), cell),
                    para(str(row.skipped), cell),
                    para(str(row.records), cell),
                ]
            )
        rows.append(
            [
                para(t("deletion_total"), head),
                para("", cell),
                para(str(sum(r.applied for r in sheet.rows)), head),
                para(str(sum(r.skipped for r in sheet.rows)), head),
                para(str(sum(r.records for r in sheet.rows)), head),
            ]
        )
        number = 20 * mm
        table = Table(rows, colWidths=[width - 40 * mm - 3 * number, 40 * mm, number, number, number])
        table.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
                    ("LINEABOVE", (0, -1), (-1, -1), 0.8, BRAND),
                ]
            )
        )
        story.append(table)
    else:
        story.append(para(t("deletion_none")))
    if sheet.skipped_reasons:
        story.append(para(t("deletion_skipped_title"), heading))
        for reason, count in sheet.skipped_reasons:
            story.append(para(f"{texts.label(lang, 'skip_reason', reason)}: {count}"))
    story += [Spacer(1, 8 * mm), para(t("deletion_made", moment=_moment(sheet.made_at)))]
    if sheet.audit_head is not None:
        entry_id, entry_hash = sheet.audit_head
        story.append(para(t("deletion_audit_head", id=entry_id, hash=entry_hash[:16])))

    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=t("deletion_title"),
        author=sheet.shop,
        subject=t("deletion_subject"),
        lang=lang,
    )
    document.build(story)
    return buffer.getvalue()
