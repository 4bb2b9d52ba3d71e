"""The access copy as a PDF (R9, R10, R12): a short cover letter, the Art. 15 answers, then all the data.

Made with reportlab from an `AccessCopy` (plain data); it never queries. Every text is escaped before it
goes into reportlab's Paragraph markup, so a name with "<" or "&" prints as typed. Tables repeat their
header row on every page; the footer says "page x of y".
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    LongTable,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    TableStyle,
)

from spaceoptics_desk.reports import texts, wording
from spaceoptics_desk.reports.copy_model import AccessCopy, Table
from spaceoptics_desk.reports.fonts import register_fonts

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 18 * mm
BODY_WIDTH = PAGE_WIDTH - 2 * MARGIN - 12  # the frame keeps 6 pt padding on each side
TABLE_FONT_SIZE = 7.5
CELL_PADDING = 3
# reportlab splits a long table page by page, each split costing the rows left: tables of at most this
# many records keep a 5,000-order copy linear in time.
ROWS_PER_GRID = 100
BRAND = colors.HexColor("#1d3557")
HEADER_FILL = colors.HexColor("#e8edf3")
RULE = colors.HexColor("#b8c2cc")

# Relative column widths; a column not named here weighs 1.
_WEIGHTS: dict[str, float] = {
    "purpose": 1.6,
    "legal_basis": 1.8,
    "status": 1.1,
    "category": 2.2,
    "recipient": 2.0,
    "recipient_category": 1.3,
    "role": 1.5,
    "country": 0.6,
    "reason": 1.45,
    "records": 0.75,
    "transfer_safeguard": 1.9,
    "rule": 2.6,
    "period_months": 0.0,  # the rule's words say the period
    "source": 2.4,
    "order_number": 1.3,
    "delivery_address": 2.4,
    "description": 2.2,
    "product_code": 1.0,
    "quantity": 0.6,
    "vat_rate_percent": 0.6,
    "summary": 2.6,
    "subject": 1.6,
    "wording": 3.6,
    "purpose_key": 0.0,  # in the JSON and CSV; the PDF shows the purpose's name
    "wording_version": 0.0,  # the policy version says which text; the text itself is shown below
    "policy_version": 1.2,
    "rights": 1.4,
    "action": 1.2,
    "mechanism": 1.5,
    "consent_basis": 1.5,
    "old_value": 1.6,
    "new_value": 1.6,
    "reason_text": 2.0,
    "street": 1.6,
    **dict.fromkeys(
        (
            "ordered_at",
            "paid_at",
            "shipped_at",
            "delivered_at",
            "occurred_at",
            "received_at",
            "opened_at",
            "closed_at",
            "changed_at",
            "placed_at",
            "created_at",
            "last_login_at",
            "since",
        ),
        1.3,
    ),
}
# Tables that read better as one explanation line before them.
_INTROS = {
    "purposes": "purposes_intro",
    "categories": "categories_intro",
    "recipients": "recipients_intro",
    "retention": "retention_intro",
    "sources": "sources_intro",
    "transfers": "transfers_intro",
    "consent_history": "consent_history_intro",
}
_EMPTY = {"recipients": "recipients_none", "transfers": "transfers_none"}
# Long texts read better on a line of their own under their record than squeezed into a column.
_BELOW = frozenset({"wording"})


def markup(text: str) -> str:
    """Plain text made safe for Paragraph markup; line breaks are kept."""
    return escape(text).replace("\r\n", "\n").replace("\n", "<br/>")


class _Styles:
    def __init__(self, regular: str, bold: str) -> None:
        self.regular, self.bold = regular, bold
        self.body = ParagraphStyle("body", fontName=regular, fontSize=9.5, leading=13, spaceAfter=6)
        self.small = ParagraphStyle("small", parent=self.body, fontSize=8, leading=10.5, spaceAfter=0)
        self.right = ParagraphStyle("right", parent=self.small, alignment=TA_RIGHT)
        self.title = ParagraphStyle(
            "title", fontName=bold, fontSize=15, leading=19, spaceAfter=8, textColor=BRAND
        )
        self.part = ParagraphStyle(
            "part", fontName=bold, fontSize=13, leading=17, spaceBefore=4, spaceAfter=8, textColor=BRAND
        )
        self.heading = ParagraphStyle(
            "heading", fontName=bold, fontSize=10.5, leading=14, spaceBefore=10, spaceAfter=4, textColor=BRAND
        )
        self.subject = ParagraphStyle("subject", parent=self.body, fontName=bold, spaceBefore=6)
        self.cell = ParagraphStyle(
            "cell", fontName=regular, fontSize=TABLE_FONT_SIZE, leading=TABLE_FONT_SIZE * 1.25
        )
        self.head = ParagraphStyle("head", parent=self.cell, fontName=bold)


class _NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab has no type hints
    """Draws "page x of y" once the number of pages is known (the pages are kept until then)."""

    def __init__(self, *args: Any, page_label: str, font: str, header: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._saved: list[dict[str, Any]] = []
        self._page_label, self._font, self._header = page_label, font, header

    def showPage(self) -> None:
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        pages = len(self._saved)
        for state in self._saved:
            self.__dict__.update(state)
            self._decorate(pages)
            super().showPage()
        super().save()

    def _decorate(self, pages: int) -> None:
        page = self.getPageNumber()
        self.setFont(self._font, 7.5)
        self.setFillColor(colors.grey)
        self.drawRightString(PAGE_WIDTH - MARGIN, 10 * mm, self._page_label.format(page=page, pages=pages))
        if page > 1:
            self.drawString(MARGIN, PAGE_HEIGHT - 11 * mm, self._header)
            self.setStrokeColor(RULE)
            self.setLineWidth(0.4)
            self.line(MARGIN, PAGE_HEIGHT - 12.5 * mm, PAGE_WIDTH - MARGIN, PAGE_HEIGHT - 12.5 * mm)


class _Writer:
    def __init__(self, copy: AccessCopy, styles: _Styles, embedded: Sequence[str]) -> None:
        self.copy = copy
        self.lang = copy.language
        self.s = styles
        self.embedded = list(embedded)

    def t(self, key: str, **values: object) -> str:
        return texts.text(self.lang, key, **values)

    def para(self, text: str, style: ParagraphStyle | None = None) -> Paragraph:
        return Paragraph(markup(text), style or self.s.body)

    def contact_values(self) -> dict[str, str]:
        c = self.copy.controller
        return {"shop": c.name, "email": c.email, "phone": c.phones[0] if c.phones else c.email}

    # --- cover letter (R12: short, first) ---

    def letterhead(self) -> list[Any]:
        c = self.copy.controller
        country = c.country_nl if self.lang == "nl" else c.country_en
        shop = (
            f'<font name="{self.s.bold}" size="14" color="#1d3557">{markup(c.name)}</font><br/>'
            + "<br/>".join(
                markup(line)
                for line in (
                    c.street,
                    f"{c.postcode}  {c.city}, {country}",
                    " · ".join(c.phones),
                    f"{c.email} · {c.website}",
                    f"KvK {c.kvk} · BTW {c.vat}",
                )
            )
        )
        a = self.copy.addressee
        to_lines = [a.name, *([a.company] if a.company else []), *a.address_lines]
        addressee = "<br/>".join(markup(line) for line in to_lines if line)
        reference = [
            (self.t("date"), wording.day(self.lang, self.copy.created_on)),
            (self.t("customer_number"), self.copy.customer_number),
        ]
        if self.copy.case_reference:
            reference.append((self.t("case_reference"), self.copy.case_reference))
        reference_text = "<br/>".join(
            f'<font name="{self.s.bold}">{markup(label)}</font>  {markup(value)}'
            for label, value in reference
        )
        head = LongTable(
            [
                ["", Paragraph(shop, self.s.right)],
                [Paragraph(addressee, self.s.body), Paragraph(reference_text, self.s.right)],
            ],
            colWidths=[BODY_WIDTH * 0.58, BODY_WIDTH * 0.42],
            style=TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 1), (-1, 1), 14 * mm),
                ]
            ),
        )
        return [head, Spacer(1, 12 * mm)]

    def letter(self) -> list[Any]:
        values = self.contact_values()
        name = self.copy.addressee.name or self.copy.addressee.company or ""
        return [
            *self.letterhead(),
            self.para(self.t("subject"), self.s.subject),
            Spacer(1, 3 * mm),
            self.para(self.t("salutation", name=name)),
            self.para(self.t("letter_intro")),
            self.para(self.t("letter_free")),
            *(
                [self.para(self.t("letter_embedded", files=", ".join(self.embedded)))]
                if self.embedded
                else []
            ),
            self.para(self.t("letter_questions", **values)),
            Spacer(1, 4 * mm),
            self.para(self.t("letter_closing")),
            self.para(self.t("letter_signature", **values)),
            Spacer(1, 10 * mm),
            self.contents(),
            PageBreak(),
        ]

    def contents(self) -> KeepTogether:
        items = [self.para(self.t("contents"), self.s.heading)]
        items.append(self.para("1. " + self.t("part_answers").split(". ", 1)[-1], self.s.small))
        items.append(self.para("2. " + self.t("part_data").split(". ", 1)[-1], self.s.small))
        return KeepTogether(items)

    # --- tables ---

    def cell(self, text: str, width: float, style: ParagraphStyle) -> str | Paragraph:
        # Plain strings are much faster than Paragraphs (a 5,000-order copy has ~150,000 cells);
        # a Paragraph only where the text must wrap.
        if "\n" not in text and stringWidth(text, style.fontName, style.fontSize) <= width - 2 * CELL_PADDING:
            return text
        return Paragraph(markup(text), style)

    def table(self, table: Table) -> list[Any]:
        title = self.para(self.t(f"{table.key}_title"), self.s.heading)
        intro = [self.para(self.t(_INTROS[table.key]), self.s.small)] if table.key in _INTROS else []
        if not table.rows:
            empty = self.t(_EMPTY.get(table.key, "none_recorded"))
            return [KeepTogether([title, *intro, self.para(empty, self.s.small)])]
        if table.record:
            return [title, *intro, *self.record_table(table)]
        shown = [i for i, key in enumerate(table.columns) if _WEIGHTS.get(key, 1.0) > 0 and key not in _BELOW]
        below = [i for i, key in enumerate(table.columns) if key in _BELOW]
        weights = [_WEIGHTS.get(table.columns[i], 1.0) for i in shown]
        widths = [BODY_WIDTH * w / sum(weights) for w in weights]
        header = [
            self.cell(texts.column(self.lang, table.columns[i]), w, self.s.head)
            for i, w in zip(shown, widths, strict=True)
        ]
        # Each record is its row plus, for long texts, full-width rows below it (the consent wording).
        records: list[list[tuple[list[Any], bool]]] = []
        for row in table.rows:
            record: list[tuple[list[Any], bool]] = [
                (
                    [
                        self.cell(wording.words(self.lang, row[i]), w, self.s.cell)
                        for i, w in zip(shown, widths, strict=True)
                    ],
                    False,
                )
            ]
            for i in below:
                if row[i] is None:
                    continue
                label = markup(texts.column(self.lang, table.columns[i]))
                text = markup(wording.words(self.lang, row[i]))
                record.append(
                    ([Paragraph(f"<i>{label}:</i> {text}", self.s.cell)] + [""] * (len(shown) - 1), True)
                )
            records.append(record)
        grids = [
            self.grid(header, records[start : start + ROWS_PER_GRID], widths)
            for start in range(0, len(records), ROWS_PER_GRID)
        ]
        return [CondPageBreak(40 * mm), title, *intro, Spacer(1, 1 * mm), *grids]

    def grid(
        self, header: list[Any], records: list[list[tuple[list[Any], bool]]], widths: list[float]
    ) -> Any:
        """One table of at most ROWS_PER_GRID records, its header repeated on every page it spans."""
        style = self.table_style()
        body: list[list[Any]] = []
        for record in records:
            for cells, spans in record:
                body.append(cells)
                if spans:
                    number = len(body)  # the header is row 0
                    style.add("SPAN", (0, number), (-1, number))
                    style.add("LINEABOVE", (0, number), (-1, number), 0, colors.white)
        return LongTable([header, *body], colWidths=widths, repeatRows=1, style=style)

    def record_table(self, table: Table) -> list[Any]:
        widths = [BODY_WIDTH * 0.32, BODY_WIDTH * 0.68]
        rows: list[list[Any]] = []
        for row in table.rows:
            for key, value in zip(table.columns, row, strict=True):
                if value is None or value == "":
                    continue
                rows.append(
                    [
                        self.cell(texts.column(self.lang, key), widths[0], self.s.head),
                        self.cell(wording.words(self.lang, value), widths[1], self.s.cell),
                    ]
                )
        style = self.table_style(header=False)
        style.add("BACKGROUND", (0, 0), (0, -1), HEADER_FILL)
        return [LongTable(rows, colWidths=widths, style=style)]

    def table_style(self, header: bool = True) -> TableStyle:
        commands: list[tuple[Any, ...]] = [
            ("FONT", (0, 0), (-1, -1), self.s.regular, TABLE_FONT_SIZE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
            ("BOX", (0, 0), (-1, -1), 0.5, RULE),
        ]
        if header:
            commands += [
                ("FONT", (0, 0), (-1, 0), self.s.bold, TABLE_FONT_SIZE),
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, BRAND),
            ]
        return TableStyle(commands)

    # --- the two parts ---

    def answers(self) -> list[Any]:
        values = self.contact_values()
        story: list[Any] = [
            self.para(self.t("part_answers"), self.s.part),
            self.para(self.t("confirmation_title"), self.s.heading),
            self.para(self.t("confirmation", **values)),
        ]
        for table in self.copy.answers:
            story += self.table(table)
        for title, body in (
            ("automated_title", self.t("automated_none")),
            ("rights_title", self.t("rights", **values)),
            ("complaint_title", self.t("complaint")),
        ):
            story.append(KeepTogether([self.para(self.t(title), self.s.heading), self.para(body)]))
        return story

    def data(self) -> list[Any]:
        story: list[Any] = [
            PageBreak(),
            self.para(self.t("part_data"), self.s.part),
            self.para(self.t("data_intro")),
        ]
        for table in self.copy.data:
            story += self.table(table)
        return story


def render_access_copy(copy: AccessCopy, embedded: Sequence[str] = ()) -> bytes:
    """The copy as PDF bytes (not encrypted; see services/copies for that).

    `embedded` names files that will be attached inside the PDF; the letter tells the reader.
    """
    regular, bold = register_fonts()
    styles = _Styles(regular, bold)
    writer = _Writer(copy, styles, embedded)
    buffer = io.BytesIO()
    title = texts.text(copy.language, "document_title", shop=copy.controller.name)
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=title,
        author=copy.controller.name,
        subject=texts.text(copy.language, "subject"),
        lang=copy.language,
    )
    header = f"{copy.controller.name} · {texts.text(copy.language, 'subject')} · {copy.customer_number}"
    story: Sequence[Any] = [*writer.letter(), *writer.answers(), *writer.data()]

    def canvas_maker(*args: Any, **kwargs: Any) -> _NumberedCanvas:
        return _NumberedCanvas(
            *args,
            page_label=texts.text(copy.language, "page", page="{page}", pages="{pages}"),
            font=regular,
            header=header,
            **kwargs,
        )

    document.build(list(story), canvasmaker=canvas_maker)
    return buffer.getvalue()
