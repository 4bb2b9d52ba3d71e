"""The column mapping step of the import (issue 13): for a CSV whose header no known export writes, the
owner sees its first rows, picks per column what it holds (or "do not import"), and names the mapping so
the next file of the same kind is imported with it again.

Nothing is guessed for the newsletter column: marketing consent only where the owner says a column holds
it (R19). Other columns get a first guess from their label, which the owner checks.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from spaceoptics_desk.ui.imports.words import word
from spaceoptics_desk.ui.rows_model import TextRow, TextRowsModel, rows_view

if TYPE_CHECKING:
    from spaceoptics_desk.services.imports.readers import Preview

IGNORE = "ignore"
NAME_MAX_LENGTH = 60  # services/imports/mappings.py LONGEST_NAME
# First guesses by a column's label (lower case), English and Dutch; never the newsletter (R19).
_GUESSES = {
    "external_id": ("customer id", "customer number", "klantnummer", "klant id", "klantid"),
    "email": ("email", "e-mail", "e-mailadres", "emailadres", "email address", "e-mail address"),
    "first_name": ("first name", "firstname", "voornaam"),
    "name_prefix": ("prefix", "tussenvoegsel", "tussenvoegsels"),
    "last_name": ("last name", "lastname", "surname", "achternaam"),
    "full_name": ("name", "naam", "full name", "volledige naam"),
    "company_name": ("company", "bedrijf", "bedrijfsnaam", "firma"),
    "phone": ("phone", "telephone", "telefoon", "telefoonnummer"),
    "mobile": ("mobile", "mobiel", "mobiel nummer", "gsm"),
    "street": ("street", "straat", "straatnaam"),
    "street_and_number": ("address", "adres", "street and number"),
    "house_number": ("house number", "huisnummer", "nummer", "huisnr"),
    "house_number_suffix": ("addition", "toevoeging", "huisnummertoevoeging"),
    "postcode": ("postcode", "zip", "postal code", "zipcode"),
    "city": ("city", "plaats", "woonplaats", "stad"),
    "country": ("country", "land", "country code", "landcode"),
    "vat_number": ("vat number", "btw-nummer", "btw nummer", "btw"),
    "kvk_number": ("kvk", "kvk-nummer", "kvk nummer", "coc number"),
    "created_at": ("created", "customer since", "klant sinds", "aangemaakt"),
    "order_number": ("order number", "ordernummer", "bestelnummer", "order"),
    "ordered_at": ("order date", "orderdatum", "besteldatum", "datum"),
    "status": ("status", "order status", "orderstatus"),
    "total": ("total", "totaal", "order total", "bedrag", "totaalbedrag"),
    "product_code": ("sku", "product code", "artikelnummer", "artikelcode"),
    "description": ("product", "description", "omschrijving", "artikel"),
    "quantity": ("quantity", "aantal", "qty"),
    "unit_price": ("price", "prijs", "unit price", "stukprijs"),
}
_GUESS_BY_LABEL = {label: target for target, labels in _GUESSES.items() for label in labels}


def guessed_target(label: str) -> str:
    """A first guess for a column by its label ("Achternaam" -> last_name), "ignore" when none."""
    return _GUESS_BY_LABEL.get(" ".join(label.lower().split()), IGNORE)


class MappingStep(QWidget):
    """Attributes:
    saved_box: the saved mappings that fit this file ("New mapping" first).
    preview: the file's first rows under its header; preview_view shows it.
    target_boxes: per column label, the combo box of what it holds.
    name_edit: the name the mapping is saved under.

    Signals:
        saved_mapping_chosen(str): the owner picked a saved mapping (the dialog loads it).
    """

    saved_mapping_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels: tuple[str, ...] = ()
        self.target_boxes: dict[str, QComboBox] = {}
        intro = QLabel(
            self.tr(
                "The app does not know these columns. Choose per column what it holds, or “do not "
                "import”; the mapping is saved under its name and offered again for the next file."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.saved_box = QComboBox(self)
        self.saved_box.activated.connect(self._on_saved_box_activated)
        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(NAME_MAX_LENGTH)
        self.name_edit.setPlaceholderText(self.tr("e.g. Cash register export"))
        top = QFormLayout()
        saved_label = QLabel(self.tr("&Saved mapping:"), self)
        saved_label.setBuddy(self.saved_box)
        name_label = QLabel(self.tr("Save mapping &as:"), self)
        name_label.setBuddy(self.name_edit)
        top.addRow(saved_label, self.saved_box)
        top.addRow(name_label, self.name_edit)

        self.preview = TextRowsModel([], self)
        self.preview_view = rows_view(self.preview, self)
        self.preview_view.setMaximumHeight(150)
        preview_label = QLabel(self.tr("&First rows of the file:"), self)
        preview_label.setBuddy(self.preview_view)

        self._columns = QWidget(self)
        self._grid = QGridLayout(self._columns)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self._columns)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(preview_label)
        layout.addWidget(self.preview_view)
        layout.addWidget(QLabel(self.tr("What each column holds:"), self))
        layout.addWidget(scroll, 1)

    def set_file(self, preview: Preview, targets: Sequence[str], saved: Sequence[str]) -> None:
        """The file's header and first rows, the targets to choose from and the saved mappings that fit."""
        self.labels = tuple(preview.labels)
        self.preview.headers = list(self.labels)
        self.preview.set_rows([TextRow(row) for row in preview.rows])
        self.preview_view.resizeColumnsToContents()
        self.saved_box.clear()
        self.saved_box.addItem(self.tr("New mapping"), "")
        for name in saved:
            self.saved_box.addItem(name, name)
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.target_boxes = {}
        self._grid.addWidget(QLabel("<b>" + self.tr("Column") + "</b>", self._columns), 0, 0)
        self._grid.addWidget(QLabel("<b>" + self.tr("First value") + "</b>", self._columns), 0, 1)
        self._grid.addWidget(QLabel("<b>" + self.tr("Holds") + "</b>", self._columns), 0, 2)
        first_row = preview.rows[0] if preview.rows else ()
        for place, label in enumerate(self.labels, start=1):
            box = QComboBox(self._columns)
            for target in targets:
                box.addItem(word("target", target), target)
            box.setCurrentIndex(max(0, box.findData(guessed_target(label))))
            column_label = QLabel(label, self._columns)
            column_label.setBuddy(box)
            example = QLabel(first_row[place - 1] if place - 1 < len(first_row) else "", self._columns)
            self._grid.addWidget(column_label, place, 0, Qt.AlignmentFlag.AlignVCenter)
            self._grid.addWidget(example, place, 1, Qt.AlignmentFlag.AlignVCenter)
            self._grid.addWidget(box, place, 2)
            self.target_boxes[label] = box
        self._grid.setColumnStretch(1, 1)
        self._grid.setRowStretch(len(self.labels) + 1, 1)
        if saved:
            self.saved_box.setCurrentIndex(1)
            self.saved_mapping_chosen.emit(saved[0])

    def targets(self) -> dict[str, str]:
        """The owner's choice per column label (target codes; "ignore" included)."""
        return {label: str(box.currentData()) for label, box in self.target_boxes.items()}

    def show_mapping(self, name: str, targets: Mapping[str, str]) -> None:
        """A saved mapping's choices in the boxes (columns it does not name: do not import)."""
        for label, box in self.target_boxes.items():
            box.setCurrentIndex(max(0, box.findData(str(targets.get(label, IGNORE)))))
        self.name_edit.setText(name)

    def _on_saved_box_activated(self, index: int) -> None:
        name = str(self.saved_box.itemData(index) or "")
        if name:
            self.saved_mapping_chosen.emit(name)
        else:
            self.name_edit.clear()
            for label, box in self.target_boxes.items():
                box.setCurrentIndex(max(0, box.findData(guessed_target(label))))
