"""R14: erasing the case's customer: what goes and what stays, shown before one confirmation that names
the customer; afterwards what was done, with the reply contact the case keeps until it is closed.

The tab is there for an open case invoking erasure with a customer, and afterwards to show the result.
"""

from __future__ import annotations

import functools
import html
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QMessageBox, QPushButton, QScrollArea, QVBoxLayout, QWidget

from spaceoptics_desk.domain.permissions import Action
from spaceoptics_desk.errors import KnownError
from spaceoptics_desk.operations import erasure
from spaceoptics_desk.ui.cases.step_page import CaseAfterStep, CaseStepPage
from spaceoptics_desk.ui.desk import Desk
from spaceoptics_desk.ui.error_reporting import error_text, report_failure
from spaceoptics_desk.ui.formatting import format_date
from spaceoptics_desk.ui.labels import field_group_text, registry_text
from spaceoptics_desk.ui.tasks import Task

if TYPE_CHECKING:
    from spaceoptics_desk.operations.erasure import Erased
    from spaceoptics_desk.services.cases import CaseDetail
    from spaceoptics_desk.services.erasure import KeptRecords
    from spaceoptics_desk.services.erasure_preview import ErasurePreview

translate = QCoreApplication.translate


def _erasure_asked(detail: CaseDetail) -> bool:
    case = detail.summary
    return "erasure" in case.rights and case.customer_id is not None and case.status != "closed"


