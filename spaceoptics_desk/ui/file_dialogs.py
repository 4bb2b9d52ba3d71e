"""The app's file dialogs: they list files without ever opening one (issue 10 §1).

Qt's own file dialog (and the GTK one it uses on some Linux desktops) opens files to guess their type
and icon. In this process that would drop SQLite's locks on the database as soon as the dialog shows its
folder (see store/sqlite_locks.py). Every dialog of the app is made here instead: Qt's widget dialog,
whose icons and type names come from `ContentBlindIconProvider`, which looks at the name only.
On Windows a closed handle takes no lock with it, so the system's own dialog is used there.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QFileInfo
from PySide6.QtGui import QAbstractFileIconProvider, QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QStyle, QWidget

NATIVE_DIALOGS = sys.platform == "win32"
# Qt 6.11 gave these labels of its file dialog a shortcut key and its Dutch translation lags behind; ours
# fills them in (context "QFileDialog", looked up after Qt's own translator finds nothing).
QT_DIALOG_LABELS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)


class ContentBlindIconProvider(QAbstractFileIconProvider):
    """A folder or a file icon, and a type named after the file's extension: never the file's content."""

    def __init__(self) -> None:
        super().__init__()
        style = QApplication.style()
        self._folder = style.standardIcon(QStyle.StandardPixmap.SP_DirIcon)
        self._file = style.standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        self._drive = style.standardIcon(QStyle.StandardPixmap.SP_DriveHDIcon)

    def icon(self, which: object) -> QIcon:
        if isinstance(which, QFileInfo):
            return self._folder if which.isDir() else self._file
        if which == QAbstractFileIconProvider.IconType.Drive:
            return self._drive
        if which == QAbstractFileIconProvider.IconType.File:
            return self._file
        return self._folder

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return QApplication.translate("ContentBlindIconProvider", "Folder")
        suffix = info.suffix()
        if not suffix:
            return QApplication.translate("ContentBlindIconProvider", "File")
        return QApplication.translate("ContentBlindIconProvider", "{suffix} file").format(
            suffix=suffix.upper()
        )


def _dialog(parent: QWidget | None, title: str, folder: Path) -> QFileDialog:
    dialog = QFileDialog(parent, title, str(folder))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, not NATIVE_DIALOGS)
    if not NATIVE_DIALOGS:
        provider = ContentBlindIconProvider()
        dialog.setIconProvider(provider)
        dialog.icon_provider = provider  # type: ignore[attr-defined]  # the dialog does not own it
    return dialog


def ask_save_path(
    parent: QWidget | None, title: str, suggested: Path, name_filter: str, suffix: str
) -> Path | None:
    """Where to save a new file (None: cancelled). The name always ends in `.suffix`, so a file the app
    writes can never replace something else that happens to be in the folder. That it is not the
    database itself (a database named like an output, `shop.csv`) is the operation's to refuse, when it
    writes (services/output_files.py): the one rule, with its message, for the app and the CLI."""
    return _chosen_save_path(parent, title, suggested, name_filter, suffix)


def _chosen_save_path(
    parent: QWidget | None, title: str, suggested: Path, name_filter: str, suffix: str
) -> Path | None:
    dialog = _dialog(parent, title, suggested.parent)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setNameFilter(name_filter)
    dialog.setDefaultSuffix(suffix)
    dialog.selectFile(suggested.name)
    try:
        if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return None
        chosen = Path(dialog.selectedFiles()[0])
    finally:
        dialog.deleteLater()
    return chosen if chosen.suffix.lower() == f".{suffix}" else chosen.with_name(f"{chosen.name}.{suffix}")


def ask_folder(parent: QWidget | None, title: str, start: Path) -> Path | None:
    """An existing folder (None: cancelled)."""
    dialog = _dialog(parent, title, start)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    try:
        if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return None
        return Path(dialog.selectedFiles()[0])
    finally:
        dialog.deleteLater()


def ask_open_path(parent: QWidget | None, title: str, start: Path, name_filter: str) -> Path | None:
    """An existing file to read (None: cancelled); the dialog lists names, the caller opens the file."""
    dialog = _dialog(parent, title, start)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setNameFilter(name_filter)
    try:
        if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return None
        return Path(dialog.selectedFiles()[0])
    finally:
        dialog.deleteLater()
