"""The recovery key, shown once after the database was made or encrypted (issue 12): to write down or
print and keep. It is never written to a file by the app: printing offers no "print to file", and the
clipboard is cleared again when the dialog closes, if it still holds the key."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from spaceoptics_desk import APP_NAME


class RecoveryKeyDialog(QDialog):
    """Attributes:
    key_label: the key, large and monospaced (selectable).
    copy_button, print_button: to the clipboard, to a printer.
    written_down: must be ticked before "Continue" is enabled.
    continue_button: accepts.
    plain_copy_note: after an encryption: where the readable backup copy is (hidden otherwise).
    """

    def __init__(self, recovery_key: str, plain_copy: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._key = recovery_key
        self.setWindowTitle(self.tr("Recovery key - {app}").format(app=APP_NAME))
        self.setModal(True)
        heading = QLabel(self.tr("Your recovery key"), self)
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        heading.setFont(font)
        explanation = QLabel(
            self.tr(
                "When the owner's password is forgotten, this key is the only way into the database. "
                "It is shown only now: write it down or print it, and keep it locked away, not beside "
                "the computer."
            ),
            self,
        )
        explanation.setWordWrap(True)
        self.key_label = QLabel(recovery_key, self)
        self.key_label.setObjectName("recoveryKeyText")
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(max(mono.pointSizeF(), 10) * 1.8)
        mono.setWeight(QFont.Weight.Bold)
        self.key_label.setFont(mono)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setStyleSheet("padding: 12px; border: 1px solid #888; background: #fffbe6;")
        self.copy_button = QPushButton(self.tr("&Copy"), self)
        self.copy_button.clicked.connect(self.copy_key)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.clicked.connect(self.print_key)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.copy_button)
        actions.addWidget(self.print_button)
        self.plain_copy_note = QLabel(self)
        self.plain_copy_note.setWordWrap(True)
        self.plain_copy_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if plain_copy is not None:
            self.plain_copy_note.setText(
                self.tr(
                    "The backup copy made before the encryption is still readable by anyone:\n{path}\n"
                    "Keep it somewhere safe, or delete it once you have checked the encrypted database."
                ).format(path=plain_copy)
            )
        else:
            self.plain_copy_note.hide()
        self.written_down = QCheckBox(self.tr("I have &written down or printed the recovery key"), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        self.continue_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.continue_button.setText(self.tr("C&ontinue"))
        self.continue_button.setEnabled(False)
        self.written_down.toggled.connect(self.continue_button.setEnabled)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(explanation)
        layout.addWidget(self.key_label)
        layout.addLayout(actions)
        layout.addWidget(self.plain_copy_note)
        layout.addWidget(self.written_down)
        layout.addWidget(buttons)

    def copy_key(self) -> None:
        QGuiApplication.clipboard().setText(self._key)

    def print_key(self) -> None:
        """On paper only: the print dialog offers no printing to a file (no file holds the key)."""
        from PySide6.QtGui import QPainter
        from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)
        if dialog.exec() != QDialog.DialogCode.Accepted or printer.outputFileName():
            return
        painter = QPainter(printer)
        try:
            page = printer.pageRect(QPrinter.Unit.DevicePixel).toRect()
            painter.drawText(
                page, Qt.AlignmentFlag.AlignTop, self.tr("{app}: recovery key").format(app=APP_NAME)
            )
            painter.setFont(self.key_label.font())
            painter.drawText(page, Qt.AlignmentFlag.AlignCenter, self._key)
        finally:
            painter.end()

    def reject(self) -> None:
        """Escape does not skip the key: the box must be ticked."""
        if self.written_down.isChecked():
            self.accept()

    def done(self, result: int) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard.text() == self._key:
            clipboard.clear()  # not left for whatever is pasted next
        super().done(result)