class EraseStepPage(CaseStepPage):
    """Attributes:
    erasure_preview: what erasing the case's customer does (loaded while the step applies).
    erasure_result: the erasure carried out from this page (None before).
    erase_plan_label: the preview; erase_button: asks, then erases; erase_result_label: what was done.

    Signals:
        erasure_preview_loaded(): what erasing would do is on the page.
        customer_erased(int): the case's customer (this id) was erased from here.
    """

    erasure_preview_loaded = Signal()
    customer_erased = Signal(int)

    def __init__(self, desk: Desk, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(case_id, parent)
        self._desk = desk
        self._preview_task: Task[Any] | None = None
        self.erasure_preview: ErasurePreview | None = None
        self.erasure_result: Erased | None = None
        intro = QLabel(
            translate(
                "CaseViewDialog",
                "R14: everything of the customer goes except what another law keeps; kept records lose "
                "what identifies the person. Recipients are told (R16) and the case notes what was kept.",
            ),
            self,
        )
        intro.setWordWrap(True)
        self.erase_plan_label = QLabel(translate("CaseViewDialog", "Loading what will go…"), self)
        self.erase_plan_label.setObjectName("reportBox")
        self.erase_plan_label.setWordWrap(True)
        self.erase_plan_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.erase_plan_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.erase_plan_scroll = QScrollArea(self)
        self.erase_plan_scroll.setWidgetResizable(True)
        self.erase_plan_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.erase_plan_scroll.setMinimumHeight(200)
        self.erase_plan_scroll.setWidget(self.erase_plan_label)
        self.erase_button = QPushButton(translate("CaseViewDialog", "Erase the customer…"), self)
        self.erase_button.setEnabled(False)
        self.erase_button.clicked.connect(self.erase_customer)
        self.erase_result_label = QLabel(self)
        self.erase_result_label.setObjectName("notice")
        self.erase_result_label.setWordWrap(True)
        self.erase_result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.erase_result_label.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.erase_plan_scroll, 1)
        layout.addWidget(self.erase_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.erase_result_label)

    def applies(self, detail: CaseDetail) -> bool:
        return _erasure_asked(detail) or self.erasure_result is not None

    def show_case(self, detail: CaseDetail) -> None:
        super().show_case(detail)
        if self.erasure_result is not None:
            return
        self._update_erase_button()  # the identity check may just have been recorded
        if _erasure_asked(detail) and self._preview_task is None:
            self.load_erasure_preview()  # again after every step: a hold may have been placed meanwhile

    def step_taken(self, taken: CaseAfterStep) -> None:
        erased = cast("Erased", taken)
        self.erasure_result = erased
        self.erase_plan_scroll.hide()
        self.erase_button.hide()
        self.erase_result_label.setText(self._result_text(erased))
        self.erase_result_label.show()
        if self.erasure_preview is not None:
            self.customer_erased.emit(self.erasure_preview.customer_id)

    def step_refused(self) -> None:
        self._update_erase_button()

    def discard(self) -> None:
        if self._preview_task is not None:
            self._preview_task.discard()
            self._preview_task = None

    # --- what erasing does ------------------------------------------------------------------------

    def load_erasure_preview(self) -> None:
        """What erasing would do, read in the worker (nothing changes)."""
        self.discard()
        self._preview_task = self._desk.run(
            functools.partial(erasure.erasure_preview, case_id=self.case_id),
            self._on_erasure_preview_loaded,
            self._on_preview_failed,
        )

    def _on_erasure_preview_loaded(self, preview: ErasurePreview) -> None:
        self._preview_task = None
        self.erasure_preview = preview
        self.erase_plan_label.setText(self._plan_text(preview))
        self._update_erase_button()
        self.erasure_preview_loaded.emit()

    def _on_preview_failed(self, error: BaseException) -> None:
        self._preview_task = None
        if not isinstance(error, KnownError):
            report_failure(self, error)
            return
        self.erase_plan_label.setText(html.escape(error_text(error)))

    def _plan_text(self, preview: ErasurePreview) -> str:
        lines = [
            "<b>"
            + html.escape(
                translate("CaseViewDialog", "Erasing {customer}:").format(customer=preview.customer)
            )
            + "</b>"
        ]
        if preview.held_until is not None:
            lines.append(
                "<b>"
                + html.escape(
                    translate(
                        "CaseViewDialog",
                        "Under a legal hold (review on {date}): erasure is refused until the hold is "
                        "lifted (R25).",
                    ).format(date=format_date(preview.held_until))
                )
                + "</b>"
            )
        kept = [self._kept_text(k) for k in preview.kept] + self._reply_contact_kept(preview)
        sections = [(translate("CaseViewDialog", "Kept:"), kept or [translate("CaseViewDialog", "nothing")])]
        if preview.told:
            sections.append((self._told_title(), list(preview.told)))
        sections.append(
            (
                translate("CaseViewDialog", "Goes (the rows are deleted):"),
                [field_group_text(g) for g in preview.erased],
            )
        )
        if preview.anonymised:
            sections.append(
                (
                    translate("CaseViewDialog", "Emptied in the records another law keeps:"),
                    [field_group_text(g) for g in preview.anonymised],
                )
            )
        for title, items in sections:
            lines.append("<b>" + html.escape(title) + "</b>")
            lines += [f"&nbsp;&nbsp;• {html.escape(item)}" for item in items]
        return "<br>".join(lines)

    def _confirmation_text(self, preview: ErasurePreview) -> str:
        """R14: the question names the customer and lists what goes and what stays, in plain text."""
        goes = ", ".join(dict.fromkeys(registry_text(g.label) for g in preview.erased))
        lines = [
            translate("CaseViewDialog", "Erase {customer} for good?").format(customer=preview.customer),
            "",
            translate("CaseViewDialog", "Goes now:"),
            f"  • {goes}",
        ]
        if preview.anonymised:
            lines.append(translate("CaseViewDialog", "Emptied in the records another law keeps:"))
            lines += [f"  • {field_group_text(g)}" for g in preview.anonymised]
        lines.append(translate("CaseViewDialog", "Kept:"))
        kept = [self._kept_text(k) for k in preview.kept] + self._reply_contact_kept(preview)
        lines += [f"  • {item}" for item in kept or [translate("CaseViewDialog", "nothing")]]
        if preview.told:
            lines.append(self._told_title())
            lines.append(f"  • {', '.join(preview.told)}")
        lines += ["", translate("CaseViewDialog", "This cannot be undone.")]
        return "\n".join(lines)

    def _result_text(self, erased: Erased) -> str:
        result = erased.erasure
        lines = [
            translate("CaseViewDialog", "Erased. Reference in the audit log: {reference}.").format(
                reference=result.reference
            ),
            translate("CaseViewDialog", "Deleted: {count} row(s).").format(
                count=sum(result.removed.values())
            ),
        ]
        if result.kept:
            lines.append(translate("CaseViewDialog", "Kept, for the reply letter:"))
            lines += ["  • " + self._kept_text(k) for k in result.kept]
        if result.reply_contact:
            lines.append(
                translate(
                    "CaseViewDialog", "Reply to: {contact} (kept on the request until it is closed)"
                ).format(contact=result.reply_contact)
            )
        if not erased.traces_gone:
            lines.append(
                translate(
                    "CaseViewDialog",
                    "Another program is reading the database: the erased data stays readable in its "
                    "file until that program closes its connection; it is removed then.",
                )
            )
        return "\n".join(lines)

    @staticmethod
    def _reply_contact_kept(preview: ErasurePreview) -> list[str]:
        if not preview.keeps_reply_contact:
            return []
        return [
            translate(
                "CaseViewDialog",
                "the contact details given in this request, for the reply, until it is closed",
            )
        ]

    @staticmethod
    def _told_title() -> str:
        return translate(
            "CaseViewDialog",
            "Kept on the recipient tasks until each recipient is told (R16): what they know the person by, "
            "for:",
        )

    @staticmethod
    def _kept_text(item: KeptRecords) -> str:
        until = (
            translate("CaseViewDialog", "until {date}").format(date=format_date(item.until))
            if item.until is not None
            else translate("CaseViewDialog", "until its own retention rule says (after the case is closed)")
        )
        return translate("CaseViewDialog", "{what}: {count}, {until} — {why}").format(
            count=item.count, what=registry_text(item.what), until=until, why=registry_text(item.why)
        )

    # --- erasing ----------------------------------------------------------------------------------

    def _erase_refusal(self) -> str | None:
        """Why the erase button is disabled (its tooltip), or None: owner only, identity checked (R7),
        no legal hold (R25). The operation refuses the same; the button only says it first."""
        refusal = self._desk.refusal(Action.ERASE)
        if refusal is not None:
            return refusal
        if self.detail is not None and not self.detail.summary.identity_verified:
            return translate(
                "CaseViewDialog",
                "Record the identity check first (tab Identity check): an erasure cannot be undone.",
            )
        if self.erasure_preview is not None and self.erasure_preview.held_until is not None:
            return translate(
                "CaseViewDialog", "Under a legal hold: erasure is refused until the hold is lifted (R25)."
            )
        return None

    def _update_erase_button(self) -> None:
        refusal = self._erase_refusal()
        self.erase_button.setEnabled(self.erasure_preview is not None and refusal is None)
        self.erase_button.setToolTip(refusal or "")

    def erase_customer(self) -> None:
        """R14: one confirmation naming the customer, then the erasure (and its trace clean-up, R31)."""
        preview = self.erasure_preview
        if self.detail is None or preview is None or self._erase_refusal() is not None:
            return
        answer = QMessageBox.question(
            self,
            translate("CaseViewDialog", "Erase the customer"),
            self._confirmation_text(preview),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.step_requested.emit(
                functools.partial(erasure.erase_customer, case_id=self.case_id, customer=preview.customer_id)
            )
