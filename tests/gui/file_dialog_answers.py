"""Answering the app's real file dialogs (ui/file_dialogs.py) in tests, as a person would."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QFileSystemModel, QMessageBox


@dataclass
class FileDialogAnswer:
    """What the next file dialog offered, and how it was answered.

    Attributes:
        choose: the file or folder to pick; None: press Cancel.
        go_to: a folder to go to first (as a person clicking through folders); the answer waits until
            the dialog has read that folder (every file's details, icons included).
        replace: when the file exists, answer the dialog's "replace it?" question with Yes.
        offered: the path the dialog showed selected when it opened.
        folder: the folder it showed when answered.
        read: the folders the dialog finished reading.
    """

    choose: Path | None
    go_to: Path | None = None
    replace: bool = False
    offered: Path | None = None
    folder: Path | None = None
    read: list[Path] = field(default_factory=list)

    def arm(self) -> FileDialogAnswer:
        QTimer.singleShot(0, self._answer)
        return self

    def _answer(self) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(10, self._answer)
            return
        if self.folder is None:
            self.offered = Path(dialog.selectedFiles()[0]) if dialog.selectedFiles() else None
            if self.go_to is not None:
                model = dialog.findChild(QFileSystemModel)
                assert model is not None
                model.directoryLoaded.connect(lambda path: self.read.append(Path(path)))
                dialog.setDirectory(str(self.go_to))
            self.folder = Path(dialog.directory().absolutePath())
        if self.go_to is not None and self.go_to not in self.read:
            QTimer.singleShot(10, self._answer)
            return
        if self.choose is None:
            dialog.reject()
            return
        dialog.selectFile(str(self.choose))
        if self.replace:
            QTimer.singleShot(0, self._confirm_replace)
        dialog.accept()

    def _confirm_replace(self) -> None:
        question = QApplication.activeModalWidget()
        if not isinstance(question, QMessageBox):
            QTimer.singleShot(10, self._confirm_replace)
            return
        button = question.button(QMessageBox.StandardButton.Yes)
        assert button is not None, question.text()
        button.click()


def answer_file_dialog(
    choose: Path | None, go_to: Path | None = None, *, replace: bool = False
) -> FileDialogAnswer:
    """Arms an answer for the next file dialog the app opens: pick `choose`, or Cancel when None; an
    existing file is replaced when asked (`replace`)."""
    return FileDialogAnswer(choose, go_to, replace).arm()
