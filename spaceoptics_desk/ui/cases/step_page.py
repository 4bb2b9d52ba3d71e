"""What every tab of the case view is: one step of a request, asking for what the step needs.

A page never saves itself: it says which operation to run (`step_requested`), the case view runs it in
the worker, shows the case as the step left it, or shows the refusal and keeps the input as typed.

The pages' texts keep the translation context of the case view ("CaseViewDialog"), where they were
written first and where their Dutch is (resources/translations).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from spaceoptics_desk.services.cases import CaseDetail

TEXT_MAX_LENGTH = 1000


class CaseAfterStep(Protocol):
    """What a step answers with (operations: cases.StepTaken, erasure.Erased): the case after it."""

    @property
    def case(self) -> CaseDetail: ...


class CaseStepPage(QWidget):
    """A tab of the case view.

    Attributes:
        case_id: the case whose step this is.
        detail: the case as last shown (None before it is loaded).

    Signals:
        step_requested(object): take this step: an operation of operations/cases.py or erasure.py with its
            arguments (a functools.partial waiting for the desk's context).
    """

    step_requested = Signal(object)

    def __init__(self, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.case_id = case_id
        self.detail: CaseDetail | None = None

    def applies(self, detail: CaseDetail) -> bool:
        """Whether the tab is shown for this case (most steps are always there)."""
        del detail
        return True

    def title(self, detail: CaseDetail) -> str | None:
        """The tab's title for this case; None: the one it was added with."""
        del detail
        return None

    def show_case(self, detail: CaseDetail) -> None:
        """Shows the step's state for the case as loaded (first load, or after any step)."""
        self.detail = detail

    def step_taken(self, taken: CaseAfterStep) -> None:
        """This page's step was saved: what was typed for it is cleared (the case is shown next)."""
        del taken

    def step_refused(self) -> None:
        """This page's step was refused: the view shows why; the input stays as typed."""
