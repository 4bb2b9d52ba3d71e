"""The embedded font: DejaVu Sans shows every European accent (ë é ü ł ő) and the euro sign."""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from spaceoptics_desk.errors import QT_TRANSLATE_NOOP, KnownError
from spaceoptics_desk.resources import resource_path

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
# A bundled copy (resources/fonts) wins; else the system's (Debian: fonts-dejavu-core).
FONT_FOLDERS = (resource_path("fonts"), Path("/usr/share/fonts/truetype/dejavu"))


class FontMissing(KnownError):
    """The font file is not where the app looks for it; no document was made."""


def _find(file_name: str, folders: tuple[Path, ...]) -> Path:
    for folder in folders:
        candidate = folder / file_name
        if candidate.is_file():
            return candidate
    raise FontMissing(
        QT_TRANSLATE_NOOP(
            "errors",
            "The font {font} was not found (looked in {folders}); install the DejaVu fonts "
            "(fonts-dejavu-core) or reinstall the app.",
        ),
        font=file_name,
        folders=", ".join(str(f) for f in folders),
    )


def register_fonts(folders: tuple[Path, ...] = FONT_FOLDERS) -> tuple[str, str]:
    """Registers DejaVu Sans (regular and bold) with reportlab once; returns their names."""
    registered = pdfmetrics.getRegisteredFontNames()
    if REGULAR in registered and BOLD in registered and folders == FONT_FOLDERS:
        return REGULAR, BOLD
    regular = _find("DejaVuSans.ttf", folders)
    bold = _find("DejaVuSans-Bold.ttf", folders)
    try:
        pdfmetrics.registerFont(TTFont(REGULAR, str(regular)))
        pdfmetrics.registerFont(TTFont(BOLD, str(bold)))
    except Exception as error:  # a damaged or unreadable font file (reportlab raises TTFError or OSError)
        raise FontMissing(
            QT_TRANSLATE_NOOP("errors", "The font file {font} cannot be read; reinstall the DejaVu fonts."),
            font=str(regular),
        ) from error
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)
    return REGULAR, BOLD
