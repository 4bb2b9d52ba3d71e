"""A checkable button drawn as an on/off switch, with its text; Tab reaches it, Space switches it."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QAbstractButton, QSizePolicy, QStyle, QStyleOptionFocusRect, QWidget

TRACK_WIDTH, TRACK_HEIGHT, GAP = 38, 20, 10
ON_COLOUR = QColor("#0078d4")
OFF_COLOUR = QColor("#8a8886")
DISABLED_ON_COLOUR = QColor("#8fbce6")
DISABLED_OFF_COLOUR = QColor("#d2d0ce")


class SwitchButton(QAbstractButton):
    """Shows a state it is given; a click or Space asks for the other state instead of taking it.

    The state on screen is always the one last read from the ledger: the owner decides what a request
    leads to and calls `setChecked` with the outcome (never the widget on its own).

    Signals:
        switch_requested(bool): the user wants the switch in this state (the opposite of the shown one).
    """

    switch_requested = Signal(bool)

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setText(text)
        self.setCheckable(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def nextCheckState(self) -> None:
        # Called by Qt on a click or Space: ask, don't switch (the ledger decides).
        self.switch_requested.emit(not self.isChecked())

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        width = TRACK_WIDTH + GAP + metrics.horizontalAdvance(self.text()) + 8
        return QSize(width, max(TRACK_HEIGHT + 8, metrics.height() + 8))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        enabled = self.isEnabled()
        top = (self.height() - TRACK_HEIGHT) / 2
        track = QRectF(2, top, TRACK_WIDTH, TRACK_HEIGHT)
        if enabled:
            colour = ON_COLOUR if self.isChecked() else OFF_COLOUR
        else:  # still readable as on or off
            colour = DISABLED_ON_COLOUR if self.isChecked() else DISABLED_OFF_COLOUR
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(track, TRACK_HEIGHT / 2, TRACK_HEIGHT / 2)
        knob = TRACK_HEIGHT - 6
        left = track.right() - knob - 3 if self.isChecked() else track.left() + 3
        painter.setBrush(QColor("#ffffff"))
        painter.drawEllipse(QRectF(left, top + 3, knob, knob))

        text_rect = self.rect().adjusted(TRACK_WIDTH + GAP, 0, 0, 0)
        group = QPalette.ColorGroup.Active if enabled else QPalette.ColorGroup.Disabled
        painter.setPen(self.palette().color(group, QPalette.ColorRole.WindowText))
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, self.text())
        if self.hasFocus():
            option = QStyleOptionFocusRect()
            option.initFrom(self)
            option.rect = self.rect().adjusted(0, 1, 0, -1)
            self.style().drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, option, painter, self)
        painter.end()
